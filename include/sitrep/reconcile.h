// sitrep/reconcile.h — one record of what happened, across outlets.
//
//   auto put = store->Put(record);
//   if (put.ok() && put->inserted) s = sitrep::ReconcileArticle(*store, put->article_id, record.doc);
//
// Incremental: a new article is fingerprinted against the articles already
// stored (near-duplicates count as one source), and each of its events joins
// the incident it matches (reconcile/incident_rules.h) or starts a new one.
// Incidents it touches are recounted and their conflicts re-flagged. It
// never re-reads the whole database. Call it in the same batch as Put(), so
// a crash leaves neither half.
#ifndef SITREP_RECONCILE_H_
#define SITREP_RECONCILE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"
#include "sitrep/store.h"

namespace sitrep {

Status ReconcileArticle(Store& store, int64_t article_id, const Document& doc);

// The figures and statuses an incident's sources disagree on, from its
// reports (Store::GetIncident fills them): each side with the articles that
// give it. Near-duplicate articles count as their original.
std::vector<FigureConflict> IncidentConflicts(const Incident& incident);

// The incidents matching `query` (its limit and cursor are ignored), newest
// first, across pages, at most `max` of them (0: all). With `full`, each is
// loaded with its reports and conflicts.
Result<std::vector<Incident>> LoadIncidents(Store& store, IncidentQuery query, size_t max, bool full);

}  // namespace sitrep

#endif  // SITREP_RECONCILE_H_

// sitrep/store.h — where records are kept: articles, entities, events.
//
//   auto store = sitrep::Store::OpenSqlite("sitrep.db");
//   if (!store.ok()) die(store.status());
//   auto put = (*store)->Put(record);   // one transaction; idempotent
//
// The store is an interface: SQLite (embedded, WAL) is the default and the
// only backend today; a PostgreSQL backend for shared deployments implements
// the same calls on the same schema. Nothing above store/ writes SQL.
//
// Guarantees of every backend:
//  - Put() stores a record whole or not at all (one transaction), so a crash
//    or kill at any moment leaves every article stored at most once.
//  - An article already stored (same content hash) is not stored again.
//  - A changed article at a URL already stored is a new version; the old
//    version is kept and the new one points at it.
#ifndef SITREP_STORE_H_
#define SITREP_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "sitrep/incident.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep {

struct PutResult {
  int64_t article_id = 0;  // the stored article (the existing one when not inserted)
  bool inserted = false;   // false: the same text was already stored
  int64_t supersedes = 0;  // the earlier version at the same URL, if any
};

struct StoreStats {
  int64_t articles = 0, entities = 0, mentions = 0, events = 0, incidents = 0;
  int64_t duplicates = 0;  // articles that are near-duplicates of an earlier one
  int schema_version = 0;
};

class Store {
 public:
  // Opens (creating and migrating when needed) a SQLite database file.
  static Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path);

  virtual ~Store() = default;

  // True when an article with this content hash (Document::id) is stored, so
  // callers can skip extracting it again.
  virtual Result<bool> HasArticle(const std::string& content_hash) = 0;

  // Stores one record atomically; see the guarantees above.
  virtual Result<PutResult> Put(const Record& record) = 0;

  // Groups many Put() calls (and their ReconcileArticle()) into one
  // transaction, for speed. A crash inside a batch loses the whole batch,
  // never part of a record. After any failure inside a batch, roll it back:
  // committing would keep an article without its reconciliation.
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  // Discards the open batch, if any (a no-op when a failed Put() already
  // rolled it back).
  virtual Status RollbackBatch() = 0;

  virtual Result<StoreStats> Stats() = 0;

  // OK when the database passes the backend's integrity check.
  virtual Status CheckIntegrity() = 0;

  // --- Reconciliation (reconcile/ drives these; they only read and write) ---

  // Records an article's text signature and its band keys, and returns the
  // earlier articles that share one of its band keys, with their signatures
  // (the most recent few per band: a band shared by thousands of articles
  // is boilerplate, not evidence of a copy).
  virtual Result<std::vector<std::pair<int64_t, std::vector<uint8_t>>>> AddFingerprint(
      int64_t article_id, const std::vector<uint8_t>& signature, const std::vector<int64_t>& band_keys) = 0;
  virtual Status MarkDuplicate(int64_t article_id, int64_t original_id) = 0;
  // The article's events, less the negated ones: "did not capture" makes no incident.
  virtual Result<std::vector<StoredEvent>> ArticleEvents(int64_t article_id) = 0;
  // Events already in incidents that could be the same incident as `e`:
  // same type, and a day within window_days of e's (or no day at all).
  virtual Result<std::vector<StoredEvent>> IncidentCandidates(const StoredEvent& e, int window_days) = 0;
  // The same candidates, in the same order, each handed to `visit` without
  // a copy (valid only during the call): what reconciliation uses.
  virtual Status VisitIncidentCandidates(const StoredEvent& e, int window_days,
                                         const std::function<void(const StoredEvent&)>& visit) = 0;
  virtual Result<int64_t> CreateIncident(const StoredEvent& first) = 0;
  virtual Status AssignIncident(int64_t event_id, int64_t incident_id) = 0;
  virtual Result<std::vector<IncidentFigure>> IncidentFigures(int64_t incident_id) = 0;
  virtual Result<std::vector<std::pair<std::string, int64_t>>> IncidentStatuses(int64_t incident_id) = 0;
  // Recounts sources, articles and events of an incident and sets its flag.
  virtual Status RefreshIncident(int64_t incident_id, bool conflict) = 0;

  // --- Queries (the CLI and the server) ---

  virtual Result<IncidentPage> FindIncidents(const IncidentQuery& query) = 0;
  // One incident with every report (outlet, evidence, figures); NotFound if none.
  virtual Result<Incident> GetIncident(int64_t id) = 0;
  // Full-text search over article titles and text (FTS5 syntax), best first.
  virtual Result<std::vector<SearchHit>> Search(const std::string& query, int limit) = 0;
  // Entities whose name or an alias is `name` (case-insensitive), or starts
  // with it when none is exact; most mentioned first.
  virtual Result<std::vector<EntityInfo>> FindEntities(const std::string& name, int limit) = 0;
  virtual Result<EntityInfo> GetEntity(int64_t id) = 0;
  virtual Result<std::vector<TimelineBucket>> Timeline(const IncidentQuery& query) = 0;
};

}  // namespace sitrep

#endif  // SITREP_STORE_H_

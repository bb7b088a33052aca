// Internal to store/: what an incident's row sums up from its reports
// (counts, date span, summary, figures, statuses), kept in memory for the
// incidents an ingest touches. Recounting an incident in SQL after every
// article took seven subqueries and two more for its figures and statuses;
// here it is a pass over a few members, and the row is written once per
// batch (SqliteStore flushes the changed ones before COMMIT).
#ifndef SITREP_STORE_INCIDENT_TALLY_H_
#define SITREP_STORE_INCIDENT_TALLY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sitrep/incident.h"

namespace sitrep::store {

// One event report of an incident, with what the row and the conflict
// check need. Empty strings stand for SQL NULL.
struct TallyMember {
  int64_t event_id = 0, article_id = 0, source_group = 0;
  std::string date_start, date_end, date_value;
  double confidence = 0;
  std::string evidence_text, status;
  std::vector<IncidentFigure> figures;  // of asserted reports only
};

// The columns of an incidents row that RefreshIncident sets.
struct IncidentRow {
  int64_t events = 0, articles = 0, sources = 0;
  std::string date_start, date_end;       // NOT NULL columns; "" when unknown
  std::optional<std::string> date_value;  // kept once set
  std::optional<std::string> summary;
  bool conflict = false;
};

struct IncidentTally {
  std::vector<TallyMember> members;  // in event id order
  IncidentRow row;
  bool dirty = false;  // row changed since it was last written
  // date_start as the database row has it: while it stays, the row is
  // rewritten without touching the four indexes on date_start (SQLite
  // updates an index when the UPDATE sets one of its columns, changed or not).
  std::string stored_date_start;
  // Created in the open batch and not inserted yet: its first report, which
  // gives the row's type, place and actor.
  std::optional<StoredEvent> unwritten;

  std::vector<IncidentFigure> Figures() const;
  std::vector<std::pair<std::string, int64_t>> Statuses() const;
  // Recomputes the row from the members, as the SQL recount did: counts,
  // the earliest start and latest end any report gives (else the row's
  // own), the date value of the most confident dated report when the row
  // has none (ties: the earliest report), and the evidence of the most
  // confident report as the summary (ties: the earliest).
  void Refresh(bool conflict);
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_INCIDENT_TALLY_H_

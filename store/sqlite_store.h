// Internal to store/: the SQLite backend's class, defined across
// sqlite_store.cc (open, transactions), sqlite_entities.cc and
// sqlite_events.cc (what Put writes), sqlite_fingerprints.cc and
// sqlite_incidents.cc (reconciliation's side) and sqlite_query.cc.
#ifndef SITREP_STORE_SQLITE_STORE_H_
#define SITREP_STORE_SQLITE_STORE_H_

#include <sqlite3.h>

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sitrep/store.h"
#include "store/candidate_cache.h"
#include "store/incident_tally.h"
#include "store/sqlite_util.h"

namespace sitrep::store {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override {
    stmts_.clear();
    sqlite3_close(db_);
  }

  Status Prepare();
  Result<bool> HasArticle(const std::string& hash) override;
  Result<PutResult> Put(const Record& record) override;
  Status BeginBatch() override;
  Status CommitBatch() override;
  Status RollbackBatch() override;
  Result<StoreStats> Stats() override;
  Status CheckIntegrity() override;

  Result<std::vector<std::pair<int64_t, std::vector<uint8_t>>>> AddFingerprint(
      int64_t article_id, const std::vector<uint8_t>& signature, const std::vector<int64_t>& band_keys) override;
  Status MarkDuplicate(int64_t article_id, int64_t original_id) override;
  Result<std::vector<StoredEvent>> ArticleEvents(int64_t article_id) override;
  Result<std::vector<StoredEvent>> IncidentCandidates(const StoredEvent& e, int window_days) override;
  Result<int64_t> CreateIncident(const StoredEvent& first) override;
  Status AssignIncident(int64_t event_id, int64_t incident_id) override;
  Result<std::vector<IncidentFigure>> IncidentFigures(int64_t incident_id) override;
  Result<std::vector<std::pair<std::string, int64_t>>> IncidentStatuses(int64_t incident_id) override;
  Status RefreshIncident(int64_t incident_id, bool conflict) override;

  Result<IncidentPage> FindIncidents(const IncidentQuery& query) override;
  Result<Incident> GetIncident(int64_t id) override;
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit) override;
  Result<std::vector<EntityInfo>> FindEntities(const std::string& name, int limit) override;
  Result<EntityInfo> GetEntity(int64_t id) override;
  Result<std::vector<TimelineBucket>> Timeline(const IncidentQuery& query) override;

 private:
  // Prepared once, reused: name -> statement (see Prepare()).
  Statement& St(const char* name);
  // A statement prepared on first use and kept, keyed by its SQL text.
  Statement& Cached(const char* sql);
  Status PutBody(const Record& r, PutResult* out);
  Status PutEvents(const Record& r, int64_t article_id, const std::map<std::string, int64_t>& entity_ids);
  Result<std::vector<IncidentReport>> Reports(int64_t incident_id);
  Result<int64_t> PutEntity(const Entity& e);

  // The reconcile caches (candidate_cache.h, incident_tally.h) hold what
  // this connection wrote. Before they are read, CheckFresh() drops them if
  // another connection has committed since (PRAGMA data_version); inside a
  // batch nobody else can write, so it checks once, at BeginBatch.
  Status CheckFresh();
  // Forgets every cached row; after a rollback, or when unsure.
  void DropCaches();
  // The tally of an incident, read from the database on first use.
  Result<IncidentTally*> Tally(int64_t incident_id);
  // Writes the incident rows whose tallies changed.
  Status FlushIncidents();
  // Reads a bucket of incident candidates (type, day; "" = undated).
  Status LoadCandidates(const std::string& type, const std::string& day);
  Status Rollback();

  sqlite3* db_;
  bool in_batch_ = false;
  std::map<std::string, Statement> stmts_;

  CandidateCache candidates_;
  std::unordered_map<int64_t, IncidentTally> tallies_;
  std::vector<int64_t> dirty_;  // incidents whose tally changed since the last flush
  // The events ArticleEvents() last returned, by id: what AssignIncident()
  // adds to the caches.
  std::unordered_map<int64_t, std::pair<StoredEvent, TallyMember>> pending_;
  int64_t data_version_ = -1;
};

// Reading events back (sqlite_events.cc): the columns of a StoredEvent.
extern const char* const kStoredEventColumns;
StoredEvent ReadStoredEvent(Statement& st);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_STORE_H_

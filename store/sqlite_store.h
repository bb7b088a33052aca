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
#include <unordered_set>
#include <utility>
#include <vector>

#include "sitrep/store.h"
#include "store/candidate_cache.h"
#include "store/incident_tally.h"
#include "store/sqlite_util.h"

namespace sitrep::store {

// An event row not yet written. Inside a batch, events are written at
// commit, once reconciliation has given them their incident: writing them
// at Put() and updating each one's incident after cost a second write of
// the row and of its index entries (sqlite_events.cc).
struct EventRow {
  int64_t id = 0, article_id = 0, incident_id = 0;
  int64_t actor_entity = 0, target_entity = 0, location_entity = 0;  // 0: none
  std::string date_start, date_end, day;
  Event ev;
};

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
  Status VisitIncidentCandidates(const StoredEvent& e, int window_days,
                                 const std::function<void(const StoredEvent&)>& visit) override;
  // Loads what e's candidates need and finds them (pointers into the cache).
  Result<std::vector<const StoredEvent*>> FindCandidates(const StoredEvent& e, int window_days);
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
  Status InsertEventRow(const EventRow& row);
  // The rows of an article's events as reconciliation reads them, from the
  // rows not yet written (false when the article has none).
  bool PendingArticleEvents(int64_t article_id, std::vector<StoredEvent>* out);
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
  // Writes the incident rows whose tallies changed (inserting the new ones).
  Status FlushIncidents();
  // Writes every row held back in a batch: incidents, then the events that
  // refer to them. The database is then whole, as if nothing was held.
  Status Settle();
  // The id SQLite would give the next row of `table` (max + 1), counted on
  // from there while the batch holds the write lock.
  Result<int64_t> NextId(const char* table, int64_t* next);
  // Reads a bucket of incident candidates (type, day; "" = undated).
  Status LoadCandidates(const std::string& type, const std::string& day, std::optional<int64_t> day_number);
  // The same for the days first to last (day numbers, all in years 1 to
  // 9999) that are not loaded yet.
  Status LoadCandidateDays(const std::string& type, int64_t first, int64_t last);
  Status Rollback();
  void EndBatch();
  // Adds the articles stored since the last call to the full-text index
  // (schema version 2: no trigger does it).
  Status IndexArticles();
  // Queries run inside a batch see what it holds back too.
  Status SettleForReading() {
    if (!in_batch_) return Status::OK();
    Status s = Settle();
    return s.ok() ? IndexArticles() : s;
  }

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

  // Entities as stored, by type and key: which columns the row has filled,
  // so an upsert that would change nothing is skipped; and the aliases
  // stored, as "id\0alias" (sqlite_entities.cc).
  struct KnownEntity {
    int64_t id = 0;
    unsigned filled = 0;  // bit per column: role, country, lat, lon, feature, admin1, geo_country
    std::string feature;
  };
  std::unordered_map<std::string, KnownEntity> entities_;
  std::unordered_set<std::string> aliases_;

  // Held back in the open batch (see EventRow), and what reading them back
  // needs: articles marked as copies, and entity features as last upserted.
  std::vector<EventRow> event_rows_;
  std::vector<StoredEvent> unwritten_assigned_;  // those of them given an incident, as read back
  int64_t next_event_id_ = 0, next_incident_id_ = 0;  // 0: not read yet
  std::unordered_map<int64_t, int64_t> batch_duplicates_;
  std::unordered_map<int64_t, std::string> batch_features_;
  bool big_cache_ = false;      // cache_size raised for batches
  int64_t unindexed_from_ = 0;  // the first article not in the full-text index yet; 0: none
};

// Reading events back (sqlite_events.cc): the columns of a StoredEvent.
extern const char* const kStoredEventColumns;
StoredEvent ReadStoredEvent(Statement& st);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_STORE_H_

// The SQLite backend of Store: WAL mode, prepared statements, one
// transaction per record (or per batch).
#include <sqlite3.h>

#include <map>
#include <memory>
#include <string>

#include "sitrep/store.h"
#include "store/schema.h"
#include "store/sqlite_store.h"
#include "store/sqlite_util.h"

namespace sitrep::store {

namespace {

// Bounds of the reconcile caches (a few hundred bytes a row): past them the
// next batch starts again from the database.
constexpr size_t kMaxCachedCandidates = 300000;
constexpr size_t kMaxCachedIncidents = 100000;
constexpr size_t kMaxHeldEvents = 20000;
constexpr size_t kMaxCachedEntities = 500000;

}  // namespace

Statement& SqliteStore::St(const char* name) { return stmts_.at(name); }

Statement& SqliteStore::Cached(const char* sql) {
  auto it = stmts_.find(sql);
  if (it != stmts_.end()) return it->second;
  return stmts_.emplace(sql, Statement(db_, sql)).first->second;
}

Status SqliteStore::Prepare() {
  const std::pair<const char*, const char*> sql[] = {
      {"has", "SELECT id FROM articles WHERE content_hash = ?"},
      // The articles of one listing page share its URL: a version is the same
      // URL and the same part.
      {"by_url", "SELECT id FROM articles WHERE url = ? AND part = ? ORDER BY id DESC LIMIT 1"},
      {"article",
       "INSERT INTO articles (content_hash, source, part, url, title, outlet, published, format, text, "
       "text_chars, supersedes) VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
      {"entity",
       "INSERT INTO entities (type, key, name, role, country, lat, lon, feature, admin1, geo_country) "
       "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (type, key) DO UPDATE SET "
       "role = COALESCE(entities.role, excluded.role), country = COALESCE(entities.country, excluded.country), "
       "lat = COALESCE(entities.lat, excluded.lat), lon = COALESCE(entities.lon, excluded.lon), "
       "feature = COALESCE(entities.feature, excluded.feature), admin1 = COALESCE(entities.admin1, excluded.admin1), "
       "geo_country = COALESCE(entities.geo_country, excluded.geo_country) RETURNING id, COALESCE(feature, ''), "
       "(role IS NOT NULL) + 2 * (country IS NOT NULL) + 4 * (lat IS NOT NULL) + 8 * (lon IS NOT NULL) + "
       "16 * (feature IS NOT NULL) + 32 * (admin1 IS NOT NULL) + 64 * (geo_country IS NOT NULL)"},
      {"alias", "INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)"},
      {"mention", "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, end) VALUES (?,?,?,?)"},
      {"event",
       "INSERT INTO events (id, article_id, local_id, type, subtype, actor_name, actor_entity, actor_country, "
       "target_name, target_entity, target_country, location_name, location_entity, lat, lon, admin1, country, "
       "date_value, date_precision, date_text, date_start, date_end, source, status, modality, plover, rule, "
       "confidence, evidence_start, evidence_end, evidence_text, day, incident_id) VALUES "
       "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {"quantity",
       "INSERT INTO quantities (event_id, kind, value, max, unit, qualifier, currency, text) VALUES (?,?,?,?,?,?,?,?)"},
  };
  for (const auto& [name, text] : sql) {
    Statement st(db_, text);
    if (!st.status().ok()) return st.status().WithContext(name);
    stmts_.emplace(name, std::move(st));
  }
  return Status::OK();
}

Result<bool> SqliteStore::HasArticle(const std::string& hash) {
  Statement& st = St("has");
  st.Bind(1, hash);
  bool found = st.Step();
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  return found;
}

Status SqliteStore::PutBody(const Record& r, PutResult* out) {
  const Document& d = r.doc;
  {
    Statement& has = St("has");
    has.Bind(1, d.id);
    if (has.Step()) {
      out->article_id = has.Int(0);
      has.Reset();
      return Status::OK();
    }
    Status s = has.status();
    has.Reset();
    if (!s.ok()) return s;
  }
  if (!d.url.empty()) {
    Statement& st = St("by_url");
    st.Bind(1, d.url).Bind(2, static_cast<int64_t>(d.part));
    if (st.Step()) out->supersedes = st.Int(0);
    Status s = st.status();
    st.Reset();
    if (!s.ok()) return s;
  }
  Statement& art = St("article");
  art.BindStatic(1, d.id).BindStatic(2, d.source).Bind(3, static_cast<int64_t>(d.part)).BindStatic(4, d.url, true);
  art.BindStatic(5, d.title, true).BindStatic(6, d.outlet, true).BindStatic(7, d.published, true);
  art.BindStatic(8, d.format, true).BindStatic(9, d.text).Bind(10, static_cast<int64_t>(d.TextChars()));
  if (out->supersedes) art.Bind(11, out->supersedes); else art.BindNull(11);
  if (Status s = art.Run(); !s.ok()) return s;
  out->article_id = sqlite3_last_insert_rowid(db_);
  out->inserted = true;
  if (!unindexed_from_) unindexed_from_ = out->article_id;

  std::map<std::string, int64_t> entity_ids;  // record-local id -> row id
  for (const auto& e : r.entities) {
    auto id = PutEntity(e);
    if (!id.ok()) return id.status();
    entity_ids[e.id] = *id;
    Statement& m = St("mention");
    for (const auto& men : e.mentions) {
      m.Bind(1, out->article_id).Bind(2, *id).Bind(3, static_cast<int64_t>(men.start));
      m.Bind(4, static_cast<int64_t>(men.end));
      if (Status s = m.Run(); !s.ok()) return s;
    }
  }
  return PutEvents(r, out->article_id, entity_ids);
}

Result<PutResult> SqliteStore::Put(const Record& record) {
  PutResult out;
  if (!in_batch_) {
    if (Status s = store::Exec(db_, "BEGIN IMMEDIATE"); !s.ok()) return s;
  }
  Status s = CheckFresh();
  // A batch of thousands of articles holds back no more than this many rows.
  if (s.ok() && event_rows_.size() > kMaxHeldEvents) s = Settle();
  if (s.ok()) s = PutBody(record, &out);
  if (!in_batch_) {
    if (s.ok()) s = IndexArticles();
    if (s.ok()) s = store::Exec(db_, "COMMIT");
    if (!s.ok()) (void)Rollback();
  } else if (!s.ok()) {
    // A failed record inside a batch must not leave half of itself behind:
    // roll the batch back and let the caller retry record by record.
    (void)Rollback();
  }
  if (!s.ok()) return s.WithContext("storing " + record.doc.source);
  return out;
}

Status SqliteStore::Rollback() {
  Status s = store::Exec(db_, "ROLLBACK");
  EndBatch();
  DropCaches();  // they may hold rows that are gone now
  return s;
}

void SqliteStore::EndBatch() {
  if (in_batch_) (void)store::Exec(db_, "PRAGMA foreign_keys = ON");
  in_batch_ = false;
  event_rows_.clear();
  unwritten_assigned_.clear();
  next_event_id_ = next_incident_id_ = 0;
  batch_duplicates_.clear();
  batch_features_.clear();
  unindexed_from_ = 0;
}

Status SqliteStore::IndexArticles() {
  if (!unindexed_from_) return Status::OK();
  // The write lock is held since they were stored: every article from
  // there on is one of them.
  Statement& st = Cached(
      "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id >= ? ORDER BY id");
  st.Bind(1, unindexed_from_);
  Status s = st.Run();
  if (s.ok()) unindexed_from_ = 0;
  return s;
}

Status SqliteStore::BeginBatch() {
  if (in_batch_) return Status::InvalidArgument("a batch is already open");
  // Foreign keys are not checked inside a batch: every id the store writes
  // there is one it has just read or written under the same lock, and the
  // checks were a sixth of writing events, incidents and mentions. The
  // pragma only takes effect outside a transaction; EndBatch() restores it.
  if (Status s = store::Exec(db_, "PRAGMA foreign_keys = OFF"); !s.ok()) return s;
  // Batches write all over the indexes: a 64 MiB page cache for the writer
  // (the server's readers keep SQLite's 2 MiB).
  if (!big_cache_) {
    if (Status s = store::Exec(db_, "PRAGMA cache_size = -65536"); !s.ok()) return s;
    big_cache_ = true;
  }
  if (Status s = store::Exec(db_, "BEGIN IMMEDIATE"); !s.ok()) {
    (void)store::Exec(db_, "PRAGMA foreign_keys = ON");
    return s;
  }
  // Holding the write lock now: what another connection committed before is
  // all there is until COMMIT.
  Status s = CheckFresh();
  if (!s.ok()) {
    (void)Rollback();
    (void)store::Exec(db_, "PRAGMA foreign_keys = ON");
    return s;
  }
  // The caches only grow; past a bound, start again from the database.
  if (candidates_.size() > kMaxCachedCandidates || tallies_.size() > kMaxCachedIncidents ||
      entities_.size() + aliases_.size() > kMaxCachedEntities) {
    DropCaches();
  }
  in_batch_ = true;
  return Status::OK();
}

Status SqliteStore::CommitBatch() {
  if (!in_batch_) return Status::InvalidArgument("no batch is open (it was rolled back after an error)");
  Status s = Settle();
  if (s.ok()) s = IndexArticles();
  if (s.ok()) s = store::Exec(db_, "COMMIT");
  if (!s.ok()) {
    (void)Rollback();
    return s;
  }
  EndBatch();
  return Status::OK();
}

Status SqliteStore::RollbackBatch() {
  if (!in_batch_) {
    DropCaches();
    return Status::OK();
  }
  return Rollback();
}

Status SqliteStore::CheckFresh() {
  if (in_batch_) return Status::OK();
  Statement& st = Cached("PRAGMA data_version");
  int64_t version = st.Step() ? st.Int(0) : -1;
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  if (version != data_version_) {
    DropCaches();
    data_version_ = version;
  }
  return Status::OK();
}

void SqliteStore::DropCaches() {
  candidates_.Clear();
  tallies_.clear();
  dirty_.clear();
  pending_.clear();
  entities_.clear();
  aliases_.clear();
}

Result<StoreStats> SqliteStore::Stats() {
  if (Status s = SettleForReading(); !s.ok()) return s;
  StoreStats stats;
  const std::pair<const char*, int64_t*> counts[] = {
      {"SELECT count(*) FROM articles", &stats.articles}, {"SELECT count(*) FROM entities", &stats.entities},
      {"SELECT count(*) FROM mentions", &stats.mentions}, {"SELECT count(*) FROM events", &stats.events},
      {"SELECT count(*) FROM incidents", &stats.incidents},
      {"SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL", &stats.duplicates}};
  for (const auto& [sql, field] : counts) {
    Statement st(db_, sql);
    if (!st.Step()) return st.status().ok() ? Status::Corruption(sql) : st.status();
    *field = st.Int(0);
  }
  stats.schema_version = store::LatestSchemaVersion();
  return stats;
}

Status SqliteStore::CheckIntegrity() {
  if (Status s = SettleForReading(); !s.ok()) return s;
  Statement st(db_, "PRAGMA integrity_check");
  std::string problems;
  while (st.Step()) {
    std::string line = st.Text(0);
    if (line != "ok") problems += line + "; ";
  }
  if (!st.status().ok()) return st.status();
  return problems.empty() ? Status::OK() : Status::Corruption("integrity check: " + problems);
}

}  // namespace sitrep::store

namespace sitrep {

Result<std::unique_ptr<Store>> Store::OpenSqlite(const std::string& path) {
  // No allocation statistics: SQLite then takes a global mutex around every
  // malloc and free to count them (half a million times in 400 articles,
  // 3% of storing them), and sitrep reads no statistic. Only possible
  // before SQLite initializes; later it is refused, harmlessly.
  static const int no_memstatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)no_memstatus;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  auto store = std::make_unique<store::SqliteStore>(db);  // closes db on every path
  if (rc != SQLITE_OK) return Status::IOError(path + ": cannot open database: " + sqlite3_errstr(rc));
  sqlite3_busy_timeout(db, 5000);
  // WAL: readers (the server) never block the writer; synchronous=NORMAL
  // keeps every committed transaction across a process crash.
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                             "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                             // A long ingest checkpoints every 40 MB of WAL, not every 4 MB.
                             "PRAGMA wal_autocheckpoint = 10000"}) {
    if (Status s = store::Exec(db, pragma); !s.ok()) return s.WithContext(path);
  }
  if (Status s = store::Migrate(db); !s.ok()) return s.WithContext(path);
  if (Status s = store->Prepare(); !s.ok()) return s.WithContext(path);
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sitrep

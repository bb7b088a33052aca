// The SQLite backend of Store: WAL mode, prepared statements, one
// transaction per record (or per batch).
#include <sqlite3.h>

#include <cctype>
#include <map>
#include <memory>
#include <string>

#include "sitrep/store.h"
#include "store/date_range.h"
#include "store/schema.h"
#include "store/sqlite_store.h"
#include "store/sqlite_util.h"

namespace sitrep::store {

namespace {

// One row per real thing across articles: entities of a type whose names
// fold to the same key are the same entity.
std::string EntityKey(const Entity& e) {
  std::string key;
  for (unsigned char c : e.name) {
    if (std::isalnum(c) || c >= 0x80) key += static_cast<char>(std::tolower(c));
    else if (!key.empty() && key.back() != ' ') key += ' ';
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

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
       "geo_country = COALESCE(entities.geo_country, excluded.geo_country) RETURNING id"},
      {"alias", "INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)"},
      {"mention", "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, end) VALUES (?,?,?,?)"},
      {"event",
       "INSERT INTO events (article_id, local_id, type, subtype, actor_name, actor_entity, actor_country, "
       "target_name, target_entity, target_country, location_name, location_entity, lat, lon, admin1, country, "
       "date_value, date_precision, date_text, date_start, date_end, source, status, modality, plover, rule, "
       "confidence, evidence_start, evidence_end, evidence_text, day) VALUES "
       "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
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

Result<int64_t> SqliteStore::PutEntity(const Entity& e) {
  Statement& st = St("entity");
  std::optional<double> lat, lon;
  if (e.geo && e.geo->has_coordinates) lat = e.geo->lat, lon = e.geo->lon;
  st.Bind(1, e.type).Bind(2, EntityKey(e)).Bind(3, e.name).Bind(4, e.role, true).Bind(5, e.country, true);
  st.Bind(6, lat).Bind(7, lon);
  st.Bind(8, e.geo ? e.geo->feature : "", true).Bind(9, e.geo ? e.geo->admin1 : "", true);
  st.Bind(10, e.geo ? e.geo->country : "", true);
  if (!st.Step()) {
    Status s = st.status();
    st.Reset();
    return s.ok() ? Status::Corruption("entity upsert returned no id") : s;
  }
  int64_t id = st.Int(0);
  st.Reset();
  Statement& alias = St("alias");
  alias.Bind(1, id).Bind(2, e.name);
  if (Status s = alias.Run(); !s.ok()) return s;
  for (const auto& a : e.aliases) {
    alias.Bind(1, id).Bind(2, a);
    if (Status s = alias.Run(); !s.ok()) return s;
  }
  return id;
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
  art.Bind(1, d.id).Bind(2, d.source).Bind(3, static_cast<int64_t>(d.part)).Bind(4, d.url, true);
  art.Bind(5, d.title, true).Bind(6, d.outlet, true).Bind(7, d.published, true).Bind(8, d.format, true);
  art.Bind(9, d.text).Bind(10, static_cast<int64_t>(d.TextChars()));
  if (out->supersedes) art.Bind(11, out->supersedes); else art.BindNull(11);
  if (Status s = art.Run(); !s.ok()) return s;
  out->article_id = sqlite3_last_insert_rowid(db_);
  out->inserted = true;

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
  auto ref_id = [&](const Ref& ref, Statement& st, int col) {
    auto it = entity_ids.find(ref.entity);
    if (it == entity_ids.end()) st.BindNull(col); else st.Bind(col, it->second);
  };
  for (const auto& ev : r.events) {
    Statement& st = St("event");
    auto range = store::DateRange(ev.date.value);
    st.Bind(1, out->article_id).Bind(2, ev.id).Bind(3, ev.type).Bind(4, ev.subtype, true);
    st.Bind(5, ev.actor.name, true); ref_id(ev.actor, st, 6); st.Bind(7, ev.actor.country, true);
    st.Bind(8, ev.target.name, true); ref_id(ev.target, st, 9); st.Bind(10, ev.target.country, true);
    st.Bind(11, ev.location.name, true); ref_id(ev.location, st, 12);
    st.Bind(13, ev.location.lat).Bind(14, ev.location.lon);
    st.Bind(15, ev.location.admin1, true).Bind(16, ev.location.country, true);
    st.Bind(17, ev.date.value, true).Bind(18, ev.date.precision, true).Bind(19, ev.date.text, true);
    st.Bind(20, range.first, true).Bind(21, range.second, true);
    st.Bind(22, ev.attribution.source, true);
    st.Bind(23, ev.attribution.status.empty() ? std::string("reported") : ev.attribution.status);
    st.Bind(24, ev.modality).Bind(25, ev.plover, true).Bind(26, ev.rule).Bind(27, ev.confidence);
    st.Bind(28, static_cast<int64_t>(ev.evidence.start)).Bind(29, static_cast<int64_t>(ev.evidence.end));
    st.Bind(30, ev.evidence.text);
    // The day an event is filed under: its own date, else its article's.
    std::string day = range.first.empty() ? store::DateRange(d.published.substr(0, 10)).first : range.first;
    st.Bind(31, day, true);
    if (Status s = st.Run(); !s.ok()) return s;
    int64_t event_id = sqlite3_last_insert_rowid(db_);
    Statement& q = St("quantity");
    for (const auto& qu : ev.quantities) {
      q.Bind(1, event_id).Bind(2, qu.kind).Bind(3, qu.value).Bind(4, qu.max).Bind(5, qu.unit, true);
      q.Bind(6, qu.qualifier, true).Bind(7, qu.currency, true).Bind(8, qu.text, true);
      if (Status s = q.Run(); !s.ok()) return s;
    }
  }
  return Status::OK();
}

Result<PutResult> SqliteStore::Put(const Record& record) {
  PutResult out;
  if (!in_batch_) {
    if (Status s = store::Exec(db_, "BEGIN IMMEDIATE"); !s.ok()) return s;
  }
  Status s = PutBody(record, &out);
  if (!in_batch_) {
    if (s.ok()) s = store::Exec(db_, "COMMIT");
    if (!s.ok()) (void)store::Exec(db_, "ROLLBACK");
  } else if (!s.ok()) {
    // A failed record inside a batch must not leave half of itself behind:
    // roll the batch back and let the caller retry record by record.
    (void)store::Exec(db_, "ROLLBACK");
    in_batch_ = false;
  }
  if (!s.ok()) return s.WithContext("storing " + record.doc.source);
  return out;
}

Status SqliteStore::BeginBatch() {
  if (in_batch_) return Status::InvalidArgument("a batch is already open");
  Status s = store::Exec(db_, "BEGIN IMMEDIATE");
  in_batch_ = s.ok();
  return s;
}

Status SqliteStore::CommitBatch() {
  if (!in_batch_) return Status::InvalidArgument("no batch is open (it was rolled back after an error)");
  in_batch_ = false;
  return store::Exec(db_, "COMMIT");
}

Result<StoreStats> SqliteStore::Stats() {
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
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  auto store = std::make_unique<store::SqliteStore>(db);  // closes db on every path
  if (rc != SQLITE_OK) return Status::IOError(path + ": cannot open database: " + sqlite3_errstr(rc));
  sqlite3_busy_timeout(db, 5000);
  // WAL: readers (the server) never block the writer; synchronous=NORMAL
  // keeps every committed transaction across a process crash.
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                             "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
    if (Status s = store::Exec(db, pragma); !s.ok()) return s.WithContext(path);
  }
  if (Status s = store::Migrate(db); !s.ok()) return s.WithContext(path);
  if (Status s = store->Prepare(); !s.ok()) return s.WithContext(path);
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sitrep

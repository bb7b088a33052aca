// The SQLite backend's side of reconciliation: fingerprints, incident
// candidates and incident bookkeeping. The decisions are reconcile/'s.
#include <set>

#include "store/date_range.h"
#include "store/sqlite_store.h"
#include "util/calendar.h"

namespace sitrep::store {

namespace {

constexpr const char* kEventColumns =
    "SELECT e.id, e.article_id, COALESCE(e.incident_id, 0), COALESCE(a.duplicate_of, a.id), e.type, "
    "COALESCE(e.subtype, ''), COALESCE(e.actor_name, ''), COALESCE(e.actor_country, ''), "
    "COALESCE(e.actor_entity, 0), COALESCE(e.location_name, ''), COALESCE(e.admin1, ''), "
    "COALESCE(e.country, ''), COALESCE(e.location_entity, 0), e.lat, e.lon, COALESCE(e.date_value, ''), "
    "COALESCE(e.date_start, ''), COALESCE(e.date_end, ''), COALESCE(e.day, ''), e.status, "
    "COALESCE(e.source, ''), COALESCE(l.feature, '') FROM events e JOIN articles a ON a.id = e.article_id "
    "LEFT JOIN entities l ON l.id = e.location_entity ";

StoredEvent ReadEvent(Statement& st) {
  StoredEvent e;
  e.id = st.Int(0);
  e.article_id = st.Int(1);
  e.incident_id = st.Int(2);
  e.source_group = st.Int(3);
  e.type = st.Text(4);
  e.subtype = st.Text(5);
  e.actor_name = st.Text(6);
  e.actor_country = st.Text(7);
  e.actor_entity = st.Int(8);
  e.location_name = st.Text(9);
  e.admin1 = st.Text(10);
  e.country = st.Text(11);
  e.location_entity = st.Int(12);
  if (!st.IsNull(13)) e.lat = st.Double(13);
  if (!st.IsNull(14)) e.lon = st.Double(14);
  e.date_value = st.Text(15);
  e.date_start = st.Text(16);
  e.date_end = st.Text(17);
  e.day = st.Text(18);
  e.status = st.Text(19);
  e.attribution_source = st.Text(20);
  e.location_feature = st.Text(21);
  return e;
}

Result<std::vector<StoredEvent>> ReadEvents(Statement& st) {
  std::vector<StoredEvent> out;
  while (st.Step()) out.push_back(ReadEvent(st));
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  return out;
}

std::string ShiftDay(const std::string& day, int days) {
  auto d = ParseIsoDay(day);
  return d ? FormatDay(*d + days) : day;
}

}  // namespace

Result<std::vector<std::pair<int64_t, std::vector<uint8_t>>>> SqliteStore::AddFingerprint(
    int64_t article_id, const std::vector<uint8_t>& signature, const std::vector<int64_t>& band_keys) {
  Statement& set = Cached("UPDATE articles SET minhash = ? WHERE id = ?");
  set.Bind(1, signature).Bind(2, article_id);
  if (Status s = set.Run(); !s.ok()) return s;
  std::vector<std::pair<int64_t, std::vector<uint8_t>>> out;
  std::set<int64_t> seen;
  Statement& find = Cached(
      "SELECT a.id, a.minhash FROM minhash_bands b JOIN articles a ON a.id = b.article_id "
      "WHERE b.band = ? AND a.id <> ? ORDER BY b.article_id DESC LIMIT 32");
  Statement& add = Cached("INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)");
  for (int64_t band : band_keys) {
    find.Bind(1, band).Bind(2, article_id);
    while (find.Step()) {
      if (seen.insert(find.Int(0)).second) out.emplace_back(find.Int(0), find.Blob(1));
    }
    Status s = find.status();
    find.Reset();
    if (!s.ok()) return s;
    add.Bind(1, band).Bind(2, article_id);
    if (Status s2 = add.Run(); !s2.ok()) return s2;
  }
  return out;
}

Status SqliteStore::MarkDuplicate(int64_t article_id, int64_t original_id) {
  Statement& st = Cached("UPDATE articles SET duplicate_of = ? WHERE id = ?");
  st.Bind(1, original_id).Bind(2, article_id);
  return st.Run();
}

Result<std::vector<StoredEvent>> SqliteStore::ArticleEvents(int64_t article_id) {
  static const std::string sql = std::string(kEventColumns) + "WHERE e.article_id = ? AND e.modality <> 'negated' ORDER BY e.id";
  Statement& st = Cached(sql.c_str());
  st.Bind(1, article_id);
  return ReadEvents(st);
}

Result<std::vector<StoredEvent>> SqliteStore::IncidentCandidates(const StoredEvent& e, int window_days) {
  // Only reports whose place could fit (the same entity, no place, or a
  // place and its region named either way round) are read back; the rules
  // in reconcile/ decide among them. The most recent 100 are enough: an
  // incident is reported within days, and its reports cluster.
  static const std::string place =
      " AND (?4 = 0 OR e.location_entity = ?4 OR e.location_entity IS NULL OR e.admin1 = ?5 OR "
      "e.location_name = ?5 OR e.admin1 = ?6 OR e.location_name = ?6 OR "
      "(e.country = ?7 AND (l.feature = 'country' OR ?8 = 'country')))";
  static const std::string dated = std::string(kEventColumns) +
      "WHERE e.type = ?1 AND e.incident_id IS NOT NULL AND (e.day BETWEEN ?2 AND ?3 OR e.day IS NULL)" + place +
      " ORDER BY e.id DESC LIMIT 100";
  static const std::string undated = std::string(kEventColumns) +
      "WHERE e.type = ?1 AND e.incident_id IS NOT NULL AND e.day IS NULL AND ?2 IS NULL AND ?3 IS NULL" + place +
      " ORDER BY e.id DESC LIMIT 100";
  Statement& st = Cached(e.day.empty() ? undated.c_str() : dated.c_str());
  st.Bind(1, e.type);
  if (e.day.empty()) {
    st.BindNull(2).BindNull(3);
  } else {
    st.Bind(2, ShiftDay(e.day, -window_days)).Bind(3, ShiftDay(e.day, window_days));
  }
  st.Bind(4, e.location_entity).Bind(5, e.location_name).Bind(6, e.admin1.empty() ? e.location_name : e.admin1);
  st.Bind(7, e.country).Bind(8, e.location_feature);
  return ReadEvents(st);
}

Result<int64_t> SqliteStore::CreateIncident(const StoredEvent& f) {
  Statement& st = Cached(
      "INSERT INTO incidents (type, subtype, location_name, location_entity, lat, lon, admin1, country, "
      "actor_name, actor_country, date_value, date_start, date_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  st.Bind(1, f.type).Bind(2, f.subtype, true).Bind(3, f.location_name, true);
  if (f.location_entity) st.Bind(4, f.location_entity); else st.BindNull(4);
  st.Bind(5, f.lat).Bind(6, f.lon).Bind(7, f.admin1, true).Bind(8, f.country, true);
  st.Bind(9, f.actor_name, true).Bind(10, f.actor_country, true).Bind(11, f.date_value, true);
  st.Bind(12, f.date_start).Bind(13, f.date_end);
  if (Status s = st.Run(); !s.ok()) return s;
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Status SqliteStore::AssignIncident(int64_t event_id, int64_t incident_id) {
  Statement& st = Cached("UPDATE events SET incident_id = ? WHERE id = ?");
  st.Bind(1, incident_id).Bind(2, event_id);
  return st.Run();
}

Result<std::vector<IncidentFigure>> SqliteStore::IncidentFigures(int64_t incident_id) {
  Statement& st = Cached(
      "SELECT q.kind, q.value, COALESCE(q.max, 0), COALESCE(a.duplicate_of, a.id) FROM quantities q "
      "JOIN events e ON e.id = q.event_id JOIN articles a ON a.id = e.article_id "
      "WHERE e.incident_id = ? AND e.modality = 'asserted'");
  st.Bind(1, incident_id);
  std::vector<IncidentFigure> out;
  while (st.Step()) out.push_back({st.Text(0), st.Double(1), st.Double(2), st.Int(3)});
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<std::pair<std::string, int64_t>>> SqliteStore::IncidentStatuses(int64_t incident_id) {
  Statement& st = Cached(
      "SELECT e.status, COALESCE(a.duplicate_of, a.id) FROM events e JOIN articles a ON a.id = e.article_id "
      "WHERE e.incident_id = ?");
  st.Bind(1, incident_id);
  std::vector<std::pair<std::string, int64_t>> out;
  while (st.Step()) out.emplace_back(st.Text(0), st.Int(1));
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  return out;
}

Status SqliteStore::RefreshIncident(int64_t incident_id, bool conflict) {
  // Counts, the earliest calendar date any report gives, and the evidence of
  // the most confident report as the summary.
  Statement& st = Cached(
      "UPDATE incidents SET "
      "events = (SELECT count(*) FROM events WHERE incident_id = ?1), "
      "articles = (SELECT count(DISTINCT article_id) FROM events WHERE incident_id = ?1), "
      "sources = (SELECT count(DISTINCT COALESCE(a.duplicate_of, a.id)) FROM events e "
      "           JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ?1), "
      "date_start = COALESCE((SELECT min(date_start) FROM events WHERE incident_id = ?1), date_start), "
      "date_end = COALESCE((SELECT max(date_end) FROM events WHERE incident_id = ?1), date_end), "
      "date_value = COALESCE(date_value, (SELECT date_value FROM events WHERE incident_id = ?1 "
      "           AND date_value IS NOT NULL ORDER BY confidence DESC LIMIT 1)), "
      "summary = (SELECT evidence_text FROM events WHERE incident_id = ?1 "
      "           ORDER BY confidence DESC, id LIMIT 1), "
      "conflict = ?2 WHERE id = ?1");
  st.Bind(1, incident_id).Bind(2, static_cast<int64_t>(conflict));
  return st.Run();
}

}  // namespace sitrep::store

// The SQLite backend's read side: incidents, search, entities, timeline.
// Filters are assembled from fixed SQL fragments; every value a user gives
// is a bound parameter.
#include <cstdlib>
#include <variant>

#include "store/sqlite_store.h"

namespace sitrep::store {

namespace {

constexpr const char* kIncidentColumns =
    "SELECT i.id, i.type, COALESCE(i.subtype, ''), COALESCE(i.location_name, ''), COALESCE(i.admin1, ''), "
    "COALESCE(i.country, ''), COALESCE(i.location_entity, 0), i.lat, i.lon, COALESCE(i.actor_name, ''), "
    "COALESCE(i.actor_country, ''), COALESCE(i.date_value, ''), i.date_start, i.date_end, i.sources, "
    "i.articles, i.events, i.conflict, COALESCE(i.summary, '') FROM incidents i ";

Incident ReadIncident(Statement& st) {
  Incident i;
  i.id = st.Int(0);
  i.type = st.Text(1);
  i.subtype = st.Text(2);
  i.location_name = st.Text(3);
  i.admin1 = st.Text(4);
  i.country = st.Text(5);
  i.location_entity = st.Int(6);
  if (!st.IsNull(7)) i.lat = st.Double(7);
  if (!st.IsNull(8)) i.lon = st.Double(8);
  i.actor_name = st.Text(9);
  i.actor_country = st.Text(10);
  i.date_value = st.Text(11);
  i.date_start = st.Text(12);
  i.date_end = st.Text(13);
  i.sources = static_cast<int>(st.Int(14));
  i.articles = static_cast<int>(st.Int(15));
  i.events = static_cast<int>(st.Int(16));
  i.conflict = st.Int(17) != 0;
  i.summary = st.Text(18);
  return i;
}

using Param = std::variant<std::string, int64_t>;

void BindAll(Statement& st, const std::vector<Param>& params) {
  for (size_t i = 0; i < params.size(); ++i) {
    if (const auto* s = std::get_if<std::string>(&params[i])) st.Bind(static_cast<int>(i + 1), *s);
    else st.Bind(static_cast<int>(i + 1), std::get<int64_t>(params[i]));
  }
}

// A place name as entity ids (the place and the places inside it), or a
// country code when it names a country.
struct PlaceFilter {
  std::string country;
  std::vector<int64_t> entities;
};


Result<PlaceFilter> ResolvePlace(sqlite3* db, const std::string& place) {
  PlaceFilter out;
  Statement st(db,
               "SELECT e.id, COALESCE(e.feature, ''), COALESCE(e.geo_country, e.country, ''), e.name "
               "FROM entities e JOIN entity_aliases a ON a.entity_id = e.id "
               "WHERE a.alias = ? COLLATE NOCASE AND e.type = 'location'");
  st.Bind(1, place);
  std::vector<std::string> names;
  bool settlement = false;
  while (st.Step()) {
    const std::string feature = st.Text(1);
    if (feature == "country" && !st.Text(2).empty()) out.country = st.Text(2);
    settlement |= feature == "city" || feature == "village" || feature == "facility";
    out.entities.push_back(st.Int(0));
    names.push_back(st.Text(3));
  }
  if (!st.status().ok()) return st.status();
  // "Kharkiv" is the city, not its oblast: only a region (or a name no
  // entity has) takes in the places inside it.
  if (settlement) return out;
  // Places inside a region: entities whose admin1 is the region's name.
  Statement inside(db, "SELECT id FROM entities WHERE type = 'location' AND (admin1 = ? COLLATE NOCASE OR "
                       "admin1 = ? || ' Oblast' COLLATE NOCASE) LIMIT 2000");
  names.push_back(place);
  for (const auto& n : names) {
    inside.Bind(1, n).Bind(2, n);
    while (inside.Step()) out.entities.push_back(inside.Int(0));
    if (!inside.status().ok()) return inside.status();
    inside.Reset();
  }
  return out;
}

// The SQL text depends only on which filters are set, so it can stay
// prepared, except when a place's entity list makes it one of a kind: then
// *one_of_a_kind is set.
Status BuildFilter(sqlite3* db, const IncidentQuery& q, std::string* sql, std::vector<Param>* params,
                   bool* one_of_a_kind) {
  *sql += "WHERE 1 = 1";
  if (!q.type.empty()) *sql += " AND i.type = ?", params->push_back(q.type);
  if (!q.since.empty()) *sql += " AND i.date_start >= ?", params->push_back(q.since);
  if (!q.until.empty()) *sql += " AND i.date_start <> '' AND i.date_start <= ?", params->push_back(q.until);
  if (q.min_sources > 0) *sql += " AND i.sources >= ?", params->push_back(int64_t{q.min_sources});
  if (q.conflicts_only) *sql += " AND i.conflict = 1";
  if (!q.place.empty()) {
    auto place = ResolvePlace(db, q.place);
    if (!place.ok()) return place.status();
    if (!place->country.empty()) {
      *sql += " AND i.country = ?";
      params->push_back(place->country);
    } else if (!place->entities.empty()) {
      *one_of_a_kind = true;
      *sql += " AND i.location_entity IN (";
      for (size_t k = 0; k < place->entities.size(); ++k) {
        *sql += k ? ",?" : "?";
        params->push_back(place->entities[k]);
      }
      *sql += ")";
    } else {
      *sql += " AND (i.location_name = ? COLLATE NOCASE OR i.admin1 = ? COLLATE NOCASE)";
      params->push_back(q.place);
      params->push_back(q.place);
    }
  }
  if (!q.actor.empty()) {
    *sql += " AND (i.actor_name LIKE ? OR i.actor_country = ? OR i.actor_country = "
            "(SELECT COALESCE(e.geo_country, e.country) FROM entities e JOIN entity_aliases a ON a.entity_id = e.id "
            " WHERE a.alias = ? COLLATE NOCASE AND e.feature = 'country' LIMIT 1))";
    params->push_back("%" + q.actor + "%");
    params->push_back(q.actor);
    params->push_back(q.actor);
  }
  if (!q.outlet.empty()) {
    *sql += " AND EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.incident_id = i.id AND a.outlet = ? COLLATE NOCASE)";
    params->push_back(q.outlet);
  }
  return Status::OK();
}

}  // namespace

Result<IncidentPage> SqliteStore::FindIncidents(const IncidentQuery& q) {
  if (Status s = SettleForReading(); !s.ok()) return s;
  std::string sql = kIncidentColumns;
  std::vector<Param> params;
  bool one_of_a_kind = false;
  if (Status s = BuildFilter(db_, q, &sql, &params, &one_of_a_kind); !s.ok()) return s;
  if (!q.cursor.empty()) {
    size_t slash = q.cursor.rfind('/');
    if (slash == std::string::npos) return Status::InvalidArgument("bad cursor '" + q.cursor + "'");
    char* end = nullptr;
    long long id = std::strtoll(q.cursor.c_str() + slash + 1, &end, 10);
    if (*end != '\0' || id <= 0) return Status::InvalidArgument("bad cursor '" + q.cursor + "'");
    sql += " AND (i.date_start < ? OR (i.date_start = ? AND i.id < ?))";
    params.push_back(q.cursor.substr(0, slash));
    params.push_back(q.cursor.substr(0, slash));
    params.push_back(static_cast<int64_t>(id));
  }
  sql += " ORDER BY i.date_start DESC, i.id DESC LIMIT ?";
  int limit = q.limit > 0 ? q.limit : 100;
  params.push_back(static_cast<int64_t>(limit));
  Statement one_off;
  Statement& st = one_of_a_kind ? (one_off = Statement(db_, sql)) : Cached(sql.c_str());
  if (!st.status().ok()) return st.status();
  BindAll(st, params);
  IncidentPage page;
  page.incidents.reserve(static_cast<size_t>(limit));
  while (st.Step()) page.incidents.push_back(ReadIncident(st));
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  if (static_cast<int>(page.incidents.size()) == limit) {
    const Incident& last = page.incidents.back();
    page.next_cursor = last.date_start + "/" + std::to_string(last.id);
  }
  return page;
}

Result<std::vector<IncidentReport>> SqliteStore::Reports(int64_t incident_id) {
  Statement& st = Cached(
      "SELECT e.id, e.article_id, COALESCE(a.duplicate_of, 0), COALESCE(a.outlet, ''), COALESCE(a.url, ''), "
      "COALESCE(a.title, ''), COALESCE(a.published, ''), a.source, e.status, COALESCE(e.source, ''), "
      "e.modality, e.rule, e.confidence, e.evidence_start, e.evidence_end, e.evidence_text, "
      "COALESCE(e.date_value, ''), COALESCE(e.date_text, '') FROM events e JOIN articles a ON a.id = e.article_id "
      "WHERE e.incident_id = ? ORDER BY a.published, e.id");
  Statement& qs = Cached(
      "SELECT kind, value, max, COALESCE(unit, ''), COALESCE(qualifier, ''), COALESCE(currency, ''), "
      "COALESCE(text, '') FROM quantities WHERE event_id = ?");
  st.Bind(1, incident_id);
  std::vector<IncidentReport> out;
  while (st.Step()) {
    IncidentReport r;
    r.event_id = st.Int(0);
    r.article_id = st.Int(1);
    r.duplicate_of = st.Int(2);
    r.outlet = st.Text(3);
    r.url = st.Text(4);
    r.title = st.Text(5);
    r.published = st.Text(6);
    r.source = st.Text(7);
    r.status = st.Text(8);
    r.attribution_source = st.Text(9);
    r.modality = st.Text(10);
    r.rule = st.Text(11);
    r.confidence = st.Double(12);
    r.evidence = {static_cast<uint32_t>(st.Int(13)), static_cast<uint32_t>(st.Int(14)), st.Text(15)};
    r.date_value = st.Text(16);
    r.date_text = st.Text(17);
    out.push_back(std::move(r));
  }
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  for (auto& r : out) {
    qs.Bind(1, r.event_id);
    while (qs.Step()) {
      Quantity q;
      q.kind = qs.Text(0);
      q.value = qs.Double(1);
      if (!qs.IsNull(2)) q.max = qs.Double(2);
      q.unit = qs.Text(3);
      q.qualifier = qs.Text(4);
      q.currency = qs.Text(5);
      q.text = qs.Text(6);
      r.quantities.push_back(std::move(q));
    }
    Status qs_status = qs.status();
    qs.Reset();
    if (!qs_status.ok()) return qs_status;
  }
  return out;
}

Result<Incident> SqliteStore::GetIncident(int64_t id) {
  if (Status s = SettleForReading(); !s.ok()) return s;
  static const std::string sql = std::string(kIncidentColumns) + "WHERE i.id = ?";
  Statement& st = Cached(sql.c_str());
  st.Bind(1, id);
  if (!st.Step()) {
    Status s = st.status();
    st.Reset();
    return s.ok() ? Status::NotFound("no incident " + std::to_string(id)) : s;
  }
  Incident incident = ReadIncident(st);
  st.Reset();
  auto reports = Reports(id);
  if (!reports.ok()) return reports.status();
  incident.reports = std::move(*reports);
  return incident;
}

Result<std::vector<SearchHit>> SqliteStore::Search(const std::string& query, int limit) {
  if (Status s = SettleForReading(); !s.ok()) return s;
  auto run = [&](const std::string& match) -> Result<std::vector<SearchHit>> {
    Statement& st = Cached(
        "SELECT a.id, COALESCE(a.title, ''), COALESCE(a.outlet, ''), COALESCE(a.url, ''), "
        "COALESCE(a.published, ''), a.source, snippet(articles_fts, 1, char(2), char(3), '…', 24), "
        "bm25(articles_fts) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?");
    st.Bind(1, match).Bind(2, static_cast<int64_t>(limit > 0 ? limit : 20));
    std::vector<SearchHit> hits;
    while (st.Step()) {
      hits.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5), st.Text(6),
                      st.Double(7)});
    }
    Status s = st.status();
    st.Reset();
    if (!s.ok()) return s;
    return hits;
  };
  auto hits = run(query);
  if (hits.ok()) return hits;
  // Not valid FTS5 syntax (a stray quote, a hyphen): search the words as
  // plain terms instead of failing.
  std::string plain, word;
  auto flush = [&]() {
    if (word.empty()) return;
    plain += (plain.empty() ? "\"" : " \"") + word + "\"";
    word.clear();
  };
  for (char c : query) {
    if (c == '"' || c == ' ' || c == '\t') flush();
    else word += c;
  }
  flush();
  if (plain.empty()) return Status::InvalidArgument("empty search query");
  return run(plain);
}

Result<EntityInfo> SqliteStore::GetEntity(int64_t id) {
  if (Status s = SettleForReading(); !s.ok()) return s;
  Statement& st = Cached(
      "SELECT id, type, name, COALESCE(role, ''), COALESCE(country, geo_country, ''), lat, lon, "
      "COALESCE(feature, ''), COALESCE(admin1, '') FROM entities WHERE id = ?");
  st.Bind(1, id);
  if (!st.Step()) {
    Status s = st.status();
    st.Reset();
    return s.ok() ? Status::NotFound("no entity " + std::to_string(id)) : s;
  }
  EntityInfo e;
  e.id = st.Int(0);
  e.type = st.Text(1);
  e.name = st.Text(2);
  e.role = st.Text(3);
  e.country = st.Text(4);
  if (!st.IsNull(5)) e.lat = st.Double(5);
  if (!st.IsNull(6)) e.lon = st.Double(6);
  e.feature = st.Text(7);
  e.admin1 = st.Text(8);
  st.Reset();
  Statement& al = Cached("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias");
  al.Bind(1, id);
  while (al.Step()) if (al.Text(0) != e.name) e.aliases.push_back(al.Text(0));
  al.Reset();
  Statement& counts = Cached("SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id = ?");
  counts.Bind(1, id);
  if (counts.Step()) e.mentions = counts.Int(0), e.articles = counts.Int(1);
  counts.Reset();
  Statement& months = Cached(
      "SELECT substr(i.date_start, 1, 7), count(DISTINCT i.id) FROM incidents i JOIN events ev ON ev.incident_id = i.id "
      "WHERE (ev.actor_entity = ?1 OR ev.target_entity = ?1 OR ev.location_entity = ?1) "
      "GROUP BY 1 ORDER BY 1");
  months.Bind(1, id);
  while (months.Step()) {
    std::string month = months.Text(0).empty() ? "undated" : months.Text(0);
    e.incidents_by_month.emplace_back(month, months.Int(1));
    e.incidents += months.Int(1);
  }
  Status s = months.status();
  months.Reset();
  if (!s.ok()) return s;
  return e;
}

Result<std::vector<EntityInfo>> SqliteStore::FindEntities(const std::string& name, int limit) {
  if (Status s = SettleForReading(); !s.ok()) return s;
  std::vector<int64_t> ids;
  for (const char* sql :
       {"SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ? COLLATE NOCASE "
        "GROUP BY a.entity_id ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = a.entity_id) DESC LIMIT ?",
        "SELECT a.entity_id FROM entity_aliases a WHERE a.alias LIKE ? || '%' GROUP BY a.entity_id "
        "ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = a.entity_id) DESC LIMIT ?"}) {
    Statement& st = Cached(sql);
    st.Bind(1, name).Bind(2, static_cast<int64_t>(limit > 0 ? limit : 20));
    while (st.Step()) ids.push_back(st.Int(0));
    Status s = st.status();
    st.Reset();
    if (!s.ok()) return s;
    if (!ids.empty()) break;
  }
  std::vector<EntityInfo> out;
  for (int64_t id : ids) {
    auto e = GetEntity(id);
    if (!e.ok()) return e.status();
    out.push_back(std::move(*e));
  }
  return out;
}

Result<std::vector<TimelineBucket>> SqliteStore::Timeline(const IncidentQuery& q) {
  if (Status s = SettleForReading(); !s.ok()) return s;
  std::string sql = "SELECT i.date_start, i.type, count(*) FROM incidents i ";
  std::vector<Param> params;
  bool one_of_a_kind = false;
  if (Status s = BuildFilter(db_, q, &sql, &params, &one_of_a_kind); !s.ok()) return s;
  sql += " AND i.date_start <> '' GROUP BY i.date_start, i.type ORDER BY i.date_start, i.type";
  Statement one_off;
  Statement& st = one_of_a_kind ? (one_off = Statement(db_, sql)) : Cached(sql.c_str());
  if (!st.status().ok()) return st.status();
  BindAll(st, params);
  std::vector<TimelineBucket> out;
  while (st.Step()) out.push_back({st.Text(0), st.Text(1), st.Int(2)});
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  return out;
}

}  // namespace sitrep::store

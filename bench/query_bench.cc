// `sitrep events --place X --since D` on a database of 1,000,000 events.
//
// Builds the database once (bench/query_bench.db beside the build, reused
// when present): 1,000,000 events grouped into 1,000,000 incidents across
// 300 places in 25 regions and two years, then times Store::FindIncidents
// for place + since filters (city, region, country) and a type filter,
// each the median of 21 runs. Target: under 50 ms.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "sitrep/store.h"
#include "util/calendar.h"

namespace {

constexpr int kEvents = 1000000;
constexpr int kPlaces = 300;
constexpr int kRegions = 25;
const char* const kTypes[] = {"attack", "interception", "clash", "territory", "casualties", "infrastructure"};

void Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "SQL failed: %s\n", err);
    std::exit(1);
  }
}

std::string Day(int n) {  // n days after 2023-01-01
  return sitrep::FormatDay(sitrep::DaysFromCivil(2023, 1, 1) + n);
}

void Build(const std::string& path) {
  {  // schema via the store
    auto store = sitrep::Store::OpenSqlite(path);
    if (!store.ok()) std::exit(1);
  }
  sqlite3* db;
  sqlite3_open(path.c_str(), &db);
  // A bulk build, not a crash-safe ingest: no journal, a large cache.
  Exec(db, "PRAGMA journal_mode = OFF");
  Exec(db, "PRAGMA synchronous = OFF");
  Exec(db, "PRAGMA cache_size = -1000000");
  Exec(db, "BEGIN");
  Exec(db, "INSERT INTO articles (content_hash, source, text, text_chars, published) VALUES ('h', 'bench', 'x', 1, '2023-01-01')");
  Exec(db, "INSERT INTO entities (id, type, key, name, feature, geo_country) VALUES (1, 'location', 'ukraine', 'Ukraine', 'country', 'UA')");
  Exec(db, "INSERT INTO entity_aliases VALUES (1, 'Ukraine')");
  sqlite3_stmt *ent, *alias, *inc, *ev;
  sqlite3_prepare_v2(db, "INSERT INTO entities (id, type, key, name, feature, admin1, geo_country, lat, lon) VALUES (?,?,?,?,?,?,'UA',?,?)", -1, &ent, nullptr);
  sqlite3_prepare_v2(db, "INSERT INTO entity_aliases VALUES (?, ?)", -1, &alias, nullptr);
  for (int r = 0; r < kRegions; ++r) {
    std::string name = "Region" + std::to_string(r) + " Oblast";
    sqlite3_bind_int(ent, 1, 1000 + r);
    sqlite3_bind_text(ent, 2, "location", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ent, 3, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ent, 4, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ent, 5, "region", -1, SQLITE_TRANSIENT);
    sqlite3_bind_null(ent, 6);
    sqlite3_bind_double(ent, 7, 48 + r * 0.1);
    sqlite3_bind_double(ent, 8, 30 + r * 0.2);
    sqlite3_step(ent);
    sqlite3_reset(ent);
    sqlite3_bind_int(alias, 1, 1000 + r);
    sqlite3_bind_text(alias, 2, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(alias);
    sqlite3_reset(alias);
  }
  for (int p = 0; p < kPlaces; ++p) {
    std::string name = "Place" + std::to_string(p);
    std::string region = "Region" + std::to_string(p % kRegions) + " Oblast";
    sqlite3_bind_int(ent, 1, 10 + p);
    sqlite3_bind_text(ent, 2, "location", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ent, 3, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ent, 4, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ent, 5, "city", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ent, 6, region.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_double(ent, 7, 48 + p * 0.01);
    sqlite3_bind_double(ent, 8, 30 + p * 0.02);
    sqlite3_step(ent);
    sqlite3_reset(ent);
    sqlite3_bind_int(alias, 1, 10 + p);
    sqlite3_bind_text(alias, 2, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(alias);
    sqlite3_reset(alias);
  }
  sqlite3_prepare_v2(db,
                     "INSERT INTO incidents (id, type, location_name, location_entity, admin1, country, lat, lon, "
                     "actor_country, date_value, date_start, date_end, sources, articles, events, summary) "
                     "VALUES (?,?,?,?,?,'UA',?,?,'RU',?,?,?,1,1,1,'A generated incident.')",
                     -1, &inc, nullptr);
  sqlite3_prepare_v2(db,
                     "INSERT INTO events (article_id, local_id, type, location_name, location_entity, date_value, "
                     "date_start, date_end, day, status, modality, rule, confidence, evidence_start, evidence_end, "
                     "evidence_text, incident_id) VALUES (1, 'v', ?, ?, ?, ?, ?, ?, ?, 'reported', 'asserted', 'bench', "
                     "0.5, 0, 10, 'A generated event sentence.', ?)",
                     -1, &ev, nullptr);
  std::mt19937 rng(42);
  std::vector<std::string> days;
  for (int d = 0; d < 730; ++d) days.push_back(Day(d));
  for (int i = 1; i <= kEvents; ++i) {
    int p = static_cast<int>(rng() % kPlaces);
    const std::string& day = days[rng() % days.size()];
    const char* type = kTypes[rng() % 6];
    std::string place = "Place" + std::to_string(p);
    std::string region = "Region" + std::to_string(p % kRegions) + " Oblast";
    sqlite3_bind_int(inc, 1, i);
    sqlite3_bind_text(inc, 2, type, -1, SQLITE_STATIC);
    sqlite3_bind_text(inc, 3, place.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(inc, 4, 10 + p);
    sqlite3_bind_text(inc, 5, region.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_double(inc, 6, 48 + p * 0.01);
    sqlite3_bind_double(inc, 7, 30 + p * 0.02);
    for (int c : {8, 9, 10}) sqlite3_bind_text(inc, c, day.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(inc);
    sqlite3_reset(inc);
    sqlite3_bind_text(ev, 1, type, -1, SQLITE_STATIC);
    sqlite3_bind_text(ev, 2, place.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(ev, 3, 10 + p);
    for (int c : {4, 5, 6, 7}) sqlite3_bind_text(ev, c, day.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(ev, 8, i);
    sqlite3_step(ev);
    sqlite3_reset(ev);
  }
  sqlite3_finalize(ent);
  sqlite3_finalize(alias);
  sqlite3_finalize(inc);
  sqlite3_finalize(ev);
  Exec(db, "COMMIT");
  Exec(db, "ANALYZE");
  sqlite3_close(db);
}

double MedianMs(sitrep::Store& store, const sitrep::IncidentQuery& q, size_t* rows) {
  std::vector<double> ms;
  for (int run = 0; run < 21; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    auto page = store.FindIncidents(q);
    auto t1 = std::chrono::steady_clock::now();
    if (!page.ok()) {
      std::fprintf(stderr, "query failed: %s\n", page.status().ToString().c_str());
      std::exit(1);
    }
    *rows = page->incidents.size();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "query_bench.db";
  if (!std::filesystem::exists(path)) {
    std::printf("building %s with %d events (once)...\n", path.c_str(), kEvents);
    auto t0 = std::chrono::steady_clock::now();
    Build(path);
    std::printf("built in %.1f s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  auto store = sitrep::Store::OpenSqlite(path);
  if (!store.ok()) return 1;
  auto stats = (*store)->Stats();
  std::printf("database: %lld events, %lld incidents\n", static_cast<long long>(stats->events),
              static_cast<long long>(stats->incidents));
  struct Case {
    const char* name;
    sitrep::IncidentQuery q;
  };
  std::vector<Case> cases;
  auto add = [&](const char* name, std::string place, std::string since, std::string type = "") {
    sitrep::IncidentQuery q;
    q.place = std::move(place);
    q.since = std::move(since);
    q.type = std::move(type);
    q.limit = 100;
    cases.push_back({name, q});
  };
  add("city + since (events --place Place7 --since 2024-06-01)", "Place7", "2024-06-01");
  add("region + since (--place 'Region3 Oblast' --since 2024-06-01)", "Region3 Oblast", "2024-06-01");
  add("country + since (--place Ukraine --since 2024-12-01)", "Ukraine", "2024-12-01");
  add("type + since (--type clash --since 2024-01-01)", "", "2024-01-01", "clash");
  add("no filter, first page", "", "");
  for (const auto& c : cases) {
    size_t rows = 0;
    double ms = MedianMs(**store, c.q, &rows);
    std::printf("%-62s %7.2f ms median (%zu rows)  %s\n", c.name, ms, rows, ms < 50 ? "ok" : "OVER 50 ms");
  }
  return 0;
}

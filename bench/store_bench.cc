// store_bench: ingest (extraction and storage) of generated ~5 KB articles, against a
// plain SQLite bulk insert of the same rows.
//
//   sitrep:  MakeDocument + Extract + Store::Put + ReconcileArticle, one
//            thread, WAL, a commit every 1,024 articles or every second,
//            whichever comes first (as `sitrep ingest` runs by default;
//            `store_bench N BATCH SECONDS` sets both bounds).
//   peer:    the same article, event and quantity rows written with plain
//            prepared INSERTs into bare tables in one transaction: no
//            extraction, no indexes, no full-text index, no reconciliation.
// Target: sitrep >= 1,000 articles/s on one core.
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commit_pacer.h"
#include "sitrep/extract.h"
#include "sitrep/reconcile.h"
#include "sitrep/store.h"
#include "sitrep/text.h"
#include "tests/support/news_gen.h"

namespace {

using Clock = std::chrono::steady_clock;

std::string TempPath(const char* name) {
  std::string p = (std::filesystem::temp_directory_path() / (std::string(name) + std::to_string(getpid()) + ".db")).string();
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(p + s);
  return p;
}

double PlainBulkInsert(const std::vector<sitrep::Record>& records) {
  std::string path = TempPath("sitrep_bench_plain_");
  sqlite3* db;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                   "CREATE TABLE articles (id INTEGER PRIMARY KEY, hash TEXT, source TEXT, title TEXT, outlet TEXT, "
                   "published TEXT, text TEXT);"
                   "CREATE TABLE events (id INTEGER PRIMARY KEY, article INTEGER, type TEXT, location TEXT, "
                   "date TEXT, evidence TEXT);"
                   "CREATE TABLE quantities (event INTEGER, kind TEXT, value REAL);",
               nullptr, nullptr, nullptr);
  sqlite3_stmt *a, *e, *q;
  sqlite3_prepare_v2(db, "INSERT INTO articles (hash, source, title, outlet, published, text) VALUES (?,?,?,?,?,?)", -1, &a, nullptr);
  sqlite3_prepare_v2(db, "INSERT INTO events (article, type, location, date, evidence) VALUES (?,?,?,?,?)", -1, &e, nullptr);
  sqlite3_prepare_v2(db, "INSERT INTO quantities VALUES (?,?,?)", -1, &q, nullptr);
  auto t0 = Clock::now();
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  for (const auto& r : records) {
    const auto& d = r.doc;
    const std::string* cols[] = {&d.id, &d.source, &d.title, &d.outlet, &d.published, &d.text};
    for (int i = 0; i < 6; ++i) sqlite3_bind_text(a, i + 1, cols[i]->data(), static_cast<int>(cols[i]->size()), SQLITE_STATIC);
    sqlite3_step(a);
    sqlite3_reset(a);
    sqlite3_int64 article = sqlite3_last_insert_rowid(db);
    for (const auto& ev : r.events) {
      sqlite3_bind_int64(e, 1, article);
      sqlite3_bind_text(e, 2, ev.type.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(e, 3, ev.location.name.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(e, 4, ev.date.value.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(e, 5, ev.evidence.text.c_str(), -1, SQLITE_STATIC);
      sqlite3_step(e);
      sqlite3_reset(e);
      sqlite3_int64 event = sqlite3_last_insert_rowid(db);
      for (const auto& qu : ev.quantities) {
        sqlite3_bind_int64(q, 1, event);
        sqlite3_bind_text(q, 2, qu.kind.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_double(q, 3, qu.value);
        sqlite3_step(q);
        sqlite3_reset(q);
      }
    }
  }
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  sqlite3_finalize(a);
  sqlite3_finalize(e);
  sqlite3_finalize(q);
  sqlite3_close(db);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return secs;
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 5000;
  size_t batch = argc > 2 ? std::atoi(argv[2]) : sitrep::cli::kDefaultCommitArticles;  // articles a transaction at most
  // The time bound (seconds) makes commits depend on the machine's speed;
  // under valgrind, pass 0 for none, so runs compare instruction for instruction.
  double seconds = argc > 3 ? std::atof(argv[3]) : sitrep::cli::kDefaultCommitSeconds;
  sitrep::cli::CommitPacer pacer(batch, seconds > 0 ? seconds : 1e9);
  size_t in_batch = 0, commits = 0;
  auto extractor = sitrep::Extractor::Open(SITREP_SOURCE_DIR "/data");
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().ToString().c_str());
    return 1;
  }
  sitrep::testing::NewsGenerator gen(7);
  std::vector<sitrep::Article> articles;
  size_t bytes = 0;
  for (int i = 0; i < n; ++i) {
    sitrep::Article a;
    a.source = "bench/" + std::to_string(i) + ".txt";
    a.title = gen.Title();
    a.outlet = gen.Outlet();
    a.published = gen.Date();
    a.body = gen.Article(5000);
    bytes += a.body.size();
    articles.push_back(std::move(a));
  }
  std::string path = TempPath("sitrep_bench_ingest_");
  auto store = sitrep::Store::OpenSqlite(path);
  if (!store.ok()) return 1;
  std::vector<sitrep::Record> records;
  records.reserve(articles.size());
  size_t events = 0;
  double t_extract = 0, t_put = 0, t_reconcile = 0, t_commit = 0;  // wall time of each step
  auto t0 = Clock::now();
  std::clock_t cpu0 = std::clock();
  for (size_t i = 0; i < articles.size(); ++i) {
    if (in_batch == 0) {
      if (!(*store)->BeginBatch().ok()) return 1;
      pacer.Begin();
    }
    auto s0 = Clock::now();
    sitrep::Record r = (*extractor)->Extract(sitrep::MakeDocument(articles[i]));
    auto s1 = Clock::now();
    auto put = (*store)->Put(r);
    auto s2 = Clock::now();
    if (!put.ok() || !sitrep::ReconcileArticle(**store, put->article_id, r.doc).ok()) {
      std::fprintf(stderr, "ingest failed\n");
      return 1;
    }
    auto s3 = Clock::now();
    t_extract += std::chrono::duration<double>(s1 - s0).count();
    t_put += std::chrono::duration<double>(s2 - s1).count();
    t_reconcile += std::chrono::duration<double>(s3 - s2).count();
    events += r.events.size();
    records.push_back(std::move(r));
    if (pacer.Due(++in_batch) || i + 1 == articles.size()) {
      in_batch = 0;
      ++commits;
      auto c0 = Clock::now();
      if (!(*store)->CommitBatch().ok()) return 1;
      t_commit += std::chrono::duration<double>(Clock::now() - c0).count();
    }
  }
  double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  double plain = PlainBulkInsert(records);
  auto stats = (*store)->Stats();
  std::printf("stored: %lld articles (%lld near-duplicates), %lld events, %lld incidents\n",
              static_cast<long long>(stats->articles), static_cast<long long>(stats->duplicates),
              static_cast<long long>(stats->events), static_cast<long long>(stats->incidents));
  std::printf("corpus: %d generated articles, %.1f KB average, %zu events extracted\n", n,
              bytes / 1024.0 / n, events);
  std::printf("sitrep ingest (extract + store + reconcile): %8.0f articles/s wall (%.2f s), %.0f articles/s of CPU  %s\n",
              n / secs, secs, n / cpu, n / secs >= 1000 ? "ok" : "UNDER 1,000/s");
  std::printf("  of which: extract %.2f s, store rows %.2f s, reconcile %.2f s, commit (events, full-text index, WAL) %.2f s in %zu commits\n",
              t_extract, t_put, t_reconcile, t_commit, commits);
  std::printf("plain SQLite bulk insert of the same rows:   %8.0f articles/s  (%.2f s)\n", n / plain, plain);
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return 0;
}

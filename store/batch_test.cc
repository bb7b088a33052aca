// Batches, the rows they hold back, the reconcile caches, and schema 2:
// however articles are grouped into transactions and connections, the
// database ends up the same.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "sitrep/extract.h"
#include "sitrep/reconcile.h"
#include "sitrep/store.h"
#include "sitrep/text.h"
#include "store/schema.h"
#include "tests/support/news_gen.h"

namespace sitrep {
namespace {

std::string TempDb(const std::string& name) {
  auto path = std::filesystem::temp_directory_path() / ("sitrep_batch_" + name + "_" + std::to_string(getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  return path.string();
}

// Generated articles, extracted once; some are near-copies of an earlier one
// and some have no date, so duplicates and undated candidates are exercised.
const std::vector<Record>& Records() {
  static const std::vector<Record> records = [] {
    auto extractor = Extractor::Open(SITREP_SOURCE_DIR "/data");
    EXPECT_TRUE(extractor.ok()) << extractor.status().ToString();
    testing::NewsGenerator gen(5);
    std::vector<std::string> bodies;
    std::vector<Record> out;
    for (int i = 0; i < 90; ++i) {
      Article a;
      a.source = "gen/" + std::to_string(i) + ".txt";
      a.title = gen.Title();
      a.outlet = gen.Outlet();
      a.published = i % 7 == 3 ? "" : gen.Date();
      a.body = i % 9 == 8 ? bodies[i / 2] + "\n\n" + gen.Sentence() : gen.Article(2500);
      bodies.push_back(a.body);
      out.push_back((*extractor)->Extract(MakeDocument(std::move(a))));
    }
    return out;
  }();
  return records;
}

void Ingest(Store& store, const Record& r) {
  auto put = store.Put(r);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  if (put->inserted) ASSERT_TRUE(ReconcileArticle(store, put->article_id, r.doc).ok());
}

// Every stored row that ingest writes, but the ingest time.
std::string Dump(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string out;
  for (const char* sql :
       {"SELECT id, content_hash, url, title, supersedes, duplicate_of FROM articles ORDER BY id",
        "SELECT article_id, hex(minhash) FROM article_fingerprints ORDER BY 1",
        "SELECT * FROM entities ORDER BY id", "SELECT * FROM entity_aliases ORDER BY 1, 2",
        "SELECT * FROM mentions ORDER BY 1, 2", "SELECT * FROM events ORDER BY id",
        "SELECT * FROM quantities ORDER BY rowid", "SELECT * FROM incidents ORDER BY id",
        "SELECT * FROM minhash_bands ORDER BY 1, 2", "SELECT rowid FROM articles_fts('kyiv OR drones') ORDER BY rowid"}) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sql;
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* t = sqlite3_column_text(st, c);
        out += t ? reinterpret_cast<const char*>(t) : "NULL";
        out += '|';
      }
      out += '\n';
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

// SQL that takes a database of the current schema back to version 3, as
// it shipped: signatures in articles.minhash, no article_fingerprints.
constexpr const char* kBackToVersion3 =
    "ALTER TABLE articles ADD COLUMN minhash BLOB; "
    "UPDATE articles SET minhash = (SELECT f.minhash FROM article_fingerprints f WHERE f.article_id = articles.id); "
    "DROP TABLE article_fingerprints; "
    "PRAGMA user_version = 3;";

std::string Check(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string out;
  sqlite3_exec(
      db, sql,
      [](void* o, int n, char** v, char**) {
        for (int i = 0; i < n; ++i) *static_cast<std::string*>(o) += v[i] ? v[i] : "NULL";
        return 0;
      },
      &out, nullptr);
  sqlite3_close(db);
  return out;
}

// Runs SQL on the database file directly (to take it back to an older schema).
int ExecSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open(path.c_str(), &db);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  sqlite3_close(db);
  return rc;
}

// Every record stored one article a transaction (no rows held back): the
// database each other way of storing them must equal. Built once.
const std::string& ReferencePath() {
  static const std::string path = [] {
    std::string p = TempDb("reference");
    auto store = Store::OpenSqlite(p);
    EXPECT_TRUE(store.ok());
    for (const auto& r : Records()) Ingest(**store, r);
    return p;
  }();
  return path;
}

const std::string& ReferenceDump() {
  static const std::string dump = Dump(ReferencePath());
  return dump;
}

const std::string kLatestVersion = std::to_string(store::LatestSchemaVersion());

TEST(Batch, GroupingIntoTransactionsDoesNotChangeTheDatabase) {
  const std::string& reference = ReferenceDump();
  ASSERT_NE(reference.find("|\n"), std::string::npos);

  // Batches of 16, and one batch for everything.
  for (size_t batch : {size_t{16}, Records().size()}) {
    std::string path = TempDb("batched" + std::to_string(batch));
    auto store = Store::OpenSqlite(path);
    ASSERT_TRUE(store.ok());
    for (size_t i = 0; i < Records().size(); ++i) {
      if (i % batch == 0) ASSERT_TRUE((*store)->BeginBatch().ok());
      Ingest(**store, Records()[i]);
      // A query inside the batch writes out what it holds back, mid-batch.
      if (batch > 16 && i % 7 == 6) ASSERT_TRUE((*store)->Stats().ok());
      if (i % batch == batch - 1 || i + 1 == Records().size()) ASSERT_TRUE((*store)->CommitBatch().ok());
    }
    store->reset();
    EXPECT_EQ(Dump(path), reference) << "batches of " << batch;
    EXPECT_EQ(Check(path, "PRAGMA foreign_key_check"), "");
    EXPECT_EQ(Check(path, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(Check(path, "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"), "");
  }
}

TEST(Batch, TwoConnectionsTakingTurnsSeeEachOthersWrites) {
  // Two writers (a CLI ingest and the server, say) alternate batches: each
  // must drop what it cached when the other has committed.
  std::string path = TempDb("turns");
  auto a = Store::OpenSqlite(path), b = Store::OpenSqlite(path);
  ASSERT_TRUE(a.ok() && b.ok());
  for (size_t i = 0; i < Records().size(); i += 10) {
    Store& s = (i / 10) % 2 ? **b : **a;
    ASSERT_TRUE(s.BeginBatch().ok());
    for (size_t j = i; j < std::min(i + 10, Records().size()); ++j) Ingest(s, Records()[j]);
    ASSERT_TRUE(s.CommitBatch().ok());
  }
  a->reset();
  b->reset();
  EXPECT_EQ(Dump(path), ReferenceDump());
}

TEST(Batch, ARolledBackBatchLeavesNothingAndCanBeRedone) {
  std::string path = TempDb("rollback");
  auto store = Store::OpenSqlite(path);
  ASSERT_TRUE(store.ok());
  const size_t half = Records().size() / 2;
  ASSERT_TRUE((*store)->BeginBatch().ok());
  for (size_t i = 0; i < half; ++i) Ingest(**store, Records()[i]);
  ASSERT_TRUE((*store)->CommitBatch().ok());
  // A batch that fails part-way is rolled back, caches and held rows too.
  ASSERT_TRUE((*store)->BeginBatch().ok());
  for (size_t i = half; i < Records().size(); ++i) Ingest(**store, Records()[i]);
  auto inside = (*store)->Stats();  // a query inside the batch sees what it holds
  ASSERT_TRUE(inside.ok());
  EXPECT_EQ(std::to_string(inside->articles), Check(ReferencePath(), "SELECT count(*) FROM articles"));
  ASSERT_TRUE((*store)->RollbackBatch().ok());
  auto after = (*store)->Stats();
  ASSERT_TRUE(after.ok());
  EXPECT_LT(after->articles, inside->articles);
  ASSERT_TRUE((*store)->BeginBatch().ok());
  for (size_t i = half; i < Records().size(); ++i) Ingest(**store, Records()[i]);
  ASSERT_TRUE((*store)->CommitBatch().ok());
  store->reset();
  EXPECT_EQ(Dump(path), ReferenceDump());
}

TEST(Batch, ASchemaVersion1DatabaseIsUpgradedAndStaysSearchable) {
  std::string path = TempDb("v1");
  {
    auto store = Store::OpenSqlite(path);
    ASSERT_TRUE(store.ok());
  }
  // Back to version 1 as it shipped: articles indexed by a trigger.
  ASSERT_EQ(ExecSql(path, kBackToVersion3), SQLITE_OK);
  ASSERT_EQ(ExecSql(path,
                    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END; "
                    "INSERT INTO articles (content_hash, source, title, text, text_chars) "
                    "VALUES ('old', 'old.txt', 'Old', 'Drones struck the harbour of Odesa.', 35); "
                    "PRAGMA user_version = 1;"),
            SQLITE_OK);

  auto store = Store::OpenSqlite(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Check(path, "PRAGMA user_version"), kLatestVersion);
  EXPECT_EQ(Check(path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), "0");
  ASSERT_TRUE((*store)->BeginBatch().ok());
  Ingest(**store, Records()[0]);
  ASSERT_TRUE((*store)->CommitBatch().ok());
  Ingest(**store, Records()[1]);  // alone, outside a batch
  auto hits = (*store)->Search("odesa OR harbour", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_FALSE(hits->empty());
  EXPECT_EQ(Check(path, "SELECT count(*) FROM articles_fts"), "3");
  EXPECT_EQ(Check(path, "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"), "");
}

TEST(Batch, ASchemaVersion2DatabaseIsUpgradedAndKeepsItsRows) {
  std::string path = TempDb("v2");
  {
    auto store = Store::OpenSqlite(path);
    ASSERT_TRUE(store.ok());
    Ingest(**store, Records()[0]);
  }
  std::string before = Dump(path);
  // Back to version 2 as it shipped: with the index on incidents' admin1.
  ASSERT_EQ(ExecSql(path, kBackToVersion3), SQLITE_OK);
  ASSERT_EQ(ExecSql(path,
                    "CREATE INDEX incidents_admin1 ON incidents(admin1 COLLATE NOCASE); "
                    "PRAGMA user_version = 2;"),
            SQLITE_OK);

  auto store = Store::OpenSqlite(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Check(path, "PRAGMA user_version"), kLatestVersion);
  EXPECT_EQ(Check(path, "SELECT count(*) FROM sqlite_master WHERE name = 'incidents_admin1'"), "0");
  EXPECT_EQ(Dump(path), before);
  ASSERT_TRUE((*store)->BeginBatch().ok());
  Ingest(**store, Records()[1]);
  ASSERT_TRUE((*store)->CommitBatch().ok());
  EXPECT_EQ(Check(path, "PRAGMA integrity_check"), "ok");
  auto page = (*store)->FindIncidents(IncidentQuery());
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_FALSE(page->incidents.empty());
}

TEST(Batch, ASchemaVersion3DatabaseKeepsItsFingerprintsAndFindsCopiesOfOldArticles) {
  const size_t half = Records().size() / 2;
  std::string path = TempDb("v3");
  {
    auto store = Store::OpenSqlite(path);
    ASSERT_TRUE(store.ok());
    for (size_t i = 0; i < half; ++i) Ingest(**store, Records()[i]);
  }
  std::string before = Dump(path);
  std::string fingerprints = Check(path, "SELECT count(*) FROM article_fingerprints");
  ASSERT_NE(fingerprints, "0");
  ASSERT_EQ(ExecSql(path, kBackToVersion3), SQLITE_OK);
  ASSERT_EQ(Check(path, "SELECT count(*) FROM articles WHERE minhash IS NOT NULL"), fingerprints);

  auto store = Store::OpenSqlite(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Check(path, "PRAGMA user_version"), kLatestVersion);
  EXPECT_EQ(Check(path, "SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'minhash'"), "0");
  EXPECT_EQ(Dump(path), before);
  // The second half holds copies of articles of the first: they are found
  // through the signatures the migration moved.
  ASSERT_TRUE((*store)->BeginBatch().ok());
  for (size_t i = half; i < Records().size(); ++i) Ingest(**store, Records()[i]);
  ASSERT_TRUE((*store)->CommitBatch().ok());
  store->reset();
  EXPECT_EQ(Dump(path), ReferenceDump());
  EXPECT_NE(Check(path, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"), "0");
  EXPECT_EQ(Check(path, "PRAGMA integrity_check"), "ok");
}

}  // namespace
}  // namespace sitrep

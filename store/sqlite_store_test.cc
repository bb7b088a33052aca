#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "sitrep/store.h"
#include "sitrep/text.h"
#include "store/date_range.h"

namespace sitrep {
namespace {

std::string TempDb(const char* name) {
  auto path = std::filesystem::temp_directory_path() / (std::string("sitrep_") + name + "_" +
                                                        std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return path.string();
}

Record MakeRecord(const std::string& text, const std::string& url = "") {
  Article a;
  a.source = "test.txt";
  a.url = url;
  a.title = "A title";
  a.outlet = "Test Wire";
  a.published = "2024-12-26";
  a.body = text;
  Record r;
  r.doc = MakeDocument(std::move(a));
  Entity kharkiv;
  kharkiv.id = "e1";
  kharkiv.type = "location";
  kharkiv.name = "Kharkiv";
  kharkiv.aliases = {"Kharkov"};
  kharkiv.geo = Geo{49.99, 36.23, true, "city", "Kharkiv Oblast", "UA"};
  kharkiv.mentions = {{0, 7, "Kharkiv"}};
  r.entities.push_back(kharkiv);
  Event ev;
  ev.id = "v1";
  ev.type = "attack";
  ev.location = {"Kharkiv", "e1", "UA", 49.99, 36.23, "Kharkiv Oblast"};
  ev.date = {"2024-12-25", "day", "on Christmas Day"};
  ev.quantities.push_back({"wounded", 6, std::nullopt, "person", "exact", "", "six"});
  ev.evidence = {0, static_cast<uint32_t>(r.doc.text.size()), r.doc.text};
  ev.rule = "test.rule";
  ev.confidence = 0.8;
  r.events.push_back(ev);
  return r;
}

TEST(SqliteStore, StoresARecordWhole) {
  auto store = Store::OpenSqlite(TempDb("whole"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto put = (*store)->Put(MakeRecord("Kharkiv was struck on Christmas Day; six people were hurt."));
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_TRUE(put->inserted);
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1);
  EXPECT_EQ(stats->entities, 1);
  EXPECT_EQ(stats->mentions, 1);
  EXPECT_EQ(stats->events, 1);
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

TEST(SqliteStore, SameTextIsStoredOnce) {
  auto store = Store::OpenSqlite(TempDb("once"));
  ASSERT_TRUE(store.ok());
  Record r = MakeRecord("Air defence downed 20 of 31 drones overnight.");
  ASSERT_TRUE((*store)->Put(r).ok());
  auto again = (*store)->Put(r);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->inserted);
  auto has = (*store)->HasArticle(r.doc.id);
  ASSERT_TRUE(has.ok());
  EXPECT_TRUE(*has);
  EXPECT_EQ((*store)->Stats()->articles, 1);
  EXPECT_EQ((*store)->Stats()->events, 1);
}

TEST(SqliteStore, ChangedArticleAtSameUrlIsANewVersion) {
  auto store = Store::OpenSqlite(TempDb("version"));
  ASSERT_TRUE(store.ok());
  auto first = (*store)->Put(MakeRecord("First version of the story.", "https://example.org/a"));
  auto second = (*store)->Put(MakeRecord("Second, corrected version of the story.", "https://example.org/a"));
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_TRUE(second->inserted);
  EXPECT_EQ(second->supersedes, first->article_id);
  EXPECT_EQ((*store)->Stats()->articles, 2);
}

TEST(SqliteStore, EntitiesAreSharedAcrossArticles) {
  auto store = Store::OpenSqlite(TempDb("shared"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(MakeRecord("Kharkiv story one.")).ok());
  ASSERT_TRUE((*store)->Put(MakeRecord("Kharkiv story two.")).ok());
  EXPECT_EQ((*store)->Stats()->entities, 1);
  EXPECT_EQ((*store)->Stats()->mentions, 2);
}

TEST(SqliteStore, BatchCommitsTogether) {
  std::string path = TempDb("batch");
  {
    auto store = Store::OpenSqlite(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->BeginBatch().ok());
    for (int i = 0; i < 10; ++i) ASSERT_TRUE((*store)->Put(MakeRecord("Story number " + std::to_string(i))).ok());
    ASSERT_TRUE((*store)->CommitBatch().ok());
    // A batch left open when the store closes is rolled back, not half-kept.
    ASSERT_TRUE((*store)->BeginBatch().ok());
    ASSERT_TRUE((*store)->Put(MakeRecord("Never committed")).ok());
  }
  auto reopened = Store::OpenSqlite(path);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ((*reopened)->Stats()->articles, 10);
  EXPECT_TRUE((*reopened)->CheckIntegrity().ok());
}

TEST(SqliteStore, RefusesADatabaseFromTheFuture) {
  std::string path = TempDb("future");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto store = Store::OpenSqlite(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer than this sitrep"), std::string::npos);
}

TEST(SqliteStore, NotADatabaseIsAClearError) {
  std::string path = TempDb("garbage");
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("this is not a database, just some text that is long enough to look like a header....", f);
  std::fclose(f);
  auto store = Store::OpenSqlite(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos);
}

TEST(DateRange, Shapes) {
  struct Case { const char* in; const char* first; const char* last; };
  const Case cases[] = {
      {"2024-12-25", "2024-12-25", "2024-12-25"}, {"2025-01", "2025-01-01", "2025-01-31"},
      {"2024-02", "2024-02-01", "2024-02-29"},    {"2023-02", "2023-02-01", "2023-02-28"},
      {"2024", "2024-01-01", "2024-12-31"},       {"2024-12-20/2024-12-25", "2024-12-20", "2024-12-25"},
      {"XXXX-12-16", "", ""},                     {"2024-13", "", ""},
      {"2024-02-30", "", ""},                     {"", "", ""},
      {"garbage", "", ""},                        {"2024-12/2025-01", "2024-12-01", "2025-01-31"},
  };
  for (const auto& c : cases) {
    auto r = store::DateRange(c.in);
    EXPECT_EQ(r.first, c.first) << c.in;
    EXPECT_EQ(r.second, c.last) << c.in;
  }
}

}  // namespace
}  // namespace sitrep

// `sitrep ingest` killed with SIGKILL part-way through 10,000 articles:
// the database must pass its integrity check, hold every article at most
// once, and a rerun must complete the rest.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "sitrep/store.h"
#include "tests/support/news_gen.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

int64_t Count(const std::string& db, const char* sql) {
  sqlite3* h = nullptr;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(h);
    return -1;
  }
  sqlite3_busy_timeout(h, 2000);
  sqlite3_stmt* st = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    n = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return n;
}

pid_t StartIngest(const std::string& input, const std::string& db) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_WRONLY);
    dup2(devnull, STDERR_FILENO);
    execl(SITREP_BINARY, SITREP_BINARY, "ingest", input.c_str(), "--db", db.c_str(), "--data",
          SITREP_SOURCE_DIR "/data", "--batch", "32", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

TEST(IngestCrash, KillNineLeavesAConsistentDatabaseAndARerunCompletes) {
  constexpr int kArticles = 10000;
  fs::path dir = fs::temp_directory_path() / ("sitrep_crash_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string input = (dir / "articles.jsonl").string(), db = (dir / "crash.db").string();
  {
    testing::NewsGenerator gen(11);
    std::ofstream out(input);
    for (int i = 0; i < kArticles; ++i) {
      nlohmann::json j = {{"title", gen.Title()}, {"outlet", gen.Outlet()}, {"published", gen.Date()},
                          {"url", "https://news.example/" + std::to_string(i)}, {"text", gen.Article(900)}};
      out << j.dump() << "\n";
    }
  }
  pid_t pid = StartIngest(input, db);
  ASSERT_GT(pid, 0);
  // Kill once some articles are committed, mid-run.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  int64_t before = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    before = Count(db, "SELECT count(*) FROM articles");
    if (before >= 300) break;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";

  {
    auto store = Store::OpenSqlite(db);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_TRUE((*store)->CheckIntegrity().ok());
  }
  int64_t after_kill = Count(db, "SELECT count(*) FROM articles");
  EXPECT_GE(after_kill, 300);
  EXPECT_LT(after_kill, kArticles);
  EXPECT_EQ(Count(db, "SELECT count(DISTINCT url) FROM articles"), after_kill);
  // Every stored event belongs to a stored article: no half-written record.
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"), 0);

  pid = StartIngest(input, db);
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM articles"), kArticles);
  EXPECT_EQ(Count(db, "SELECT count(DISTINCT url) FROM articles"), kArticles);
  {
    auto store = Store::OpenSqlite(db);
    ASSERT_TRUE(store.ok());
    EXPECT_TRUE((*store)->CheckIntegrity().ok());
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sitrep

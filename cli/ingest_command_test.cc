// The analyst's commands end to end on the bundled corpus: ingest twice
// gives the same counts, and every read command answers in its formats.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CmdRun {
  int status = -1;
  std::string out;
};

CmdRun Sitrep(const std::string& args) {
  std::string cmd = std::string(SITREP_BINARY) + " " + args + " --db " + "\"$SITREP_TEST_DB\"" + " 2>/dev/null";
  CmdRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

class CommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (fs::temp_directory_path() / ("sitrep_cmds_" + std::to_string(getpid()) + ".db")).string();
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(db_ + s);
    setenv("SITREP_TEST_DB", db_.c_str(), 1);
    setenv("SITREP_DATA", SITREP_SOURCE_DIR "/data", 1);
  }
  void TearDown() override {
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(db_ + s);
  }
  std::string db_;
};

nlohmann::json Stats(const std::string& json_text) { return nlohmann::json::parse(json_text, nullptr, false); }

TEST_F(CommandsTest, IngestingTwiceGivesTheSameCounts) {
  const std::string corpus = SITREP_SOURCE_DIR "/examples/corpus";
  ASSERT_EQ(Sitrep("ingest " + corpus).status, 0);
  CmdRun first = Sitrep("export --format jsonl");
  ASSERT_EQ(first.status, 0);
  ASSERT_EQ(Sitrep("ingest " + corpus).status, 0);
  CmdRun second = Sitrep("export --format jsonl");
  EXPECT_EQ(first.out, second.out);
  CmdRun search = Sitrep("search Transnistria --format json");
  ASSERT_EQ(search.status, 0);
  auto hits = nlohmann::json::parse(search.out, nullptr, false);
  ASSERT_TRUE(hits.is_array());
  EXPECT_GE(hits.size(), 1u);
}

TEST_F(CommandsTest, ReadCommandsAnswerInEveryFormat) {
  ASSERT_EQ(Sitrep("ingest " SITREP_SOURCE_DIR "/examples/corpus").status, 0);
  for (const char* args : {"events", "events --format csv", "conflicts", "brief", "brief --date 2024-12-25",
                           "entity Kharkiv", "export --format csv", "search '\"unbalanced'"}) {
    CmdRun r = Sitrep(args);
    EXPECT_EQ(r.status, 0) << args;
  }
  for (const char* args : {"events --format json", "conflicts --format json", "entity Kyiv --format json"}) {
    CmdRun r = Sitrep(args);
    EXPECT_EQ(r.status, 0) << args;
    EXPECT_FALSE(nlohmann::json::parse(r.out, nullptr, false).is_discarded()) << args;
  }
  CmdRun geo = Sitrep("export --format geojson");
  auto fc = nlohmann::json::parse(geo.out, nullptr, false);
  ASSERT_FALSE(fc.is_discarded());
  EXPECT_EQ(fc["type"], "FeatureCollection");
}

TEST_F(CommandsTest, AMissingDatabaseIsAClearError) {
  setenv("SITREP_TEST_DB", "/nonexistent/dir/x.db", 1);
  EXPECT_EQ(Sitrep("events").status, 2);
}

}  // namespace

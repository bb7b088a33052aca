// `sitrep extract` end to end: the built binary run on temporary files.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/test_util.h"

namespace sitrep::cli {
namespace {

using nlohmann::json;
using sitrep::ingest::testing::ScratchDir;

struct Outcome {
  int exit_code = -1;
  std::vector<json> records;
  std::string err;
};

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

class ExtractCommand : public ::testing::Test {
 protected:
  // Runs "sitrep extract ARGS" (ARGS already quoted), with `stdin_text` piped in when given.
  Outcome Extract(const std::string& args, const std::string& stdin_text = "") {
    std::string err_path = dir_.path() + "/stderr.txt";
    std::string cmd = Quote(SITREP_BINARY) + " extract " + DataArg() + args + " 2>" + Quote(err_path);
    if (!stdin_text.empty()) cmd = "printf '%s' " + Quote(stdin_text) + " | " + cmd;
    Outcome run;
    FILE* out = ::popen(cmd.c_str(), "r");
    if (!out) return run;
    std::string text;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, out)) > 0;) text.append(buf, n);
    int status = ::pclose(out);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) run.records.push_back(json::parse(line, nullptr, false));
    std::ifstream err(err_path);
    run.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
    return run;
  }

  std::string File(const std::string& name, std::string_view bytes) { return Quote(dir_.Write("in/" + name, bytes)); }

  // The engine's data folder when the source tree has one; else an empty one.
  std::string DataArg() {
    if (std::filesystem::is_directory(std::string(SITREP_SOURCE_DIR) + "/data")) return "";
    std::filesystem::create_directories(dir_.path() + "/data");
    return "--data " + Quote(dir_.path() + "/data") + " ";
  }

  ScratchDir dir_;
};

constexpr char kStory[] = "TITLE: Strike on a Depot\n\nA depot was hit overnight, officials said.\n";
constexpr char kDated[] = "DATE: 2023-05-06\nOUTLET: Own Desk\n\nShelling went on all day.\n";
constexpr char kTwoLines[] = "{\"text\": \"First line story.\"}\n{\"text\": \"Second line story.\", \"source\": \"s2\"}\n";

TEST_F(ExtractCommand, WritesOneJsonLinePerArticle) {
  Outcome run = Extract(File("a.txt", kStory) + " " + File("b.jsonl", kTwoLines));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(run.records.size(), 3u);
  for (const auto& r : run.records) {
    ASSERT_TRUE(r.is_object());
    EXPECT_TRUE(r["doc"].contains("id"));
    EXPECT_FALSE(r["doc"].contains("text"));
  }
  EXPECT_EQ(run.records[0]["doc"]["title"], "Strike on a Depot");
  EXPECT_EQ(run.records[2]["doc"]["source"], "s2");
}

TEST_F(ExtractCommand, WithTextAddsTheCleanedText) {
  Outcome run = Extract("--with-text " + File("a.txt", kStory));
  ASSERT_EQ(run.records.size(), 1u);
  EXPECT_EQ(run.records[0]["doc"]["text"], "A depot was hit overnight, officials said.");
}

TEST_F(ExtractCommand, PublishedAndOutletFillOnlyTheGaps) {
  Outcome run = Extract("--published 2024-12-17 --outlet 'Given Name' " + File("a.txt", kStory) + " " +
                    File("b.txt", kDated));
  ASSERT_EQ(run.records.size(), 2u);
  EXPECT_EQ(run.records[0]["doc"]["published"], "2024-12-17");
  EXPECT_EQ(run.records[0]["doc"]["outlet"], "Given Name");
  EXPECT_EQ(run.records[1]["doc"]["published"], "2023-05-06");
  EXPECT_EQ(run.records[1]["doc"]["outlet"], "Own Desk");
}

TEST_F(ExtractCommand, BadFileAmongGoodOnesExitsOne) {
  std::string bad = dir_.path() + "/in/broken.jsonl";
  Outcome run = Extract(File("a.txt", kStory) + " " + File("broken.jsonl", "{\"text\": \"ok\"}\n{oops\n") + " " +
                    File("empty.txt", "") + " " + Quote(dir_.path() + "/in/missing.txt"));
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(run.records.size(), 2u);  // a.txt and the good line
  EXPECT_NE(run.err.find(bad + ":2: not JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(dir_.path() + "/in/empty.txt: empty file"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(dir_.path() + "/in/missing.txt: no such file or folder"), std::string::npos) << run.err;
  // Each problem is reported once.
  EXPECT_EQ(run.err.find("empty file"), run.err.rfind("empty file"));
}

TEST_F(ExtractCommand, FolderOfGoodFilesExitsZero) {
  File("x/a.txt", kStory);
  File("x/b.jsonl", kTwoLines);
  File("x/c.rss", "<rss><channel><title>W</title><item><title>T</title><description>D.</description></item></channel></rss>");
  Outcome run = Extract(Quote(dir_.path() + "/in/x"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.records.size(), 4u);
  EXPECT_EQ(run.err.find("sitrep: "), std::string::npos) << run.err;
}

TEST_F(ExtractCommand, ReadsStandardInput) {
  Outcome run = Extract("-", "A short report read from a pipe.\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(run.records.size(), 1u);
  EXPECT_EQ(run.records[0]["doc"]["source"], "<stdin>");
}

TEST_F(ExtractCommand, DocumentBudgetIsAnOption) {
  Outcome run = Extract("--max-document-bytes 100 " + File("long.txt", std::string(500, 'z') + "\n"));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(run.records.empty());
  EXPECT_NE(run.err.find("over the 100 bytes budget for one document; raise --max-document-bytes"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace sitrep::cli

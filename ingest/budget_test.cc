// Budgets: big files, endless streams and decompression bombs give a clear
// problem, and memory stays bounded by the budget, not by the input.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "ingest/formats.h"
#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::RunInChild;

// `total` bytes of `pattern` repeated, made up as they are read: an input
// as large as wanted that costs no memory.
class RepeatSource : public ByteSource {
 public:
  RepeatSource(std::string pattern, uint64_t total) : pattern_(std::move(pattern)), left_(total) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t k = static_cast<size_t>(std::min<uint64_t>(n, left_));
    for (size_t i = 0; i < k; ++i) buf[i] = pattern_[(pos_ + i) % pattern_.size()];
    pos_ = (pos_ + k) % pattern_.size();
    left_ -= k;
    return k;
  }

 private:
  std::string pattern_;
  size_t pos_ = 0;
  uint64_t left_;
};

struct Tally {
  size_t articles = 0;
  std::vector<std::string> problems;
};

// Reads in a child process; returns the child's memory growth in bytes, or
// a huge value when `check` did not hold.
size_t GrowthWhile(const std::function<bool()>& work) {
  size_t before = testing::CurrentRss();
  auto run = RunInChild([&] { return work() ? 0 : 1; });
  EXPECT_EQ(run.exit_code, 0);
  return run.exit_code == 0 && run.peak_rss > before ? run.peak_rss - before : (run.exit_code ? ~size_t{0} : 0);
}

bool ReadStreamTally(const std::string& name, std::unique_ptr<ByteSource> source, const IngestOptions& options,
                     Tally* tally) {
  ArticleSink sink = [&](Article) { ++tally->articles; };
  ProblemSink problems = [&](const Status& s) { tally->problems.push_back(s.message()); };
  Input input(name, options, sink, problems);
  ReadStream(input, std::move(source), std::nullopt);
  return true;
}

TEST(Budget, FileOverTheDocumentBudgetIsRefusedUnread) {
  testing::ScratchDir dir;
  std::string path = dir.path() + "/huge.txt";
  {
    std::string head = "A Very Long Article\n\n";
    while (head.size() < 8192) head += "Words of an article that goes on and on. ";
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::write(fd, head.data(), head.size()), static_cast<ssize_t>(head.size()));
    ASSERT_EQ(::ftruncate(fd, 200ll << 20), 0);  // 200 MB, the rest sparse
    ::close(fd);
  }
  size_t growth = GrowthWhile([&] {
    auto o = testing::ReadPath(path);
    return o.articles.empty() && o.problems.size() == 1 &&
           o.problems[0].message() == path + ": 200 MB is over the 64 MB budget for one document; "
                                             "raise --max-document-bytes or split it";
  });
  EXPECT_LT(growth, 16u << 20);
}

TEST(Budget, EndlessStreamStopsAtTheBudget) {
  IngestOptions options;
  options.max_document_bytes = 8 << 20;
  Tally tally;
  size_t growth = GrowthWhile([&] {
    ReadStreamTally("<stdin>", std::make_unique<RepeatSource>("Words without end. ", 200ull << 20), options, &tally);
    return tally.articles == 0 && tally.problems.size() == 1 &&
           tally.problems[0] == "<stdin>: more than 8 MB, over the budget for one document; "
                                "raise --max-document-bytes or split it";
  });
  EXPECT_LT(growth, 40u << 20);  // the budget and its copies, not the 200 MB
}

TEST(Budget, GzipBombOfTextStopsAtTheBudget) {
  std::string bomb = testing::Gzip(std::string(1 << 20, 'a'), 64);  // 64 MB inflated
  ASSERT_LT(bomb.size(), 1u << 20);
  IngestOptions options;
  options.max_document_bytes = 4 << 20;
  size_t growth = GrowthWhile([&] {
    auto o = testing::Read("bomb.txt.gz", bomb, options);
    return o.articles.empty() && o.problems.size() == 1 &&
           o.problems[0].code() == Status::Code::kTooLarge &&
           o.problems[0].message().rfind("bomb.txt.gz: ", 0) == 0;
  });
  EXPECT_LT(growth, 32u << 20);
}

TEST(Budget, GzipBombOfJsonLinesIsStopped) {
  std::string bomb = testing::Gzip("{\"text\": \"" + std::string(1 << 20, 'a'), 64);
  IngestOptions options;
  options.max_document_bytes = 4 << 20;
  options.max_article_bytes = 1 << 20;
  size_t growth = GrowthWhile([&] {
    auto o = testing::Read("bomb.jsonl.gz", bomb, options);
    bool bomb_named = false;
    for (const auto& p : o.problems) bomb_named |= p.message().find("decompression bomb") != std::string::npos;
    return o.articles.empty() && bomb_named;
  });
  EXPECT_LT(growth, 32u << 20);
}

TEST(Budget, JsonLinesAreStreamed) {
  std::string line = "{\"text\": \"Artillery fire was reported near the river crossing overnight.\"}\n";
  const uint64_t total = line.size() * 300000;  // 22 MB
  Tally tally;
  size_t growth = GrowthWhile([&] {
    ReadStreamTally("big.jsonl", std::make_unique<RepeatSource>(line, total), IngestOptions{}, &tally);
    return tally.problems.empty() && tally.articles == 300000;
  });
  EXPECT_LT(growth, 16u << 20);
}

}  // namespace
}  // namespace sitrep::ingest

#include "ingest/source.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

std::vector<std::string> Lines(std::string_view text, size_t max_line, std::vector<bool>* too_long = nullptr) {
  auto src = NewMemorySource(text);
  LineReader reader(*src, max_line);
  std::vector<std::string> out;
  std::string line;
  bool tl = false;
  while (reader.Next(&line, &tl)) {
    out.push_back(line);
    if (too_long) too_long->push_back(tl);
  }
  EXPECT_TRUE(reader.status().ok());
  return out;
}

TEST(LineReader, SplitsLines) {
  EXPECT_EQ(Lines("a\nb\r\n\nc", 100), (std::vector<std::string>{"a", "b", "", "c"}));
  EXPECT_EQ(Lines("a\n", 100), (std::vector<std::string>{"a"}));
  EXPECT_EQ(Lines("", 100), (std::vector<std::string>{}));
}

TEST(LineReader, SkipsLongLinesWithoutHoldingThem) {
  std::string big(1 << 20, 'x');  // longer than a read chunk
  std::vector<bool> too_long;
  auto lines = Lines("short\n" + big + "\nafter\n" + big, 1000, &too_long);
  EXPECT_EQ(lines, (std::vector<std::string>{"short", "", "after", ""}));
  EXPECT_EQ(too_long, (std::vector<bool>{false, true, false, true}));
}

TEST(Gzip, InflatesOneOrMoreMembers) {
  std::string data = testing::Gzip("hello ") + testing::Gzip("world");
  auto src = NewGzipSource(NewMemorySource(data), "t.gz", 1 << 20);
  auto out = ReadAll(*src, 1 << 20, "t.gz");
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "hello world");
}

TEST(Gzip, TruncatedAndCorruptDataAreProblems) {
  std::string data = testing::Gzip(std::string(100000, 'q') + "tail");
  auto cut = NewGzipSource(NewMemorySource(std::string_view(data).substr(0, data.size() / 2)), "t.gz", 1 << 20);
  auto out = ReadAll(*cut, 1 << 20, "t.gz");
  EXPECT_EQ(out.status().message().rfind("t.gz: truncated gzip data", 0), 0u) << out.status().ToString();

  std::string bad = data;
  bad[12] ^= 0x55;
  bad[13] ^= 0x55;
  auto corrupt = NewGzipSource(NewMemorySource(bad), "t.gz", 1 << 20);
  out = ReadAll(*corrupt, 1 << 20, "t.gz");
  EXPECT_FALSE(out.ok());
}

TEST(Gzip, StopsADecompressionBomb) {
  std::string bomb = testing::Gzip(std::string(1 << 20, '\n'), 16);  // 16 MB of newlines
  auto src = NewGzipSource(NewMemorySource(bomb), "b.gz", 1 << 20);
  std::vector<char> buf(1 << 16);
  Status s;
  uint64_t total = 0;
  for (;;) {
    auto got = src->Read(buf.data(), buf.size());
    if (!got.ok()) {
      s = got.status();
      break;
    }
    if (*got == 0) break;
    total += *got;
  }
  EXPECT_EQ(s.code(), Status::Code::kTooLarge);
  EXPECT_NE(s.message().find("decompression bomb"), std::string::npos) << s.message();
  EXPECT_LT(total, 2u << 20);  // stopped soon after the 1 MB floor
}

TEST(HumanBytes, ReadableSizes) {
  EXPECT_EQ(HumanBytes(90), "90 bytes");
  EXPECT_EQ(HumanBytes(200u << 20), "200 MB");
  EXPECT_EQ(HumanBytes(64u << 20), "64 MB");
  EXPECT_EQ(HumanBytes(1536), "1.5 KB");
}

}  // namespace
}  // namespace sitrep::ingest

// Random damage to inputs of every format: the reader must neither crash
// nor hang, and its status must agree with the problems it reported.
#include <gtest/gtest.h>

#include <random>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

const char* const kSeeds[][2] = {
    {"a.txt", "TITLE: X\n\nSome words.\n"},
    {"b.txt", "Cat\n\nA Listed Title Here\n\nPublished\n\non\n\nBy\n\nBody text.\n\nCat\n\nAnother Title Here\n\n"
              "Published\n\nBody two.\n"},
    {"c.rss", "<rss><channel><title>W</title><item><title>T</title><link>u</link><pubDate>Tue, 17 Dec 2024 "
              "00:00:00 GMT</pubDate><description>&lt;p&gt;D&lt;/p&gt;</description></item></channel></rss>"},
    {"d.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title>E</title><link "
               "href=\"h\"/><content type=\"xhtml\"><div><p>a</p></div></content></entry></feed>"},
    {"e.jsonl", "{\"text\": \"a\", \"title\": \"t\"}\n{\"body\": \"b\", \"date\": \"2024-01-02\"}\n"},
    {"f.json", "[{\"text\": \"a\"}, {\"text\": \"b\"}]"},
    {"g.html", "<html><head><title>T</title></head><body><p>P</p></body></html>"},
};

std::string Damage(std::string s, std::mt19937& rng) {
  std::uniform_int_distribution<int> op(0, 3), byte(0, 255);
  int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits && !s.empty(); ++e) {
    size_t at = rng() % s.size();
    switch (op(rng)) {
      case 0: s[at] = static_cast<char>(byte(rng)); break;
      case 1: s.erase(at, 1 + rng() % 8); break;
      case 2: s.insert(at, 1, "<>{}[]\"&;:\n\0"[rng() % 12]); break;
      default: s.resize(at); break;
    }
  }
  return s;
}

TEST(RandomInput, NoCrashAndStatusAgreesWithProblems) {
  std::mt19937 rng(20241217);
  IngestOptions options;
  options.max_article_bytes = 4096;
  options.max_document_bytes = 1 << 16;
  for (int round = 0; round < 400; ++round) {
    for (const auto& seed : kSeeds) {
      std::string bytes = Damage(seed[1], rng);
      for (bool gz : {false, true}) {
        std::string name = std::string(seed[0]) + (gz ? ".gz" : "");
        std::string input = gz ? Damage(testing::Gzip(bytes), rng) : bytes;
        auto o = testing::Read(name, input, options);
        EXPECT_EQ(o.status.ok(), o.problems.empty()) << name;
        for (const auto& p : o.problems) EXPECT_NE(p.message().find(name), std::string::npos) << p.message();
      }
    }
  }
}

}  // namespace
}  // namespace sitrep::ingest

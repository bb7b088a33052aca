#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Read;

TEST(JsonLines, ReadsOneArticleALine) {
  auto o = Read("batch.jsonl",
                R"({"text": "Shelling hit the market.", "title": "Market Shelled", "url": "https://example.org/m", "published": "2024-12-17T08:00:00Z", "outlet": "Example Post"})"
                "\n"
                R"({"body": "Second story.", "date": "December 18, 2024", "site": "Other Site", "source": "https://example.org/s"})"
                "\r\n\n"
                R"({"content": "Third story."})");
  ASSERT_EQ(o.articles.size(), 3u) << o.AllProblems();
  EXPECT_TRUE(o.status.ok());
  const Article& a = o.articles[0];
  EXPECT_EQ(a.body, "Shelling hit the market.");
  EXPECT_EQ(a.title, "Market Shelled");
  EXPECT_EQ(a.url, "https://example.org/m");
  EXPECT_EQ(a.published, "2024-12-17");
  EXPECT_EQ(a.outlet, "Example Post");
  EXPECT_EQ(a.source, "batch.jsonl:1");
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.part, 0);
  EXPECT_EQ(o.articles[1].source, "https://example.org/s");
  EXPECT_EQ(o.articles[1].outlet, "Other Site");
  EXPECT_EQ(o.articles[1].published, "2024-12-18");
  EXPECT_EQ(o.articles[2].source, "batch.jsonl:4");
  EXPECT_EQ(o.articles[2].body, "Third story.");
}

TEST(JsonLines, BadLinesAreProblemsAndReadingGoesOn) {
  auto o = Read("mixed.jsonl",
                "{\"text\": \"first\"}\n"
                "{\"text\": \"broken\n"
                "[1, 2, 3]\n"
                "{\"title\": \"no text here\"}\n"
                "{\"text\": 42}\n" +
                    std::string(100, '[') + std::string(100, ']') +
                    "\n"
                    "{\"text\": \"last\"}\n");
  ASSERT_EQ(o.articles.size(), 2u);
  EXPECT_EQ(o.articles[0].body, "first");
  EXPECT_EQ(o.articles[1].body, "last");
  EXPECT_EQ(o.articles[1].source, "mixed.jsonl:7");
  ASSERT_EQ(o.problems.size(), 5u) << o.AllProblems();
  EXPECT_EQ(o.problems[0].message().rfind("mixed.jsonl:2: not JSON (", 0), 0u) << o.problems[0].message();
  EXPECT_EQ(o.problems[1].message(), "mixed.jsonl:3: not a JSON object");
  EXPECT_EQ(o.problems[2].message(), "mixed.jsonl:4: no text field (text, body or content)");
  EXPECT_EQ(o.problems[3].message(), "mixed.jsonl:5: no text field (text, body or content)");
  EXPECT_EQ(o.problems[4].message().rfind("mixed.jsonl:6: nested deeper", 0), 0u);
  EXPECT_EQ(o.status.message(), o.problems[0].message());
}

TEST(JsonLines, LineOverTheArticleBudgetIsSkipped) {
  IngestOptions options;
  options.max_article_bytes = 1000;
  std::string big = "{\"text\": \"" + std::string(300000, 'x') + "\"}\n";
  auto o = Read("big.jsonl", "{\"text\": \"a\"}\n" + big + "{\"text\": \"b\"}\n", options);
  ASSERT_EQ(o.articles.size(), 2u);
  EXPECT_EQ(o.articles[1].source, "big.jsonl:3");
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_EQ(o.problems[0].message().rfind("big.jsonl:2: the line is over the", 0), 0u) << o.problems[0].message();
}

TEST(JsonLines, UnreadableDateIsAWarning) {
  IngestOptions options;
  options.default_published = "2024-05-01";
  auto o = Read("d.jsonl", "{\"text\": \"x\", \"published\": \"not a date\"}\n", options);
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].published, "2024-05-01");
  EXPECT_EQ(o.articles[0].warnings.size(), 1u);
}

}  // namespace
}  // namespace sitrep::ingest

namespace sitrep::ingest {
namespace {

TEST(JsonDocument, ReadsAnArrayOfArticles) {
  auto o = testing::Read("dump.json",
                         "[\n  {\"text\": \"One.\", \"title\": \"First\"},\n  {\"body\": \"Two.\", \"source\": \"u2\"},\n"
                         "  \"not an object\"\n]\n");
  ASSERT_EQ(o.articles.size(), 2u) << o.AllProblems();
  EXPECT_EQ(o.articles[0].source, "dump.json");
  EXPECT_EQ(o.articles[0].part, 0);
  EXPECT_EQ(o.articles[0].format, "json");
  EXPECT_EQ(o.articles[1].source, "u2");
  EXPECT_EQ(o.articles[1].part, 1);
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_EQ(o.problems[0].message(), "dump.json item 2: not a JSON object");
}

TEST(JsonDocument, ReadsOnePrettyPrintedObject) {
  auto o = testing::Read("one.json", "{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n");
  ASSERT_EQ(o.articles.size(), 1u) << o.AllProblems();
  EXPECT_EQ(o.articles[0].body, "Body.");
  EXPECT_EQ(o.articles[0].source, "one.json");
  o = testing::Read("bad.json", "{\n  \"title\": \"T\",\n  oops\n}\n");
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_EQ(o.problems[0].message().rfind("bad.json: not JSON (line 3, column", 0), 0u) << o.problems[0].message();
}

}  // namespace
}  // namespace sitrep::ingest

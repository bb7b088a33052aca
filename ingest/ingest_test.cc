// ReadInput and ReadBuffer end to end: every form of input, gzip of each,
// folders, and the bad inputs that must give a clear problem.
#include "sitrep/ingest.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Gzip;
using testing::Read;
using testing::ReadPath;
using testing::ScratchDir;

constexpr char kText[] = "TITLE: Depot Fire\n\nA fuel depot burned after a drone strike.\n";
constexpr char kListing[] =
    "Latest\n\nFirst Listed Story Title\n\nPublished\n\non\n\nBy\n\nThe first body line.\n\n"
    "Latest\n\nSecond Listed Story Title\n\nPublished\n\non\n\nBy\n\nThe second body line.\n";
constexpr char kRss[] =
    "<rss version=\"2.0\"><channel><title>Wire</title><item><title>One</title>"
    "<description>Item text.</description></item></channel></rss>";
constexpr char kAtom[] =
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk</title><entry><title>One</title>"
    "<content>Entry text.</content></entry></feed>";
constexpr char kJsonl[] = "{\"text\": \"Line one.\"}\n{\"text\": \"Line two.\"}\n";
constexpr char kHtml[] = "<!DOCTYPE html><html><head><title>Page</title></head><body><p>Page text.</p></body></html>";

struct FormatCase {
  const char* name;
  const char* bytes;
  size_t articles;
  const char* format;
};
constexpr FormatCase kFormats[] = {
    {"a.txt", kText, 1, "text"},   {"b.txt", kListing, 2, "text"}, {"c.rss", kRss, 1, "rss"},
    {"d.atom", kAtom, 1, "atom"},  {"e.jsonl", kJsonl, 2, "jsonl"}, {"f.html", kHtml, 1, "html"},
};

TEST(ReadBuffer, ReadsEveryFormat) {
  for (const auto& c : kFormats) {
    auto o = Read(c.name, c.bytes);
    EXPECT_TRUE(o.status.ok()) << c.name << ": " << o.AllProblems();
    ASSERT_EQ(o.articles.size(), c.articles) << c.name;
    for (const auto& a : o.articles) EXPECT_EQ(a.format, c.format) << c.name;
  }
}

TEST(ReadBuffer, ReadsGzipOfEveryFormat) {
  for (const auto& c : kFormats) {
    std::string gz = Gzip(c.bytes);
    auto o = Read(std::string(c.name) + ".gz", gz);
    EXPECT_TRUE(o.status.ok()) << c.name << ": " << o.AllProblems();
    ASSERT_EQ(o.articles.size(), c.articles) << c.name;
    for (const auto& a : o.articles) EXPECT_EQ(a.format, std::string(c.format) + "+gzip") << c.name;
  }
}

TEST(ReadBuffer, DashIsStandardInput) {
  auto o = Read("-", kText);
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].source, "<stdin>");
}

TEST(ReadBuffer, OptionsFillWhatTheInputLeavesEmpty) {
  IngestOptions options;
  options.default_published = "2024-12-17";
  options.default_outlet = "Given Outlet";
  auto o = Read("a.txt", "Some words of text.\n", options);
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].published, "2024-12-17");
  EXPECT_EQ(o.articles[0].outlet, "Given Outlet");
  o = Read("a.txt", "OUTLET: Own Outlet\nDATE: 2023-01-02\n\nWords.\n", options);
  EXPECT_EQ(o.articles[0].published, "2023-01-02");
  EXPECT_EQ(o.articles[0].outlet, "Own Outlet");
}

TEST(ReadBuffer, BadInputsAreProblemsNamingTheInput) {
  struct Case {
    const char* name;
    std::string bytes;
    const char* problem;
  } cases[] = {
      {"empty.txt", "", "empty.txt: empty file"},
      {"empty.txt.gz", Gzip(""), "empty.txt.gz: empty file"},
      {"blank.txt", " \n\n \t\n", "blank.txt: no article text"},
      {"scan.txt", std::string("%PDF-1.5\n\0\0\0binary", 18),
       "scan.txt: binary data, not text (is it a PDF/image/archive?)"},
      {"utf16.txt", std::string("\xFF\xFEH\0i\0", 6),
       "utf16.txt: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)"},
      {"img.gz", Gzip(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
       "img.gz: binary data, not text (is it a PDF/image/archive?)"},
  };
  for (const auto& c : cases) {
    auto o = Read(c.name, c.bytes);
    EXPECT_TRUE(o.articles.empty()) << c.name;
    ASSERT_EQ(o.problems.size(), 1u) << c.name << ": " << o.AllProblems();
    EXPECT_EQ(o.problems[0].message(), c.problem);
    EXPECT_EQ(o.status.message(), c.problem);
  }
}

TEST(ReadBuffer, TruncatedGzipKeepsTheArticlesBeforeTheCut) {
  std::string lines;
  for (int i = 0; i < 5000; ++i) lines += "{\"text\": \"Report number " + std::to_string(i) + " from the front.\"}\n";
  std::string gz = Gzip(lines);
  auto o = Read("cut.jsonl.gz", std::string_view(gz).substr(0, gz.size() * 2 / 3));
  EXPECT_GT(o.articles.size(), 100u);
  EXPECT_LT(o.articles.size(), 5000u);
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_EQ(o.problems[0].message().rfind("cut.jsonl.gz: truncated gzip data", 0), 0u) << o.AllProblems();
}

TEST(ReadBuffer, ArticleOverTheBudgetIsSkipped) {
  IngestOptions options;
  options.max_article_bytes = 50;
  auto o = Read("long.txt", std::string(200, 'w') + "\n", options);
  EXPECT_TRUE(o.articles.empty());
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_NE(o.problems[0].message().find("over the 50 bytes budget for one article"), std::string::npos)
      << o.problems[0].message();
}

TEST(ReadInput, MissingPathIsAProblem) {
  auto o = ReadPath("/nonexistent/sitrep/input.txt");
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_EQ(o.problems[0].message(), "/nonexistent/sitrep/input.txt: no such file or folder");
  EXPECT_EQ(o.status.code(), Status::Code::kNotFound);
}

TEST(ReadInput, UnreadableFileIsAProblem) {
  ScratchDir dir;
  std::string path = dir.Write("secret.txt", kText);
  ::chmod(path.c_str(), 0);
  // Root reads every file: read as "nobody" in a child process then.
  auto run = testing::RunInChild([&] {
    if (::geteuid() == 0 && ::setuid(65534) != 0) return 2;
    auto o = ReadPath(path);
    return o.problems.size() == 1 && o.problems[0].message() == path + ": permission denied" &&
                   o.articles.empty()
               ? 0
               : 1;
  });
  EXPECT_EQ(run.exit_code, 0);
}

TEST(ReadInput, ReadsAFile) {
  ScratchDir dir;
  auto o = ReadPath(dir.Write("one.rss.gz", Gzip(kRss)));
  EXPECT_TRUE(o.status.ok()) << o.AllProblems();
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].format, "rss+gzip");
  EXPECT_EQ(o.articles[0].source, dir.path() + "/one.rss.gz");
}

TEST(ReadInput, ReadsAFolderRecursivelyInPathOrder) {
  ScratchDir dir;
  dir.Write("b.txt", kText);
  dir.Write("a/z.jsonl", kJsonl);
  dir.Write("a/deeper/m.atom.gz", Gzip(kAtom));
  dir.Write(".hidden.txt", kText);
  dir.Write(".git/config.txt", kText);
  dir.Write("c.rss", kRss);
  auto o = ReadPath(dir.path());
  EXPECT_TRUE(o.status.ok()) << o.AllProblems();
  std::vector<std::string> sources;
  for (const auto& a : o.articles) sources.push_back(a.source.substr(dir.path().size() + 1));
  EXPECT_EQ(sources, (std::vector<std::string>{"a/deeper/m.atom.gz", "a/z.jsonl:1", "a/z.jsonl:2", "b.txt",
                                               "c.rss"}));
}

TEST(ReadInput, OneBadFileInAFolderDoesNotStopTheOthers) {
  ScratchDir dir;
  dir.Write("1.txt", kText);
  dir.Write("2.txt", "");
  dir.Write("3.png", "\x89PNG");
  dir.Write("4.jsonl", "{\"text\": \"fine\"}\nnot json\n");
  dir.Write("5.rss", "<rss><channel><title>x</title></channel></rss>");
  dir.Write("6.txt.gz", Gzip(kText).substr(0, 20));
  dir.Write("7.txt", kText);
  dir.Write("README.md", "# What this folder holds");
  dir.Write("facts.tsv", "doc\ttype\n");
  auto o = ReadPath(dir.path());
  EXPECT_EQ(o.articles.size(), 3u);  // 1.txt, 4.jsonl line 1, 7.txt
  // The picture, the table and the README are passed over without a problem.
  ASSERT_EQ(o.problems.size(), 4u) << o.AllProblems();
  const std::string p = dir.path() + "/";
  EXPECT_EQ(o.problems[0].message(), p + "2.txt: empty file");
  EXPECT_EQ(o.problems[1].message().rfind(p + "4.jsonl:2: not JSON", 0), 0u);
  EXPECT_EQ(o.problems[2].message(), p + "5.rss: feed has no items");
  EXPECT_EQ(o.problems[3].message().rfind(p + "6.txt.gz: truncated gzip data", 0), 0u);
  EXPECT_EQ(o.status.message(), o.problems[0].message());
}

}  // namespace
}  // namespace sitrep::ingest

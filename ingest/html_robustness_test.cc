// ParseHtml on hostile input: empty, truncated, binary, deeply nested; and the prepass that bounds it.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "ingest/html.h"
#include "ingest/html_prepass.h"
#include "ingest/html_testing.h"

namespace sitrep::ingest {
namespace {

using html_testing::kPara1;
using html_testing::kPara2;
using html_testing::Page;
using html_testing::Parse;
using html_testing::Parsed;

TEST(HtmlRobustness, EmptyAndTextlessPagesAreReported) {
  for (std::string_view html : {std::string_view(""), std::string_view("<html><head><title>x</title></head></html>"),
                                std::string_view("<script>only()</script>")}) {
    Parsed p = Parse(html);
    EXPECT_TRUE(p.articles.empty());
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0], "page.html: HTML page holds no article text");
  }
}

TEST(HtmlRobustness, BudgetsAreKept) {
  IngestOptions options;
  options.max_document_bytes = 100;
  Parsed p = Parse(Page("", std::string(kPara1) + kPara2), options);
  EXPECT_TRUE(p.articles.empty());
  ASSERT_EQ(p.problems.size(), 1u);
  EXPECT_NE(p.problems[0].find("page.html: HTML page larger than 100 bytes"), std::string::npos);

  options = IngestOptions();
  options.max_article_bytes = 50;
  p = Parse(Page("", std::string(kPara1) + kPara2), options);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_LE(p.articles[0].body.size(), 50u);
  EXPECT_EQ(p.articles[0].warnings.size(), 1u);
}

TEST(HtmlRobustness, TruncatedPages) {
  std::string full = Page("<meta property=\"og:title\" content=\"Truncated\">",
                          std::string("<article>") + kPara1 + kPara2 + "<div class=\"story-footer\">x</div></article>");
  for (size_t cut : {full.size() - 20, full.find("class=\"sto") + 8, full.find("story-footer") - 3,
                     full.find("<p>", full.find("<p>") + 1) + 2}) {
    Parsed p = Parse(std::string_view(full).substr(0, cut));
    ASSERT_EQ(p.articles.size(), 1u) << cut;
    EXPECT_NE(p.articles[0].body.find("Bila Tserkva"), std::string::npos) << cut;
  }
  for (size_t cut = 0; cut < full.size(); cut += 7) Parse(std::string_view(full).substr(0, cut));
}

TEST(HtmlRobustness, BinaryGarbage) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::string junk(4096, '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    if (round % 2) junk = "<div><p>" + junk + "<a href='" + junk;
    Parsed p = Parse(junk);
    EXPECT_EQ(p.articles.size() + p.problems.size() >= 1, true);
    HtmlToText(junk);
  }
}

TEST(HtmlRobustness, DeepNestingNeitherOverflowsNorStalls) {
  // Text inside links, svg or select is never article text: those pages must
  // only come back fast.
  const std::pair<const char*, bool> cases[] = {
      {"<div>", true}, {"<span>", true},     {"<b>", true},      {"<table>", true},
      {"<div/>", true}, {"<ul><li>", true}, {"<i><b></i>", true}, {"<font><p>", true},
      {"<a href=x>", false}, {"<svg>", false}, {"<select><option>", false},
  };
  for (const auto& [open, has_text] : cases) {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += open;
    html += "Shelling near Avdiivka continued through the night, the brigade said in its morning update.";
    auto start = std::chrono::steady_clock::now();
    Parsed p = Parse(html);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 10.0) << open;
    if (!has_text) continue;
    ASSERT_EQ(p.articles.size(), 1u) << open;
    EXPECT_NE(p.articles[0].body.find("Avdiivka"), std::string::npos) << open;
  }
}

TEST(HtmlRobustness, RandomTagSoupStaysFast) {
  const char* pieces[] = {"<div>", "</div>", "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>", "<p>", "</p>",
                          "<table>", "<tr>", "<td>", "</table>", "<li>", "<ul>", "</ul>", "<svg>", "</svg>",
                          "<select>", "<option>", "<script>", "</script>", "<!--", "-->", "<article>",
                          "</article>", "<h2>", "</h2>", "Kupiansk ", "drones ", "\xFF", "&amp;", "<br>", "\"", "'",
                          "<form>", "<template>", "<font color=red>", "<nobr>", "<frameset>", "<math>"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20; ++round) {
    std::string html;
    while (html.size() < 200000) html += pieces[rng() % std::size(pieces)];
    auto start = std::chrono::steady_clock::now();
    Parse(html);
    HtmlToText(html);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 5.0) << round;
  }
}

TEST(HtmlRobustness, InvalidUtf8DoesNotCrash) {
  std::string html = std::string("<p>Bakhmut \xFF\xFE fell \xC3 after \xE2\x80 months</p>") + kPara1;
  Parsed p = Parse(html);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_NE(p.articles[0].body.find("Bakhmut"), std::string::npos);
  EXPECT_NE(p.articles[0].body.find("months"), std::string::npos);
}

TEST(HtmlPrepass, EmptiesScriptsAndKeepsJsonLd) {
  PreparedHtml p = PrepareHtml(
      "<p>a</p><!-- note <div> --><SCRIPT>if (a<b) x='</div>';</SCRIPT><script type='application/ld+json'>"
      "{\"headline\":\"h\"}</script><style>p>a{}</style><p>b</p>");
  EXPECT_EQ(p.html, "<p>a</p><SCRIPT></SCRIPT><script type='application/ld+json'></script><style></style><p>b</p>");
  ASSERT_EQ(p.json_ld.size(), 1u);
  EXPECT_EQ(p.json_ld[0], "{\"headline\":\"h\"}");
}

TEST(HtmlPrepass, ShrinksWhatLaterStagesIgnore) {
  const std::pair<const char*, const char*> cases[] = {
      {"<img src=\"a.jpg\" srcset=\"a 1x, b 2x\" class=\"hero\" data-x=1>", "<img class=\"hero\">"},
      {"<a href=\"https://x/y\" onclick=\"go()\">k</a><a href='#s2'>j</a>", "<a href=/>k</a><a href=#>j</a>"},
      {"<link rel=canonical href=\"https://x/y\">", "<link rel=canonical href=\"https://x/y\">"},
      {"<div style=\"display: none\" title=t>x</div>", "<div style=\"display: none\">x</div>"},
      {"<p>a  \n\t b</p>\n\n  <p>c</p>", "<p>a b</p>\n<p>c</p>"},
      {"<svg class=i><path d=\"M0 0L9 9\"/></svg>x", "<svg class=i></svg>x"},
      {"<svg><path d=\"M0 0\"/>unclosed", "<svg><path/>unclosed"},
      {"<div a=\"1\" b='>' c>x</div>", "<div>x</div>"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(PrepareHtml(in).html, want) << in;
}

TEST(HtmlPrepass, DropsTagsBeyondTheDepthBudget) {
  PrepassOptions o;
  o.max_depth = 2;
  PreparedHtml p = PrepareHtml("<div><div><div><p>x</p></div></div></div><i>y</i>", o);
  EXPECT_EQ(p.html, "<div><div><p>x</p></div></div><i>y</i>");
  EXPECT_EQ(p.dropped_tags, 1u);
}

}  // namespace
}  // namespace sitrep::ingest

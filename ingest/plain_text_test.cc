#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Read;

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/tests/fixtures/ingest/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(PlainText, ReadsHeaderLines) {
  auto o = Read("a.txt",
                "url: https://example.org/news/1\nTitle: Night Attack on the Port\nOUTLET: Example Wire\n"
                "Date: Tue, 17 Dec 2024 08:00:00 GMT\n\nDrones hit the port overnight.\n");
  ASSERT_EQ(o.articles.size(), 1u) << o.AllProblems();
  const Article& a = o.articles[0];
  EXPECT_EQ(a.url, "https://example.org/news/1");
  EXPECT_EQ(a.title, "Night Attack on the Port");
  EXPECT_EQ(a.outlet, "Example Wire");
  EXPECT_EQ(a.published, "2024-12-17");
  EXPECT_EQ(a.body, "Drones hit the port overnight.");
  EXPECT_EQ(a.format, "text");
  EXPECT_EQ(a.source, "a.txt");
  EXPECT_TRUE(o.status.ok());
}

TEST(PlainText, KeepsAnUnreadableHeaderDateAsAWarning) {
  IngestOptions options;
  options.default_published = "2024-01-01";
  auto o = Read("a.txt", "DATE: sometime last winter\n\nShelling continued in the east.\n", options);
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].published, "2024-01-01");
  ASSERT_EQ(o.articles[0].warnings.size(), 1u);
}

TEST(PlainText, TakesAHeadlineLikeFirstLineAsTitle) {
  struct Case {
    const char* text;
    const char* title;
    const char* body;
  } cases[] = {
      {"Front Line Shifts Near the River\n\nTroops moved west.\n", "Front Line Shifts Near the River",
       "Troops moved west."},
      {"Front Line Shifts Near the River\nTroops moved west.\n", "Front Line Shifts Near the River",
       "Troops moved west."},
      {"Troops moved west on Monday.\n\nThey held the bridge.\n", "",
       "Troops moved west on Monday.\n\nThey held the bridge."},
      {"Is the Bridge Still Standing?\n\nNobody could say.\n", "", "Is the Bridge Still Standing?\n\nNobody could say."},
      {"Only One Line Here\n", "", "Only One Line Here"},
  };
  for (const auto& c : cases) {
    auto o = Read("a.txt", c.text);
    ASSERT_EQ(o.articles.size(), 1u) << c.text;
    EXPECT_EQ(o.articles[0].title, c.title) << c.text;
    EXPECT_EQ(o.articles[0].body, c.body) << c.text;
  }
}

TEST(PlainText, DropsTheTitleLineWhenAHeaderRepeatsIt) {
  auto o = Read("a.txt", "TITLE: Port Hit Again\n\nPort Hit Again\n\nThe port was struck for a second night.\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].body, "The port was struck for a second night.");
}

TEST(PlainText, DropsSiteFurniture) {
  auto o = Read("a.txt",
                "Share this article\n\nConvoy Reaches the Besieged Town\n\nThe convoy arrived at dawn.\n\n"
                "Advertisement\n\nAid workers unloaded food and medicine.\n\nSign up for our newsletter\n\n"
                "Related articles:\n\nAnother convoy story\n\nA third headline\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].title, "Convoy Reaches the Besieged Town");
  EXPECT_EQ(o.articles[0].body, "The convoy arrived at dawn.\n\nAid workers unloaded food and medicine.");
}

TEST(PlainText, CutsATrailingSourcesList) {
  auto o = Read("a.txt", "Talks Stall Again\nThe talks stalled on Friday, both sides said.\nRelated Sources:\n\n"
                         "\xE2\x80\xA2 Source 1 \xE2\x80\xA2 Source 2");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].body, "The talks stalled on Friday, both sides said.");
}

TEST(PlainText, SeparatesParagraphs) {
  std::string para1(120, 'a'), para2(130, 'b');
  para1 += ".";
  para2 += ".";
  // Without blank lines, long lines are paragraphs.
  auto o = Read("a.txt", "Some Headline Words\n" + para1 + "\n" + para2 + "\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].body, para1 + "\n\n" + para2);
  // With blank lines, a hard-wrapped paragraph keeps its single newlines.
  o = Read("a.txt", "first half of a wrapped\nparagraph ends here.\n\nA second paragraph.\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].body, "first half of a wrapped\nparagraph ends here.\n\nA second paragraph.");
}

TEST(PlainText, DropsABylineUnderTheTitle) {
  auto o = Read("a.txt", "Kyiv Reports Night Attack\nBy Jane Doe\n17 December 2024\n\nAir raid sirens sounded at 2 am.\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].title, "Kyiv Reports Night Attack");
  EXPECT_EQ(o.articles[0].published, "2024-12-17");
  EXPECT_EQ(o.articles[0].body, "Air raid sirens sounded at 2 am.");
}

TEST(PlainText, DropsACompoundByline) {
  auto o = Read("a.txt", "Rail Hub Hit Again\nBy Jane Doe | Dec 17, 2024\n\nThe rail hub was struck at dawn.\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].title, "Rail Hub Hit Again");
  EXPECT_EQ(o.articles[0].body, "The rail hub was struck at dawn.");
}

TEST(PlainText, KeepsATimelineDateInTheBody) {
  auto o = Read("a.txt",
                "How the War Reached Its Fourth Winter\n\nThe war has now lasted almost three years, and the "
                "front has barely moved since the last counteroffensive ended in the autumn of the second year.\n\n"
                "Key Dates So Far\n\nFebruary 24, 2022\n\nThe full-scale invasion began.\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_NE(o.articles[0].body.find("February 24, 2022"), std::string::npos);
  EXPECT_NE(o.articles[0].body.find("Key Dates So Far"), std::string::npos);
}

TEST(ListingText, SplitsAtBylineBlocks) {
  auto o = Read("listing.txt", Fixture("listing_page.txt"));
  ASSERT_EQ(o.articles.size(), 3u) << o.AllProblems();
  EXPECT_TRUE(o.status.ok());
  const char* titles[] = {"Drones Strike Fuel Depot Near Border Town",
                          "Winter Grid Repairs Race Against Falling Temperatures",
                          "What the Latest Aid Package Changes at the Front"};
  for (int i = 0; i < 3; ++i) {
    const Article& a = o.articles[i];
    EXPECT_EQ(a.part, i);
    EXPECT_EQ(a.title, titles[i]);
    EXPECT_EQ(a.source, "listing.txt");
    for (const char* furniture : {"Connect with us", "Continue Reading", "Most Viewed", "You cannot copy",
                                  "Published", "War in Ukraine", "Analysis", "Jane Example"}) {
      EXPECT_EQ(a.body.find(furniture), std::string::npos) << i << ": " << furniture << "\n" << a.body;
    }
  }
  EXPECT_EQ(o.articles[0].body.substr(0, 33), "Regional officials said a fuel de");
  EXPECT_EQ(o.articles[0].body.back(), '.');
  // A section heading without a byline after it stays in its article.
  EXPECT_NE(o.articles[1].body.find("\n\nRepair Crews Under Pressure\n\n"), std::string::npos);
  EXPECT_EQ(o.articles[1].published, "2024-12-18");
  EXPECT_EQ(o.articles[0].published, "");
}

TEST(ListingText, ReadsASingleArticleInListingShape) {
  auto o = Read("one.txt",
                "Frontline\n\nShelling Damages a Water Station\n\nPublished\n\non\n\nBy\n\n"
                "The station supplied three villages and will take weeks to repair.\n\nContinue Reading\n");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].title, "Shelling Damages a Water Station");
  EXPECT_EQ(o.articles[0].body, "The station supplied three villages and will take weeks to repair.");
  EXPECT_EQ(o.articles[0].part, 0);
}

TEST(ListingText, HeaderMetadataReachesEveryArticle) {
  auto o = Read("listing.txt", "OUTLET: Example Ledger\nURL: https://example.org/list\n\n" + Fixture("listing_page.txt"));
  ASSERT_EQ(o.articles.size(), 3u);
  for (const auto& a : o.articles) EXPECT_EQ(a.outlet, "Example Ledger");
}

}  // namespace
}  // namespace sitrep::ingest

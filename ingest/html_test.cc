#include "ingest/html.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/html_furniture.h"
#include "ingest/html_meta.h"
#include "ingest/html_testing.h"

namespace sitrep::ingest {
namespace {

using html_testing::kPara1;
using html_testing::kPara2;
using html_testing::Page;
using html_testing::Parse;
using html_testing::Parsed;

struct MetaCase {
  const char* label;
  std::string head;
  std::string body;
  const char* title;
  const char* outlet;
  const char* published;
  const char* url;
};

TEST(HtmlMeta, ReadsEachSource) {
  std::string text = std::string(kPara1) + kPara2;
  const MetaCase cases[] = {
      {"og and article tags",
       R"(<meta property="og:title" content="Drones downed over Kyiv region">
          <meta property="og:site_name" content="Dnipro Daily">
          <meta property="article:published_time" content="2024-11-17T06:10:00+02:00">
          <meta property="og:url" content="https://example.org/drones">)",
       text, "Drones downed over Kyiv region", "Dnipro Daily", "2024-11-17", "https://example.org/drones"},
      {"canonical beats og:url",
       R"(<link rel="canonical" href="https://example.org/canon"><meta property="og:url" content="https://x/og">)",
       text, "", "", "", "https://example.org/canon"},
      {"json-ld object",
       R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Night raid on Kyiv region","datePublished":"2024-11-18T05:00:00Z",
          "publisher":{"@type":"Organization","name":"Steppe Wire"}}</script>)",
       text, "Night raid on Kyiv region", "Steppe Wire", "2024-11-18", ""},
      {"json-ld graph with publisher by id",
       R"(<script type="application/ld+json">{"@graph":[
          {"@type":"WebSite","@id":"#site","name":"ignored"},
          {"@type":"NewsMediaOrganization","@id":"#org","name":"Black Sea Monitor"},
          {"@type":["ReportageNewsArticle"],"headline":"Port of Izmail struck again",
           "datePublished":"2024-09-02","publisher":{"@id":"#org"}}]}</script>)",
       text, "Port of Izmail struck again", "Black Sea Monitor", "2024-09-02", ""},
      {"json-ld array",
       R"(<script type="application/ld+json">[{"@type":"BreadcrumbList"},
          {"@type":"NewsArticle","headline":"Counteroffensive stalls near Robotyne","datePublished":"2023-08-30",
           "publisher":[{"name":"Front Line Review"}]}]</script>)",
       text, "Counteroffensive stalls near Robotyne", "Front Line Review", "2023-08-30", ""},
      {"title suffix, application-name, time element",
       R"(<title>Kherson shelled for third day | Southern Herald</title>
          <meta name="application-name" content="Southern Herald">)",
       "<article><time datetime=\"2024-06-05T10:00\">5 June</time>" + text + "</article>",
       "Kherson shelled for third day", "Southern Herald", "2024-06-05", ""},
      {"h1 in the article beats <title>",
       "<title>Front page</title><meta name=\"date\" content=\"17.11.2024\">",
       "<article><h1>Evacuation of Pokrovsk widens</h1>" + text + "</article>",
       "Evacuation of Pokrovsk widens", "", "2024-11-17", ""},
      {"json-ld with raw newlines in strings",
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ceasefire\ntalks\",\n"
       "\"datePublished\":\"2025-03-11\"}</script>",
       text, "Ceasefire talks", "", "2025-03-11", ""},
      {"pubdate in words", R"(<meta name="pubdate" content="November 3, 2023">)", text, "", "", "2023-11-03", ""},
  };
  for (const MetaCase& c : cases) {
    Parsed p = Parse(Page(c.head, c.body));
    ASSERT_EQ(p.articles.size(), 1u) << c.label;
    const Article& a = p.articles[0];
    EXPECT_EQ(a.title, c.title) << c.label;
    EXPECT_EQ(a.outlet, c.outlet) << c.label;
    EXPECT_EQ(a.published, c.published) << c.label;
    EXPECT_EQ(a.url, c.url) << c.label;
    EXPECT_EQ(a.format, "html") << c.label;
    EXPECT_EQ(a.source, "page.html") << c.label;
  }
}

TEST(HtmlMeta, DefaultsFillWhatIsMissing) {
  IngestOptions options;
  options.default_published = "2024-12-17";
  options.default_outlet = "Wire";
  Parsed p = Parse(Page("", kPara1), options);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].published, "2024-12-17");
  EXPECT_EQ(p.articles[0].outlet, "Wire");
}

TEST(HtmlMeta, NormalizesDates) {
  const std::pair<const char*, const char*> cases[] = {
      {"2024-11-17T08:30:00+02:00", "2024-11-17"}, {"2024/11/7", "2024-11-07"},
      {"20241117", "2024-11-17"},                  {"17 November 2024", "2024-11-17"},
      {"Nov. 17, 2024 at 9:30", "2024-11-17"},     {"Sun, 17 Nov 2024 08:30:00 GMT", "2024-11-17"},
      {"17.11.2024", "2024-11-17"},                {"25/12/2023", "2023-12-25"},
      {"2024-02-30", ""},                          {"yesterday", ""},
      {"", ""},                                    {"09:30 2024", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NormalizeDate(in), want) << in;
}

TEST(HtmlMeta, StripsSiteSuffixOnlyWhenItIsTheSite) {
  EXPECT_EQ(StripSiteSuffix("Kharkiv hit | Kyiv Post", "Kyiv Post"), "Kharkiv hit");
  EXPECT_EQ(StripSiteSuffix("Kharkiv hit - kyiv post", "Kyiv Post"), "Kharkiv hit");
  EXPECT_EQ(StripSiteSuffix("Talks in Istanbul - a timeline", "Kyiv Post"), "Talks in Istanbul - a timeline");
  EXPECT_EQ(StripSiteSuffix("Kharkiv hit | Kyiv Post", ""), "Kharkiv hit | Kyiv Post");
}

TEST(HtmlBoilerplate, KeepsOnlyTheArticle) {
  std::string html = Page("<title>Strike on Odesa port</title>", R"(
    <div id="cookie-banner">We use cookies to improve your experience. Accept all</div>
    <header><a href="/">Home</a> <a href="/war">War</a></header>
    <nav class="main-nav"><ul><li><a href="/a">Politics</a></li><li><a href="/b">World</a></li></ul></nav>
    <div class="layout">
      <article>
        <h1>Strike on Odesa port</h1>
        <div class="byline">By Olha Kravets, 4 March 2024</div>
        <div class="share-buttons"><a>Facebook</a><a>Telegram</a></div>
        <p>A missile hit a warehouse in the port of Odesa late on Saturday, the regional military
           administration said, starting a fire that burned for several hours.</p>
        <p>Continue Reading</p>
        <p>Port officials said grain shipments would resume within days once the damage was assessed.</p>
        <p>Published on 4 March 2024 By Olha Kravets</p>
        <p>Advertisement</p>
      </article>
      <aside class="sidebar"><h3>Most Viewed</h3><ol><li><a>Story one</a></li><li><a>Story two</a></li></ol></aside>
      <section class="related-stories"><h2>Related</h2><article><h3><a>Other news</a></h3><p>Teaser.</p></article></section>
    </div>
    <p>Most Viewed</p>
    <footer><p>&copy; 2024 Odesa Times. All rights reserved.</p></footer>)");
  Parsed p = Parse(html);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "Strike on Odesa port");
  EXPECT_EQ(p.articles[0].body,
            "A missile hit a warehouse in the port of Odesa late on Saturday, the regional military "
            "administration said, starting a fire that burned for several hours.\n\n"
            "Port officials said grain shipments would resume within days once the damage was assessed.");
}

TEST(HtmlBoilerplate, FindsTheTextWithoutSemanticMarkup) {
  std::string html = Page("", std::string(R"(
    <div class="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/video">Video</a></div>
    <div class="wrap"><div class="col">)") + kPara1 + kPara2 + R"(</div>
    <div class="links"><a href="/1">Link one to another story</a><a href="/2">Link two to yet another story</a></div></div>
    <div class="bottom">Connect with us</div>)");
  Parsed p = Parse(html);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].body.find("Home"), std::string::npos);
  EXPECT_EQ(p.articles[0].body.find("Link one"), std::string::npos);
  EXPECT_NE(p.articles[0].body.find("Bila Tserkva."), std::string::npos);
  EXPECT_NE(p.articles[0].body.find("by the morning."), std::string::npos);
}

TEST(HtmlFurniture, RecognizesFurnitureLines) {
  const std::pair<const char*, bool> cases[] = {
      {"Continue Reading", true}, {"READ MORE »", true}, {"Most Viewed", true}, {"Most Read", true},
      {"Related Sources:", true}, {"Share this", true}, {"Connect with us", true},
      {"You cannot copy content of this page", true}, {"© 2024 Kyiv Herald", true},
      {"Copyright 2023 Example Media. All rights reserved.", true}, {"Advertisement", true},
      {"This website uses cookies to ensure you get the best experience. Accept", true},
      {"Published on November 17, 2024 By Staff Writer", true}, {"By Iryna Melnyk", true},
      {"Updated: 17 November 2024, 10:42", true},
      {"The post Drones hit Odesa appeared first on Black Sea News.", true}, {"Posted on 3 May", true},
      {"Published reports put the losses at 20 tanks.", false},
      {"By nightfall the column had reached the outskirts of Kupiansk.", false},
      {"Russian forces shelled Nikopol overnight, officials said.", false},
      {"Read the statement in full below, officials said, as the talks continued in Geneva.", false},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(IsFurnitureLine(line), want) << line;
}

TEST(HtmlFurniture, RecognizesDateLines) {
  const std::pair<const char*, bool> cases[] = {
      {"17.10.2024", true}, {"Tuesday, 19 November 2024 14:05", true}, {"Nov 19, 2024 at 2:05 pm", true},
      {"On 19 November 2024 it ended", false}, {"Kyiv", false}, {"2024", false},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(IsDateLine(line), want) << line;
}

TEST(HtmlBoilerplate, OldTableLayout) {
  std::string html = R"(<html><head><title>Kupiansk evacuation ordered - Kharkiv Today</title>
    <meta name="application-name" content="Kharkiv Today"></head><body><table><tr>
    <td><a href=/>Home</a><br><a href=/n>News</a><br><a href=/s>Sport</a></td>
    <td><font size=4><b>Kupiansk evacuation ordered</b></font><br><font size=2>17.10.2024</font><br><br>
    Families with children must leave Kupiansk and the villages around it, the oblast authorities ruled, citing shelling.<br><br>
    Buses leave the railway station every morning, the administration said.</td>
    <td><b>Most Read</b><br><a href=/1>Storm hits the coast tonight</a><br><a href=/2>Prices up again</a></td>
    </tr></table><center>Copyright &copy; 2024 Kharkiv Today</center></body></html>)";
  Parsed p = Parse(html);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "Kupiansk evacuation ordered");
  EXPECT_EQ(p.articles[0].outlet, "Kharkiv Today");
  EXPECT_EQ(p.articles[0].published, "2024-10-17");
  EXPECT_EQ(p.articles[0].body,
            "Families with children must leave Kupiansk and the villages around it, the oblast authorities ruled, "
            "citing shelling.\n\nBuses leave the railway station every morning, the administration said.");
}

TEST(HtmlFurniture, RecognizesFurnitureNames) {
  const std::pair<const char*, bool> cases[] = {
      {"social-share", true}, {"relatedStories", true}, {"ad-slot top", true}, {"main-nav", true},
      {"newsletter-signup", true}, {"most-viewed", true}, {"entry-tags", true}, {"cookie-consent", true},
      {"subnav", true}, {"ad_unit", true}, {"submenu", true}, {"contentinfo", true},
      {"article-body", false}, {"headline", false}, {"story-content", false}, {"unavailable", false},
      {"commentary-body", false}, {"shadow", false},
  };
  for (const auto& [names, want] : cases) EXPECT_EQ(IsFurnitureName(names), want) << names;
}

TEST(HtmlText, JoinsInlineElements) {
  const std::pair<const char*, const char*> cases[] = {
      {"<p>Troops entered<a href=\"/v\">Vovchansk</a>on Monday.</p>", "Troops entered Vovchansk on Monday."},
      {"<p>Shelling hit <a href=\"/k\">Kherson</a>, officials said.</p>", "Shelling hit Kherson, officials said."},
      {"<p><b>Kyiv</b>\xE2\x80\x99s mayor spoke.</p>", "Kyiv\xE2\x80\x99s mayor spoke."},
      {"<p>The <em>Moskva</em> sank (<a>photo</a>).</p>", "The Moskva sank (photo)."},
      {"<p><span class=\"dropcap\">R</span>ussian forces advanced.</p>", "Russian forces advanced."},
      {"<p>Losses:<strong>11,000</strong>men</p>", "Losses: 11,000 men"},
      {"<p>Grain &amp; fuel, 10&nbsp;km away</p>", "Grain & fuel, 10 km away"},
      {"<p>  spaced\n\n  out\t text </p>", "spaced out text"},
      {"<p>Line one<br>line two</p><p>Next<br><br>para</p>", "Line one\nline two\n\nNext\n\npara"},
      {"<div>Direct text<p>Inner paragraph</p>tail</div>", "Direct text\n\nInner paragraph\n\ntail"},
      {"<h2>Under Fire</h2><p>Body.</p>", "Under Fire\n\nBody."},
      {"<p>Area: 5 km<sup>2</sup></p>", "Area: 5 km2"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(HtmlToText(in), want) << in;
}

TEST(HtmlText, ListsAndFragments) {
  const std::pair<const char*, const char*> cases[] = {
      {"<p>Losses:</p><ul><li>tanks</li><li>artillery systems</li></ul><p>After.</p>",
       "Losses:\n\ntanks\nartillery systems\n\nAfter."},
      {"<ol><li><p>first</p></li><li>second<ul><li>nested</li></ul></li></ol>", "first\nsecond\n\nnested"},
      {"<p>Kept</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>Also kept</p>",
       "Kept\n\nAlso kept"},
      {"<p>Text</p><p>Read more</p><p>&copy; 2024 Wire</p>", "Text"},
      {"plain fragment without tags", "plain fragment without tags"},
      {"<table><tr><td>Kyiv</td><td>12</td></tr><tr><td>Lviv</td><td>3</td></tr></table>", "Kyiv 12\nLviv 3"},
      {"", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(HtmlToText(in), want) << in;
}

TEST(HtmlContent, SectionHeadingsDoNotSplitAnArticle) {
  std::string html = Page("<meta property=\"og:title\" content=\"Sanctions widen\">",
                          std::string("<article><h1>Sanctions widen</h1><time datetime=\"2024-05-02\"></time>") +
                              kPara1 + "<section><h2>Tech Firms Under Pressure</h2>" + kPara2 +
                              "</section><section><h2>Banks Next</h2>" + kPara1 + "</section></article>");
  Parsed p = Parse(html);
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_NE(p.articles[0].body.find("\n\nTech Firms Under Pressure\n\n"), std::string::npos);
  EXPECT_NE(p.articles[0].body.find("\n\nBanks Next\n\n"), std::string::npos);
  EXPECT_EQ(p.articles[0].body.find("Sanctions widen"), std::string::npos);
}

std::string Story(const std::string& title, const std::string& date, const std::string& text) {
  return "<article><h2>" + title + "</h2><time datetime=\"" + date + "\">" + date + "</time><p>" + text +
         "</p><p>" + text + "</p></article>";
}

TEST(HtmlContent, ListingPageYieldsOneArticlePerStory) {
  std::string body = "<h1>Latest news</h1>" +
                     Story("Drone strike on Sumy", "2024-10-01",
                           "A drone hit an apartment block in Sumy, local officials reported, and rescuers searched "
                           "the rubble through the night.") +
                     "<article><h3><a href=\"/t1\">Teaser about Odesa</a></h3><p>One line.</p></article>" +
                     Story("Prisoner exchange completed", "2024-10-02",
                           "Both sides returned dozens of captured soldiers in an exchange brokered by the United "
                           "Arab Emirates, the coordination headquarters said.") +
                     "<article><h3>Another teaser</h3><p>Short summary of a story.</p></article>" +
                     Story("Power cuts across Kharkiv", "2024-10-03",
                           "Attacks on substations left parts of Kharkiv without electricity, the regional "
                           "energy company said in a statement on Thursday.");
  Parsed p = Parse(Page("<meta property=\"og:site_name\" content=\"Frontline Daily\">", body));
  ASSERT_EQ(p.articles.size(), 3u);
  const char* titles[] = {"Drone strike on Sumy", "Prisoner exchange completed", "Power cuts across Kharkiv"};
  const char* dates[] = {"2024-10-01", "2024-10-02", "2024-10-03"};
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(p.articles[i].part, i);
    EXPECT_EQ(p.articles[i].title, titles[i]);
    EXPECT_EQ(p.articles[i].published, dates[i]);
    EXPECT_EQ(p.articles[i].outlet, "Frontline Daily");
    EXPECT_EQ(p.articles[i].body.find(titles[i]), std::string::npos);
    EXPECT_EQ(p.articles[i].body.find("teaser"), std::string::npos);
  }
}

TEST(HtmlContent, RepeatedStoryBlocksWithoutArticleElements) {
  std::string body = "<div class=\"stories\">";
  for (int i = 0; i < 3; ++i) {
    body += "<div class=\"story\"><h2><a href=\"/s" + std::to_string(i) + "\">Story " + std::to_string(i) +
            "</a></h2>" + kPara1 + kPara2 + "</div>";
  }
  body += "</div>";
  Parsed p = Parse(Page("", body));
  ASSERT_EQ(p.articles.size(), 3u);
  EXPECT_EQ(p.articles[2].title, "Story 2");
  EXPECT_EQ(p.articles[2].part, 2);
}

TEST(HtmlContent, StoryBlocksWithDateLines) {
  std::string body;
  for (int i = 1; i <= 2; ++i) {
    body += "<div class=\"entry\"><h2>Report " + std::to_string(i) + "</h2><div class=\"entry-date\">Published on "
            "November " + std::to_string(10 + i) + ", 2024 By Desk</div>" + kPara1 + kPara2 + "</div>";
  }
  Parsed p = Parse(Page("", body));
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[0].title, "Report 1");
  EXPECT_EQ(p.articles[0].published, "2024-11-11");
  EXPECT_EQ(p.articles[1].published, "2024-11-12");
  EXPECT_EQ(p.articles[1].body.find("Published on"), std::string::npos);
}

TEST(HtmlContent, TeasersBesideAShortArticleAreLeftOut) {
  std::string teaser = "<article><h3><a href=\"/t\">Teaser headline</a></h3><p>A line of summary text.</p></article>";
  Parsed p = Parse(Page("", "<div class=\"story\"><h1>Flash</h1><p>Explosions were heard in Kyiv shortly after "
                            "midnight, the mayor said, urging residents to stay in shelters.</p></div>" +
                                teaser + teaser + teaser));
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].body.find("Teaser"), std::string::npos) << p.articles[0].body;
  EXPECT_NE(p.articles[0].body.find("shelters."), std::string::npos);
}

TEST(HtmlContent, ShortPageInAWrapperNamedLikeFurniture) {
  Parsed p = Parse(Page("", "<nav><a href=/>Home</a></nav><div class=\"page has-sidebar\"><p>Air raid alert "
                            "lifted in Kyiv after two hours.</p></div>"));
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].body, "Air raid alert lifted in Kyiv after two hours.");
}

TEST(HtmlContent, CommentsAreNotStories) {
  std::string comment = std::string("<article class=\"comment\">") + kPara1 + kPara2 + "</article>";
  Parsed p = Parse(Page("", std::string("<article><h1>Main</h1>") + kPara1 + kPara2 + "</article>" + comment + comment));
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "Main");
}

TEST(HtmlContent, JsonLdBodyWhenTheDomHasLess) {
  std::string ld = R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
      "articleBody":"Russian strikes damaged energy facilities in five regions overnight, the grid operator said, and scheduled outages followed across the country."}</script>)";
  Parsed p = Parse(Page(ld, "<p>Subscribe to read.</p><p>Short stub.</p>"));
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].body.substr(0, 24), "Russian strikes damaged ");
}
}  // namespace
}  // namespace sitrep::ingest

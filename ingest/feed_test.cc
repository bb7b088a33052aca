#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Read;

constexpr char kRss2[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Example Front News</title>
  <link>https://example.org/</link>
  <atom:link href="https://example.org/feed" rel="self"/>
  <item>
    <title>Drones Downed Over the Capital</title>
    <link>https://example.org/a/1</link>
    <pubDate>Tue, 17 Dec 2024 06:15:00 +0200</pubDate>
    <dc:creator>Staff</dc:creator>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>Air defence units shot down <b>twenty</b> drones.</p><p>Debris fell on two houses.</p>]]></content:encoded>
  </item>
  <item>
    <title>Talks &amp; Ceasefire Hopes</title>
    <guid isPermaLink="true">https://example.org/a/2</guid>
    <description>&lt;p&gt;Envoys met on Monday&amp;nbsp;in Geneva.&lt;/p&gt;</description>
    <dc:date>2024-12-16T10:00:00Z</dc:date>
  </item>
  <item>
    <title>Headline &mdash; with an HTML entity</title>
    <link>https://example.org/a/3</link>
    <description>Plain text with&nbsp;a stray entity.</description>
  </item>
</channel>
</rss>
)";

TEST(Feed, ReadsRss2) {
  auto o = Read("news.rss", kRss2);
  ASSERT_EQ(o.articles.size(), 3u) << o.AllProblems();
  EXPECT_TRUE(o.status.ok()) << o.status.ToString();
  const Article& a = o.articles[0];
  EXPECT_EQ(a.title, "Drones Downed Over the Capital");
  EXPECT_EQ(a.url, "https://example.org/a/1");
  EXPECT_EQ(a.published, "2024-12-17");
  EXPECT_EQ(a.outlet, "Example Front News");
  EXPECT_EQ(a.format, "rss");
  EXPECT_EQ(a.part, 0);
  EXPECT_NE(a.body.find("twenty"), std::string::npos);
  EXPECT_NE(a.body.find("Debris fell"), std::string::npos);
  EXPECT_EQ(a.body.find("<p>"), std::string::npos);
  EXPECT_EQ(a.body.find("Short summary"), std::string::npos);  // content:encoded wins

  const Article& b = o.articles[1];
  EXPECT_EQ(b.title, "Talks & Ceasefire Hopes");
  EXPECT_EQ(b.url, "https://example.org/a/2");
  EXPECT_EQ(b.published, "2024-12-16");
  EXPECT_NE(b.body.find("Envoys met on Monday"), std::string::npos);
  EXPECT_EQ(b.body.find("&lt;"), std::string::npos);
  EXPECT_EQ(b.part, 1);

  // Undeclared HTML entities do not stop the parser; they are left for the text stage.
  EXPECT_EQ(o.articles[2].title, "Headline &mdash; with an HTML entity");
  EXPECT_EQ(o.articles[2].part, 2);
}

TEST(Feed, ReadsRss1) {
  auto o = Read("feed.rdf", R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.net/">
    <title>Example RDF Wire</title>
    <items><rdf:Seq><rdf:li resource="https://example.net/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://example.net/1">
    <title>Rail Bridge Repaired</title>
    <link>https://example.net/1</link>
    <description>Engineers reopened the bridge after three weeks.</description>
    <dc:date>2024-11-30</dc:date>
  </item>
</rdf:RDF>)");
  ASSERT_EQ(o.articles.size(), 1u) << o.AllProblems();
  const Article& a = o.articles[0];
  EXPECT_EQ(a.title, "Rail Bridge Repaired");
  EXPECT_EQ(a.url, "https://example.net/1");
  EXPECT_EQ(a.published, "2024-11-30");
  EXPECT_EQ(a.outlet, "Example RDF Wire");
  EXPECT_EQ(a.body, "Engineers reopened the bridge after three weeks.");
  EXPECT_EQ(a.format, "rss");
}

TEST(Feed, ReadsAtom) {
  auto o = Read("feed.atom", R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Example Atom Desk</title>
  <updated>2024-12-20T00:00:00Z</updated>
  <entry>
    <title>Grain Ship Leaves Port</title>
    <link rel="self" href="https://example.com/self/1"/>
    <link rel="alternate" type="text/html" href="https://example.com/1"/>
    <updated>2024-12-19T12:00:00Z</updated>
    <published>2024-12-18T08:00:00Z</published>
    <summary>A summary that loses to the content.</summary>
    <content type="html">&lt;p&gt;The ship sailed under naval escort.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second Entry</title>
    <link href="https://example.com/2"/>
    <updated>2024-12-19T12:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second paragraph.</p></div></content>
  </entry>
  <entry>
    <title>Third Entry</title>
    <summary>Only a summary here.</summary>
  </entry>
</feed>)");
  ASSERT_EQ(o.articles.size(), 3u) << o.AllProblems();
  const Article& a = o.articles[0];
  EXPECT_EQ(a.title, "Grain Ship Leaves Port");
  EXPECT_EQ(a.url, "https://example.com/1");
  EXPECT_EQ(a.published, "2024-12-18");
  EXPECT_EQ(a.outlet, "Example Atom Desk");
  EXPECT_EQ(a.format, "atom");
  EXPECT_NE(a.body.find("The ship sailed under naval escort."), std::string::npos);
  EXPECT_EQ(a.body.find("summary"), std::string::npos);
  const Article& b = o.articles[1];
  EXPECT_EQ(b.url, "https://example.com/2");
  EXPECT_EQ(b.published, "2024-12-19");  // updated, when there is no published
  EXPECT_EQ(b.body, "First paragraph.\n\nSecond paragraph.");
  EXPECT_EQ(o.articles[2].body, "Only a summary here.");
}

TEST(Feed, HeadlineOnlyItemKeepsItsTitleAsText) {
  auto o = Read("f.xml", "<rss><channel><title>T</title><item><title>Bridge Blown Up</title></item></channel></rss>");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].body, "Bridge Blown Up");
}

TEST(Feed, FeedWithoutItemsIsAProblem) {
  auto o = Read("empty.rss", "<?xml version=\"1.0\"?><rss><channel><title>Nothing</title></channel></rss>");
  EXPECT_TRUE(o.articles.empty());
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_EQ(o.problems[0].message(), "empty.rss: feed has no items");
  EXPECT_FALSE(o.status.ok());
}

TEST(Feed, MalformedXmlKeepsTheItemsBeforeIt) {
  auto o = Read("broken.rss",
                "<rss>\n<channel>\n<item><title>Good One</title><description>Fine.</description></item>\n"
                "<item><title>Bad</title><description>oops</descr></item>\n</channel></rss>");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].title, "Good One");
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_EQ(o.problems[0].message().rfind("broken.rss:4: malformed XML (", 0), 0u) << o.problems[0].message();
}

TEST(Feed, XmlThatIsNoFeedIsAProblem) {
  auto o = Read("data.xml", "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>");
  EXPECT_TRUE(o.articles.empty());
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_NE(o.problems[0].message().find("not an RSS or Atom feed"), std::string::npos);
}

TEST(Feed, ItemOverTheArticleBudgetIsSkipped) {
  IngestOptions options;
  options.max_article_bytes = 100;
  std::string big(500, 'x');
  auto o = Read("f.rss",
                "<rss><channel><item><title>Big</title><description>" + big +
                    "</description></item><item><title>Small</title><description>ok</description></item>"
                    "</channel></rss>",
                options);
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].title, "Small");
  EXPECT_EQ(o.articles[0].part, 1);
  ASSERT_EQ(o.problems.size(), 1u);
  EXPECT_NE(o.problems[0].message().find("budget for one article"), std::string::npos);
}

TEST(Feed, EntityExpansionBombIsRefused) {
  std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaa\">";
  std::string prev = "a";
  for (int i = 0; i < 12; ++i) {
    std::string name = "e" + std::to_string(i);
    bomb += "<!ENTITY " + name + " \"";
    for (int k = 0; k < 10; ++k) bomb += "&" + prev + ";";
    bomb += "\">";
    prev = name;
  }
  bomb += "]><rss><channel><item><title>x</title><description>&" + prev + ";</description></item></channel></rss>";
  auto o = Read("bomb.rss", bomb);
  EXPECT_TRUE(o.articles.empty());
  EXPECT_FALSE(o.status.ok());
}

}  // namespace
}  // namespace sitrep::ingest

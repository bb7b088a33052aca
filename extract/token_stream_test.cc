#include "extract/token_stream.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/dates.h"
#include "extract/quantities.h"
#include "sitrep/text.h"

namespace sitrep::extract {
namespace {

// A Document tokenized by hand the way the token contract says (see
// notes/common.md): the passes must read it as they read the provisional
// tokenizer's output.
Document Contract(const std::string& text, const std::vector<std::string>& tokens,
                  const std::string& published = "") {
  Document doc;
  doc.text = text;
  doc.published = published;
  size_t pos = 0;
  for (const std::string& t : tokens) {
    size_t at = doc.text.find(t, pos);
    EXPECT_NE(at, std::string::npos) << t;
    if (at == std::string::npos) break;
    TokenKind kind = TokenKind::kWord;
    unsigned char c = t[0];
    if (c >= '0' && c <= '9' && t.find_first_not_of("0123456789,.") == std::string::npos) {
      kind = TokenKind::kNumber;
    } else if (t == "$" || t == "%" || t == "\xE2\x82\xAC" || t == "\xC2\xA3") {
      kind = TokenKind::kSymbol;
    } else if (t.size() == 1 && !std::isalnum(c)) {
      kind = TokenKind::kPunct;
    }
    doc.tokens.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + t.size()), kind});
    pos = at + t.size();
  }
  doc.sentences.push_back(
      {0, static_cast<uint32_t>(text.size()), 0, static_cast<uint32_t>(doc.tokens.size()), 0});
  return doc;
}

std::string Quantities(const Document& doc) {
  std::string out;
  for (const QuantitySpan& q : FindQuantities(doc, doc.sentences[0])) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " => %.6g", q.quantity.value);
    out += (out.empty() ? "" : "; ") + q.quantity.text + buf;
    if (q.quantity.max) out += ".." + std::to_string(static_cast<long long>(*q.quantity.max));
    if (!q.quantity.unit.empty()) out += " " + q.quantity.unit;
  }
  return out;
}

std::string Dates(const Document& doc) {
  std::string out;
  for (const DateSpan& d : FindDates(doc, doc.sentences[0])) {
    out += (out.empty() ? "" : "; ") + d.date.text + " => " + d.date.value;
  }
  return out;
}

TEST(TokenStream, FoldsAndMerges) {
  Article article;
  article.body = "Twenty-seven Kh-101 missiles hit Ukraine’s grid at 10 p.m. on Dec. 16, 2024.";
  Document doc =
      Contract(article.body, {"Twenty-seven", "Kh-101", "missiles", "hit", "Ukraine", "’s", "grid",
                              "at", "10", "p.m.", "on", "Dec.", "16", ",", "2024", "."});
  TokenStream ts;
  ts.Reset(doc, doc.sentences[0]);
  std::vector<std::string> low;
  for (size_t i = 0; i < ts.size(); ++i) low.emplace_back(ts.Low(i));
  EXPECT_EQ(
      low, (std::vector<std::string>{"twenty-seven", "kh-101", "missiles", "hit", "ukraine", "grid",
                                     "at", "10", "p.m.", "on", "dec.", "16", ",", "2024", "."}));
  EXPECT_TRUE(ts[4].poss);
  EXPECT_EQ(ts.Text(4, 5), "Ukraine");
  EXPECT_EQ(ts[13].mant, 2024u);
}

TEST(TokenStream, ParsesDigits) {
  struct {
    const char* in;
    bool ok;
    uint64_t mant;
    int frac;
  } cases[] = {{"11,000", true, 11000, 0},
               {"1.5", true, 15, 1},
               {"2024", true, 2024, 0},
               {"1,000,000", true, 1000000, 0},
               {"16,", true, 16, 0},
               {"1,5", true, 15, 1},
               {"1.000.000", true, 1000000, 0},
               {"11,000.5", true, 110005, 1},
               {"1,2,3", false, 0, 0},
               {"12,34", true, 1234, 2},
               {"", false, 0, 0}};
  for (const auto& c : cases) {
    Tok t;
    EXPECT_EQ(ParseDigits(c.in, &t), c.ok) << c.in;
    if (c.ok) {
      EXPECT_EQ(t.mant, c.mant) << c.in;
      EXPECT_EQ(t.frac, c.frac) << c.in;
    }
  }
  EXPECT_EQ(ScaledValue(23, 1, 9), 2.3e9);
  EXPECT_EQ(ScaledValue(242, 0, 6), 242e6);
}

TEST(TokenStream, ContractTokensGiveTheSameQuantities) {
  EXPECT_EQ(Quantities(
                Contract("The U.S. pledged $2.3B and €50bn.",
                         {"The", "U.S.", "pledged", "$", "2.3", "B", "and", "€", "50", "bn", "."})),
            "$2.3B => 2.3e+09; €50bn => 5e+10");
  EXPECT_EQ(Quantities(Contract(
                "Some 11,000-15,000 troops and twenty-seven tanks.",
                {"Some", "11,000", "-", "15,000", "troops", "and", "twenty-seven", "tanks", "."})),
            "Some 11,000-15,000 troops => 11000..15000 troop; twenty-seven tanks => 27 tank");
  EXPECT_EQ(Quantities(Contract("The 3rd Brigade downed 40% of Russia’s drones.",
                                {"The", "3rd", "Brigade", "downed", "40", "%", "of", "Russia", "’s",
                                 "drones", "."})),
            "40% => 40 percent");
}

TEST(TokenStream, ContractTokensGiveTheSameDates) {
  EXPECT_EQ(Dates(Contract("It came on Dec. 16, 2024, and on New Year’s Day.",
                           {"It", "came", "on", "Dec.", "16", ",", "2024", ",", "and", "on", "New",
                            "Year", "’s", "Day", "."},
                           "2025-01-02")),
            "on Dec. 16, 2024 => 2024-12-16; on New Year’s Day => 2025-01-01");
  EXPECT_EQ(Dates(Contract("Shelling marked Ukraine’s Independence Day in mid-August.",
                           {"Shelling", "marked", "Ukraine", "’s", "Independence", "Day", "in",
                            "mid-August", "."},
                           "2024-08-26")),
            "Ukraine’s Independence Day => 2024-08-24; in mid-August => 2024-08");
}

// Random sentences from a vocabulary of the passes' trigger words: no crash,
// and spans inside the sentence, sorted and disjoint.
TEST(TokenStream, RandomTokenSoupIsSafe) {
  static const char* const kWords[] = {"December",
                                       "Dec.",
                                       "16",
                                       "16,",
                                       "2024",
                                       "-",
                                       "to",
                                       "and",
                                       "between",
                                       "from",
                                       "of",
                                       "the",
                                       "all",
                                       "half",
                                       "a",
                                       "dozen",
                                       "$",
                                       "€",
                                       "50bn",
                                       "1.5",
                                       "million",
                                       "11,000",
                                       "%",
                                       "percent",
                                       "last",
                                       "this",
                                       "week",
                                       "night",
                                       "overnight",
                                       "into",
                                       "Saturday",
                                       "’s",
                                       "'",
                                       "s",
                                       "New",
                                       "Year",
                                       "Day",
                                       "Eve",
                                       "Christmas",
                                       "on",
                                       "in",
                                       "mid-January",
                                       "early",
                                       "ago",
                                       "two",
                                       "days",
                                       "twenty-seven",
                                       "one",
                                       "or",
                                       "more",
                                       "at",
                                       "least",
                                       "up",
                                       "drones",
                                       "p.m.",
                                       ":",
                                       "30",
                                       "3rd",
                                       "Kh-101",
                                       "May",
                                       "may",
                                       "th",
                                       "Ukraine",
                                       "Independence",
                                       ",",
                                       ".",
                                       "of",
                                       "out",
                                       "thousands",
                                       "tens",
                                       "per",
                                       "cent",
                                       "yesterday",
                                       "the",
                                       "day",
                                       "before",
                                       "2024-12-16",
                                       "US",
                                       "UAH"};
  uint64_t state = 42;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int round = 0; round < 3000; ++round) {
    Article article;
    article.published = round % 3 ? "2024-12-18" : "";
    int n = 1 + next() % 30;
    for (int i = 0; i < n; ++i) {
      article.body += kWords[next() % std::size(kWords)];
      if (next() % 4) article.body += ' ';
    }
    Document doc = MakeDocument(article);
    Sentence all{0, static_cast<uint32_t>(doc.text.size()), 0,
                 static_cast<uint32_t>(doc.tokens.size()), 0};
    uint32_t last = 0;
    for (const QuantitySpan& q : FindQuantities(doc, all)) {
      ASSERT_LE(last, q.first_token) << article.body;
      ASSERT_LT(q.first_token, q.end_token) << article.body;
      ASSERT_LE(q.end_token, doc.tokens.size()) << article.body;
      last = q.end_token;
    }
    last = 0;
    for (const DateSpan& d : FindDates(doc, all)) {
      ASSERT_LE(last, d.first_token) << article.body;
      ASSERT_LT(d.first_token, d.end_token) << article.body;
      ASSERT_LE(d.end_token, doc.tokens.size()) << article.body;
      last = d.end_token;
    }
  }
}

}  // namespace
}  // namespace sitrep::extract

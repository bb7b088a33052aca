#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "sitrep/text.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

TEST(MakeDocument, FillsEveryField) {
  Article a;
  a.source = "feed.xml";
  a.part = 3;
  a.title = "  Strikes&nbsp;on\n\nOdesa ";
  a.outlet = "Example News";
  a.url = "https://example.org/a";
  a.published = "2024-03-01";
  a.format = "rss";
  a.body = "Drones hit the port.\r\n\r\nTwo ships were damaged. \xFF";
  a.warnings = {"from ingest"};
  Document d = MakeDocument(a);
  EXPECT_EQ(d.text, "Drones hit the port.\n\nTwo ships were damaged. \xEF\xBF\xBD");
  EXPECT_EQ(d.title, "Strikes on Odesa");
  EXPECT_EQ(d.source, "feed.xml");
  EXPECT_EQ(d.part, 3);
  EXPECT_EQ(d.format, "rss");
  EXPECT_EQ(d.id, ContentHash(d.text));
  EXPECT_EQ(d.id.size(), 32u);
  ASSERT_EQ(d.warnings.size(), 2u);
  EXPECT_EQ(d.warnings[0], "from ingest");
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(d.sentences[2].paragraph, 1u);
  EXPECT_EQ(d.TextChars(), d.text.size() - 2);
}

TEST(ContentHash, IsStableAndDistinguishes) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
}

TEST(AsciiFold, Punctuation) {
  EXPECT_EQ(AsciiFold("Kyiv’s “plan” – ‘now’ — wait…"), "Kyiv's \"plan\" - 'now' - wait...");
  EXPECT_EQ(AsciiFold("Київ"), "Київ");
}

// Bytes with a bias toward what breaks text code: markup leftovers, line
// breaks, multi-byte and invalid sequences, abbreviations.
std::string RandomText(std::mt19937& rng, size_t pieces) {
  static const char* kPieces[] = {
      "a",
      "Kyiv",
      "U.S.",
      "Gen.",
      " ",
      "  ",
      "\n",
      "\n\n\n",
      "\r\n",
      "\t",
      ".",
      "...",
      "?",
      "!",
      "\xE2\x80\x9D",
      "\xE2\x80\x99s",
      "\"",
      "&amp;",
      "&#8217;",
      "&#x",
      "&",
      "1,000",
      "2.5",
      "$",
      "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2",
      "e\xCC\x81",
      "\xCC\x81",
      "\xC2\xA0",
      "\xE2\x80\x8B",
      "\xFF",
      "\xC3",
      "\xE2\x82",
      "\xF0\x9F\x98\x80",
      "\xED\xA0\x80",
      "\x00",
      "\x1B",
      "-",
      "\xE2\x80\x94",
      "(",
      ")",
      "\xE2\x80\xA6",
      "\xE1\x84\x92",
      "\xE1\x85\xA1",
      "No.",
      "5",
      "W.",
      "The",
      "p.m.",
  };
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string s;
  for (size_t i = 0; i < pieces; ++i) {
    if (rng() % 8 == 0)
      s += static_cast<char>(byte(rng));
    else if (size_t k = pick(rng); k == 34)
      s += std::string(1, '\0');
    else
      s += kPieces[k];
  }
  return s;
}

void CheckDocument(const Document& d, const TextOptions& options) {
  const std::string& t = d.text;
  ASSERT_TRUE(text::IsValidUtf8(t));
  ASSERT_EQ(t.find("\n\n\n"), std::string::npos);
  ASSERT_EQ(t.find("  "), std::string::npos);
  ASSERT_EQ(t.find(" \n"), std::string::npos);
  ASSERT_EQ(t.find("\n "), std::string::npos);
  ASSERT_EQ(t.find_first_of(std::string("\t\r\0", 3)), std::string::npos);
  if (!t.empty()) {
    ASSERT_NE(t.front(), ' ');
    ASSERT_NE(t.front(), '\n');
    ASSERT_NE(t.back(), ' ');
    ASSERT_NE(t.back(), '\n');
  }
  // Tokens: ordered, non-empty, and covering every non-blank byte.
  size_t pos = 0;
  for (const Token& tok : d.tokens) {
    ASSERT_LT(tok.start, tok.end);
    ASSERT_LE(tok.end, t.size());
    for (; pos < tok.start; ++pos) ASSERT_TRUE(t[pos] == ' ' || t[pos] == '\n') << pos;
    pos = tok.end;
  }
  for (; pos < t.size(); ++pos) ASSERT_TRUE(t[pos] == ' ' || t[pos] == '\n');
  // Sentences: consecutive token ranges, trimmed offsets, growing paragraphs.
  uint32_t next = 0, paragraph = 0;
  for (const Sentence& s : d.sentences) {
    ASSERT_EQ(s.first_token, next);
    ASSERT_LT(s.first_token, s.end_token);
    ASSERT_LE(s.end_token, d.tokens.size());
    ASSERT_EQ(s.start, d.tokens[s.first_token].start);
    ASSERT_EQ(s.end, d.tokens[s.end_token - 1].end);
    ASSERT_GE(s.paragraph, paragraph);
    ASSERT_TRUE(s.end - s.start <= options.max_sentence_bytes || s.end_token - s.first_token == 1);
    paragraph = s.paragraph;
    next = s.end_token;
  }
  ASSERT_EQ(next, d.tokens.size());
}

TEST(MakeDocument, RandomInputKeepsInvariants) {
  std::mt19937 rng(20240224);
  TextOptions options;
  options.max_sentence_bytes = 60;
  for (int round = 0; round < 3000; ++round) {
    Article a;
    a.body = RandomText(rng, 1 + rng() % 200);
    Document d = MakeDocument(a, options);
    ASSERT_NO_FATAL_FAILURE(CheckDocument(d, options)) << "round " << round;
    // Cleaning is idempotent, except that a decoded "&amp;lt;" decodes again.
    if (d.text.find('&') == std::string::npos) ASSERT_EQ(CleanText(d.text, nullptr), d.text);
  }
}

TEST(MakeDocument, RandomBytesKeepInvariants) {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    Article a;
    size_t n = rng() % 300;
    for (size_t i = 0; i < n; ++i) a.body += static_cast<char>(rng());
    Document d = MakeDocument(a);
    ASSERT_NO_FATAL_FAILURE(CheckDocument(d, TextOptions{})) << "round " << round;
  }
}

}  // namespace
}  // namespace sitrep

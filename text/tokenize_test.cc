#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/text.h"

namespace sitrep {
namespace {

// Token texts joined by '|'.
std::string Joined(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!out.empty()) out += '|';
    out.append(text.substr(t.start, t.end - t.start));
  }
  return out;
}

struct Case {
  const char* text;
  const char* tokens;
};

const Case kCases[] = {
    // Words, hyphens, apostrophes.
    {"Russian forces advanced", "Russian|forces|advanced"},
    {"pro-Russian separatists", "pro-Russian|separatists"},
    {"Kim Jong-un met", "Kim|Jong-un|met"},
    {"O'Brien said", "O'Brien|said"},
    {"O’Brien said", "O’Brien|said"},
    {"a well-known long-range drone", "a|well-known|long-range|drone"},
    {"so-called", "so-called"},
    {"don't", "don't"},
    {"trailing- hyphen", "trailing|-|hyphen"},
    // Possessives.
    {"Ukraine’s army", "Ukraine|’s|army"},
    {"Ukraine's army", "Ukraine|'s|army"},
    {"O'Brien's view", "O'Brien|'s|view"},
    {"the soldiers’ families", "the|soldiers|’|families"},
    {"Zelenskyy’s office", "Zelenskyy|’s|office"},
    // Abbreviations and initials keep their period.
    {"the U.S. and U.K. said", "the|U.S.|and|U.K.|said"},
    {"Lt. Gen. Petrov", "Lt.|Gen.|Petrov"},
    {"on Dec. 5", "on|Dec.|5"},
    {"St. Petersburg", "St.|Petersburg"},
    {"No. 5 brigade", "No.|5|brigade"},
    {"Bruce W. Bennett", "Bruce|W.|Bennett"},
    {"J.R.R. Tolkien", "J.R.R.|Tolkien"},
    {"at 5 p.m. local", "at|5|p.m.|local"},
    {"e.g. tanks", "e.g.|tanks"},
    {"in the U.N.", "in|the|U.N."},
    {"ended. Then", "ended|.|Then"},
    {"said no.", "said|no|."},
    {"the U.S.-led coalition", "the|U.S.|-|led|coalition"},
    {"В. Зеленський", "В.|Зеленський"},
    // Numbers.
    {"11,000 troops", "11,000|troops"},
    {"1.5 million", "1.5|million"},
    {"in 2024.", "in|2024|."},
    {"11,000-15,000 soldiers", "11,000|-|15,000|soldiers"},
    {"1,234.56", "1,234.56"},
    {"3,", "3|,"},
    // Symbols.
    {"$2.3B", "$|2.3|B"},
    {"€50bn", "€|50|bn"},
    {"£1.2 billion", "£|1.2|billion"},
    {"40% of", "40|%|of"},
    {"AT&T", "AT|&|T"},
    // Punctuation.
    {"Wait...", "Wait|..."},
    {"Wait… what", "Wait|…|what"},
    {"war — and peace", "war|—|and|peace"},
    {"war--and", "war|--|and"},
    {"2014–2022", "2014|–|2022"},
    {"“Stop,” he said.", "“|Stop|,|”|he|said|."},
    {"(Reuters) -", "(|Reuters|)|-"},
    {"Why?!", "Why|?|!"},
    {"\"quoted\"", "\"|quoted|\""},
    {"F-16 jets", "F|-|16|jets"},
    // Other scripts.
    {"Київ і Харків", "Київ|і|Харків"},
    {"Збройні сили України", "Збройні|сили|України"},
    {"Zaporizhzhia’s Enerhodar", "Zaporizhzhia|’s|Enerhodar"},
    {"São Paulo, Dnipró", "São|Paulo|,|Dnipró"},
    {"Göttingen-based", "Göttingen-based"},
    {"Ελλάδα", "Ελλάδα"},
    {"flag 🇺🇦 here", "flag|🇺|🇦|here"},  // one symbol per code point,
    {"", ""},
    {"   \n\n  ", ""},
};

TEST(Tokenize, Table) {
  for (const Case& c : kCases) EXPECT_EQ(Joined(c.text), c.tokens) << "input: " << c.text;
}

TEST(Tokenize, Kinds) {
  std::string text = "$2.3B, 11,000 and Kyiv’s %";
  std::vector<Token> t = Tokenize(text);
  std::vector<TokenKind> want = {TokenKind::kSymbol, TokenKind::kNumber, TokenKind::kWord,
                                 TokenKind::kPunct,  TokenKind::kNumber, TokenKind::kWord,
                                 TokenKind::kWord,   TokenKind::kWord,   TokenKind::kSymbol};
  ASSERT_EQ(t.size(), want.size());
  for (size_t i = 0; i < t.size(); ++i) EXPECT_EQ(t[i].kind, want[i]) << i;
}

TEST(Tokenize, SymbolsAndPunctuation) {
  std::string text = "#tag @user +5 °C ₴100 ©";
  std::vector<TokenKind> kinds;
  for (const Token& t : Tokenize(text)) kinds.push_back(t.kind);
  std::vector<TokenKind> want = {TokenKind::kPunct,  TokenKind::kWord,   TokenKind::kPunct,
                                 TokenKind::kWord,   TokenKind::kSymbol, TokenKind::kNumber,
                                 TokenKind::kSymbol, TokenKind::kWord,   TokenKind::kSymbol,
                                 TokenKind::kNumber, TokenKind::kSymbol};
  EXPECT_EQ(kinds, want);
}

TEST(Tokenize, ByteOffsets) {
  std::string text = "Київ — 5";
  std::vector<Token> t = Tokenize(text);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].start, 0u);
  EXPECT_EQ(t[0].end, 8u);  // four two-byte letters
  EXPECT_EQ(t[1].start, 9u);
  EXPECT_EQ(t[1].end, 12u);
  EXPECT_EQ(t[2].start, 13u);
}

TEST(Tokenize, CjkAndEmojiDoNotCrash) {
  std::string text = "北京时间 2024年 😀👍🏽 — 東京、大阪。 🙂";
  std::vector<Token> t = Tokenize(text);
  ASSERT_FALSE(t.empty());
  uint32_t prev = 0;
  for (const Token& tok : t) {
    EXPECT_LT(tok.start, tok.end);
    EXPECT_GE(tok.start, prev);
    EXPECT_LE(tok.end, text.size());
    prev = tok.end;
  }
}

TEST(Tokenize, InvalidUtf8IsASymbolNotACrash) {
  std::string text = "ab\xFF\xC3 cd\xE2\x80";
  EXPECT_EQ(Joined(text), "ab|\xFF|\xC3|cd|\xE2\x80");
}

}  // namespace
}  // namespace sitrep

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/text.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

struct Case {
  std::string raw;
  std::string clean;
};

const Case kCases[] = {
    // Whitespace.
    {"plain text", "plain text"},
    {"  two\t\t spaces  ", "two spaces"},
    {"line one  \n   line two", "line one\nline two"},
    {"para one\n\n\n\n\npara two", "para one\n\npara two"},
    {"para one\n \t\n para two", "para one\n\npara two"},
    {"\n\n\nlead and trail\n\n", "lead and trail"},
    {"crlf\r\nline\r\n\r\nnext", "crlf\nline\n\nnext"},
    {"old mac\rline", "old mac\nline"},
    {"\r\r\n", ""},
    {"a\r\r\nb", "a\n\nb"},
    // Controls.
    {std::string("nul\0byte", 8), "nulbyte"},
    {"bell\x07 and\x1B esc", "bell and esc"},
    {"c1\xC2\x80\xC2\x9F gone", "c1 gone"},
    {"next\xC2\x85line", "next\nline"},
    {"vertical\vtab", "vertical tab"},
    // Entities.
    {"AT&amp;T &lt;b&gt;", "AT&T <b>"},
    {"Kyiv&rsquo;s &ldquo;plan&rdquo;", "Kyiv’s “plan”"},
    {"Kyiv&#8217;s &#x2019; &#X2019;", "Kyiv’s ’ ’"},
    {"a&nbsp;b", "a b"},
    {"war&mdash;peace &ndash; more&hellip;", "war—peace – more…"},
    {"&euro;5 &pound;3 &copy; &reg; 20&deg;", "€5 £3 © ® 20°"},
    {"&laquo;Слава&raquo;", "«Слава»"},
    {"co&shy;operate", "cooperate"},
    {"&amp;amp;", "&amp;"},
    {"rock & roll &unknown; &amp", "rock & roll &unknown; &amp"},
    {"&#146;windows&#151;", "’windows—"},
    {"&#0;&#xD800;&#1114112;", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"&#65&#66;", "AB"},
    {"&#12ab;", "&#12ab;"},
    {"&quot;q&quot; &apos;a&apos;", "\"q\" 'a'"},
    {"x&#10;&#10;&#10;y", "x\n\ny"},
    // Unicode spaces and invisible characters.
    {"a\xC2\xA0\xE2\x80\x89"
     "b",
     "a b"},
    {"wide\xE3\x80\x80space", "wide space"},
    {"zero\xE2\x80\x8Bwidth\xEF\xBB\xBF", "zerowidth"},
    {"\xEF\xBB\xBF"
     "BOM first",
     "BOM first"},
    {"soft\xC2\xADhyphen", "softhyphen"},
    {"line\xE2\x80\xA8sep\xE2\x80\xA9para", "line\nsep\n\npara"},
    // Typographic punctuation stays.
    {"“quoted” — ‘single’ … –", "“quoted” — ‘single’ … –"},
    // NFC.
    {"Cafe\xCC\x81", "Café"},
    {"e\xCC\x81", "é"},
    {"\xD0\xB8\xCC\x86", "й"},
    {"\xE2\x84\xAB", "Å"},  // ANGSTROM SIGN is a singleton
    {"Zelenskyy’s", "Zelenskyy’s"},
};

TEST(CleanText, Table) {
  for (const Case& c : kCases) {
    std::vector<std::string> warnings;
    EXPECT_EQ(CleanText(c.raw, &warnings), c.clean) << "input: " << c.raw;
  }
}

struct Invalid {
  std::string raw;
  std::string clean;
  int bad_bytes;
};

const std::string kFffd = "\xEF\xBF\xBD";

const Invalid kInvalid[] = {
    {"a\xC0\xAF"
     "b",
     "a" + kFffd + kFffd + "b", 2},  // overlong '/'
    {"a\xE0\x80\xAF"
     "b",
     "a" + kFffd + kFffd + kFffd + "b", 3},  // overlong, 3 bytes
    {"a\xED\xA0\x80"
     "b",
     "a" + kFffd + kFffd + kFffd + "b", 3},  // surrogate D800
    {"a\xE2\x80"
     "b",
     "a" + kFffd + "b", 2},                 // truncated sequence
    {"end\xF0\x9F\x98", "end" + kFffd, 3},  // truncated at the end
    {"a\x80\xBF"
     "b",
     "a" + kFffd + kFffd + "b", 2},  // stray continuations
    {"a\xF4\x90\x80\x80"
     "b",
     "a" + kFffd + kFffd + kFffd + kFffd + "b", 4},  // > U+10FFFF
    {"a\xF5\xFF"
     "b",
     "a" + kFffd + kFffd + "b", 2},       // never-valid bytes
    {"ok\xEF\xBF\xBD", "ok" + kFffd, 0},  // a real U+FFFD is kept
};

TEST(CleanText, InvalidUtf8) {
  for (const Invalid& c : kInvalid) {
    std::vector<std::string> warnings;
    std::string out = CleanText(c.raw, &warnings);
    EXPECT_EQ(out, c.clean);
    EXPECT_TRUE(text::IsValidUtf8(out));
    if (c.bad_bytes == 0) {
      EXPECT_TRUE(warnings.empty());
    } else {
      ASSERT_EQ(warnings.size(), 1u) << c.raw;
      EXPECT_EQ(warnings[0],
                "invalid UTF-8: " + std::to_string(c.bad_bytes) + " bytes replaced by U+FFFD");
    }
  }
}

TEST(CleanText, OneWarningPerKind) {
  std::vector<std::string> warnings;
  CleanText(std::string("\xFF x \xFE y \xC3\0", 10), &warnings);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "invalid UTF-8: 3 bytes replaced by U+FFFD");
  EXPECT_EQ(warnings[1], "removed 1 control character");
}

TEST(CleanText, NullWarningsIsAllowed) { EXPECT_EQ(CleanText("\xFF", nullptr), kFffd); }

TEST(CleanText, NfcAgreesWithUtf8procOnMixedText) {
  std::string raw =
      "Ukrai\xCC\x88ne, Dnipro\xCC\x81, 한국어 \xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB, क़";
  std::vector<std::string> warnings;
  std::string out = CleanText(raw, &warnings);
  EXPECT_EQ(out.find("i\xCC\x88"), std::string::npos);
  EXPECT_NE(out.find("\xC3\xAF"), std::string::npos);      // ï
  EXPECT_NE(out.find("\xED\x95\x9C"), std::string::npos);  // 한 composed from jamo
}

}  // namespace
}  // namespace sitrep

#include "text/utf8.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <string>

namespace sitrep::text {
namespace {

std::string Nfc(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return s;
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

// CleanText skips NFC when every code point is "NFC safe": check that such a
// code point is unchanged by NFC, alone and after a letter it could compose with.
TEST(Utf8, NfcSafeCodePointsAreStable) {
  for (char32_t cp = 0x80; cp < 0x30000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!IsNfcSafe(cp)) continue;
    std::string one;
    AppendUtf8(one, cp);
    ASSERT_EQ(Nfc(one), one) << std::hex << static_cast<uint32_t>(cp);
    for (const char* before :
         {"a", "e", "\xE1\x84\x80" /* Hangul L */, "\xE0\xA6\x95", "\xE0\xA7\x87"}) {
      std::string two = before + one;
      ASSERT_EQ(Nfc(two), two) << std::hex << static_cast<uint32_t>(cp);
    }
  }
}

TEST(Utf8, TwoByteTableAgreesWithUtf8proc) {
  for (char32_t cp = 0x80; cp < 0x800; ++cp) {
    std::string s;
    AppendUtf8(s, cp);
    ASSERT_EQ(Decode2(s, 0), cp);
    EXPECT_EQ((Prop2Of(cp) & kProp2Word) != 0, IsWordChar(cp))
        << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_EQ(Decode2("\xC0\x80", 0), 0u);
  EXPECT_EQ(Decode2("\xD0", 0), 0u);
  EXPECT_EQ(Decode2("\xD0\x41", 0), 0u);
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  for (char32_t cp : {0x41u, 0xE9u, 0x20ACu, 0x1F600u, 0x10FFFFu}) {
    std::string s;
    AppendUtf8(s, cp);
    Decoded d = DecodeUtf8(s, 0);
    EXPECT_TRUE(d.valid);
    EXPECT_EQ(d.cp, cp);
    EXPECT_EQ(d.len, s.size());
  }
}

TEST(Utf8, Validity) {
  EXPECT_TRUE(IsValidUtf8("Київ ’ 😀"));
  EXPECT_FALSE(IsValidUtf8("\xC0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));
}

}  // namespace
}  // namespace sitrep::text

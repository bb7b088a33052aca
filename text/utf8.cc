// UTF-8 decoding and the few Unicode properties the text stage asks about.
#include "text/utf8.h"

#include <utf8proc.h>

namespace sitrep::text {
namespace {

inline bool InRange(unsigned char c, unsigned char lo, unsigned char hi) {
  return c >= lo && c <= hi;
}

// Allowed range of the second byte for a lead byte (RFC 3629 table 3-7);
// later continuation bytes are always 80..BF.
inline void SecondByteRange(unsigned char lead, unsigned char* lo, unsigned char* hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (lead == 0xE0)
    *lo = 0xA0;
  else if (lead == 0xED)
    *hi = 0x9F;
  else if (lead == 0xF0)
    *lo = 0x90;
  else if (lead == 0xF4)
    *hi = 0x8F;
}

}  // namespace

Decoded DecodeUtf8(std::string_view s, size_t i) {
  const unsigned char lead = s[i];
  if (lead < 0x80) return {lead, 1, true};
  int need;
  char32_t cp;
  if (InRange(lead, 0xC2, 0xDF)) {
    need = 1;
    cp = lead & 0x1F;
  } else if (InRange(lead, 0xE0, 0xEF)) {
    need = 2;
    cp = lead & 0x0F;
  } else if (InRange(lead, 0xF0, 0xF4)) {
    need = 3;
    cp = lead & 0x07;
  } else {
    return {kReplacementChar, 1, false};  // stray continuation, C0/C1 overlong lead, > U+10FFFF
  }
  unsigned char lo, hi;
  SecondByteRange(lead, &lo, &hi);
  for (int k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return {kReplacementChar, static_cast<uint8_t>(k), false};
    const unsigned char c = s[i + k];
    if (!InRange(c, lo, hi)) return {kReplacementChar, static_cast<uint8_t>(k), false};
    cp = (cp << 6) | (c & 0x3F);
    lo = 0x80;
    hi = 0xBF;
  }
  return {cp, static_cast<uint8_t>(need + 1), true};
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    Decoded d = DecodeUtf8(s, i);
    if (!d.valid) return false;
    i += d.len;
  }
  return true;
}

bool IsWordChar(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool IsDigitChar(char32_t cp) {
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_ND;
}

bool IsNfcSafe(char32_t cp) {
  if (cp < 0x300) return true;
  // Blocks holding singletons, Hangul jamo that compose with a preceding
  // syllable, and polytonic Greek: rare in news, so simply normalize.
  if ((cp >= 0x0340 && cp <= 0x0390) || (cp >= 0x0F00 && cp <= 0x0FFF) ||
      (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x1F00 && cp <= 0x1FFF) ||
      (cp >= 0x2000 && cp <= 0x2001) || (cp >= 0x2126 && cp <= 0x212B) ||
      (cp >= 0x2329 && cp <= 0x232A) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
    return false;
  }
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (p->combining_class != 0 || p->comp_exclusion) return false;
  // Spacing and nonspacing marks with class 0 may still compose with the
  // letter before them (Indic two-part vowels).
  return p->category != UTF8PROC_CATEGORY_MN && p->category != UTF8PROC_CATEGORY_MC &&
         p->category != UTF8PROC_CATEGORY_ME;
}

namespace {

struct Prop2Table {
  uint8_t props[0x800];
  Prop2Table() {
    for (char32_t cp = 0; cp < 0x800; ++cp) {
      auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      uint8_t p = 0;
      if (IsWordChar(cp)) p |= kProp2Word;
      if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) p |= kProp2Letter;
      if (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) p |= kProp2Mark;
      // C1 controls, NBSP and the soft hyphen are what CleanText rewrites here.
      if (cp >= 0xA0 && cp != 0xA0 && cp != 0xAD && IsNfcSafe(cp)) p |= kProp2Clean;
      props[cp] = p;
    }
  }
};

}  // namespace

uint8_t Prop2Of(char32_t cp) {
  static const Prop2Table table;
  return table.props[cp];
}

}  // namespace sitrep::text

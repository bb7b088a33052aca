// Byte-level UTF-8 helpers for the text stage (internal to text/).
//
// The decoder follows the Unicode "maximal subpart" practice: every maximal
// prefix of a well-formed sequence that is cut short counts as one error, so
// callers replace it by one U+FFFD and resume at the first byte that could
// not belong to it.
#ifndef SITREP_TEXT_UTF8_H_
#define SITREP_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct Decoded {
  char32_t cp;  // the code point, or kReplacementChar when invalid
  uint8_t len;  // bytes consumed (>= 1)
  bool valid;
};

// Decodes the sequence starting at s[i] (i < s.size()).
Decoded DecodeUtf8(std::string_view s, size_t i);

// Appends the UTF-8 form of cp (which must be a scalar value).
inline void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 2);
  } else if (cp < 0x10000) {
    char b[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 3);
  } else {
    char b[4] = {
        static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 4);
  }
}

// True when s is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// True for code points that are letters, marks or digits of any script:
// what the tokenizer joins into words.
bool IsWordChar(char32_t cp);
// True for Unicode decimal digits and other numbers (Nd, Nl, No).
bool IsDigitChar(char32_t cp);

// False when cp, standing where it does, can be changed by NFC (a combining
// mark, a character that composes with its predecessor, a singleton or an
// excluded composite). Text made only of code points for which this is true
// is already in NFC, so CleanText skips the normalizer.
bool IsNfcSafe(char32_t cp);

// Properties of the code points below U+0800 (two bytes in UTF-8: Latin,
// Greek, Cyrillic, Hebrew, Arabic), looked up in a table because they fill
// whole articles.
enum Prop2 : uint8_t {
  kProp2Word = 1,    // IsWordChar
  kProp2Letter = 2,  // category L*
  kProp2Mark = 4,    // category M*
  kProp2Clean = 8,   // CleanText copies it as is (not a space, control or
                     // invisible, and NFC safe)
};
uint8_t Prop2Of(char32_t cp);  // cp < 0x800

// Decodes a well-formed two-byte sequence at s[i], or returns 0.
inline char32_t Decode2(std::string_view s, size_t i) {
  const unsigned char c = s[i];
  if (c < 0xC2 || c > 0xDF || i + 1 >= s.size()) return 0;
  const unsigned char d = s[i + 1];
  if ((d & 0xC0) != 0x80) return 0;
  return (static_cast<char32_t>(c & 0x1F) << 6) | (d & 0x3F);
}

}  // namespace sitrep::text

#endif  // SITREP_TEXT_UTF8_H_

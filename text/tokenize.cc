// Tokenize: the token contract of sitrep (see docs and include/sitrep/
// document.h). ASCII bytes are classified by a table; only non-ASCII code
// points are decoded and looked up in utf8proc.
#include <utf8proc.h>

#include <array>
#include <cstdint>

#include "sitrep/text.h"
#include "text/abbreviations.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

using text::Decoded;
using text::DecodeUtf8;

enum Ascii : uint8_t { kWs, kLetter, kDigit, kPunct, kSym, kDot, kDash, kApos, kHigh };

constexpr auto kAscii = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c >= 0x80 ? kHigh : kPunct;
  for (int c = 0; c <= ' '; ++c) t[c] = kWs;
  t[0x7F] = kWs;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (char c : std::string_view("$%&+<=>^`|~")) t[static_cast<unsigned char>(c)] = kSym;
  t['.'] = kDot;
  t['-'] = kDash;
  t['\''] = kApos;
  return t;
}();

constexpr auto kAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = kAscii[c] == kLetter || kAscii[c] == kDigit;
  return t;
}();

constexpr auto kEndsWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = kAscii[c] == kWs || kAscii[c] == kPunct || kAscii[c] == kSym;
  return t;
}();

inline uint8_t ClassOf(char c) { return kAscii[static_cast<unsigned char>(c)]; }
inline bool IsAsciiLetter(char c) { return ClassOf(c) == kLetter; }
inline bool IsAsciiAlnum(char c) { return kAlnum[static_cast<unsigned char>(c)]; }

bool IsDash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

bool IsLetterCp(char32_t cp) {
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool IsMarkCp(char32_t cp) {
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view s) : s_(s), n_(s.size()) { out_.reserve(n_ / 5 + 8); }
  std::vector<Token> Run();

 private:
  void Emit(size_t start, size_t end, TokenKind kind) {
    out_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), kind});
  }
  bool WordCharAt(size_t k) const;
  bool LetterAt(size_t k) const;
  size_t JoinerAt(size_t k, bool* apostrophe) const;
  size_t ScanWordChars(size_t j) const;
  size_t Word(size_t i);
  size_t AbbreviationEnd(size_t start, size_t dot) const;
  size_t Number(size_t i);
  size_t Run(size_t i, char32_t (*next)(std::string_view, size_t, size_t*), TokenKind kind);
  size_t Apostrophe(size_t i, size_t len);
  size_t NonAscii(size_t i);

  std::string_view s_;
  size_t n_;
  std::vector<Token> out_;
};

bool Tokenizer::WordCharAt(size_t k) const {
  if (k >= n_) return false;
  if (static_cast<unsigned char>(s_[k]) < 0x80) return IsAsciiAlnum(s_[k]);
  Decoded d = DecodeUtf8(s_, k);
  return d.valid && text::IsWordChar(d.cp);
}

bool Tokenizer::LetterAt(size_t k) const {
  if (k >= n_) return false;
  if (static_cast<unsigned char>(s_[k]) < 0x80) return IsAsciiLetter(s_[k]);
  if (char32_t cp = text::Decode2(s_, k)) return text::Prop2Of(cp) & text::kProp2Letter;
  Decoded d = DecodeUtf8(s_, k);
  return d.valid && IsLetterCp(d.cp);
}

// Length of an inner hyphen or apostrophe at s[k], 0 if none.
size_t Tokenizer::JoinerAt(size_t k, bool* apostrophe) const {
  if (k >= n_) return 0;
  *apostrophe = s_[k] == '\'';
  if (s_[k] == '-' || s_[k] == '\'') return 1;
  // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2019 RIGHT SINGLE QUOTATION MARK.
  if (static_cast<unsigned char>(s_[k]) == 0xE2 && k + 2 < n_ &&
      static_cast<unsigned char>(s_[k + 1]) == 0x80) {
    unsigned char c = s_[k + 2];
    *apostrophe = c == 0x99;
    if (c == 0x90 || c == 0x91 || c == 0x99) return 3;
  }
  return 0;
}

size_t Tokenizer::ScanWordChars(size_t j) const {
  while (j < n_) {
    if (IsAsciiAlnum(s_[j])) {
      ++j;
      continue;
    }
    if (static_cast<unsigned char>(s_[j]) < 0x80) break;
    if (char32_t cp = text::Decode2(s_, j)) {  // Latin, Greek, Cyrillic...
      if (!(text::Prop2Of(cp) & text::kProp2Word)) break;
      j += 2;
      continue;
    }
    Decoded d = DecodeUtf8(s_, j);
    if (!d.valid || !text::IsWordChar(d.cp)) break;
    j += d.len;
  }
  return j;
}

size_t Tokenizer::Word(size_t i) {
  // Fast path: an ASCII word ended by a space or by punctuation that cannot
  // join, extend or abbreviate it.
  size_t j = i;
  while (j < n_ && IsAsciiAlnum(s_[j])) ++j;
  if (j >= n_ || kEndsWord[static_cast<unsigned char>(s_[j])]) {
    Emit(i, j, TokenKind::kWord);
    return j;
  }
  j = ScanWordChars(j);
  for (;;) {
    bool apostrophe = false;
    size_t len = JoinerAt(j, &apostrophe);
    if (len == 0 || !LetterAt(j + len)) break;
    const size_t k = j + len;
    // A possessive 's is a token of its own.
    if (apostrophe && (s_[k] == 's' || s_[k] == 'S') && !WordCharAt(k + 1)) break;
    j = ScanWordChars(k);
  }
  if (j < n_ && s_[j] == '.' && !(j + 1 < n_ && s_[j + 1] == '.')) j = AbbreviationEnd(i, j);
  Emit(i, j, TokenKind::kWord);
  return j;
}

// The word s[start, dot) is followed by '.': returns where its token ends,
// past the period for abbreviations, initials and dotted forms ("U.S.").
size_t Tokenizer::AbbreviationEnd(size_t start, size_t dot) const {
  std::string_view word = s_.substr(start, dot - start);
  if (word.size() <= 2 && IsAsciiLetter(word[0]) && (word.size() == 1 || IsAsciiLetter(word[1]))) {
    // Dotted: groups of one or two letters, each followed by '.'.
    size_t k = dot;
    int groups = 1;
    while (k + 1 < n_ && s_[k] == '.' && IsAsciiLetter(s_[k + 1])) {
      size_t m = k + 1;
      while (m < n_ && IsAsciiLetter(s_[m]) && m - k <= 2) ++m;
      if (m - k - 1 > 2 || m >= n_ || s_[m] != '.') break;
      k = m;
      ++groups;
    }
    if (groups >= 2) return k + 1 < n_ && s_[k + 1] == '.' ? k : k + 1;
  }
  if (text::IsKnownAbbreviation(word)) return dot + 1;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return dot + 1;
  if (static_cast<unsigned char>(word[0]) >= 0x80) {
    Decoded d = DecodeUtf8(s_, start);
    if (d.valid && d.len == word.size() &&
        utf8proc_category(static_cast<utf8proc_int32_t>(d.cp)) == UTF8PROC_CATEGORY_LU) {
      return dot + 1;  // a non-Latin initial ("В.")
    }
  }
  return dot;
}

size_t Tokenizer::Number(size_t i) {
  size_t j = i;
  for (;;) {
    while (j < n_ && ClassOf(s_[j]) == kDigit) ++j;
    if (j + 1 < n_ && (s_[j] == ',' || s_[j] == '.') && ClassOf(s_[j + 1]) == kDigit) {
      ++j;
      continue;
    }
    break;
  }
  Emit(i, j, TokenKind::kNumber);
  return j;
}

char32_t NextCp(std::string_view s, size_t k, size_t* len) {
  if (static_cast<unsigned char>(s[k]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[k]);
  }
  Decoded d = DecodeUtf8(s, k);
  *len = d.len;
  return d.valid ? d.cp : 0;
}

char32_t DashOrZero(std::string_view s, size_t k, size_t* len) {
  char32_t cp = NextCp(s, k, len);
  return IsDash(cp) ? cp : 0;
}

char32_t DotOrZero(std::string_view s, size_t k, size_t* len) {
  char32_t cp = NextCp(s, k, len);
  return cp == '.' || cp == 0x2026 ? cp : 0;
}

// A run of dashes, or of dots and ellipses, is one token.
size_t Tokenizer::Run(size_t i, char32_t (*next)(std::string_view, size_t, size_t*),
                      TokenKind kind) {
  size_t j = i, len = 0;
  while (j < n_ && next(s_, j, &len) != 0) j += len;
  Emit(i, j, kind);
  return j;
}

size_t Tokenizer::Apostrophe(size_t i, size_t len) {
  const size_t k = i + len;
  if (!out_.empty() && out_.back().end == i && out_.back().kind == TokenKind::kWord && k < n_ &&
      (s_[k] == 's' || s_[k] == 'S') && !WordCharAt(k + 1)) {
    Emit(i, k + 1, TokenKind::kWord);
    return k + 1;
  }
  Emit(i, k, TokenKind::kPunct);
  return k;
}

size_t Tokenizer::NonAscii(size_t i) {
  if (char32_t cp = text::Decode2(s_, i)) {
    const uint8_t p = text::Prop2Of(cp);
    if ((p & text::kProp2Word) && !(p & text::kProp2Mark)) return Word(i);
  }
  Decoded d = DecodeUtf8(s_, i);
  if (!d.valid) {
    Emit(i, i + d.len, TokenKind::kSymbol);
    return i + d.len;
  }
  const char32_t cp = d.cp;
  if (IsDash(cp)) return Run(i, DashOrZero, TokenKind::kPunct);
  if (cp == 0x2026) return Run(i, DotOrZero, TokenKind::kPunct);
  if (cp == 0x2019) return Apostrophe(i, d.len);
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return i + d.len;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      Emit(i, i + d.len, TokenKind::kPunct);
      return i + d.len;
    default:
      break;
  }
  if (cp == 0x85) return i + d.len;  // NEL, in text that was not cleaned
  if (text::IsWordChar(cp) && !IsMarkCp(cp)) return Word(i);
  Emit(i, i + d.len, TokenKind::kSymbol);  // symbols, emoji, stray marks, format chars
  return i + d.len;
}

std::vector<Token> Tokenizer::Run() {
  size_t i = 0;
  while (i < n_) {
    switch (ClassOf(s_[i])) {
      case kWs:
        ++i;
        break;
      case kLetter:
        i = Word(i);
        break;
      case kDigit:
        i = Number(i);
        break;
      case kDot:
        i = Run(i, DotOrZero, TokenKind::kPunct);
        break;
      case kDash:
        i = Run(i, DashOrZero, TokenKind::kPunct);
        break;
      case kApos:
        i = Apostrophe(i, 1);
        break;
      case kSym:
        Emit(i, i + 1, TokenKind::kSymbol);
        ++i;
        break;
      case kPunct:
        Emit(i, i + 1, TokenKind::kPunct);
        ++i;
        break;
      default:
        i = NonAscii(i);
        break;
    }
  }
  return std::move(out_);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) { return Tokenizer(text).Run(); }

}  // namespace sitrep

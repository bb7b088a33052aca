// TokenStream: a sentence's tokens as the quantity and date passes read
// them — lower-case ASCII-folded text, numbers parsed, and the few shapes
// tokenizers disagree on normalized, so the matchers see one form:
//
//   "twenty" "-" "seven", "Kh" "-" "101"   -> one word "twenty-seven", "kh-101"
//   "Dec" "." , "p" "." "m" "."            -> "dec.", "p.m."
//   "Ukraine" "’s", "Ukraine’s", "Year" "'" "s" -> "ukraine" with poss = true
//   "16," (a number with a trailing separator) -> 16
//   "50bn", "3rd" (a word that starts with digits) -> "50" + "bn", "3" + "rd"
//
// Every logical token keeps the range of Document tokens it was read from,
// so spans found on the stream map back to Document coordinates. Reset()
// reuses the stream's buffers: no allocation per token.
#ifndef SITREP_EXTRACT_TOKEN_STREAM_H_
#define SITREP_EXTRACT_TOKEN_STREAM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"

namespace sitrep::extract {

struct Tok {
  uint32_t first = 0, end = 0;   // Document token range, end exclusive
  uint32_t start = 0, stop = 0;  // byte range in Document::text
  std::string_view low;          // folded, lower-case text (a number without trailing , or .)
  TokenKind kind = TokenKind::kWord;
  bool cap = false;          // the original starts with an upper-case ASCII letter
  bool poss = false;         // a possessive 's followed and was folded in
  bool space_before = true;  // whitespace (or the sentence start) precedes it
  uint16_t kw = 0;           // KeywordFlags of a word (extract/keywords.h)
  // Numbers only: value = mant / 10^frac; int_digits counts digits before the point.
  bool num_ok = false;
  bool grouped = false;  // had thousands separators ("11,000")
  uint8_t frac = 0;
  uint8_t int_digits = 0;
  uint64_t mant = 0;

  bool Is(std::string_view w) const { return low == w; }
  bool IsWord() const { return kind == TokenKind::kWord; }
  bool IsNum() const { return kind == TokenKind::kNumber && num_ok; }
  bool IsInt() const { return IsNum() && frac == 0; }
  double Value() const;
};

class TokenStream {
 public:
  void Reset(const Document& doc, const Sentence& s);

  size_t size() const { return toks_.size(); }
  const Tok& operator[](size_t i) const { return toks_[i]; }
  // Token i's folded text, or "" past the end: lets matchers look ahead freely.
  std::string_view Low(size_t i) const {
    return i < toks_.size() ? toks_[i].low : std::string_view();
  }
  bool Is(size_t i, std::string_view w) const { return Low(i) == w; }
  // Original text of logical tokens [a, b).
  std::string_view Text(size_t a, size_t b) const;

 private:
  struct Piece {  // one Document token, folded into buf_[lo, hi)
    uint32_t index = 0, start = 0, stop = 0, lo = 0, hi = 0;
    TokenKind kind = TokenKind::kWord;
    bool cap = false;
  };
  void Fold(const Document& doc, const Sentence& s);
  void Merge();
  void Push(size_t p, size_t q, uint32_t lo, uint32_t hi);
  uint32_t PossessiveStart(size_t p, size_t q) const;
  bool SplitWord(size_t k);

  std::string_view text_;
  std::string buf_;
  std::vector<Piece> pieces_;
  std::vector<Tok> toks_;
};

// Parses digits with "," / "." separators into mant / 10^frac. Returns false
// for anything else.
bool ParseDigits(std::string_view s, Tok* t);

// Exact value of mant / 10^frac * 10^exp10 (no rounding drift: 2.3 billion
// is 2300000000).
double ScaledValue(uint64_t mant, int frac, int exp10);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_TOKEN_STREAM_H_

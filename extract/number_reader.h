// NumberReader: reads one number at a stream position for the quantity
// pass — digits with a scale ("1.5 million", "50bn"), number words ("twenty-
// seven", "a dozen", "half a million"), vague plurals ("dozens", "tens of
// thousands") and fractions before "of" ("half of", "two-thirds of") — and
// refuses the numbers that are not counts: times, ordinals, designators
// ("Resolution 2231"), numbers glued to a name or a measure ("155mm").
// Internal to extract/.
#ifndef SITREP_EXTRACT_NUMBER_READER_H_
#define SITREP_EXTRACT_NUMBER_READER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/token_stream.h"

namespace sitrep::extract {

// A number as read: its value and how it was written.
struct Num {
  double value = 0;
  uint64_t mant = 0;  // value = mant / 10^frac before any scale
  int frac = 0;
  size_t end = 0;         // stream index after the number
  int scale = -1;         // power of ten of a scale word, -1 if none
  bool vague = false;     // "dozens", "hundreds of", "several hundred": at least
  bool fraction = false;  // "half of"
  bool year_like = false;
};

class NumberReader {
 public:
  // masked[i] != 0 marks tokens of other spans (dates) the reader must not use.
  NumberReader(const TokenStream& ts, const std::vector<uint8_t>& masked)
      : ts_(ts), masked_(masked) {}

  // Reads a number starting at stream token i. With money = true the
  // one-letter scales ("$3m", "$2.3B") count.
  bool Read(size_t i, bool money, Num* n) const;

 private:
  std::string_view L(size_t i) const { return ts_.Low(i); }
  bool Glued(size_t i) const { return i < ts_.size() && !ts_[i].space_before; }
  bool Masked(size_t i) const { return i < masked_.size() && masked_[i]; }

  bool Digits(size_t i, bool money, Num* n) const;
  bool Words(size_t i, Num* n) const;
  bool Vague(size_t i, Num* n) const;
  bool Fraction(size_t i, Num* n) const;

  const TokenStream& ts_;
  const std::vector<uint8_t>& masked_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_NUMBER_READER_H_

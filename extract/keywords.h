// Keyword flags: one hash lookup per token tells the quantity and date
// scanners whether a word can start what they look for, so ordinary words
// cost nothing more. The flags are a gate, not a decision: each scanner
// still checks its own shapes.
#ifndef SITREP_EXTRACT_KEYWORDS_H_
#define SITREP_EXTRACT_KEYWORDS_H_

#include <cstdint>
#include <string_view>

namespace sitrep::extract {

enum KeywordFlag : uint16_t {
  kKwNumber = 1 << 0,    // "six", "twenty-seven", "a", "dozens", "half", "several"
  kKwCurrency = 1 << 1,  // "usd", "uah"
  kKwMonth = 1 << 2,     // "december", "dec.", "mid-december"
  kKwWeekday = 1 << 3,   // "saturday", "sat."
  kKwRelative = 1 << 4,  // "yesterday", "overnight", "last", "this", "earlier", "the", "in"
  kKwHoliday = 1 << 5,   // "christmas", "new", "independence", "victory", "easter", "palm"
};

// Flags of a folded lower-case word ("twenty-seven" and "mid-december" by
// the part before the hyphen, "dec." without its period).
uint16_t KeywordFlags(std::string_view w);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_KEYWORDS_H_

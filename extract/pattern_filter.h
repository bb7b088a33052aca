// A prefilter for match lines: which lines can possibly match a sentence.
//
// Most lines whose anchor occurs in a sentence still fail, because another
// required word ("down" after "shot") or a required span (a quantity, a
// date, an entity of the right type) is not in the sentence at all. The
// walk finds that out only after trying every start; this filter finds it
// with a few lookups per line per sentence. It never rejects a line that
// could match: a word counts as present when it is any token's surface id
// or lemma id, and a span as present when one starts in the sentence.
#ifndef SITREP_EXTRACT_PATTERN_FILTER_H_
#define SITREP_EXTRACT_PATTERN_FILTER_H_

#include <cstdint>
#include <vector>

#include "extract/pattern_lang.h"

namespace sitrep::extract {

// What a match line needs besides its anchor, computed when compiling.
struct LineNeeds {
  std::vector<std::vector<int>> words;  // per required word element: its vocabulary ids (any one)
  std::vector<uint32_t> entity_types;   // per required entity element: the types it takes
  bool quantity = false, date = false;  // a required quantity (or N of M) or date element
  bool Empty() const { return words.empty() && entity_types.empty() && !quantity && !date; }
};

// `ids` are the elements' sorted vocabulary ids; `anchor` the anchor element.
LineNeeds NeedsOf(const std::vector<PatternElement>& elements,
                  const std::vector<std::vector<int>>& ids, int anchor);

// What one sentence holds, in the matcher's terms. Reused across sentences
// (stamps, not clearing), so a sentence costs one pass over its tokens.
class SentenceFeatures {
 public:
  // Tokens [first, end) of per-token vectors of MatchInput; entity_bits is
  // the entity type bits of the span starting at a token, 0 for none.
  void Begin(const std::vector<int>& surface, const std::vector<int>& lemma,
             const std::vector<uint32_t>& entity_bits, const std::vector<int>& quantity_at,
             const std::vector<int>& date_at, size_t vocab, uint32_t first, uint32_t end);
  bool Allows(const LineNeeds& needs) const;

 private:
  std::vector<uint32_t> stamp_;  // vocabulary id -> generation of the sentence holding it
  uint32_t generation_ = 0;
  uint32_t entity_bits_ = 0;
  bool quantity_ = false, date_ = false;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_PATTERN_FILTER_H_

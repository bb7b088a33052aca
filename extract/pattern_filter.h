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

#include <algorithm>
#include <cstdint>
#include <vector>

#include "extract/pattern_lang.h"

namespace sitrep::extract {

// What a match line needs besides its anchor, computed when compiling.
// Each required element also says on which side of the anchor it lies: it
// consumes at least one token, so it starts before the anchor's token or
// after it.
struct LineNeeds {
  std::vector<std::vector<int>> words;  // per required word element: its vocabulary ids (any one)
  std::vector<uint8_t> word_after;      // per word element: after the anchor (else before)
  std::vector<uint32_t> entity_types;   // per required entity element: the types it takes
  std::vector<uint8_t> entity_after;
  // Required quantity (or N of M) and date elements before / after the anchor.
  bool quantity_before = false, quantity_after = false, date_before = false, date_after = false;
  bool Empty() const {
    return words.empty() && entity_types.empty() && !quantity_before && !quantity_after &&
           !date_before && !date_after;
  }
};

// `ids` are the elements' sorted vocabulary ids; `anchor` the anchor element.
LineNeeds NeedsOf(const std::vector<PatternElement>& elements,
                  const std::vector<std::vector<int>>& ids, int anchor);

// A 64-bit sketch of LineNeeds, checked against a sentence's sketch before
// the exact test: words hash to one of 48 bits, entity types take 6 bits,
// quantities and dates one each. A line passes when every bit of `all` is
// in the sentence and each of `any` meets it. Like the exact test it never
// rejects a line that could match (a bit may stand for other words, never
// fewer). Lines and sentences are many: most candidates of a sentence fail
// here on one cache line, before the exact test walks the needs' vectors.
struct LineGate {
  static constexpr int kAny = 4;  // alternatives kept; more are left to the exact test
  uint64_t all = 0;
  uint64_t any[kAny] = {};
  uint8_t n_any = 0;
  bool Passes(uint64_t sentence) const {
    if (all & ~sentence) return false;
    for (int i = 0; i < n_any; ++i) {
      if (!(any[i] & sentence)) return false;
    }
    return true;
  }
};

inline uint64_t WordBit(int id) {
  return uint64_t{1} << ((static_cast<uint32_t>(id) * 0x9E3779B1u >> 16) % 48);
}
inline uint64_t EntityTypeBits(uint32_t types) { return static_cast<uint64_t>(types & 63u) << 48; }
constexpr uint64_t kQuantityBit = uint64_t{1} << 54, kDateBit = uint64_t{1} << 55;

LineGate GateOf(const LineNeeds& needs);

// What one sentence holds, in the matcher's terms. Reused across sentences
// (stamps, not clearing), so a sentence costs one pass over its tokens.
class SentenceFeatures {
 public:
  // Tokens [first, end) of per-token vectors of MatchInput; entity_bits is
  // the entity type bits of the span starting at a token, 0 for none.
  void Begin(const std::vector<int>& surface, const std::vector<int>& lemma,
             const std::vector<uint32_t>& entity_bits, const std::vector<int>& quantity_at,
             const std::vector<int>& date_at, size_t vocab, uint32_t first, uint32_t end);
  // The sentence's sketch for LineGate, valid after Begin.
  uint64_t signature() const { return signature_; }
  // Whether each required element occurs in the sentence at all.
  bool Allows(const LineNeeds& needs) const;
  // Whether each occurs on its side of an anchor at token `anchor`.
  bool AllowsAt(const LineNeeds& needs, uint32_t anchor) const;

 private:
  // Where a thing occurs first and last in the sentence; empty: first > last.
  struct Range {
    uint32_t first = ~0u, last = 0;
    void Add(uint32_t t) { first = std::min(first, t), last = std::max(last, t); }
    bool Before(uint32_t t) const { return first < t && first <= last; }
    bool After(uint32_t t) const { return last > t && first <= last; }
  };
  std::vector<uint32_t> stamp_;  // vocabulary id -> generation of the sentence holding it
  std::vector<Range> where_;     // vocabulary id -> its tokens, valid when stamped
  uint32_t generation_ = 0;
  uint32_t entity_bits_ = 0;
  uint64_t signature_ = 0;
  Range entities_[6];            // per entity type bit
  Range quantities_, dates_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_PATTERN_FILTER_H_

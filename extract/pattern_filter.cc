// The match-line prefilter; see pattern_filter.h.
#include "extract/pattern_filter.h"

#include <algorithm>

namespace sitrep::extract {

LineNeeds NeedsOf(const std::vector<PatternElement>& elements,
                  const std::vector<std::vector<int>>& ids, int anchor) {
  LineNeeds needs;
  for (int e = 0; e < static_cast<int>(elements.size()); ++e) {
    const PatternElement& el = elements[e];
    if (el.optional || e == anchor) continue;
    switch (el.kind) {
      case PatternElement::Kind::kLemma:
      case PatternElement::Kind::kWord: needs.words.push_back(ids[e]); break;
      case PatternElement::Kind::kEntity: needs.entity_types.push_back(el.entity_types); break;
      case PatternElement::Kind::kQuantity:
      case PatternElement::Kind::kQuantityOf: needs.quantity = true; break;
      case PatternElement::Kind::kDate: needs.date = true; break;
      case PatternElement::Kind::kGap: break;
    }
  }
  // Rarer words first would be better still; shorter lists first is cheap.
  std::stable_sort(needs.words.begin(), needs.words.end(),
                   [](const auto& a, const auto& b) { return a.size() < b.size(); });
  return needs;
}

void SentenceFeatures::Begin(const std::vector<int>& surface, const std::vector<int>& lemma,
                             const std::vector<uint32_t>& entity_bits,
                             const std::vector<int>& quantity_at, const std::vector<int>& date_at,
                             size_t vocab, uint32_t first, uint32_t end) {
  if (stamp_.size() < vocab) stamp_.resize(vocab, 0);
  if (++generation_ == 0) {  // wrapped: forget every stamp
    std::fill(stamp_.begin(), stamp_.end(), 0);
    generation_ = 1;
  }
  entity_bits_ = 0;
  quantity_ = date_ = false;
  for (uint32_t t = first; t < end; ++t) {
    if (surface[t] >= 0) stamp_[surface[t]] = generation_;
    if (lemma[t] >= 0) stamp_[lemma[t]] = generation_;
    entity_bits_ |= entity_bits[t];
    quantity_ |= quantity_at[t] >= 0;
    date_ |= date_at[t] >= 0;
  }
}

bool SentenceFeatures::Allows(const LineNeeds& needs) const {
  if ((needs.quantity && !quantity_) || (needs.date && !date_)) return false;
  for (uint32_t types : needs.entity_types) {
    if (!(types & entity_bits_)) return false;
  }
  for (const auto& ids : needs.words) {
    if (std::none_of(ids.begin(), ids.end(), [this](int id) { return stamp_[id] == generation_; })) {
      return false;
    }
  }
  return true;
}

}  // namespace sitrep::extract

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
      case PatternElement::Kind::kWord:
        needs.words.push_back(ids[e]);
        needs.word_after.push_back(e > anchor);
        break;
      case PatternElement::Kind::kEntity:
        needs.entity_types.push_back(el.entity_types);
        needs.entity_after.push_back(e > anchor);
        break;
      case PatternElement::Kind::kQuantity:
      case PatternElement::Kind::kQuantityOf:
        (e > anchor ? needs.quantity_after : needs.quantity_before) = true;
        break;
      case PatternElement::Kind::kDate: (e > anchor ? needs.date_after : needs.date_before) = true; break;
      case PatternElement::Kind::kGap: break;
    }
  }
  return needs;
}

LineGate GateOf(const LineNeeds& needs) {
  LineGate gate;
  auto need_one_of = [&gate](uint64_t bits) {
    if (bits == 0) return;  // cannot happen for a real element; never reject on it
    if ((bits & (bits - 1)) == 0) {
      gate.all |= bits;
    } else if (gate.n_any < LineGate::kAny) {
      gate.any[gate.n_any++] = bits;
    }
  };
  if (needs.quantity_before || needs.quantity_after) gate.all |= kQuantityBit;
  if (needs.date_before || needs.date_after) gate.all |= kDateBit;
  for (uint32_t types : needs.entity_types) need_one_of(EntityTypeBits(types));
  for (const auto& ids : needs.words) {
    uint64_t bits = 0;
    for (int id : ids) bits |= WordBit(id);
    need_one_of(bits);
  }
  return gate;
}

void SentenceFeatures::Begin(const std::vector<int>& surface, const std::vector<int>& lemma,
                             const std::vector<uint32_t>& entity_bits,
                             const std::vector<int>& quantity_at, const std::vector<int>& date_at,
                             size_t vocab, uint32_t first, uint32_t end) {
  if (stamp_.size() < vocab) stamp_.resize(vocab, 0), where_.resize(vocab);
  if (++generation_ == 0) {  // wrapped: forget every stamp
    std::fill(stamp_.begin(), stamp_.end(), 0);
    generation_ = 1;
  }
  entity_bits_ = 0;
  for (Range& r : entities_) r = Range{};
  quantities_ = dates_ = Range{};
  signature_ = 0;
  auto add = [this](int id, uint32_t t) {
    if (id < 0) return;
    signature_ |= WordBit(id);
    if (stamp_[id] != generation_) stamp_[id] = generation_, where_[id] = Range{};
    where_[id].Add(t);
  };
  for (uint32_t t = first; t < end; ++t) {
    add(surface[t], t);
    add(lemma[t], t);
    if (uint32_t bits = entity_bits[t]) {
      entity_bits_ |= bits;
      for (int b = 0; b < 6; ++b) {
        if (bits & (1u << b)) entities_[b].Add(t);
      }
    }
    if (quantity_at[t] >= 0) quantities_.Add(t);
    if (date_at[t] >= 0) dates_.Add(t);
  }
  signature_ |= EntityTypeBits(entity_bits_);
  if (quantities_.first <= quantities_.last) signature_ |= kQuantityBit;
  if (dates_.first <= dates_.last) signature_ |= kDateBit;
}

bool SentenceFeatures::Allows(const LineNeeds& needs) const {
  bool quantity = quantities_.first <= quantities_.last, date = dates_.first <= dates_.last;
  if (((needs.quantity_before || needs.quantity_after) && !quantity) ||
      ((needs.date_before || needs.date_after) && !date)) {
    return false;
  }
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

bool SentenceFeatures::AllowsAt(const LineNeeds& needs, uint32_t anchor) const {
  auto side = [anchor](const Range& r, bool after) { return after ? r.After(anchor) : r.Before(anchor); };
  if ((needs.quantity_before && !quantities_.Before(anchor)) ||
      (needs.quantity_after && !quantities_.After(anchor)) ||
      (needs.date_before && !dates_.Before(anchor)) || (needs.date_after && !dates_.After(anchor))) {
    return false;
  }
  for (size_t i = 0; i < needs.entity_types.size(); ++i) {
    bool any = false;
    for (int b = 0; b < 6 && !any; ++b) {
      any = (needs.entity_types[i] & (1u << b)) && side(entities_[b], needs.entity_after[i]);
    }
    if (!any) return false;
  }
  for (size_t i = 0; i < needs.words.size(); ++i) {
    bool after = needs.word_after[i];
    if (std::none_of(needs.words[i].begin(), needs.words[i].end(), [&](int id) {
          return stamp_[id] == generation_ && side(where_[id], after);
        })) {
      return false;
    }
  }
  return true;
}

}  // namespace sitrep::extract

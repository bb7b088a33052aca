// EventBuilder::SplitCoordinated: one clause that tells two events.
//
//   "About 280,000 were cut off in the Rivne region and 215,000 in Volyn"
//       -> outage 280,000 in Rivne region, outage 215,000 in Volyn
//   "its troops had taken Zahryzove, east of Kupiansk, and Krymske"
//       -> capture of Zahryzove, capture of Krymske
//   "Ukrainian troops retook Balakliia, Kupiansk and Izium"
//       -> a recapture of each
//
// The pattern matched the first conjunct; the second repeats its verb by
// ellipsis. The copy keeps everything of the first event but the part the
// second conjunct replaces.
#include <algorithm>
#include <string>

#include "extract/event_builder.h"
#include "extract/lemma.h"

namespace sitrep::extract {
namespace {

constexpr uint32_t kPlaceAfterQuantity = 6;  // "215,000 [were cut off] in Volyn"

bool AnyQuantity(const std::vector<Event>& events, double value) {
  for (const auto& e : events) {
    for (const auto& q : e.quantities) {
      if (q.value == value || (q.max && *q.max == value)) return true;
    }
  }
  return false;
}

}  // namespace

int EventBuilder::PlaceAfter(uint32_t from, uint32_t limit) const {
  auto it = EntitiesFrom(from);
  for (; it != ann_.entities.end() && it->first_token < limit; ++it) {
    int i = static_cast<int>(it - ann_.entities.begin());
    if (!IsPlace(i)) continue;
    std::string prev = it->first_token > 0 ? LowerWord(doc_.TokenText(doc_.tokens[it->first_token - 1])) : "";
    if (prev == "the" && it->first_token >= 2) prev = LowerWord(doc_.TokenText(doc_.tokens[it->first_token - 2]));
    if (prev == "in" || prev == "on" || prev == "near" || prev == "across" || prev == "around") return i;
  }
  return -1;
}

void EventBuilder::SplitCoordinated(size_t si, std::vector<Event>* events) const {
  const Sentence& s = doc_.sentences[si];
  const size_t n = events->size();
  for (size_t k = 0; k < n; ++k) {
    Event e = (*events)[k];
    // Figures with places: "[Q1] ... in [P1] and [Q2] in [P2]".
    if (!e.quantities.empty()) {
      const Quantity& q0 = e.quantities.front();
      auto first = std::find_if(ann_.quantities.begin(), ann_.quantities.end(), [&](const QuantitySpan& q) {
        return q.first_token >= s.first_token && q.end_token <= s.end_token && q.quantity.value == q0.value;
      });
      if (first == ann_.quantities.end()) continue;
      int p1 = PlaceAfter(first->end_token, std::min(first->end_token + kPlaceAfterQuantity, s.end_token));
      if (p1 < 0) continue;
      for (auto q = first + 1; q != ann_.quantities.end() && q->end_token <= s.end_token; ++q) {
        std::string before = LowerWord(doc_.TokenText(doc_.tokens[q->first_token - 1]));
        if (before != "and" && before != ",") continue;
        if (AnyQuantity(*events, q->quantity.value)) continue;
        int p2 = PlaceAfter(q->end_token, std::min(q->end_token + 3, s.end_token));
        if (p2 < 0 || p2 == p1) continue;
        Event copy = e;
        Quantity value = q->quantity;
        value.kind = q0.kind;
        if (value.text.empty()) {
          value.text = std::string(doc_.Slice(doc_.tokens[q->first_token].start, doc_.tokens[q->end_token - 1].end));
        }
        copy.quantities = {std::move(value)};
        copy.location = RefFromSpan(p2, ann_.entities[p2].end_token, true);
        events->push_back(std::move(copy));
        // The first figure's place is the one next to it, not a later one.
        (*events)[k].location = RefFromSpan(p1, ann_.entities[p1].end_token, true);
      }
      continue;
    }
    // People met together: "met Prince William, who was in Paris, and
    // Polish President Andrzej Duda" -> a meeting with each.
    if (e.type == "diplomacy" && !e.target.entity.empty()) {
      auto tgt = std::find_if(ann_.entities.begin(), ann_.entities.end(), [&](const EntitySpan& sp) {
        return sp.first_token >= s.first_token && sp.end_token <= s.end_token && EntityOf(sp) && EntityOf(sp)->id == e.target.entity;
      });
      if (tgt == ann_.entities.end() || entities_[tgt->entity].type != "person") continue;
      for (auto it = tgt + 1; it != ann_.entities.end() && it->end_token <= s.end_token; ++it) {
        const Entity* ent = EntityOf(*it);
        if (ent == nullptr || ent->type != "person" || ent->id == e.target.entity) continue;
        bool joined = false;  // "and" within the four tokens before ("and Polish President")
        for (uint32_t t = it->first_token; t-- > it->first_token - std::min<uint32_t>(4, it->first_token - s.first_token);) {
          if (LowerWord(doc_.TokenText(doc_.tokens[t])) == "and") joined = true;
        }
        if (!joined || ent->id == e.actor.entity) continue;
        Event copy = e;
        copy.target = RefFromSpan(static_cast<int>(it - ann_.entities.begin()), it->end_token, false);
        events->push_back(std::move(copy));
      }
      continue;
    }
    // Targets struck together: "struck a refinery in Saratov and a fuel
    // depot ... in nearby Engels" -> a strike on each town.
    if (e.type == "attack" && !e.location.entity.empty()) {
      auto loc = std::find_if(ann_.entities.begin(), ann_.entities.end(), [&](const EntitySpan& sp) {
        return sp.first_token >= s.first_token && sp.end_token <= s.end_token && EntityOf(sp) && EntityOf(sp)->id == e.location.entity;
      });
      if (loc == ann_.entities.end()) continue;
      bool joined = false;
      for (auto it = loc + 1; it != ann_.entities.end() && it->end_token <= s.end_token; ++it) {
        for (uint32_t t = (it - 1)->end_token; t < it->first_token; ++t) {
          std::string w = LowerWord(doc_.TokenText(doc_.tokens[t]));
          if (w == "and") joined = true;
          if (w == "," || w == "said" || w == "killing" || w == "injuring" || w == "wounding") joined = false;
        }
        const Entity* ent = EntityOf(*it);
        if (!joined || ent == nullptr || !ent->geo || (ent->geo->feature != "city" && ent->geo->feature != "village")) continue;
        if (ent->id == e.location.entity || !PlaceAfterPreposition(static_cast<int>(it - ann_.entities.begin()))) continue;
        Event copy = e;
        copy.location = RefFromSpan(static_cast<int>(it - ann_.entities.begin()), it->end_token, true);
        events->push_back(std::move(copy));
        break;
      }
      continue;
    }
    // Places taken together: "took Zahryzove, east of Kupiansk, and Krymske".
    if (e.type != "territory" || e.location.entity.empty()) continue;
    auto loc = std::find_if(ann_.entities.begin(), ann_.entities.end(), [&](const EntitySpan& sp) {
      return sp.first_token >= s.first_token && sp.end_token <= s.end_token && EntityOf(sp) && EntityOf(sp)->id == e.location.entity;
    });
    if (loc == ann_.entities.end()) continue;
    for (auto it = loc + 1; it != ann_.entities.end() && it->end_token <= s.end_token; ++it) {
      int i = static_cast<int>(it - ann_.entities.begin());
      std::string before = LowerWord(doc_.TokenText(doc_.tokens[it->first_token - 1]));
      if (before == "of" || before == "the") {
        // "and the village of Krymske" is a conjunct; "east of Kupiansk" is not.
        uint32_t t = it->first_token - 1;
        bool conjunct = before == "of" && t >= 3 &&
                        LowerWord(doc_.TokenText(doc_.tokens[t - 2])) == "the" &&
                        LowerWord(doc_.TokenText(doc_.tokens[t - 3])) == "and";
        if (!conjunct) continue;
      } else if (before == ",") {
        // "retook Balakliia, Kupiansk and Izium": a place between a place
        // and a comma or "and" is in the list ("Balakliia, a town ..." is not).
        bool after_place = i > 0 && ann_.entities[i - 1].end_token + 1 == it->first_token && IsPlace(i - 1);
        std::string next = it->end_token < s.end_token ? LowerWord(doc_.TokenText(doc_.tokens[it->end_token])) : "";
        if (!after_place || (next != "," && next != "and")) continue;
      } else if (before != "and") {
        // A verb or a clause boundary ends the list.
        if (before == "." || before == ";") break;
        continue;
      }
      if (!IsPlace(i)) continue;
      const Entity* ent = EntityOf(*it);
      if (ent == nullptr || !ent->geo || (ent->geo->feature != "city" && ent->geo->feature != "village")) continue;
      if (ent->id == e.location.entity) continue;
      Event copy = e;
      copy.location = RefFromSpan(i, it->end_token, true);
      events->push_back(std::move(copy));
    }
  }
}

}  // namespace sitrep::extract

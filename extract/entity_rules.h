// Internal to the entity finder: the state of one sentence while the lexicon
// pass and the context rules take their turns over it.
#ifndef SITREP_EXTRACT_ENTITY_RULES_H_
#define SITREP_EXTRACT_ENTITY_RULES_H_

#include <string_view>
#include <vector>

#include "extract/entity_finder.h"

namespace sitrep::extract {

enum class Mark : uint8_t { kFree, kEntity, kGazetteer, kTitle, kStop, kDemonym };

struct SentenceState {
  const Lexicon& lex;
  std::string_view text;
  const std::vector<Keyed>& items;
  size_t begin, end;
  // Per item of the document (indexed i - base, base = 0), shared by the
  // document's sentences so that each sentence allocates nothing.
  std::vector<Mark>& mark;
  std::vector<int>& title_before;    // title entry ending right before the item, or -1
  std::vector<const std::string*>& title_country;  // country named before that title, or null
  std::vector<Candidate>& found;     // committed candidates
  std::vector<Candidate>& gazetteer; // provisional: gazetteer-only phrases
  size_t base = 0;
  bool headline = false;  // Title Case: capitals say little about names here

  Mark& at(size_t i) { return mark[i - base]; }
  bool Free(size_t i) { return i < end && (at(i) == Mark::kFree || at(i) == Mark::kGazetteer); }
  std::string_view key(size_t i) const { return i < end ? std::string_view(items[i].key) : std::string_view(); }
  bool Capitalized(size_t i) const {
    return i < end && items[i].word && items[i].shape == CaseShape::kCapitalized;
  }
  // Marks [first, end) as taken and drops provisional gazetteer hits there.
  void Take(uint32_t first, uint32_t end, Mark m);
};

void FindOrganizations(SentenceState* s);
void FindUnits(SentenceState* s);
void FindPlacesByContext(SentenceState* s);
// "a group that calls itself Atesh": an organization by its own name.
void FindSelfNamedGroups(SentenceState* s);
void FindPeople(SentenceState* s);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_ENTITY_RULES_H_

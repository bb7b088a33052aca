// The event pattern language: parsing data/patterns/*.pat into rules.
//
// A file holds rules; a rule is a block of lines (data/patterns/README.md
// is the manual):
//
//   rule interception.n_of_m
//     type     interception
//     subtype  drone
//     weight   0.85
//     match    [actor:ORG|GROUP|LOC]? shoot|down|intercept ...3 [intercepted/launched:QTY_OF]
//
// Elements of a `match` line, separated by blanks:
//   strike|shell          a token whose word or lemma is in the set
//   "of"|"out"            a token that is exactly one of these words (any case)
//   [actor:ORG|GROUP]     an entity span of one of the types, bound to a slot
//   [LOC]                 an entity span, not bound
//   [killed:QTY]          a quantity span; the event gets it with that kind
//   [intercepted/launched:QTY_OF]  "20 of 31": value -> first kind, total -> second
//   [DATE]                a date span; it becomes the event's date
//   ...  ...6             a gap of up to 4 (or 6) tokens
//   any element + "?"     optional
#ifndef SITREP_EXTRACT_PATTERN_LANG_H_
#define SITREP_EXTRACT_PATTERN_LANG_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::extract {

// Entity types as bits, so an element can accept several.
enum EntityTypeBit : uint32_t {
  kPerson = 1, kOrganization = 2, kLocation = 4, kWeapon = 8, kMilitaryUnit = 16, kGroup = 32,
  kAnyEntity = 63,
};
// "person" or "PER" -> kPerson, ...; 0 when unknown.
uint32_t EntityTypeFromName(std::string_view name);

struct PatternElement {
  enum class Kind : uint8_t { kLemma, kWord, kEntity, kQuantity, kQuantityOf, kDate, kGap };
  Kind kind = Kind::kLemma;
  std::vector<std::string> words;  // kLemma, kWord: the alternatives, lower case
  uint32_t entity_types = 0;       // kEntity
  std::string slot;                // kEntity: actor|target|location|weapon; kQuantity*: kind
  std::string slot2;               // kQuantityOf: the kind of the total
  int max_gap = 0;                 // kGap
  bool optional = false;
};

struct PatternRule {
  std::string id;       // "interception.n_of_m"
  std::string type;     // one of the 14 event types
  std::string subtype;
  std::string plover;   // empty: the type's default (plover.h)
  double weight = 0.7;  // base confidence
  std::vector<std::vector<PatternElement>> matches;  // alternatives
  std::vector<std::string> unless;  // veto words: not in the match nor 3 tokens around it
  std::vector<std::pair<std::string, double>> constants;  // `quantity captured=1`
  std::string file;     // where it was read, for messages
  int line = 0;
};

// Limits that keep matching cheap; the parser rejects rules beyond them.
inline constexpr int kMaxElements = 24;
inline constexpr int kMaxGap = 12;

// Parses one file's text. `file` names it in error messages
// ("interception.pat:12: unknown element ...").
Result<std::vector<PatternRule>> ParsePatterns(std::string_view text, const std::string& file);

// Parses one `match` line's elements (used by ParsePatterns and by tests).
Result<std::vector<PatternElement>> ParseElements(std::string_view line);

// Reads and parses every *.pat file of a folder, in name order.
Result<std::vector<PatternRule>> LoadPatternDir(const std::string& dir);

// The 14 event types of the record contract.
bool IsEventType(std::string_view type);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_PATTERN_LANG_H_

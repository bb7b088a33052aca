// EntityFinder: the first half of the entity stage. It walks each sentence
// and proposes mentions: lexicon and gazetteer phrases (longest first), then
// context rules for what no list holds: people after titles or with a known
// first name, organizations by their head noun ("... Council", "Ministry of
// ..."), numbered units ("47th Separate Mechanized Brigade"), villages from
// "the village of X", and demonyms that stand for a country's forces.
// EntityResolver (entity_resolver.h) then decides which mentions are one thing.
#ifndef SITREP_EXTRACT_ENTITY_FINDER_H_
#define SITREP_EXTRACT_ENTITY_FINDER_H_

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "sitrep/document.h"

namespace sitrep::extract {

struct Candidate {
  uint32_t first = 0, end = 0;    // item indexes (see Keyed), end exclusive
  std::string_view type;          // person | organization | ... (a literal or a lexicon string)
  std::vector<uint32_t> entries;  // lexicon entries it may be; empty when found by rule
  bool bound = false;             // only bound lexicon phrases matched
  bool weak = false;              // a lone capitalized word: a person only if the surname is known
  std::string role;               // from a title before a person
  std::string country;            // demonyms; possessive country before a title
  std::string feature;            // rule-found places: village | city | region
  uint32_t byte_end = 0;          // when set, the mention ends here inside its token ("UN" of "UN-backed")
  uint32_t demonym_entry = 0;     // demonyms: the lexicon entry
  uint32_t demonym_end = 0;       // demonyms and groups: end of the adjective ("North Korean")
  bool from_demonym = false;      // a country named by its adjective
  bool no_span = false;           // a mention without an annotation span of its own
  uint64_t identity = 0;          // set by the resolver: candidates with one identity are one entity
};

class EntityFinder {
 public:
  explicit EntityFinder(const Lexicon& lexicon) : lex_(lexicon) {}

  // Candidates of one document, in text order, not overlapping.
  std::vector<Candidate> Find(const Document& doc, const std::vector<Keyed>& items) const;

 private:
  void FindInSentence(std::string_view text, const std::vector<Keyed>& items, size_t begin, size_t end,
                      std::vector<Candidate>* out) const;

  const Lexicon& lex_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_ENTITY_FINDER_H_

// EntityResolver: the second half of the entity stage. It turns the
// finder's candidates into one Entity per real thing in the article:
// ambiguous place names are settled by the article's context (countries and
// regions it names, population), surname-only mentions join the person named
// in full ("Syrskyi" → "Oleksandr Syrskyi"), transliteration variants fold
// together, and every spelling seen becomes an alias.
#ifndef SITREP_EXTRACT_ENTITY_RESOLVER_H_
#define SITREP_EXTRACT_ENTITY_RESOLVER_H_

#include <vector>

#include "extract/annotations.h"
#include "extract/entity_finder.h"
#include "sitrep/record.h"

namespace sitrep::extract {

class EntityResolver {
 public:
  explicit EntityResolver(const Lexicon& lexicon) : lex_(lexicon) {}

  void Resolve(const Document& doc, const std::vector<Keyed>& items, std::vector<Candidate> candidates,
               std::vector<Entity>* entities, std::vector<EntitySpan>* spans) const;

 private:
  // Picks the lexicon entry an ambiguous location candidate stands for.
  void ChoosePlaces(const std::vector<Keyed>& items, std::vector<Candidate>* candidates) const;
  // Joins people: surname-only and weak mentions to the full names.
  void JoinPeople(const std::vector<Keyed>& items, std::vector<Candidate>* candidates) const;

  // Gives places found from context the country of a known place near them.
  void GuessCountries(std::vector<Candidate>* candidates) const;
  // Adds the country a demonym stands for as a location mention.
  void AddDemonymCountries(std::vector<Candidate>* candidates) const;

  const Lexicon& lex_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_ENTITY_RESOLVER_H_

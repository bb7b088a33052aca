// A small English lemmatizer for the verbs and nouns of war reporting.
//
// It is guided by a vocabulary: LemmaCandidates() proposes the base forms a
// word could have ("shelled" -> "shell", "shelle"; "casualties" ->
// "casualty"; "struck" -> "strike" from the exception table), and the
// pattern matcher keeps the first candidate its rules know. Without a
// vocabulary, Lemmatize() returns the first candidate. Words are matched
// in lower case; non-ASCII letters are left as they are.
#ifndef SITREP_EXTRACT_LEMMA_H_
#define SITREP_EXTRACT_LEMMA_H_

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

// Lower-cases ASCII letters and folds the typographic apostrophe to "'".
std::string LowerWord(std::string_view word);
// The same into *out (reused by hot loops to avoid allocations).
void LowerWordInto(std::string_view word, std::string* out);

// True when the exception table knows the word ("struck", "took").
bool IsIrregularForm(std::string_view lower);

// Possible lemmas of a lower-case word, most likely first; never includes
// the word itself. Irregular forms come from a built-in exception table.
void LemmaCandidates(std::string_view lower, std::vector<std::string>* out);

// Words whose candidates may include `lemma`: the inverse of the rules
// above ("strike" -> "strikes", "striking", "struck", ...). Used to
// precompute every form of the rules' words once, at compile time.
void InflectedForms(std::string_view lemma, std::vector<std::string>* out);

// The first candidate, or the word itself when it has none.
std::string Lemmatize(std::string_view word);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_LEMMA_H_

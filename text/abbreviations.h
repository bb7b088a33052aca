// The word lists the tokenizer and the sentence splitter share (internal).
//
// An abbreviation keeps its period as part of its token ("Gen.", "Dec.").
// The splitter then asks what kind it is: a title or a "No." is always
// followed by more of the same sentence; a month, "Inc." or "U.S." may also
// end one, which the splitter decides from the word that follows.
#ifndef SITREP_TEXT_ABBREVIATIONS_H_
#define SITREP_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace sitrep::text {

enum class AbbrevKind {
  kNone,      // not an abbreviation: a period after it ends the sentence
  kContinue,  // titles and the like ("Lt.", "Dr.", "St.", "No.", "vs.")
  kMayEnd,    // can close a sentence ("Inc.", "Dec.", "etc.", "U.S.", "W.")
};

// word is the token text without its final period: "Gen", "U.S", "W".
// Case-sensitive ("No" is, "no" is not).
bool IsKnownAbbreviation(std::string_view word);

// Kind of a token that ends with a period ("Gen.", "U.S.", "W.").
AbbrevKind ClassifyAbbreviation(std::string_view token);

// Capitalized words that usually open a sentence and rarely continue a name
// ("The", "He", "But"): after "U.S." or an initial they signal a new one.
bool IsSentenceStarter(std::string_view word);

// Verbs that attribute a quotation ("said", "asked"), in the forms news
// uses after a speaker's name.
bool IsSpeechVerb(std::string_view word);

// The lists are sorted (checked by the tests).
bool AbbreviationListsSorted();

}  // namespace sitrep::text

#endif  // SITREP_TEXT_ABBREVIATIONS_H_

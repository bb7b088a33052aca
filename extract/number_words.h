// Word tables of the quantity pass: number words, scales, currencies,
// qualifiers and the nouns a count may be of (the unit).
//
// The tables are compiled in (extract/number_words.cc) rather than read from
// data/: they are closed-class English words that change with the grammar,
// not with the conflict. Each is sorted once and searched by binary search;
// lookups take folded lower-case text (TokenStream::Low) and never allocate.
//
// Units: a noun after a number ("31 Russian attack drones") is looked up in
// kUnits, plural or singular, and reported by its singular lemma ("drone").
// Collective nouns keep their own form ("people", "personnel", "aircraft").
// The list covers weapons, vessels, vehicles, people and their roles,
// places and buildings, distances and durations; a noun not in it gives no
// unit (the number is still a quantity).
#ifndef SITREP_EXTRACT_NUMBER_WORDS_H_
#define SITREP_EXTRACT_NUMBER_WORDS_H_

#include <string_view>

namespace sitrep::extract {

// "zero".."ninety", "twenty-seven": the value, or -1.
int SmallNumberWord(std::string_view w);

// Power of ten of a scale word: "hundred" 2, "thousand" 3, "million" 6,
// "billion" 9, "trillion" 12; with abbreviated = true also "k", "m", "mn",
// "mln", "b", "bn", "bln", "tn". -1 if none.
int ScaleWord(std::string_view w, bool abbreviated);

// Vague plurals: "dozens" 12, "scores" 20, "tens" 10, "hundreds" 100,
// "thousands" 1000, "millions", "billions". 0 if none.
double VaguePlural(std::string_view w);

// Fraction words: "half" 0.5, "third" 1/3, "quarter" 0.25, and the plural
// forms after a numerator ("two-thirds"). 0 if none.
double FractionWord(std::string_view w);

// ISO 4217 code of a currency symbol ("$", "€", "£", "₴", "₽"), a code word
// ("usd", "uah") or a currency noun after the number ("dollars", "euros",
// "hryvnias", "rubles"). Empty if none.
std::string_view CurrencySymbol(std::string_view w);
std::string_view CurrencyCode(std::string_view w);
std::string_view CurrencyNoun(std::string_view w);
// Like CurrencyNoun, for words that are money only after a scale word
// ("350 million pounds"): pound, kroner, yen, francs, zloty.
std::string_view ScaledCurrencyNoun(std::string_view w);

// Singular lemma of a unit noun, or empty.
std::string_view UnitLemma(std::string_view w);

// Words that end the search for a unit after a number: function words,
// auxiliaries and the verbs of war reports ("5 were killed", "10 fired at").
bool UnitStopWord(std::string_view w);

// A qualifier phrase ending just before a number.
struct QualifierMatch {
  int words = 0;               // how many tokens the phrase spans (0: none)
  std::string_view qualifier;  // approx | at_least | at_most | exact
};
// `words` holds the folded tokens before the number, nearest last.
QualifierMatch MatchQualifier(const std::string_view* words, int count);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_NUMBER_WORDS_H_

// Keys for matching names across spellings, case and scripts.
//
//   FoldKey("Zelenskiy’s")  -> "zelensky"     (case, script, possessive, -iy/-yi/-yy)
//   FoldKey("Київ")         -> "kyiv"         (Cyrillic through ICU, then ASCII)
//   NameKey("Halushchenko") == NameKey("Galushchenko")  (looser: kh/h, g/h, zh, ie/ye, doubles)
//
// FoldKey is what lexicon phrases and text tokens are compared by; NameKey
// only decides whether two person names seen in one article are one person.
#ifndef SITREP_EXTRACT_TRANSLITERATE_H_
#define SITREP_EXTRACT_TRANSLITERATE_H_

#include <string>
#include <string_view>

namespace sitrep::extract {

// Lowercase ASCII form of one word: non-ASCII letters are transliterated
// (Cyrillic-Latin; Latin-ASCII), typographic apostrophes become "'", a final
// possessive "'s" is dropped, and the endings iy|yi|yy|ij fold to "y".
[[nodiscard]] std::string FoldKey(std::string_view word);

// A looser key of a FoldKey'd word for transliteration variants of names.
[[nodiscard]] std::string NameKey(std::string_view folded);

// Letter-case shape of a word, read from its first letter and its letters.
enum class CaseShape { kLower, kCapitalized, kAllCaps, kOther };
[[nodiscard]] CaseShape ShapeOf(std::string_view word);

// FoldKey and ShapeOf of an ASCII word that has no possessive ending, in
// one pass, into *key (reused). False, with nothing written, when the word
// is not ASCII. KeyTokens runs this on every token of every document.
bool FoldAsciiWord(std::string_view word, std::string* key, CaseShape* shape);

// Length in bytes of a possessive "'s" / "’s" ending of word, else 0.
[[nodiscard]] size_t PossessiveSuffix(std::string_view word);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_TRANSLITERATE_H_

// sitrep/text.h — from an Article's raw body to a Document.
//
//   sitrep::Document doc = sitrep::MakeDocument(std::move(article));
//   for (const auto& s : doc.sentences) use(doc.Slice(s.start, s.end));
//
// Cleaning never fails: invalid UTF-8 is replaced by U+FFFD and reported in
// Document::warnings, stray HTML entities are decoded, the text is put in NFC
// and its whitespace normalized (see sitrep/document.h).
#ifndef SITREP_TEXT_H_
#define SITREP_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/article.h"
#include "sitrep/document.h"

namespace sitrep {

struct TextOptions {
  // A "sentence" longer than this (a table flattened to text, a run-on list)
  // is cut at the nearest token boundary, so later stages have a bound.
  size_t max_sentence_bytes = 2000;
};

// Repairs, decodes, NFC-normalizes and normalizes whitespace. Appends a
// message to *warnings for every kind of repair made (may be null).
std::string CleanText(std::string_view raw, std::vector<std::string>* warnings);

// Tokens of text, with byte offsets. Every byte that is not a space or a
// line break belongs to exactly one token:
//   words     runs of letters/digits of any script, joined by an inner hyphen
//             or apostrophe before a letter ("pro-Russian", "O'Brien"); an
//             abbreviation or initial keeps its period ("U.S.", "Gen.", "W.")
//   "’s"      a possessive is split off ("Ukraine" "’s")
//   numbers   ASCII digits with inner "," or "." ("11,000", "1.5"); letters
//             after them start a new token ("50" "bn")
//   symbols   "$" "€" "£" "%" "&" and other currency/math/other symbols,
//             emoji: one code point each
//   punct     every other character alone, except that a run of dots or
//             ellipses ("...", "…") and a run of dashes ("--", "—") is one
std::vector<Token> Tokenize(std::string_view text);

// Sentences of text, given its tokens: a line break always ends one
// (headlines, list items); otherwise . ! ? and ellipses do, taking closing
// quotes and brackets along, unless a lowercase word or a comma follows.
// Abbreviations ("Gen.", "U.S.") end a sentence only before a word that
// usually opens one ("The", "He"). Sentences cover all tokens in order.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const TextOptions& options = {});

// The whole stage: clean, tokenize, split, hash.
Document MakeDocument(Article article, const TextOptions& options = {});

// ASCII form of typographic punctuation: ’ ‘ → ', “ ” → ", – — ‒ → -, … → ...
// Other text is returned unchanged. Used by matchers, never to rewrite text.
std::string AsciiFold(std::string_view s);

// Stable hex content hash (128-bit XXH3) of a cleaned text.
std::string ContentHash(std::string_view text);

}  // namespace sitrep

#endif  // SITREP_TEXT_H_

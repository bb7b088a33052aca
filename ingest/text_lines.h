// Internal to ingest/: plain text as a list of lines, the shapes of lines
// (headline, byline, date, name) and the site furniture around articles.
#ifndef SITREP_INGEST_TEXT_LINES_H_
#define SITREP_INGEST_TEXT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::ingest {

struct TextLine {
  std::string_view text;      // trimmed, never empty
  bool blank_before = false;  // a blank line separates it from the previous one
};

// The non-blank lines of text.
std::vector<TextLine> SplitLines(std::string_view text);

// Lines [begin, end) as a body: site furniture dropped, the closing
// furniture cut (see FurnitureKind), paragraphs separated by "\n\n" and
// lines within one by "\n". When the text has no blank lines at all each
// line is taken as a paragraph (`lines_are_paragraphs`).
std::string JoinBody(const std::vector<TextLine>& lines, size_t begin, size_t end, bool lines_are_paragraphs);

// True when no blank line separates paragraphs and some line is too long
// for a hard-wrapped text.
bool LinesAreParagraphs(const std::vector<TextLine>& lines);

enum class FurnitureKind {
  kNone,
  kLine,  // "Share this article", "Advertisement": dropped wherever it stands
  kTail,  // "Related articles", "Most viewed": it and the short lines after it end the article
};
FurnitureKind ClassifyFurniture(std::string_view line);

// A line that can be a title: short, at least two words, not starting in
// lower case, no closing sentence punctuation.
bool IsHeadlineLike(std::string_view line, size_t max_bytes = 150);

// A short line such as "Russia-Ukraine War" or "Analysis" that labels the
// article after it on a listing page.
bool IsCategoryLike(std::string_view line);

// "Jane Doe", "Oksana Kovalenko and John Smith": a short run of capitalized words.
bool IsNameLike(std::string_view line);

// Lower case, inner whitespace collapsed, edge punctuation (":", "»", "•") removed.
std::string NormalizeForMatch(std::string_view line);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_TEXT_LINES_H_

// Internal to ingest/: text saved from a news site's listing page, where
// each article stands behind its title and a byline block:
//
//   Russia-Ukraine War          <- category (dropped)
//   Some Headline Here          <- title
//   Published / on / By / date  <- byline block: short lines (dropped)
//   body paragraphs...
//
// A section heading inside an article has no byline block after it and so
// starts nothing.
#ifndef SITREP_INGEST_LISTING_TEXT_H_
#define SITREP_INGEST_LISTING_TEXT_H_

#include <string>
#include <vector>

#include "ingest/text_lines.h"

namespace sitrep::ingest {

struct TextArticleSpan {
  size_t title = 0;       // index of the title line
  size_t body_begin = 0;  // first line after the byline block
  size_t body_end = 0;    // one past the last body line (before the next category or title)
  std::string published;  // YYYY-MM-DD when the byline block holds a date
};

// Every title + byline block in the lines, in order; empty when there is
// none (then the text is one plain article).
std::vector<TextArticleSpan> FindBylinedArticles(const std::vector<TextLine>& lines);

// The index after the byline block that starts at lines[i] (i itself when
// none does). Sets *published from a date in the block, and *keyword when
// the block holds more than dates ("Published", "By ...").
size_t SkipBylineBlock(const std::vector<TextLine>& lines, size_t i, std::string* published, bool* keyword);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_LISTING_TEXT_H_

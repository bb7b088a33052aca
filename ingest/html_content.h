// Internal to ingest/: where on a page the article text is. A page holds one
// article (the <article> element, the articleBody, <main>, or else the block
// with the most paragraph text and few links) or, on a listing page, several:
// <article> elements or repeated story blocks, each with its own heading.
#ifndef SITREP_INGEST_HTML_CONTENT_H_
#define SITREP_INGEST_HTML_CONTENT_H_

#include <vector>

#include "ingest/html_dom.h"

namespace sitrep::ingest {

struct ContentPart {
  std::vector<int> roots;  // subtrees whose text is the body, in page order
  int scope = -1;          // where the article's own headline and <time> are
  int heading = -1;        // its headline element, -1 when none was found
};

// On a page with several <article> elements, marks those with too little
// text to be a story (teasers: a headline and a line) as dropped.
void DropTeasers(FlatDom& dom);

// The articles of a page whose furniture is already marked; one part for a
// single article, several for a listing page, none for a page without text.
std::vector<ContentPart> FindContent(const FlatDom& dom);

// The date of the article at `scope`, not yet normalized: its first <time>
// (datetime attribute, else text), else the first element marked as a date
// (itemprop=datePublished, class "date", "byline", "published"...). Dropped
// parts are searched too: bylines hold dates. "" when none.
std::string TimeIn(const FlatDom& dom, int scope);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_CONTENT_H_

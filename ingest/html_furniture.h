// Internal to ingest/: what on a news page is site furniture rather than
// article text — by element (nav, aside, scripts), by class/id/role names
// ("share", "related", "cookie-banner"), and by line ("Read more", "© 2024").
#ifndef SITREP_INGEST_HTML_FURNITURE_H_
#define SITREP_INGEST_HTML_FURNITURE_H_

#include <string_view>

#include "ingest/html_dom.h"

namespace sitrep::ingest {

// A short line that is site furniture: "Continue Reading", "Most Viewed",
// "Advertisement", a copyright or cookie notice, a "Published on ... By ..."
// byline.
bool IsFurnitureLine(std::string_view line);

// A line that is only a date ("17.10.2024", "Tuesday, 19 November 2024 14:05").
bool IsDateLine(std::string_view line);

// Whether a class/id/role/aria-label string names furniture.
bool IsFurnitureName(std::string_view names);

enum class Furniture {
  kNonText,    // scripts, styles, form controls, hidden elements: for fragments
  kStructure,  // also nav, header outside <article>, footer, aside, form
  kAll,        // also elements whose class/id/role names furniture
};

// Sets FlatNode::dropped on what `level` names, except, above kNonText, on
// elements that hold the article: ancestors of <article>, <main> or
// [itemprop=articleBody], and elements holding most of the page's paragraph
// text. Leaves text counts up to date.
void MarkFurniture(FlatDom& dom, Furniture level);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_FURNITURE_H_

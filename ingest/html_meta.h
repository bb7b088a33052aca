// Internal to ingest/: article metadata from an HTML page's meta tags,
// canonical link, <title> and JSON-LD (schema.org NewsArticle and kin).
#ifndef SITREP_INGEST_HTML_META_H_
#define SITREP_INGEST_HTML_META_H_

#include <string>
#include <string_view>

#include "ingest/dates.h"
#include <vector>

#include "ingest/html_dom.h"

namespace sitrep::ingest {

// Every candidate found, by source; html.cc decides which one wins.
struct PageMeta {
  std::string og_title, twitter_title, ld_headline, title_tag;
  std::string og_site_name, ld_publisher, application_name;
  std::string meta_published, ld_published, meta_date;  // already "YYYY-MM-DD"
  std::string canonical, og_url, ld_url;
  std::string ld_body;
};

// Reads meta/link/title elements of `dom` and the JSON-LD scripts' texts.
PageMeta CollectMeta(const FlatDom& dom, const std::vector<std::string>& json_ld);

// Reads schema.org article fields out of one JSON-LD text (an object, an
// array, or an object with "@graph"); fills only fields still empty.
void ReadJsonLd(std::string_view text, PageMeta* meta);

// Dates are normalized by NormalizeDate in ingest/dates.h, shared with the
// other formats.

// "Title | Site" -> "Title" when the suffix after " | ", " - ", " – ", " — "
// or " · " equals `site` (case-insensitively); otherwise `title` unchanged.
std::string StripSiteSuffix(std::string_view title, std::string_view site);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_META_H_

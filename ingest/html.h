// Internal to ingest/: HTML pages to articles.
#ifndef SITREP_INGEST_HTML_H_
#define SITREP_INGEST_HTML_H_

#include <string>
#include <string_view>

#include "sitrep/ingest.h"

namespace sitrep::ingest {

// One article per page, or one per <article> element when a listing page
// holds several (Article::part numbers them). Metadata from <title>, og: and
// article: meta tags, <time datetime>, the canonical link and JSON-LD
// NewsArticle; the body without navigation and site furniture.
// A page without article text, or larger than options.max_document_bytes, is
// reported through `problems` ("NAME: HTML page holds no article text") and
// yields nothing; the return value is then still OK, so that a caller that
// also reports returned errors does not report the page twice.
Status ParseHtml(const std::string& name, std::string_view html, const IngestOptions& options,
                 const ArticleSink& sink, const ProblemSink& problems);

// The readable text of an HTML fragment (a feed item's content): block
// elements become paragraphs ("\n\n"), list items lines, scripts dropped.
std::string HtmlToText(std::string_view html_fragment);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_H_

// sitrep/article.h — what ingest hands to the rest of the pipeline.
//
// An Article is one news article as found in the input: its metadata and its
// body as text (markup already removed, paragraphs separated by blank lines).
// The body may still hold invalid UTF-8, odd whitespace or unnormalized
// Unicode: text/ (sitrep/text.h) cleans it into a Document.
#ifndef SITREP_ARTICLE_H_
#define SITREP_ARTICLE_H_

#include <string>
#include <vector>

namespace sitrep {

struct Article {
  std::string source;     // path or URL it came from; "FILE:LINE" for JSON Lines
  int part = 0;           // index of the article within its source (listing pages, feeds)
  std::string title;
  std::string outlet;
  std::string url;
  std::string published;  // ISO 8601 date "YYYY-MM-DD" (or longer), empty if unknown
  std::string body;       // article text; paragraphs separated by "\n\n"
  std::string format;     // "text", "html", "rss", "atom", "jsonl" (with "+gzip")
  std::vector<std::string> warnings;  // problems repaired on the way, for the user
};

}  // namespace sitrep

#endif  // SITREP_ARTICLE_H_

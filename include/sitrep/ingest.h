// sitrep/ingest.h — read news articles out of files, folders and stdin.
//
//   sitrep::IngestOptions options;
//   options.default_published = "2024-12-17";
//   sitrep::Status s = sitrep::ReadInput("feeds/", options,
//       [](sitrep::Article a) { process(std::move(a)); },
//       [](const sitrep::Status& problem) { report(problem); });
//
// Formats, told apart by content first and file name second:
//   plain text (optional "URL:", "TITLE:", "OUTLET:", "DATE:" header lines,
//   then a blank line), text scraped from a listing page (several articles,
//   each behind its title and a "Published / on / By" block), HTML pages
//   (one article, or several <article> elements), RSS 2.0 and Atom feeds,
//   JSON Lines; and gzip-compressed forms of each. A folder is read
//   recursively in name order; "-" is standard input.
//
// Budgets: no article may be larger than max_article_bytes, and no file is
// held in memory whole unless its format needs it (HTML, feeds) and it is
// under max_document_bytes. JSON Lines and text are streamed. A problem with
// one article or one file is reported through the problem callback, with the
// file named, and reading goes on with the next.
#ifndef SITREP_INGEST_H_
#define SITREP_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>

#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep {

struct IngestOptions {
  size_t max_article_bytes = 8u << 20;    // 8 MiB of text per article
  size_t max_document_bytes = 64u << 20;  // 64 MiB for one HTML page or feed
  std::string default_published;          // fills Article::published when the input has none
  std::string default_outlet;             // fills Article::outlet when the input has none
};

using ArticleSink = std::function<void(Article)>;
using ProblemSink = std::function<void(const Status&)>;

// Reads one path (file, folder or "-"). Articles go to `sink` as they are
// read; per-article and per-file problems go to `problems`. Returns OK when
// every file was read without problem, else the first problem seen.
Status ReadInput(const std::string& path, const IngestOptions& options, const ArticleSink& sink,
                 const ProblemSink& problems);

// Reads one in-memory input, as if it were a file named `name`.
Status ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                  const ArticleSink& sink, const ProblemSink& problems);

}  // namespace sitrep

#endif  // SITREP_INGEST_H_

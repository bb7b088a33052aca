// Internal to ingest/: the reader of one input and one parser per format.
//
// ReadInput finds the files; ReadStream (dispatch.cc) peeks at each one's
// first bytes, inflates gzip, refuses binary data, tells the format and
// calls its parser. Every parser hands articles and problems to an Input,
// which applies the defaults and the article budget and reports each
// problem once.
#ifndef SITREP_INGEST_FORMATS_H_
#define SITREP_INGEST_FORMATS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/source.h"
#include "sitrep/ingest.h"

namespace sitrep::ingest {

class Input {
 public:
  Input(std::string name, const IngestOptions& options, const ArticleSink& sink, const ProblemSink& problems)
      : name_(std::move(name)), options_(options), sink_(sink), problems_(problems) {}
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;

  const std::string& name() const { return name_; }
  const IngestOptions& options() const { return options_; }
  void set_compressed(bool compressed) { compressed_ = compressed; }

  // Fills what the input left empty from the options, marks gzip in the
  // format, refuses an article over max_article_bytes, then hands it on.
  void Emit(Article article);
  // Reports a problem, unless it is the one just reported (a parser that
  // both reports and returns a problem is counted once).
  void Problem(const Status& problem);
  // The same two, as the public callback types.
  ArticleSink article_sink() {
    return [this](Article a) { Emit(std::move(a)); };
  }
  ProblemSink problem_sink() {
    return [this](const Status& s) { Problem(s); };
  }

  const Status& first_problem() const { return first_problem_; }
  size_t articles() const { return articles_; }

 private:
  std::string name_;
  const IngestOptions& options_;
  const ArticleSink& sink_;
  const ProblemSink& problems_;
  bool compressed_ = false;
  size_t articles_ = 0;
  Status first_problem_;
  std::string last_problem_;
};

// kJsonDocument: one JSON object, or an array of them, spread over lines
// (a ".json" file that is not JSON Lines).
enum class Format { kText, kHtml, kFeed, kJsonLines, kJsonDocument };

// The format of an input from its first bytes (already inflated), and from
// its name's extension ("x.rss.gz" counts as ".rss") when the bytes say only
// "text".
Format SniffFormat(std::string_view head, std::string_view name);
// NUL bytes, or many control bytes: a PDF, an image, an archive.
bool LooksBinary(std::string_view head);
// ".png", ".pdf", ".zip"...: files in a folder that cannot hold articles.
bool IsNonInputExtension(std::string_view name);
// README, LICENSE and the like: a folder's own documentation, not an article.
bool IsFolderDocumentation(std::string_view path);

// Reads one stream whose size, when known, is `size`.
void ReadStream(Input& input, std::unique_ptr<ByteSource> source, std::optional<uint64_t> size);

// Plain text, or text scraped from a listing page holding several articles.
void ParseText(Input& input, std::string_view bytes);
// RSS 2.0, RSS 1.0 (RDF) and Atom, parsed as the bytes stream in.
void ParseFeed(Input& input, ByteSource& source);
// JSON Lines, one article a line, streamed.
void ParseJsonLines(Input& input, ByteSource& source);
// A whole JSON document: an article object or an array of them.
void ParseJsonDocument(Input& input, std::string_view bytes);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_FORMATS_H_

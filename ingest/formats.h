// Internal to ingest/: one parser per input format. Each takes the whole
// input (already decompressed) and hands articles to the sink.
#ifndef SITREP_INGEST_FORMATS_H_
#define SITREP_INGEST_FORMATS_H_

#include <string>
#include <string_view>

#include "sitrep/ingest.h"

namespace sitrep::ingest {

// Plain text: optional "URL:", "TITLE:", "OUTLET:", "DATE:" header lines then
// a blank line; the rest is the body.
Status ParsePlainText(const std::string& name, std::string_view bytes, const IngestOptions& options,
                      const ArticleSink& sink, const ProblemSink& problems);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_FORMATS_H_

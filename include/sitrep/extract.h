// sitrep/extract.h — from a Document to a Record: entities and events.
//
//   auto extractor = sitrep::Extractor::Open("data/");   // compile once
//   if (!extractor.ok()) die(extractor.status());
//   sitrep::Record r = extractor->Extract(std::move(doc)); // many times, any thread
//
// An Extractor holds the compiled, immutable resources (gazetteer, lexicons,
// event patterns) read from the data folder. Extract() is const and safe to
// call from many threads at once.
#ifndef SITREP_EXTRACT_H_
#define SITREP_EXTRACT_H_

#include <memory>
#include <string>

#include "sitrep/document.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep {

class Extractor {
 public:
  // Reads and compiles the resources under data_dir.
  static Result<std::shared_ptr<const Extractor>> Open(const std::string& data_dir);

  Record Extract(Document doc) const;

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  struct Resources;  // defined in extract/; opaque to users

 private:
  explicit Extractor(std::unique_ptr<Resources> resources);
  std::unique_ptr<Resources> resources_;
};

// The data folder to use when none is given: $SITREP_DATA, else the data/
// folder installed beside the binary or in the source tree it was built from.
std::string DefaultDataDir();

}  // namespace sitrep

#endif  // SITREP_EXTRACT_H_

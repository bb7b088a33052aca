// Extractor: owns the compiled resources and runs the extraction passes.
#include <filesystem>

#include "extract/annotations.h"
#include "extract/dates.h"
#include "extract/entity_recognizer.h"
#include "extract/events.h"
#include "extract/quantities.h"
#include "sitrep/extract.h"

namespace sitrep {

// The compiled resources of every pass, built once by Open and shared,
// read-only, by all threads. A new pass adds its member here.
struct Extractor::Resources {
  std::string data_dir;
  std::unique_ptr<extract::EntityRecognizer> entities;
  std::unique_ptr<EventExtractor> events;
};

Extractor::Extractor(std::unique_ptr<Resources> resources) : resources_(std::move(resources)) {}
Extractor::~Extractor() = default;

Result<std::shared_ptr<const Extractor>> Extractor::Open(const std::string& data_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(data_dir, ec)) {
    return Status::NotFound("data folder " + data_dir +
                            " does not exist; set SITREP_DATA or pass --data");
  }
  auto resources = std::make_unique<Resources>();
  resources->data_dir = data_dir;
  auto entities = extract::EntityRecognizer::Open(data_dir);
  if (!entities.ok()) return entities.status();
  resources->entities = std::move(entities).value();
  auto events = EventExtractor::Open(data_dir);
  if (!events.ok()) return events.status();
  resources->events = std::move(events).value();
  return std::shared_ptr<const Extractor>(new Extractor(std::move(resources)));
}

Record Extractor::Extract(Document doc) const {
  Record record;
  record.doc = std::move(doc);
  extract::Annotations annotations;
  resources_->entities->Find(record.doc, &record.entities, &annotations.entities);
  for (const Sentence& s : record.doc.sentences) {
    auto quantities = extract::FindQuantities(record.doc, s);
    annotations.quantities.insert(annotations.quantities.end(), quantities.begin(), quantities.end());
    auto dates = extract::FindDates(record.doc, s);
    annotations.dates.insert(annotations.dates.end(), dates.begin(), dates.end());
  }
  extract::ResolveNarrativeDates(record.doc, &annotations.dates);
  record.events = resources_->events->Find(record.doc, annotations, record.entities);
  return record;
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("SITREP_DATA"); env && *env) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (auto candidate : {exe.parent_path() / "data", exe.parent_path().parent_path() / "data",
                           exe.parent_path().parent_path() / "share" / "sitrep" / "data"}) {
      if (std::filesystem::is_directory(candidate, ec)) return candidate.string();
    }
  }
#ifdef SITREP_SOURCE_DATA_DIR
  return SITREP_SOURCE_DATA_DIR;
#else
  return "data";
#endif
}

}  // namespace sitrep

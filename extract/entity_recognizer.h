// EntityRecognizer: the entity stage of extract/. Names of people, places,
// organizations, weapons, units and groups, one Entity per real thing, with
// every mention's byte offsets.
//
//   auto rec = EntityRecognizer::Open("data");   // lexicons + gazetteer, once
//   std::vector<Entity> entities;
//   std::vector<extract::EntitySpan> spans;      // token spans for the event pass
//   (*rec)->Find(doc, &entities, &spans);        // any thread
//
// Resources (formats in data/README.md): data/lexicons/*.tsv, curated and
// committed; data/gazetteer.tsv, built by `make setup` from npm packages.
#ifndef SITREP_EXTRACT_ENTITY_RECOGNIZER_H_
#define SITREP_EXTRACT_ENTITY_RECOGNIZER_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/annotations.h"
#include "extract/entity_finder.h"
#include "extract/entity_resolver.h"
#include "extract/lexicon.h"
#include "sitrep/document.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep::extract {

class EntityRecognizer {
 public:
  // Reads data_dir/lexicons/ and data_dir/gazetteer.tsv.
  static Result<std::unique_ptr<EntityRecognizer>> Open(const std::string& data_dir);
  // The same with the two places given apart (tests use a small gazetteer).
  static Result<std::unique_ptr<EntityRecognizer>> Open(const std::string& lexicon_dir,
                                                        const std::string& gazetteer_path);

  // Entities of doc in order of first mention (ids e1, e2, ...), and the
  // token spans of their mentions in order. A demonym that is not part of a
  // group ("Polish President", "Russian missiles") has a span of its own:
  // type "demonym", entity -1, country set.
  void Find(const Document& doc, std::vector<Entity>* entities, std::vector<EntitySpan>* spans) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit EntityRecognizer(std::unique_ptr<Lexicon> lexicon);

  std::unique_ptr<Lexicon> lexicon_;
  EntityFinder finder_;
  EntityResolver resolver_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_ENTITY_RECOGNIZER_H_

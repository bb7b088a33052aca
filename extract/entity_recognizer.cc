#include "extract/entity_recognizer.h"

namespace sitrep::extract {

EntityRecognizer::EntityRecognizer(std::unique_ptr<Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), finder_(*lexicon_), resolver_(*lexicon_) {}

Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Open(const std::string& data_dir) {
  return Open(data_dir + "/lexicons", data_dir + "/gazetteer.tsv");
}

Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Open(const std::string& lexicon_dir,
                                                                 const std::string& gazetteer_path) {
  auto lexicon = Lexicon::Load(lexicon_dir, gazetteer_path);
  if (!lexicon.ok()) return lexicon.status();
  return std::unique_ptr<EntityRecognizer>(new EntityRecognizer(std::move(lexicon).value()));
}

void EntityRecognizer::Find(const Document& doc, std::vector<Entity>* entities,
                            std::vector<EntitySpan>* spans) const {
  std::vector<Keyed> items = KeyTokens(doc.text, doc.tokens);
  std::vector<Candidate> candidates = finder_.Find(doc, items);
  resolver_.Resolve(doc, items, std::move(candidates), entities, spans);
}

}  // namespace sitrep::extract

// The event pass: compiled patterns in, Event records out.
//
//   auto ex = EventExtractor::Open("data");          // reads data/patterns/*.pat
//   if (!ex.ok()) return ex.status();
//   std::vector<Event> events = (*ex)->Find(doc, annotations, entities);
//
// Find() is const and keeps no state between calls, so one extractor serves
// every thread. For each sentence the matcher collects the rules that fire;
// each match becomes an Event (event_builder.h), events of one sentence that
// tell the same thing are merged, and ids v1, v2, ... are given in text order.
#ifndef SITREP_EXTRACT_EVENTS_H_
#define SITREP_EXTRACT_EVENTS_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/annotations.h"
#include "extract/pattern_matcher.h"
#include "sitrep/document.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep {

class EventExtractor {
 public:
  // Reads and compiles data_dir/patterns/*.pat.
  static Result<std::unique_ptr<EventExtractor>> Open(const std::string& data_dir);
  // Compiles rules given in memory (tests, tools).
  static Result<std::unique_ptr<EventExtractor>> FromRules(std::vector<extract::PatternRule> rules);

  std::vector<Event> Find(const Document& doc, const extract::Annotations& ann,
                          const std::vector<Entity>& entities) const;

  const extract::PatternMatcher& matcher() const { return matcher_; }

 private:
  EventExtractor() = default;
  std::vector<Event> FindValid(const Document& doc, const extract::Annotations& ann,
                               const std::vector<Entity>& entities) const;
  extract::PatternMatcher matcher_;
};

}  // namespace sitrep

#endif  // SITREP_EXTRACT_EVENTS_H_

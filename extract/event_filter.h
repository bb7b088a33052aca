// Which matches report no event: commentary, background and generic
// mentions ("the strike underscores...", "amid Russian strikes", "Ukraine's
// ability to strike", "recent attacks have been damaging"), and events of a
// sentence that restate another one of it.
#ifndef SITREP_EXTRACT_EVENT_FILTER_H_
#define SITREP_EXTRACT_EVENT_FILTER_H_

#include <string>
#include <vector>

#include "extract/annotations.h"
#include "extract/pattern_matcher.h"
#include "sitrep/document.h"
#include "sitrep/record.h"

namespace sitrep::extract {

// True when the match is background to the story rather than an event. An
// event with a number ("downing 15 of 16 drones") is always kept.
bool IsBackground(const Document& doc, const Annotations& ann, const Sentence& s,
                  const PatternMatch& m, const Event& e);

// True when what the match tells is not done, and said only inside a quote:
// '"Now maybe they will stop hitting us."', '"The point is not only to hit
// targets"'. A deed quoted as done ('"We shot down 20 drones," he said') and
// what a statement quotes stay events.
bool QuotedNonEvent(const Document& doc, const Sentence& s, const PatternMatch& m, const Event& e);

// True when a deed on the ground is only a condition or a purpose: "if his
// country were attacked", "needs longer-range weapons to hit supply lines".
bool HypotheticalDeed(const Document& doc, const Sentence& s, const PatternMatch& m, const Event& e);

// True when the match tells no event at all: a toll denied with its count
// ("its crew of 19 were not hurt": 19 is who was not hurt), or a deed named
// only as what someone did or did not comment on ("HUR did not comment on
// the arrests").
bool NothingTold(const Document& doc, const Sentence& s, const PatternMatch& m, const Event& e);

// True when the match names again, by "the strike" or "this attack", an
// event of the article already told, and adds no number or other place.
bool RestatesEarlier(const Document& doc, const Sentence& s, const PatternMatch& m,
                     const Event& e, const std::vector<Event>& earlier);

// Drops the events of one sentence that restate another: the damage of an
// attack told by its interception, a strike that is a ground attack, and an
// assault that is the attack. (The damage a strike does stays its own
// infrastructure event; damage told after an attack dropped as background
// goes with it, in events.cc, which knows where each trigger stands.)
void PruneSentenceEvents(std::vector<Event>* events);

// A plain remark (rule statement.remark) is an event only when its sentence
// tells nothing else and its speaker has no statement earlier in the report:
// a person's first on-record remark, not every quote.
// `held`, if given, gets the remarks dropped only for the deed the sentence
// tells (not for being a repeat): the caller keeps one if that deed folds
// into one the report already has.
void KeepFirstRemark(const std::vector<Event>& earlier, std::vector<Event>* events,
                     std::vector<Event>* held = nullptr);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EVENT_FILTER_H_

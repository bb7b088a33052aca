// EventExtractor: match each sentence, build its events, merge, number.
#include "extract/events.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "extract/attribution.h"
#include "extract/discourse.h"
#include "extract/event_builder.h"
#include "extract/event_filter.h"
#include "extract/lower_tokens.h"

namespace sitrep {

Result<std::unique_ptr<EventExtractor>> EventExtractor::FromRules(
    std::vector<extract::PatternRule> rules) {
  std::unique_ptr<EventExtractor> ex(new EventExtractor());
  for (auto& r : rules) {
    if (Status s = ex->matcher_.Add(std::move(r)); !s.ok()) return s;
  }
  if (Status s = ex->matcher_.Compile(); !s.ok()) return s;
  return ex;
}

Result<std::unique_ptr<EventExtractor>> EventExtractor::Open(const std::string& data_dir) {
  auto rules = extract::LoadPatternDir(data_dir + "/patterns");
  if (!rules.ok()) return rules.status().WithContext("event patterns");
  return FromRules(std::move(rules.value()));
}

namespace {

// Spans must lie inside the document, be sorted and not overlap (the
// contract of annotations.h); a pass that breaks it loses the bad spans
// here rather than crashing this one.
template <typename Span>
bool SpansValid(const std::vector<Span>& spans, size_t tokens) {
  uint32_t last_end = 0;
  for (const auto& s : spans) {
    if (s.first_token >= s.end_token || s.end_token > tokens || s.first_token < last_end) return false;
    last_end = s.end_token;
  }
  return true;
}

template <typename Span>
void KeepValid(std::vector<Span>* spans, size_t tokens) {
  std::vector<Span> kept;
  uint32_t last_end = 0;
  for (auto& s : *spans) {
    if (s.first_token >= s.end_token || s.end_token > tokens || s.first_token < last_end) continue;
    last_end = s.end_token;
    kept.push_back(std::move(s));
  }
  *spans = std::move(kept);
}

}  // namespace

std::vector<Event> EventExtractor::Find(const Document& doc, const extract::Annotations& ann,
                                        const std::vector<Entity>& entities) const {
  size_t n = doc.tokens.size();
  if (!SpansValid(ann.entities, n) || !SpansValid(ann.quantities, n) || !SpansValid(ann.dates, n)) {
    extract::Annotations clean = ann;
    KeepValid(&clean.entities, n);
    KeepValid(&clean.quantities, n);
    KeepValid(&clean.dates, n);
    return FindValid(doc, clean, entities);
  }
  return FindValid(doc, ann, entities);
}

std::vector<Event> EventExtractor::FindValid(const Document& doc, const extract::Annotations& ann,
                                             const std::vector<Entity>& entities) const {
  std::vector<Event> events;
  // Every token lowered once for the whole pass (the filters, attribution
  // and the matcher read it; lower_tokens.h).
  const extract::LowerTokens lower(doc);
  extract::MatchInput in = matcher_.Prepare(doc, ann);
  extract::EventBuilder builder(doc, ann, entities);
  std::vector<extract::PatternMatch> matches;
  std::vector<size_t> sentence_of;  // the sentence of each event in `events`
  std::vector<extract::ToldActor> told_attackers;  // of attacks dropped as told by another event
  sentence_of.reserve(doc.sentences.size());
  events.reserve(doc.sentences.size());  // an Event is large; growing moved each of them again
  const Ref dateline = builder.DatelinePlace();
  std::vector<Event> sentence_events;
  std::vector<std::pair<int, uint32_t>> built;  // (rule, anchor) of this sentence's events
  std::vector<int> built_event;                  // its index in sentence_events, or -1
  std::vector<uint32_t> anchors;                 // the trigger of each of sentence_events
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    matches.clear();
    matcher_.Match(in, doc.sentences[si], &matches);
    if (matches.empty()) continue;
    Attribution attribution = extract::FindAttribution(doc, ann, entities, si);
    sentence_events.clear();
    built.clear();
    built_event.clear();
    uint32_t background_attack_at = UINT32_MAX;  // the first attack told as background
    anchors.clear();
    for (const auto& m : matches) {
      // Two lines of one rule on one trigger tell the same event: build it once.
      // Another line may still add a figure the first did not reach ("70
      // individuals and 90 entities").
      std::pair<int, uint32_t> key(m.rule, m.anchor);
      auto seen = std::find(built.begin(), built.end(), key);
      if (seen != built.end()) {
        int at = built_event[seen - built.begin()];
        if (at >= 0) {
          Event more = builder.Build(matcher_.rules()[m.rule], m, si, attribution);
          extract::AddNewFigures(std::move(more), &sentence_events[at]);
        }
        continue;
      }
      built.push_back(key);
      built_event.push_back(-1);
      Event e = builder.Build(matcher_.rules()[m.rule], m, si, attribution);
      if (extract::IsBackground(doc, ann, doc.sentences[si], m, e)) {
        if (e.type == "attack") background_attack_at = std::min(background_attack_at, m.anchor);
        continue;
      }
      if (extract::QuotedNonEvent(doc, doc.sentences[si], m, e)) continue;
      if (extract::HypotheticalDeed(doc, doc.sentences[si], m, e)) continue;
      if (extract::NothingTold(doc, doc.sentences[si], m, e)) continue;
      if (extract::RestatesEarlier(doc, doc.sentences[si], m, e, events)) continue;
      built_event.back() = static_cast<int>(sentence_events.size());
      sentence_events.push_back(std::move(e));
      anchors.push_back(m.anchor);
    }
    // "recent attacks have been damaging the grid": damage told after a
    // background attack is part of it. ("Its plants were damaged, the latest
    // of many attacks": told before it, the damage is the news.)
    if (background_attack_at != UINT32_MAX) {
      size_t kept = 0;
      for (size_t i = 0; i < sentence_events.size(); ++i) {
        const Event& e = sentence_events[i];
        bool part_of_it = e.type == "infrastructure" && (e.subtype == "damage" || e.subtype == "outage") &&
                          e.quantities.empty() && anchors[i] > background_attack_at;
        if (part_of_it) continue;
        if (kept != i) sentence_events[kept] = std::move(sentence_events[i]);
        ++kept;
      }
      sentence_events.resize(kept);
    }
    // An attack told by its interception is dropped, but its attacker is
    // still the one the report's next strikes are by.
    Ref attacker;
    for (const auto& e : sentence_events) {
      if (e.type != "attack" || e.actor.empty() || !attacker.empty()) continue;
      bool defender = std::any_of(sentence_events.begin(), sentence_events.end(), [&](const Event& x) {
        return x.type == "interception" && x.actor.name == e.actor.name;
      });
      if (!defender) attacker = e.actor;
    }
    extract::PruneSentenceEvents(&sentence_events);
    if (!attacker.empty() && std::none_of(sentence_events.begin(), sentence_events.end(),
                                          [](const Event& e) { return e.type == "attack"; })) {
      told_attackers.push_back({si, attacker});
    }
    // A remark dropped for the deed it tells ("the air force said it shot
    // down ...") is kept aside: if that deed turns out to be one the report
    // already has, the remark is the sentence's news.
    std::vector<Event> held;
    extract::KeepFirstRemark(events, &sentence_events, &held);
    const size_t told_before = events.size();
    extract::MergeSentenceEvents(&sentence_events, &entities);
    // "Russian missiles damaged the cathedral, killing two": those who
    // struck are those who killed, whatever stands nearer the toll.
    for (const auto& a : sentence_events) {
      if (a.type != "attack" || a.actor.empty() || a.modality != "asserted") continue;
      for (auto& c : sentence_events) {
        if (c.type == "casualties" && c.modality == "asserted") c.actor = a.actor;
      }
      break;
    }
    builder.SplitCoordinated(si, &sentence_events);
    for (auto& e : sentence_events) {
      extract::FillFromContext(doc, entities, events, sentence_of, told_attackers, si, dateline,
                               builder.SayingDay(si, e.date), &e);
      if (e.type == "statement" && e.actor.empty()) continue;  // a statement is someone's
      if (extract::FoldIntoEarlier(entities, &events, e)) continue;
      if (extract::FoldNoCasualties(sentence_of, si, &events, e)) continue;
      if (extract::FoldPartOf(doc, sentence_of, si, &events, e)) continue;
      if (extract::AddToToll(sentence_of, si, &events, e)) continue;
      sentence_of.push_back(si);
      char id[24];  // formatted, not "v" + to_string: GCC 12 warns falsely on both string forms
      std::snprintf(id, sizeof id, "v%zu", events.size() + 1);
      e.id = id;
      events.push_back(std::move(e));
    }
    if (events.size() == told_before && !held.empty()) {
      Event e = std::move(held.front());
      extract::FillFromContext(doc, entities, events, sentence_of, told_attackers, si, dateline,
                               builder.SayingDay(si, e.date), &e);
      sentence_of.push_back(si);
      char id[24];
      std::snprintf(id, sizeof id, "v%zu", events.size() + 1);
      e.id = id;
      events.push_back(std::move(e));
    }
  }
  return events;
}

}  // namespace sitrep

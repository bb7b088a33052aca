// From a pattern match to an Event record: slots, fallbacks, confidence.
//
// Slots the rule did not bind are filled from the sentence:
//   actor     the agent of a passive ("were downed by Ukraine's air force"),
//             else the nearest entity before the trigger that is not a place
//             after a preposition ("in Kharkiv"); demonyms count ("Russian
//             forces" -> country RU).
//   location  the nearest location entity in the sentence, cities and
//             villages before regions before countries, else a city or
//             region of the sentences around it in the paragraph, else the
//             article's dateline place.
//   date      the date span nearest the trigger in the sentence, else the
//             nearest earlier date in the same paragraph, or in the lead
//             (first two paragraphs) when no other date comes between.
// Confidence = weight x (0.75 + 0.25 x filled) x modality x status, where
// filled is the share of actor, location and date that are known, modality
// is 1 asserted, 0.9 planned or negated, 0.8 possible, and status is 1
// confirmed, reported or none, 0.9 claimed, 0.8 unverified, 0.7 denied.
#ifndef SITREP_EXTRACT_EVENT_BUILDER_H_
#define SITREP_EXTRACT_EVENT_BUILDER_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/annotations.h"
#include "extract/pattern_matcher.h"
#include "sitrep/document.h"
#include "sitrep/record.h"

namespace sitrep::extract {

class EventBuilder {
 public:
  EventBuilder(const Document& doc, const Annotations& ann, const std::vector<Entity>& entities);

  // The event a match stands for, in sentence `si`. `attribution` is the
  // sentence's (FindAttribution), shared by its events.
  Event Build(const PatternRule& rule, const PatternMatch& m, size_t si,
              const Attribution& attribution) const;

  // The place of the article's dateline ("KYIV, Ukraine (AP) -"), or an
  // empty Ref: the last resort for an event's location, after the places
  // of the events told before it.
  Ref DatelinePlace() const;

  // Adds the events of a clause's second conjunct ("280,000 cut off in
  // Rivne and 215,000 in Volyn"; "took Zahryzove and Krymske") to the
  // events of sentence `si` (event_coordination.cc).
  void SplitCoordinated(size_t si, std::vector<Event>* events) const;

  // True when `date` is read in sentence `si` only from the day of a saying
  // ("the toll rose to 33, officials said on Tuesday"): the day it was told,
  // which an event on the ground yields to the day of the one before it.
  bool SayingDay(size_t si, const EventDate& date) const;

 private:
  Ref RefFromSpan(int span, uint32_t end_token, bool geo) const;
  // The entity a slot of the match bound is not what the slot means here
  // (a place passively hit as "actor", a speaker, a title's country, ...).
  bool RefusedBinding(const PatternRule& rule, const PatternElement& el, const Binding& b, const PatternMatch& m,
                      const Sentence& s) const;
  // The actor a sentence implies for an event of `type` whose pattern bound none.
  Ref FallbackActor(const Sentence& s, uint32_t anchor, uint32_t match_end,
                    const std::vector<int>& used, std::string_view type) const;
  // The sentence's mention of `actor` when the actor is a country ("Russia
  // recruited...", "Poland scrambled..."), as a place; else empty.
  Ref ActorCountryIn(const Sentence& s, const Ref& actor) const;
  // The person a "he"/"she" within three tokens before `anchor` stands for:
  // the last person named before it in the sentence, else the first named
  // in the sentence before, in the same paragraph; -1 if none.
  int PronounPerson(const Sentence& s, uint32_t anchor) const;
  // The resolved entity of a span, or null.
  const Entity* EntityOf(const EntitySpan& sp) const {
    return sp.entity >= 0 && static_cast<size_t>(sp.entity) < entities_.size() ? &entities_[sp.entity] : nullptr;
  }
  // The first entity span that starts at or after `token` (spans are sorted).
  std::vector<EntitySpan>::const_iterator EntitiesFrom(uint32_t token) const {
    return std::lower_bound(ann_.entities.begin(), ann_.entities.end(), token,
                            [](const EntitySpan& e, uint32_t t) { return e.first_token < t; });
  }
  // Token t, in any case, is one of `words` (all lower case).
  bool WordIn(uint32_t t, std::initializer_list<std::string_view> words) const {
    for (std::string_view w : words) {
      if (WordIs(t, w)) return true;
    }
    return false;
  }
  // The word at `t` names people who are hurt or caught up in events
  // ("journalist", "aid worker", "civilians"): after a demonym, its victims.
  bool VictimNoun(uint32_t t) const;
  // A word for the weapons an interception meets ("drones", "cruise").
  bool WeaponWord(uint32_t t) const;
  // The actor of an interception is the side that launched what was shot
  // down ("Russia launched 167 drones, of which 95 were shot down").
  bool LaunchedBy(const Sentence& s, const Ref& actor, uint32_t anchor) const;
  // Who shot down: the "air defences" or "air force" the sentence names
  // (and whose), else the source that reports it.
  // "UA" or "RU": the side that fired the weapons the sentence (or the one
  // before it) counts; "" when none is told.
  std::string LauncherSide(const Sentence& s, const Attribution& attribution) const;
  // The country a span stands for: a demonym's ("Russian"), or a country's own.
  std::string SideOf(const EntitySpan& sp) const;
  Ref Defender(const Sentence& s, const Attribution& attribution) const;
  // "the enemy", "the occupiers", "our artillery" before the trigger: a side
  // named by its role, and whose it is by who speaks.
  // `at`, if given, gets the token where the side is named.
  Ref SideByRole(const Sentence& s, uint32_t anchor, const Attribution& attribution, uint32_t* at = nullptr) const;
  // The span names a place the gazetteer calls a village.
  bool IsVillage(int span) const;
  bool SaysTheTown(const Sentence& s, bool settlement) const;
  int SpeakerAfter(const Sentence& s, uint32_t anchor) const;
  bool QuotedSubject(const Sentence& s, uint32_t token, uint32_t anchor) const;
  int AnnouncedOn(const Sentence& s, uint32_t anchor) const;
  bool SaidBefore(const Sentence& s, uint32_t anchor) const;
  bool CountsSince(const Sentence& s, uint32_t anchor) const;
  int NextSayingDay(size_t si) const;
  bool FilingDay(const Sentence& s, const DateSpan& d) const;
  int TownBefore(const Sentence& s, const std::vector<int>& used) const;
  // The index of the sentence holding `token`.
  size_t SentenceOf(uint32_t token) const;
  // The token is inside quotation marks (an odd number of them before it).
  bool Quoted(const Sentence& s, uint32_t token) const;
  // The speaker of "X said ... and <anchor>": the person or organization
  // right before the nearest "said" before the "and"; -1 if none.
  int CoordinatedSpeaker(const Sentence& s, uint32_t anchor) const;
  Ref FallbackLocation(const Sentence& s, uint32_t anchor, const std::vector<int>& used,
                       std::string_view type) const;
  // `skip_saying`: a date right after "said"/"told" is the day of the
  // saying, not of the event told ("were wounded, he said on Saturday").
  // `told_as_done`: the event is asserted or negated, so a day after
  // publication in its sentence ("would hand the city over on May 25") is
  // another clause's.
  EventDate FallbackDate(size_t si, uint32_t anchor, bool skip_saying, bool told_as_done = false,
                         bool own_saying_counts = false) const;
  // A verb of saying or judging between `from` and `to` ("Biden called the ...").
  // `judging_only`: only verbs that judge ("called", "condemned"), not "said".
  bool SpeechBetween(uint32_t from, uint32_t to, bool judging_only = false) const;
  bool WordIs(uint32_t token, std::string_view lower) const;
  // The token after a place starts a title ("US President", "Russian
  // Foreign Minister"): the place says whose office it is.
  bool NamesATitle(uint32_t place_end) const;
  // The entity span is a country in a title ("US President").
  bool TitleCountry(int span) const;
  // The token is in the lead: the first two paragraphs (headline, opening).
  bool InLead(uint32_t token) const;
  // "more than in 2024", "compared with last year", "since March": a date
  // of comparison or the start of a span, not an event's day.
  bool Compared(const DateSpan& d) const;
  void AddQuantities(const PatternElement& el, const Binding& b, Event* e) const;
  // "destroyed 59 of the missiles": the total counted in the sentence before.
  void AnaphoricTotal(size_t si, int span, Event* e) const;
  bool IsPlace(int span) const;
  // The first place after "in"/"on"/"near" among tokens [from, limit), or -1.
  int PlaceAfter(uint32_t from, uint32_t limit) const;
  // Whether the words after a place make it the name of an office
  // ("... regional military administration", "... governor").
  bool NamesAnOffice(uint32_t place_end) const;
  // A speaker named by office only ("the defence minister"), for statements;
  // `first_out` and `last_out`, if given, get the tokens it spans.
  Ref RoleActor(const Sentence& s, uint32_t anchor, uint32_t* first_out = nullptr,
                uint32_t* last_out = nullptr) const;
  // "In the Netherlands, the defence ministry said ...": that country.
  Ref FramingCountry(const Sentence& s, uint32_t anchor) const;
  // The entity receives what a giving verb or "to" before it hands over:
  // "give Ukraine", "sent to Kyiv".
  bool Recipient(int span) const;
  bool PlaceAfterPreposition(int span) const;
  bool NarrowedBy(std::vector<EntitySpan>::const_iterator it, uint32_t end) const;
  int Apposition(int span, uint32_t anchor, uint32_t sentence_first) const;
  // The best place among the entity spans of tokens [first, end).
  // `office_out`, if given, gets a place skipped as naming an office
  // ("Kharkiv City Mayor"), or -1.
  int BestPlace(uint32_t first, uint32_t end, uint32_t anchor, const std::vector<int>& used,
                int max_rank, int* office_out = nullptr) const;

  const Document& doc_;
  const Annotations& ann_;
  const std::vector<Entity>& entities_;
  int dateline_ = -1;  // entity span of the article's dateline place
  int focal_town_ = -1;  // a span of the city the report names most: "the town" of the story
  std::string published_day_;  // "YYYY-MM-DD" of publication, or empty
  // Per date span: what FallbackDate asks of it, worked out once.
  enum : uint8_t { kSayingDate = 1, kComparedDate = 2, kLeadDate = 4, kFutureDate = 8 };
  std::vector<uint8_t> date_flags_;
};

// Confidence of a built event (see above); `filled` in [0, 1].
double EventConfidence(double weight, double filled, const std::string& modality,
                       const std::string& status);

// Joins events of one sentence that describe the same happening: same type,
// same modality, places that agree, quantities that do not clash.
// `entities`, when given, let a country's event merge with one in a city of
// it ("due to meet in Jeddah, Saudi Arabia").
void MergeSentenceEvents(std::vector<Event>* events, const std::vector<Entity>* entities = nullptr);

// Adds to `e` the figures of `more` (another line of its rule on its
// trigger) that it lacks, a second figure of one kind included.
void AddNewFigures(Event more, Event* e);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EVENT_BUILDER_H_

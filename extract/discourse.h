// Discourse: what an event takes from the events told before it.
//
// A wire report names the attacker, the sanctioning bloc or the donor once
// and then goes on ("The package adds 52 vessels...", "In Sumy, a drone hit
// a block of flats..."), and names the city once ("...in the centre of the
// city"). An event left without an actor or a place by its own sentence
// takes them from the report's earlier events:
//   * statement: the speaker of its sentence ("Putin said ... and
//     threatened ...") is the actor, unless a person already is;
//   * actor: the latest earlier event of the same type within
//     kActorWindow sentences, for the types whose actor carries over
//     (attack, interception, sanction, aid, mobilization, deployment,
//     arrest, policy, territory);
//   * location: the latest earlier event within kPlaceWindow sentences
//     with a place below country level, for events on the ground
//     (attack, casualties, infrastructure, clash, interception).
// Only what is empty is filled; nothing an event's own sentence says is
// replaced, except a statement's non-person actor by its speaker. (The
// place fallbacks of event_builder.h come first; this comes after them
// and before the dateline, `dateline`, which is the last resort.)
#ifndef SITREP_EXTRACT_DISCOURSE_H_
#define SITREP_EXTRACT_DISCOURSE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/record.h"

namespace sitrep::extract {

constexpr size_t kActorWindow = 8;
constexpr size_t kPlaceWindow = 5;

// Events on the ground (attack, casualties, infrastructure, clash,
// interception): they take place and day from the event told before, and
// no speaker or office is their cause.
bool OnTheGround(std::string_view type);

// The token stands inside quotation marks: an odd number of them (straight
// or curly) before it in its sentence.
bool InsideQuotes(const Document& doc, const Sentence& s, uint32_t token);

// The attacker of an attack that was not kept as an event of its own
// ("Russia attacked with 138 drones, of which 83 were downed" is told by
// the interception), at sentence `sentence`.
struct ToldActor {
  size_t sentence = 0;
  Ref actor;
};

// `earlier` are the report's events so far and `sentence_of` the sentence
// index of each; `told_attackers` the attackers of dropped attacks; `si` is
// the sentence of `e`. `saying_day`: e's date is only the day it was said
// (EventBuilder::SayingDay), which the day of an earlier event replaces.
void FillFromContext(const Document& doc, const std::vector<Entity>& entities,
                     const std::vector<Event>& earlier, const std::vector<size_t>& sentence_of,
                     const std::vector<ToldActor>& told_attackers, size_t si, const Ref& dateline,
                     bool saying_day, Event* e);

// "North Korean forces are fighting in Kursk" told a third time: an event
// without figures whose type, modality, actor and place (both named) match
// an earlier one, on the same day or an unknown one, is that event again.
// Fills what the earlier one lacked (target, date) and returns true.
// Also folds an attack retold loosely (same day; same attacker or none; same
// place, a country holding it, or none).
bool FoldIntoEarlier(const std::vector<Entity>& entities, std::vector<Event>* earlier, const Event& e);

// A toll told in two sentences: "killing at least 14 people" in the lead,
// "Fifty-one people were wounded" further on, in the same place on the same
// day. The figures of kinds the earlier casualties event lacks join it
// (within kPlaceWindow sentences), so the lead's event carries the whole
// toll. True when they did: `e` then tells nothing the lead's event does
// not, and is not an event of its own.
bool AddToToll(const std::vector<size_t>& sentence_of, size_t si, std::vector<Event>* earlier,
               const Event& e);

// "The city was attacked by drones overnight. One of them hit a substation
// in the Kholodnohirskyi district": an attack told by a sentence that opens
// on "one of them" ("two of them", "some of them") is a part of the attack
// the sentence before told, wherever in the town it landed. It fills what
// that attack lacks and is not an event of its own.
bool FoldPartOf(const Document& doc, const std::vector<size_t>& sentence_of, size_t si,
                std::vector<Event>* earlier, const Event& e);

// "No one was hurt." after a strike: no event of its own, but a figure of
// the strike, interception, outage or fighting told in that sentence or the
// two before it: casualties = 0 ("none reported"). Returns true when folded.
bool FoldNoCasualties(const std::vector<size_t>& sentence_of, size_t si, std::vector<Event>* earlier,
                      const Event& e);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_DISCOURSE_H_

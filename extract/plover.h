// PLOVER event types for sitrep's event types.
//
// PLOVER (Political Language Ontology for Verifiable Event Records, the
// Open Event Data Alliance's successor to CAMEO) has 16 event types:
// AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT
// THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT. Each sitrep type has a
// default below; a rule may name another with its `plover` line (a
// withdrawal is RETREAT, a warning THREATEN, a demand REQUEST).
#ifndef SITREP_EXTRACT_PLOVER_H_
#define SITREP_EXTRACT_PLOVER_H_

#include <string_view>

namespace sitrep::extract {

// The default PLOVER type of a sitrep event type; empty if unknown.
std::string_view DefaultPlover(std::string_view type);

// True for the 16 PLOVER event type names.
bool IsPloverType(std::string_view name);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_PLOVER_H_

// The mapping table; data/patterns/README.md repeats it for analysts.
#include "extract/plover.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace sitrep::extract {
namespace {

constexpr std::pair<std::string_view, std::string_view> kDefaults[] = {
    {"attack", "ASSAULT"},        // strikes and bombardment: PLOVER's aerial/artillery modes
    {"interception", "ASSAULT"},  // air defence engagement is the defender's use of force
    {"clash", "ASSAULT"},         // ground fighting (PLOVER folds FIGHT into ASSAULT)
    {"territory", "ASSAULT"},     // capture or occupation; withdrawals are RETREAT
    {"casualties", "ASSAULT"},    // the violence that caused them
    {"deployment", "MOBILIZE"},   // forces moved or placed
    {"mobilization", "MOBILIZE"}, // call-up, recruitment, build-up
    {"aid", "AID"},
    {"sanction", "SANCTION"},
    {"diplomacy", "CONSULT"},     // meetings, visits, talks, calls
    {"statement", "ACCUSE"},      // accusations, condemnation; rules refine to THREATEN, REQUEST
    {"arrest", "COERCE"},         // arrests and detentions are PLOVER's COERCE
    {"infrastructure", "ASSAULT"},// damage to power, water, transport by attack
    {"policy", "SUPPORT"},        // decisions, permissions; court orders and bans are COERCE
};

constexpr std::string_view kPlover[] = {
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"};

}  // namespace

std::string_view DefaultPlover(std::string_view type) {
  for (const auto& [t, p] : kDefaults) {
    if (t == type) return p;
  }
  return {};
}

bool IsPloverType(std::string_view name) {
  return std::binary_search(std::begin(kPlover), std::end(kPlover), name);
}

}  // namespace sitrep::extract

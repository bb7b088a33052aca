// Modality of an event: asserted, planned, possible or negated.
//
// Read from the words before the event's trigger (the anchor of the rule
// that fired), within its clause: up to six tokens back, stopping at a
// comma, semicolon, colon or dash. Negation wins over everything ("will not
// attack" is negated), then possibility ("could", "may", "might", "would",
// and any "if"/"unless" earlier in the sentence), then plans ("will", "plans
// to", "is set to", "intends to", "prepares to", "is expected to",
// "threatens to", "aims to", "vows to").
#ifndef SITREP_EXTRACT_MODALITY_H_
#define SITREP_EXTRACT_MODALITY_H_

#include <cstdint>
#include <string>

#include "sitrep/document.h"

namespace sitrep::extract {

// `trigger` is a token index inside `sentence`. `match_end`, when past the
// trigger, ends the words a rule matched from it: a modal among them counts
// too ("300,000 reservists ... would be called up", anchored on the noun),
// up to the first clause boundary.
std::string FindModality(const Document& doc, const Sentence& sentence, uint32_t trigger,
                         uint32_t match_end = 0);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_MODALITY_H_

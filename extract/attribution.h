// Attribution: who says an event happened, and how sure the report is.
//
// Read from the sentence that holds the event (and, for verification
// caveats, the sentence after it):
//   "according to X"                          source X, reported
//   "X said/says/told/reported/announced/stated/wrote/added"  source X, reported
//   "X claimed/claims" ("claimed on Telegram") source X, claimed
//   "X confirmed"                             source X, confirmed
//   "X denied"                                source X, denied
//   "reportedly", "allegedly"                 no source, reported (claimed for allegedly)
//   "could not be (independently) verified", "not independently confirmed",
//   "unverified", in the sentence or the next  -> unverified
// X is the entity span before the verb ("Ukraine's air force said"), after it
// ("..., said the governor"), or the capitalized phrase there.
// Precedence of status: denied, unverified, claimed, confirmed, reported.
// A sentence with none of these cues gets an empty attribution.
#ifndef SITREP_EXTRACT_ATTRIBUTION_H_
#define SITREP_EXTRACT_ATTRIBUTION_H_

#include <cstddef>
#include <vector>

#include "extract/annotations.h"
#include "sitrep/document.h"
#include "sitrep/record.h"

namespace sitrep::extract {

Attribution FindAttribution(const Document& doc, const Annotations& ann,
                            const std::vector<Entity>& entities, size_t sentence);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_ATTRIBUTION_H_

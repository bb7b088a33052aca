// Internal to extract/: what the passes over a Document find, in token
// coordinates, so later passes (event patterns) can refer to it.
//
//   entities pass  -> Annotations::entities  (+ Record::entities)
//   quantity pass  -> Annotations::quantities
//   date pass      -> Annotations::dates
//   event pass     reads all three and writes Record::events
//
// Token indexes are into Document::tokens; end_token is exclusive. Spans of
// one kind do not overlap and are sorted by first_token.
#ifndef SITREP_EXTRACT_ANNOTATIONS_H_
#define SITREP_EXTRACT_ANNOTATIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/record.h"

namespace sitrep::extract {

struct EntitySpan {
  uint32_t first_token = 0, end_token = 0;
  int entity = -1;   // index into Record::entities
  std::string type;  // the entity's type, repeated for the matcher
  // For demonyms and adjectives ("North Korean troops", "Ukrainian air
  // force"): the country the span stands for, ISO alpha-2.
  std::string country;
};

struct QuantitySpan {
  uint32_t first_token = 0, end_token = 0;
  Quantity quantity;  // kind left empty or "count" until an event pattern gives it a role
  // The whole in "20 of 31 drones" (31), "27 out of 49", "all 14" (14).
  std::optional<double> total;
  // Singular lemma of the noun counted ("drone"), also when Quantity::unit
  // says how it is counted ("percent", "fraction": "over half of the
  // projectiles" -> unit "fraction", unit_lemma "projectile"). Empty if none.
  std::string unit_lemma;
};

struct DateSpan {
  uint32_t first_token = 0, end_token = 0;
  EventDate date;  // resolved against Document::published when it is known
  // "the previous day", "two days later": `offset` days from the last day
  // told before it (ResolveNarrativeDates in dates.h); value empty until then.
  bool narrative = false;
  int offset = 0;
};

struct Annotations {
  std::vector<EntitySpan> entities;
  std::vector<QuantitySpan> quantities;
  std::vector<DateSpan> dates;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_ANNOTATIONS_H_

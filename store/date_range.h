// Internal to store/: an event date as the first and last day it may be.
#ifndef SITREP_STORE_DATE_RANGE_H_
#define SITREP_STORE_DATE_RANGE_H_

#include <string>
#include <string_view>
#include <utility>

namespace sitrep::store {

// "2024-12-25" -> {2024-12-25, 2024-12-25}; "2025-01" -> {2025-01-01,
// 2025-01-31}; "2024" -> the year; "A/B" -> {A's first, B's last}. A date
// whose year is unknown ("XXXX-12-16") or that does not parse gives {"", ""}:
// it cannot be placed on a calendar.
std::pair<std::string, std::string> DateRange(std::string_view value);

}  // namespace sitrep::store

#endif  // SITREP_STORE_DATE_RANGE_H_

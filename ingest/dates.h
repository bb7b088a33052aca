// Internal to ingest/: publication dates as written by feeds, pages and
// people, normalized to ISO "YYYY-MM-DD".
#ifndef SITREP_INGEST_DATES_H_
#define SITREP_INGEST_DATES_H_

#include <string>
#include <string_view>

namespace sitrep::ingest {

// "2024-12-17T09:30:00Z", "December 17, 2024", "Dec. 17 2024", "17 Dec 2024",
// RFC 822 "Tue, 17 Dec 2024 09:30:00 +0000" (two-digit years too), with an
// optional leading weekday, "on", "published" or "updated". The date is the
// one written (no time-zone shift). Returns "" for anything else, including
// impossible days ("February 30, 2024").
std::string NormalizeDate(std::string_view text);

// "3 hours ago", "yesterday", "just now": relative times seen in bylines.
bool IsRelativeTime(std::string_view text);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_DATES_H_

// Civil-calendar arithmetic for the date pass, incident matching and the
// store: days since 1970-01-01 in the
// proleptic Gregorian calendar, weekdays, and the year a month-and-day
// without a year most likely means, given an article's publication date.
#ifndef SITREP_UTIL_CALENDAR_H_
#define SITREP_UTIL_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

struct CivilDay {
  int y = 0, m = 0, d = 0;
};

int64_t DaysFromCivil(int y, int m, int d);
CivilDay CivilFromDays(int64_t days);
// 0 = Monday ... 6 = Sunday.
int WeekdayOf(int64_t days);
int DaysInMonth(int y, int m);
bool ValidDay(int y, int m, int d);

// "YYYY-MM-DD" at the start of s (anything may follow: "T08:00Z").
std::optional<int64_t> ParseIsoDay(std::string_view s);

// "2024-12-16"; "2024-12"; with y == 0 the year is unknown: "XXXX-12-16".
std::string FormatDay(int64_t days);
std::string FormatDay(int y, int m, int d);
std::string FormatMonth(int y, int m);

// Which year a month (and day) without a year refers to. News looks back far
// more often than ahead, so a date after publication costs three times its
// distance: in an article of 2025-01-03 "December 25" is 2024-12-25, in one
// of 2024-12-20 "early January" is 2025-01.
enum class YearHint { kNearest, kBefore, kAfter, kSame };
int ResolveYear(int64_t published, int m, int d, YearHint hint);
int ResolveMonthYear(int64_t published, int m, YearHint hint);

// Easter Sunday of year y, in days: the Gregorian computus, or with
// `orthodox` the Julian one (Ukraine's and Russia's churches), moved to the
// Gregorian calendar (1900-2099: 13 days later).
int64_t EasterDays(int y, bool orthodox);
// The day `offset` days from Easter (Palm Sunday: -7) that a mention
// without a year most likely means, by the cost of ResolveYear.
int64_t ResolveEaster(int64_t published, bool orthodox, int offset, YearHint hint);

}  // namespace sitrep

#endif  // SITREP_UTIL_CALENDAR_H_

// The date pass: dates and date ranges in a sentence, resolved against the
// article's publication date (Document::published, "YYYY-MM-DD...", may be
// empty).
//
//   for (const DateSpan& d : FindDates(doc, sentence)) use(d.date.value);
//
// What it reads (value examples for an article published 2024-12-18, a
// Wednesday):
//   "December 16", "Dec. 16, 2024", "16 December", "the 16th of December",
//   "2024-12-16", "Monday, December 16"               -> 2024-12-16   day
//   "December 20-25", "between December 20 and 25", "20-25 December",
//   "from Monday to Wednesday"                        -> 2024-12-20/2024-12-25 range
//   "in December", "in early December", "mid-December", "December 2024",
//   "last December" (the one before publication)      -> 2024-12 (2023-12) month
//   "in 2023", "since 2014"                           -> 2023          year
//   "on Saturday", "Saturday night"                   -> 2024-12-14    the latest such
//        day on or before publication (the publication day itself counts);
//        "last Saturday" is strictly before it, "next Saturday" strictly after
//   "yesterday", "last night"                         -> 2024-12-17
//   "today", "this morning", "tonight"                -> 2024-12-18
//   "the day before yesterday", "two days ago"        -> 2024-12-16
//   "the previous day", "two days later", "a week    -> from the last day the story told
//   earlier", "the next morning"                       (ResolveNarrativeDates)
//   "this week", "earlier this week"                  -> 2024-12-16/2024-12-18 range
//   "last week"                                       -> 2024-12-09/2024-12-15 range
//   "last weekend"                                    -> 2024-12-14/2024-12-15 range
//   "next week"                                       -> 2024-12-23/2024-12-29 range
//   "last month" / "this month" / "next month"        -> 2024-11 / 2024-12 / 2025-01 month
//   "last year" / "this year" / "next year"           -> 2023 / 2024 / 2025 year
//   "three months ago" / "a year ago"                 -> 2024-09 / 2023
//   "Christmas Day", "on Christmas"                   -> 2024-12-25 (nearest year, see
//        calendar.h); "Christmas Eve" 12-24, "Orthodox Christmas" 01-07,
//        "New Year's Day" 01-01, "New Year's Eve" 12-31, "Victory Day" 05-09,
//        "Ukraine's Independence Day" 08-24 (only with Ukraine's / Ukrainian)
//
// Overnight. "overnight", "during the night" and "overnight into Saturday"
// name the night that ends on the publication day (or on the named day);
// "the night of 22 to 23 July" names the night that ends on the 23rd;
// and are dated by that day: the morning report of an air force or a
// governor files the night under the day it ended, and most of such a
// night's strikes fall after midnight. "last night" and "yesterday evening"
// are the day before. The words stay in EventDate::text, so a reader can
// tell a night from a day.
//
// Without a publication date: a month and day get an unknown year
// ("XXXX-12-16", precision day; "XXXX-01", month); relative expressions
// (weekdays, "yesterday", "last week") are still found, with an empty value.
//
// Not dates: "may" / "march" / "august" in lower case, "May" or "March"
// alone without a preposition or modifier before it ("May strike"),
// abbreviated months without a day ("Jan" the name), a weekday inside a
// name ("Bloody Sunday", "Sunday Times").
#ifndef SITREP_EXTRACT_DATES_H_
#define SITREP_EXTRACT_DATES_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/annotations.h"
#include "extract/token_stream.h"
#include "sitrep/document.h"
#include "sitrep/record.h"

namespace sitrep::extract {

std::vector<DateSpan> FindDates(const Document& doc, const Sentence& s);

// The date is the day of a saying: one of "said", "told", "announced",
// "claimed", "wrote", ... stands right before it, in its sentence ("were
// wounded, he said on Saturday").
bool DayOfSaying(const Document& doc, const DateSpan& d);

// Dates told relative to the story ("the previous day", "two days later")
// take the last day told before them in the document, a day something was
// said on too ("told parliament on Thursday ... A day later, explosions
// hit"); with none, the publication day. `dates` in document order.
void ResolveNarrativeDates(const Document& doc, std::vector<DateSpan>* dates);

// The first date in text, read as one sentence of an article published on
// `published` (for tests and tools). Empty value if there is none.
EventDate ResolveDateText(std::string_view text, std::string_view published);

// The pass on a TokenStream; a, b are stream token indexes (end exclusive).
// The quantity pass uses it to keep day numbers and years out of counts.
struct StreamDate {
  uint32_t a = 0, b = 0;
  EventDate date;
  // "the previous day", "two days later": days from the day the report told
  // last, not from publication; ResolveNarrativeDates() fills the value.
  bool narrative = false;
  int offset = 0;
};
void ScanDates(const TokenStream& ts, std::optional<int64_t> published,
               std::vector<StreamDate>* out);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_DATES_H_

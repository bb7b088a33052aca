// DateScanner: the date pass's scan over a TokenStream (internal to
// extract/; the pass's interface is extract/dates.h).
//
// Run() walks the stream left to right and, at a token whose keyword flags
// or kind allow it, tries each date shape: relative and holiday shapes in
// date_relative.cc, calendar shapes in dates.cc. Every shape looks at most a
// few tokens ahead, and back only to the end of the previous date (floor_).
#ifndef SITREP_EXTRACT_DATE_SCANNER_H_
#define SITREP_EXTRACT_DATE_SCANNER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/calendar.h"
#include "extract/dates.h"
#include "extract/token_stream.h"

namespace sitrep::extract::dates_internal {

// Month of a full name (abbrev = false) or of "dec", "dec.", "sept." (abbrev
// = true); 0 if none.
int MonthOf(std::string_view w, bool* abbrev);
// 0 = Monday ... 6 = Sunday; -1 if none.
int WeekdayWord(std::string_view w);
bool IsPrep(std::string_view w);        // "on", "in", "since", ...
bool IsPeriodNoun(std::string_view w);  // "end" (of March), "summer" (of 2022)
bool IsPartOfDay(std::string_view w);   // "morning", "night", ...
bool IsOrdinalSuffix(std::string_view w);

class DateScanner {
 public:
  DateScanner(const TokenStream& ts, std::optional<int64_t> pub, std::vector<StreamDate>* out)
      : ts_(ts), pub_(pub), out_(out) {}

  void Run();

 private:
  std::string_view L(size_t i) const { return ts_.Low(i); }
  bool Glued(size_t i) const { return i < ts_.size() && !ts_[i].space_before; }

  // A day of the month at i (with an ordinal suffix); returns tokens used.
  size_t Day(size_t i, int* d) const;
  int YearAt(size_t i) const;
  // Month at i, with the checks that keep verbs and names out.
  int MonthAt(size_t i, bool* abbrev) const;
  // Extends a date that starts at i back over a modifier ("early", "last")
  // and a preposition ("in", "on"); *hint says which way "last"/"next" point.
  size_t Lookback(size_t i, YearHint* hint, bool* context) const;

  void Emit(size_t a, size_t b, std::string value, const char* precision);
  std::string DayValue(int y, int m, int d, YearHint hint) const;
  std::string Known(int64_t days) const;
  std::string KnownRange(int64_t from, int64_t to) const;
  int64_t Monday() const { return *pub_ - WeekdayOf(*pub_); }
  // The latest weekday wd on or before publication (strictly before if strict).
  int64_t WeekdayBefore(int wd, bool strict) const;

  // date_relative.cc
  bool Relative(size_t i);
  bool Ago(size_t i);
  bool Overnight(size_t i, size_t b);
  // Token i follows "night of" or "night from" ("the night of 22 to 23 July").
  bool NightOf(size_t i) const { return i >= 2 && (L(i - 1) == "of" || L(i - 1) == "from") && L(i - 2) == "night"; }
  bool Holiday(size_t i);
  bool Easter(size_t i);
  bool Later(size_t i);
  void EmitNarrative(size_t a, size_t b, int offset);
  bool Weekday(size_t i);
  // Whether the clause before token `a` speaks of the future ("will",
  // "would", "is due to", "until"), within ten tokens.
  bool FutureClause(size_t a) const;
  // dates.cc
  bool Iso(size_t i);
  bool MonthFirst(size_t i, size_t span_start);
  bool DayFirst(size_t i);
  bool Year(size_t i);

  const TokenStream& ts_;
  std::optional<int64_t> pub_;
  std::vector<StreamDate>* out_;
  size_t floor_ = 0;
};

}  // namespace sitrep::extract::dates_internal

#endif  // SITREP_EXTRACT_DATE_SCANNER_H_

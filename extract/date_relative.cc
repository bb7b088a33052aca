// The date pass's relative shapes: words resolved against the publication
// day ("yesterday", "last week", "overnight"), weekdays and holidays.
#include <algorithm>

#include "extract/date_scanner.h"
#include "extract/keywords.h"
#include "extract/number_words.h"

namespace sitrep::extract::dates_internal {

bool DateScanner::Relative(size_t i) {
  if (L(i + 2) == "ago") return Ago(i);
  if (L(i + 2) == "later" || L(i + 2) == "earlier") return Later(i);
  // "It came nine days after a missile attack on Kryvyi Rih": the attack is
  // nine days before the day the story told last.
  if (L(i + 2) == "after" && (L(i + 3) == "a" || L(i + 3) == "an")) return Later(i);
  // Numbers and number words only start "... ago"; the cheap exits first,
  // as "the" and "in" are among the commonest words.
  if (!(ts_[i].kw & kKwRelative)) return false;
  std::string_view w = L(i);
  const int64_t p = pub_.value_or(0);
  if (w == "the") {
    if (L(i + 1) == "day" && L(i + 2) == "before" && L(i + 3) == "yesterday") {
      Emit(i, i + 4, Known(p - 2), "day");
      return true;
    }
    // "The previous day, Russia handed over ...", "the next morning":
    // a day from the one the story told last.
    std::string_view n = L(i + 1), part = L(i + 2);
    bool part_of_day = part == "day" || part == "night" || part == "evening" || part == "morning" ||
                       part == "afternoon";
    if ((n == "previous" || n == "next" || n == "following") && part_of_day) {
      EmitNarrative(i, i + 3, n == "previous" ? -1 : 1);
      return true;
    }
    // "the day before" with nothing after it, or a preposition or a
    // conjunction ("detained the day before on suspicion of bribery"); "the
    // day before the vote" dates the vote.
    std::string_view after = L(i + 3);
    const bool ends = i + 3 >= ts_.size() || after == "," || after == "." || after == ";" || after == ":" ||
                      after == "on" || after == "in" || after == "at" || after == "by" || after == "and" ||
                      after == "but" || after == "when" || after == "while" || after == "near" ||
                      after == "after" || after == "as" || after == "from" || after == "with" || after == "for" ||
                      after == "had" || after == "has" || after == "was" || after == "were";
    if (n == "day" && part == "before" && ends) {
      EmitNarrative(i, i + 3, -1);
      return true;
    }
    return false;
  }
  if (w == "in" || w == "during") {
    return L(i + 1) == "the" && L(i + 2) == "night" && L(i + 3) != "of" && Overnight(i, i + 3);
  }
  if (w == "yesterday") {
    Emit(i, IsPartOfDay(L(i + 1)) ? i + 2 : i + 1, Known(p - 1), "day");
    return true;
  }
  if (w == "today" || w == "tonight") {
    Emit(i, i + 1, Known(p), "day");
    return true;
  }
  // "by overnight train", "an overnight curfew": a kind of thing, no day.
  if (w == "overnight") {
    std::string_view next = L(i + 1);
    if (next == "train" || next == "trains" || next == "flight" || next == "flights" || next == "curfew" ||
        next == "curfews" || next == "shift" || next == "shifts" || next == "stay" || next == "bus" ||
        next == "journey" || next == "trip" || next == "express") {
      return false;
    }
    return Overnight(i, i + 1);
  }
  size_t j = w == "earlier" || w == "later" ? i + 1 : i;
  std::string_view m = L(j), n = L(j + 1);
  if (j > i && m == "today") {
    Emit(i, j + 1, Known(p), "day");
    return true;
  }
  if ((m == "this" && (n == "morning" || n == "afternoon" || n == "evening")) ||
      (m == "last" && n == "night")) {
    Emit(i, j + 2, Known(m == "last" ? p - 1 : p), "day");
    return true;
  }
  const int step = m == "last" ? -1 : m == "next" ? 1 : m == "this" ? 0 : 2;
  if (step == 2) return false;
  if (n == "week" || n == "weekend") {
    int64_t mon = (pub_ ? Monday() : 0) + 7 * step;
    if (n == "weekend")
      Emit(i, j + 2, KnownRange(mon + 5, mon + 6), "range");
    else
      Emit(i, j + 2, KnownRange(mon, step == 0 ? p : mon + 6), "range");  // this week: so far
    return true;
  }
  if (n == "month") {
    CivilDay c = CivilFromDays(p);
    int months = c.y * 12 + (c.m - 1) + step;
    Emit(i, j + 2, pub_ ? FormatMonth(months / 12, months % 12 + 1) : std::string(), "month");
    return true;
  }
  if (n == "year") {
    Emit(i, j + 2, pub_ ? std::to_string(CivilFromDays(p).y + step) : std::string(), "year");
    return true;
  }
  return false;
}

// "two days ago", "a week ago", "3 weeks ago", "a year ago".
bool DateScanner::Ago(size_t i) {
  std::string_view w = L(i);
  int count = w == "a" || w == "one" ? 1 : SmallNumberWord(w);
  if (ts_[i].IsInt() && ts_[i].mant < 100) count = static_cast<int>(ts_[i].mant);
  if (count <= 0) return false;
  const int64_t p = pub_.value_or(0);
  std::string_view unit = L(i + 1);
  int days = unit == "day" || unit == "days" ? 1 : unit == "week" || unit == "weeks" ? 7 : 0;
  if (days) {
    Emit(i, i + 3, Known(p - static_cast<int64_t>(count) * days), "day");
    return true;
  }
  CivilDay c = CivilFromDays(p);
  if (unit == "month" || unit == "months") {
    int months = c.y * 12 + (c.m - 1) - count;
    Emit(i, i + 3, pub_ ? FormatMonth(months / 12, months % 12 + 1) : std::string(), "month");
    return true;
  }
  if (unit == "year" || unit == "years") {
    Emit(i, i + 3, pub_ ? std::to_string(c.y - count) : std::string(), "year");
    return true;
  }
  return false;
}

// "two days later", "a day earlier", "a week later": from the day the
// story told last (ResolveNarrativeDates).
bool DateScanner::Later(size_t i) {
  std::string_view w = L(i);
  int count = w == "a" || w == "one" ? 1 : SmallNumberWord(w);
  if (ts_[i].IsInt() && ts_[i].mant < 100) count = static_cast<int>(ts_[i].mant);
  if (count <= 0) return false;
  std::string_view unit = L(i + 1);
  int days = unit == "day" || unit == "days" ? 1 : unit == "week" || unit == "weeks" ? 7 : 0;
  if (!days) return false;
  EmitNarrative(i, i + 3, (L(i + 2) == "later" ? 1 : -1) * count * days);  // "earlier", "after a ..."
  return true;
}

void DateScanner::EmitNarrative(size_t a, size_t b, int offset) {
  Emit(a, b, std::string(), "day");
  out_->back().narrative = true;
  out_->back().offset = offset;
}

// The night ending on the publication day, or on the day named after
// "into" / "to" / "on"; dated by the morning it ended (see dates.h).
bool DateScanner::Overnight(size_t i, size_t b) {
  std::string_view w = L(b);
  if (w == "into" || w == "to" || w == "on") {
    int wd = WeekdayWord(L(b + 1));
    if (wd >= 0) {
      Emit(i, b + 2, pub_ ? Known(WeekdayBefore(wd, false)) : std::string(), "day");
      return true;
    }
    bool abbrev = false;
    int m = MonthAt(b + 1, &abbrev);
    int d = 0;
    if (m && Day(b + 2, &d)) {
      size_t e = b + 2 + Day(b + 2, &d);
      int y = pub_ ? ResolveYear(*pub_, m, d, YearHint::kNearest) : 0;
      std::string value = y ? FormatDay(DaysFromCivil(y, m, d)) : FormatDay(0, m, d);
      Emit(i, e, std::move(value), "day");
      return true;
    }
  }
  Emit(i, b, Known(pub_.value_or(0)), "day");
  return true;
}

bool DateScanner::Holiday(size_t i) {
  std::string_view w = L(i);
  size_t a = i, b = i + 1;
  int m = 0, d = 0;
  if (w == "christmas") {
    bool orthodox = i > floor_ && L(i - 1) == "orthodox";
    bool eve = L(i + 1) == "eve";
    if (eve || L(i + 1) == "day" || IsPartOfDay(L(i + 1)))
      b = i + 2;
    else if (i == 0 || !(IsPrep(L(i - 1)) || L(i - 1) == "of" || orthodox))
      return false;
    if (orthodox) a = i - 1;
    m = orthodox ? 1 : 12;
    d = orthodox ? (eve ? 6 : 7) : (eve ? 24 : 25);
  } else if (w == "new" && ts_[i].cap && L(i + 1) == "year") {
    b = i + 2;
    m = 1, d = 1;
    if (L(i + 2) == "day")
      b = i + 3;
    else if (L(i + 2) == "eve")
      b = i + 3, m = 12, d = 31;
    else if (i == 0 || !IsPrep(L(i - 1)))
      return false;
  } else if (w == "independence" && L(i + 1) == "day" && i > floor_ &&
             ((L(i - 1) == "ukraine" && ts_[i - 1].poss) || L(i - 1) == "ukrainian")) {
    a = i - 1, b = i + 2, m = 8, d = 24;
  } else if (w == "victory" && ts_[i].cap && L(i + 1) == "day") {
    b = i + 2, m = 5, d = 9;
  } else if ((w == "easter" && ts_[i].cap) || (w == "palm" && ts_[i].cap && L(i + 1) == "sunday")) {
    return Easter(i);
  } else {
    return false;
  }
  YearHint hint = YearHint::kNearest;
  bool context = false;
  a = Lookback(a, &hint, &context);
  Emit(a, b, DayValue(0, m, d, hint), "day");
  return true;
}

// Easter and Palm Sunday move with the year. The war's two churches
// mostly keep the Julian Easter; "Catholic" or "Western" Easter is the
// Gregorian one. "an Easter truce" is no date; "on Easter", "Easter
// Sunday", "on Palm Sunday" are.
bool DateScanner::Easter(size_t i) {
  size_t a = i, b = i + 1;
  int offset = 0;
  if (L(i) == "palm") {
    b = i + 2, offset = -7;
  } else if (L(i + 1) == "sunday" || L(i + 1) == "day") {
    b = i + 2;
  } else if (i == 0 || !(IsPrep(L(i - 1)) || L(i - 1) == "orthodox" || L(i - 1) == "catholic" ||
                         L(i - 1) == "western")) {
    return false;
  }
  if (b < ts_.size() && IsPartOfDay(L(b))) ++b;  // "Palm Sunday morning"
  bool orthodox = true;
  if (i > floor_ && (L(i - 1) == "orthodox" || L(i - 1) == "catholic" || L(i - 1) == "western")) {
    orthodox = L(i - 1) == "orthodox";
    a = i - 1;
  }
  YearHint hint = YearHint::kNearest;
  bool context = false;
  a = Lookback(a, &hint, &context);
  if (!pub_) {
    Emit(a, b, "", "day");
    return true;
  }
  Emit(a, b, FormatDay(ResolveEaster(*pub_, orthodox, offset, hint)), "day");
  return true;
}

bool DateScanner::FutureClause(size_t a) const {
  for (size_t k = a, n = 0; k-- > 0 && n < 10; ++n) {
    std::string_view w = L(k);
    if (w == "." || w == ";" || w == "!" || w == "?" || w == "said" || w == "says") return false;
    if (w == "will" || w == "would" || w == "shall" || w == "due" ||
        w == "scheduled" || w == "expected" || w == "plans" || w == "planned" || w == "until") {
      return true;
    }
  }
  return false;
}

bool DateScanner::Weekday(size_t i) {
  int wd = WeekdayWord(L(i));
  if (wd < 0 || (L(i).back() == '.' && !ts_[i].cap)) return false;  // "in the sun."
  // Inside a name: "Bloody Sunday", "Sunday Times".
  if (i > floor_ && ts_[i - 1].cap && ts_[i - 1].IsWord() && !IsPrep(L(i - 1)) &&
      L(i - 1) != "last" && L(i - 1) != "next" && L(i - 1) != "this" && i - 1 != 0) {
    return false;
  }
  YearHint hint = YearHint::kNearest;
  bool context = false;
  size_t a = Lookback(i, &hint, &context);
  // "Monday, December 16" / "Monday 16 December": the date itself decides.
  size_t j = L(i + 1) == "," ? i + 2 : i + 1;
  if (MonthFirst(j, a)) return true;
  // "the Sunday Times", "the Monday Club".
  if (i > floor_ && L(i - 1) == "the" && i + 1 < ts_.size() && ts_[i + 1].cap) return false;
  size_t b = IsPartOfDay(L(i + 1)) ? i + 2 : i + 1;
  if (ts_[i].poss) b = i + 1;
  // A range of weekdays: "from Monday to Wednesday".
  std::string_view conn = L(b);
  int wd2 = WeekdayWord(L(b + 1));
  if (wd2 >= 0 && (conn == "to" || conn == "through" || conn == "-" || conn == "until" ||
                   (conn == "and" && L(a) == "between"))) {
    size_t e = IsPartOfDay(L(b + 2)) ? b + 3 : b + 2;
    if (!pub_) {
      Emit(a, e, "", "range");
      return true;
    }
    int64_t to = WeekdayBefore(wd2, hint == YearHint::kBefore);
    int64_t from = to - (wd2 - wd + 7) % 7;
    Emit(a, e, KnownRange(from, to), "range");
    return true;
  }
  if (!pub_) {
    Emit(a, b, "", "day");
    return true;
  }
  int64_t day = WeekdayBefore(wd, hint == YearHint::kBefore);
  if (hint == YearHint::kAfter) day = *pub_ + ((wd - WeekdayOf(*pub_) + 6) % 7 + 1);
  // "blackouts will be needed on Friday", "talks are due to resume on
  // Monday": a plain weekday in a clause about the future is the next one.
  if (hint == YearHint::kNearest && FutureClause(a)) day = *pub_ + (wd - WeekdayOf(*pub_) + 7) % 7;
  Emit(a, b, Known(day), "day");
  return true;
}

}  // namespace sitrep::extract::dates_internal

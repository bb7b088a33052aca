// DateScanner's walk and the word tests and helpers its shapes share.
#include "extract/date_scanner.h"

#include <algorithm>
#include <array>

#include "extract/keywords.h"

namespace sitrep::extract::dates_internal {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

int MonthOf(std::string_view w, bool* abbrev) {
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (w == kMonths[m]) {
      *abbrev = false;
      return m + 1;
    }
  }
  if (w.back() == '.') w.remove_suffix(1);
  if (w == "sept") {
    *abbrev = true;
    return 9;
  }
  if (w.size() != 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m].substr(0, 3) == w && m != 4) {
      *abbrev = true;
      return m + 1;
    }
  }
  return 0;
}

int WeekdayWord(std::string_view w) {
  for (int d = 0; d < 7; ++d)
    if (w == kWeekdays[d]) return d;
  // "Mon.", "Sat." only with their period.
  if (w.size() < 4 || w.back() != '.') return -1;
  for (int d = 0; d < 7; ++d)
    if (kWeekdays[d].substr(0, 3) == w.substr(0, 3)) return d;
  return -1;
}

bool IsPrep(std::string_view w) {
  static constexpr std::string_view k[] = {"after",  "at",      "before",     "between", "by",
                                           "during", "from",    "in",         "on",      "over",
                                           "since",  "through", "throughout", "till",    "until"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

bool IsPeriodNoun(std::string_view w) {
  static constexpr std::string_view k[] = {"autumn", "beginning", "end",   "fall",   "half",
                                           "middle", "spring",    "start", "summer", "winter"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

bool IsPartOfDay(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night";
}

bool IsOrdinalSuffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

void DateScanner::Run() {
  for (size_t i = 0; i < ts_.size();) {
    size_t before = out_->size();
    const Tok& t = ts_[i];
    bool found = false;
    if (t.kind == TokenKind::kNumber) {
      found = Relative(i) || Iso(i) || DayFirst(i) || Year(i);
    } else if (t.kw) {
      found = ((t.kw & (kKwRelative | kKwNumber)) && Relative(i)) ||
              ((t.kw & kKwHoliday) && Holiday(i)) || ((t.kw & kKwMonth) && MonthFirst(i, i)) ||
              ((t.kw & kKwWeekday) && Weekday(i));
    }
    if (found && out_->size() > before) {
      floor_ = out_->back().b;
      i = floor_;
    } else {
      ++i;
    }
  }
}

size_t DateScanner::Day(size_t i, int* d) const {
  if (i >= ts_.size() || !ts_[i].IsInt() || ts_[i].int_digits > 2) return 0;
  if (ts_[i].mant < 1 || ts_[i].mant > 31) return 0;
  if (L(i + 1) == ":") return 0;  // a time
  *d = static_cast<int>(ts_[i].mant);
  return Glued(i + 1) && IsOrdinalSuffix(L(i + 1)) ? 2 : 1;
}

int DateScanner::YearAt(size_t i) const {
  if (i >= ts_.size() || !ts_[i].IsInt() || ts_[i].int_digits != 4 || ts_[i].grouped) return 0;
  return ts_[i].mant >= 1900 && ts_[i].mant <= 2100 ? static_cast<int>(ts_[i].mant) : 0;
}

int DateScanner::MonthAt(size_t i, bool* abbrev) const {
  if (i >= ts_.size() || !ts_[i].IsWord()) return 0;
  int m = MonthOf(L(i), abbrev);
  if ((m == 3 || m == 5 || m == 8) && !*abbrev && !ts_[i].cap) return 0;
  return m;
}

size_t DateScanner::Lookback(size_t i, YearHint* hint, bool* context) const {
  size_t a = i;
  *context = false;
  // "the end of March", "the first half of 2024", "the summer of 2022".
  if (a >= floor_ + 2 && L(a - 1) == "of" && IsPeriodNoun(L(a - 2))) {
    a -= 2;
    *context = true;
    if (a > floor_ && (L(a - 1) == "first" || L(a - 1) == "second")) --a;
    if (a > floor_ && L(a - 1) == "the") --a;
  } else if (a > floor_ && (L(a - 1) == "early" || L(a - 1) == "late" || L(a - 1) == "mid")) {
    --a;
    *context = true;
  }
  if (a > floor_) {
    std::string_view w = L(a - 1);
    YearHint h = w == "last"   ? YearHint::kBefore
                 : w == "next" ? YearHint::kAfter
                 : w == "this" ? YearHint::kSame
                               : YearHint::kNearest;
    if (h != YearHint::kNearest) {
      *hint = h;
      *context = true;
      --a;
    }
  }
  if (a > floor_ && IsPrep(L(a - 1))) {
    --a;
    *context = true;
  }
  return a;
}

void DateScanner::Emit(size_t a, size_t b, std::string value, const char* precision) {
  StreamDate d;
  d.a = static_cast<uint32_t>(a);
  d.b = static_cast<uint32_t>(b);
  d.date.value = std::move(value);
  d.date.precision = precision;
  d.date.text = std::string(ts_.Text(a, b));
  out_->push_back(std::move(d));
}

std::string DateScanner::DayValue(int y, int m, int d, YearHint hint) const {
  if (y == 0 && pub_) y = ResolveYear(*pub_, m, d, hint);
  return FormatDay(y, m, d);
}

std::string DateScanner::Known(int64_t days) const {
  return pub_ ? FormatDay(days) : std::string();
}

std::string DateScanner::KnownRange(int64_t from, int64_t to) const {
  return pub_ ? FormatDay(from) + "/" + FormatDay(to) : std::string();
}

int64_t DateScanner::WeekdayBefore(int wd, bool strict) const {
  int delta = (WeekdayOf(*pub_) - wd + 7) % 7;
  if (strict && delta == 0) delta = 7;
  return *pub_ - delta;
}

}  // namespace sitrep::extract::dates_internal

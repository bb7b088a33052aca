// The date pass (see dates.h): a left-to-right scan of a TokenStream that
// tries each date shape at each token; no backtracking beyond a few tokens.
#include "extract/dates.h"

#include <algorithm>
#include <array>

#include "extract/calendar.h"
#include "extract/keywords.h"
#include "extract/number_words.h"
#include "extract/sentence_scan.h"
#include "sitrep/text.h"

namespace sitrep::extract {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Month of a full name (abbrev = false) or of "dec", "dec.", "sept." (abbrev
// = true); 0 if none.
int MonthOf(std::string_view w, bool* abbrev) {
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (w == kMonths[m]) { *abbrev = false; return m + 1; }
  }
  if (w.back() == '.') w.remove_suffix(1);
  if (w == "sept") { *abbrev = true; return 9; }
  if (w.size() != 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m].substr(0, 3) == w && m != 4) { *abbrev = true; return m + 1; }
  }
  return 0;
}

int WeekdayWord(std::string_view w) {
  for (int d = 0; d < 7; ++d) if (w == kWeekdays[d]) return d;
  return -1;
}

bool IsPrep(std::string_view w) {
  static constexpr std::string_view k[] = {"after", "at", "before", "between", "by", "during",
                                           "from", "in", "on", "over", "since", "through",
                                           "throughout", "till", "until"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

bool IsPeriodNoun(std::string_view w) {
  static constexpr std::string_view k[] = {"autumn", "beginning", "end",    "fall",  "half",
                                           "middle", "spring",    "start",  "summer", "winter"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

bool IsPartOfDay(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night";
}

bool IsOrdinalSuffix(std::string_view w) { return w == "st" || w == "nd" || w == "rd" || w == "th"; }

class Scanner {
 public:
  Scanner(const TokenStream& ts, std::optional<int64_t> pub, std::vector<StreamDate>* out)
      : ts_(ts), pub_(pub), out_(out) {}

  void Run() {
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

 private:
  std::string_view L(size_t i) const { return ts_.Low(i); }
  bool Glued(size_t i) const { return i < ts_.size() && !ts_[i].space_before; }

  // A day of the month at i (with an ordinal suffix); returns tokens used.
  size_t Day(size_t i, int* d) const {
    if (i >= ts_.size() || !ts_[i].IsInt() || ts_[i].int_digits > 2) return 0;
    if (ts_[i].mant < 1 || ts_[i].mant > 31) return 0;
    if (L(i + 1) == ":") return 0;  // a time
    *d = static_cast<int>(ts_[i].mant);
    return Glued(i + 1) && IsOrdinalSuffix(L(i + 1)) ? 2 : 1;
  }
  int YearAt(size_t i) const {
    if (i >= ts_.size() || !ts_[i].IsInt() || ts_[i].int_digits != 4 || ts_[i].grouped) return 0;
    return ts_[i].mant >= 1900 && ts_[i].mant <= 2100 ? static_cast<int>(ts_[i].mant) : 0;
  }
  // Month at i, with the checks that keep verbs and names out.
  int MonthAt(size_t i, bool* abbrev) const {
    if (i >= ts_.size() || !ts_[i].IsWord()) return 0;
    int m = MonthOf(L(i), abbrev);
    if ((m == 3 || m == 5 || m == 8) && !*abbrev && !ts_[i].cap) return 0;
    return m;
  }

  // Extends a date that starts at i back over a modifier ("early", "last")
  // and a preposition ("in", "on"); *hint says which way "last"/"next" point.
  size_t Lookback(size_t i, YearHint* hint, bool* context) const {
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
      YearHint h = w == "last" ? YearHint::kBefore : w == "next" ? YearHint::kAfter
                   : w == "this" ? YearHint::kSame : YearHint::kNearest;
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

  void Emit(size_t a, size_t b, std::string value, const char* precision) {
    StreamDate d;
    d.a = static_cast<uint32_t>(a);
    d.b = static_cast<uint32_t>(b);
    d.date.value = std::move(value);
    d.date.precision = precision;
    d.date.text = std::string(ts_.Text(a, b));
    out_->push_back(std::move(d));
  }
  std::string DayValue(int y, int m, int d, YearHint hint) const {
    if (y == 0 && pub_) y = ResolveYear(*pub_, m, d, hint);
    return FormatDay(y, m, d);
  }
  std::string Known(int64_t days) const { return pub_ ? FormatDay(days) : std::string(); }
  std::string KnownRange(int64_t from, int64_t to) const {
    return pub_ ? FormatDay(from) + "/" + FormatDay(to) : std::string();
  }
  int64_t Monday() const { return *pub_ - WeekdayOf(*pub_); }
  // The latest weekday wd on or before publication (strictly before if strict).
  int64_t WeekdayBefore(int wd, bool strict) const {
    int delta = (WeekdayOf(*pub_) - wd + 7) % 7;
    if (strict && delta == 0) delta = 7;
    return *pub_ - delta;
  }

  bool Relative(size_t i);
  bool Overnight(size_t i, size_t b);
  bool Holiday(size_t i);
  bool Iso(size_t i);
  bool MonthFirst(size_t i, size_t span_start);
  bool DayFirst(size_t i);
  bool Weekday(size_t i);
  bool Year(size_t i);

  const TokenStream& ts_;
  std::optional<int64_t> pub_;
  std::vector<StreamDate>* out_;
  size_t floor_ = 0;
};

bool Scanner::Relative(size_t i) {
  std::string_view w = L(i);
  const int64_t p = pub_.value_or(0);
  auto part_of_day = [&](size_t b) { return IsPartOfDay(L(b)) ? b + 1 : b; };
  if (w == "yesterday") {
    size_t b = part_of_day(i + 1);
    Emit(i, b, Known(p - 1), "day");
    return true;
  }
  if (w == "today" || w == "tonight") {
    Emit(i, i + 1, Known(p), "day");
    return true;
  }
  if (w == "overnight") return Overnight(i, i + 1);
  if ((w == "during" || w == "in") && L(i + 1) == "the" && L(i + 2) == "night" &&
      L(i + 3) != "of") {
    return Overnight(i, i + 3);
  }
  if (w == "the" && L(i + 1) == "day" && L(i + 2) == "before" && L(i + 3) == "yesterday") {
    Emit(i, i + 4, Known(p - 2), "day");
    return true;
  }
  size_t j = i;
  if (w == "earlier" || w == "later") ++j;
  std::string_view m = L(j), n = L(j + 1);
  if (m == "this" && (n == "morning" || n == "afternoon" || n == "evening")) {
    Emit(i, j + 2, Known(p), "day");
    return true;
  }
  if (j > i && m == "today") {
    Emit(i, j + 1, Known(p), "day");
    return true;
  }
  if (m == "last" && n == "night") {
    Emit(i, j + 2, Known(p - 1), "day");
    return true;
  }
  if ((m == "this" || m == "last") && (n == "week" || n == "weekend")) {
    int64_t mon = pub_ ? Monday() : 0;
    if (m == "this" && n == "week") Emit(i, j + 2, KnownRange(mon, p), "range");
    else if (m == "this") Emit(i, j + 2, KnownRange(mon + 5, mon + 6), "range");
    else if (n == "week") Emit(i, j + 2, KnownRange(mon - 7, mon - 1), "range");
    else Emit(i, j + 2, KnownRange(mon - 2, mon - 1), "range");
    return true;
  }
  if ((m == "this" || m == "last") && n == "month") {
    CivilDay c = CivilFromDays(p);
    if (m == "last") c = c.m == 1 ? CivilDay{c.y - 1, 12, 1} : CivilDay{c.y, c.m - 1, 1};
    Emit(i, j + 2, pub_ ? FormatMonth(c.y, c.m) : std::string(), "month");
    return true;
  }
  if ((m == "this" || m == "last") && n == "year") {
    int y = CivilFromDays(p).y - (m == "last");
    Emit(i, j + 2, pub_ ? std::to_string(y) : std::string(), "year");
    return true;
  }
  // "two days ago", "a week ago", "3 weeks ago"
  int count = w == "a" || w == "one" ? 1 : SmallNumberWord(w);
  if (ts_[i].IsInt() && ts_[i].mant < 100) count = static_cast<int>(ts_[i].mant);
  if (count > 0 && L(i + 2) == "ago") {
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
  }
  return false;
}

// The night ending on the publication day, or on the day named after
// "into" / "to" / "on"; dated by the day it began (see dates.h).
bool Scanner::Overnight(size_t i, size_t b) {
  std::string_view w = L(b);
  if (w == "into" || w == "to" || w == "on") {
    int wd = WeekdayWord(L(b + 1));
    if (wd >= 0) {
      Emit(i, b + 2, pub_ ? Known(WeekdayBefore(wd, false) - 1) : std::string(), "day");
      return true;
    }
    bool abbrev = false;
    int m = MonthAt(b + 1, &abbrev);
    int d = 0;
    if (m && Day(b + 2, &d)) {
      size_t e = b + 2 + Day(b + 2, &d);
      int y = pub_ ? ResolveYear(*pub_, m, d, YearHint::kNearest) : 0;
      std::string value = y ? FormatDay(DaysFromCivil(y, m, d) - 1)
                            : (d > 1 ? FormatDay(0, m, d - 1) : std::string());
      Emit(i, e, std::move(value), "day");
      return true;
    }
  }
  Emit(i, b, Known(pub_.value_or(0) - 1), "day");
  return true;
}

bool Scanner::Holiday(size_t i) {
  std::string_view w = L(i);
  size_t a = i, b = i + 1;
  int m = 0, d = 0;
  if (w == "christmas") {
    bool orthodox = i > floor_ && L(i - 1) == "orthodox";
    bool eve = L(i + 1) == "eve";
    if (eve || L(i + 1) == "day" || IsPartOfDay(L(i + 1))) b = i + 2;
    else if (i == 0 || !(IsPrep(L(i - 1)) || L(i - 1) == "of" || orthodox)) return false;
    if (orthodox) a = i - 1;
    m = orthodox ? 1 : 12;
    d = orthodox ? (eve ? 6 : 7) : (eve ? 24 : 25);
  } else if (w == "new" && ts_[i].cap && L(i + 1) == "year") {
    b = i + 2;
    m = 1, d = 1;
    if (L(i + 2) == "day") b = i + 3;
    else if (L(i + 2) == "eve") b = i + 3, m = 12, d = 31;
    else if (i == 0 || !IsPrep(L(i - 1))) return false;
  } else if (w == "independence" && L(i + 1) == "day" && i > floor_ &&
             ((L(i - 1) == "ukraine" && ts_[i - 1].poss) || L(i - 1) == "ukrainian")) {
    a = i - 1, b = i + 2, m = 8, d = 24;
  } else if (w == "victory" && ts_[i].cap && L(i + 1) == "day") {
    b = i + 2, m = 5, d = 9;
  } else {
    return false;
  }
  YearHint hint = YearHint::kNearest;
  bool context = false;
  a = Lookback(a, &hint, &context);
  Emit(a, b, DayValue(0, m, d, hint), "day");
  return true;
}

bool Scanner::Iso(size_t i) {
  int y = YearAt(i);
  if (!y || !Glued(i + 1) || L(i + 1) != "-" || !Glued(i + 2) || !ts_[i + 2].IsInt()) return false;
  if (!Glued(i + 3) || L(i + 3) != "-" || !Glued(i + 4) || !ts_[i + 4].IsInt()) return false;
  int m = static_cast<int>(ts_[i + 2].mant), d = static_cast<int>(ts_[i + 4].mant);
  if (!ValidDay(y, m, d)) return false;
  YearHint hint;
  bool context;
  Emit(Lookback(i, &hint, &context), i + 5, FormatDay(y, m, d), "day");
  return true;
}

// "December 16[, 2024]", "December 20-25", "December 30 to January 2",
// "December 2024", "in (early) December", "mid-December".
bool Scanner::MonthFirst(size_t i, size_t span_start) {
  if (i >= ts_.size()) return false;
  std::string_view w = L(i);
  bool abbrev = false, mid = false;
  int m = MonthAt(i, &abbrev);
  if (!m && ts_[i].IsWord()) {
    for (std::string_view pre : {"mid-", "early-", "late-"}) {
      if (w.size() > pre.size() && w.substr(0, pre.size()) == pre) {
        m = MonthOf(w.substr(pre.size()), &abbrev);
        mid = m && !abbrev;
      }
    }
    if (!mid) return false;
  }
  if (!m) return false;
  YearHint hint = YearHint::kNearest;
  bool context = false;
  size_t a = span_start == i ? Lookback(i, &hint, &context) : span_start;
  int d = 0, y = 0;
  size_t used = mid ? 0 : Day(i + 1, &d);
  if (used) {
    size_t b = i + 1 + used;
    size_t c = L(b) == "," ? b + 1 : b;
    if ((y = YearAt(c))) b = c + 1;
    // A range: "-", "to", "through", "and" (after "between"), "until".
    std::string_view conn = L(b);
    bool between = a < i && L(a) == "between";
    if (!y && (conn == "-" || conn == "to" || conn == "through" || conn == "until" ||
               (conn == "and" && between))) {
      bool abbrev2 = false;
      int m2 = MonthAt(b + 1, &abbrev2);
      size_t k = m2 ? b + 2 : b + 1;
      int d2 = 0;
      if (size_t u2 = Day(k, &d2)) {
        if (!m2) m2 = m;
        if (m2 == m && d2 <= d) return Emit(a, b, DayValue(y, m, d, hint), "day"), true;
        size_t e = k + u2;
        size_t c2 = L(e) == "," ? e + 1 : e;
        int y2 = YearAt(c2);
        if (y2) e = c2 + 1;
        if (!ValidDay(y2 ? y2 : 2000, m, d) || !ValidDay(y2 ? y2 : 2000, m2, d2)) return false;
        int y1 = y2 ? (m2 < m ? y2 - 1 : y2) : (pub_ ? ResolveYear(*pub_, m, d, hint) : 0);
        if (!y2 && y1) y2 = m2 < m ? y1 + 1 : y1;
        Emit(a, e, FormatDay(y1, m, d) + "/" + FormatDay(y2, m2, d2), "range");
        return true;
      }
    }
    if (!ValidDay(y ? y : 2000, m, d)) return false;
    Emit(a, b, DayValue(y, m, d, hint), "day");
    return true;
  }
  if (abbrev && !mid) return false;  // "Jan" alone may be a name
  if ((y = YearAt(i + 1))) {
    Emit(a, i + 2, FormatMonth(y, m), "month");
    return true;
  }
  if (!context && !mid) return false;
  if (L(i + 1) == "of") return false;  // "in May of last year": too loose to date
  if (pub_) y = ResolveMonthYear(*pub_, m, hint);
  Emit(a, i + 1, FormatMonth(y, m), "month");
  return true;
}

// "16 December [2024]", "16th of December", "20-25 December".
bool Scanner::DayFirst(size_t i) {
  int d = 0, d2 = 0;
  size_t used = Day(i, &d);
  if (!used) return false;
  size_t k = i + used;
  size_t range_end = 0;
  if ((L(k) == "-" || L(k) == "to" || L(k) == "and") && Day(k + 1, &d2)) {
    range_end = k + 1 + Day(k + 1, &d2);
    k = range_end;
  }
  if (L(k) == "of") ++k;
  bool abbrev = false;
  int m = MonthAt(k, &abbrev);
  if (!m) return false;
  YearHint hint = YearHint::kNearest;
  bool context = false;
  size_t a = Lookback(i, &hint, &context);
  size_t b = k + 1;
  int y = YearAt(b);
  if (y) ++b;
  if (!ValidDay(y ? y : 2000, m, d)) return false;
  if (range_end) {
    if (!ValidDay(y ? y : 2000, m, d2) || d2 <= d) return false;
    if (!y && pub_) y = ResolveYear(*pub_, m, d, hint);
    Emit(a, b, FormatDay(y, m, d) + "/" + FormatDay(y, m, d2), "range");
    return true;
  }
  Emit(a, b, DayValue(y, m, d, hint), "day");
  return true;
}

bool Scanner::Weekday(size_t i) {
  int wd = WeekdayWord(L(i));
  if (wd < 0) {
    // "Mon." etc. only with their period.
    std::string_view w = L(i);
    if (w.size() < 4 || w.back() != '.') return false;
    for (int k = 0; k < 7; ++k) {
      if (kWeekdays[k].substr(0, 3) == w.substr(0, 3)) wd = k;
    }
    if (wd < 0) return false;
  }
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
    if (!pub_) { Emit(a, e, "", "range"); return true; }
    int64_t to = WeekdayBefore(wd2, hint == YearHint::kBefore);
    int64_t from = to - (wd2 - wd + 7) % 7;
    Emit(a, e, KnownRange(from, to), "range");
    return true;
  }
  if (!pub_) { Emit(a, b, "", "day"); return true; }
  int64_t day = WeekdayBefore(wd, hint == YearHint::kBefore);
  if (hint == YearHint::kAfter) day = *pub_ + ((wd - WeekdayOf(*pub_) + 6) % 7 + 1);
  Emit(a, b, Known(day), "day");
  return true;
}

// "in 2023", "since 2014", "in early 2022".
bool Scanner::Year(size_t i) {
  int y = YearAt(i);
  if (!y || i == 0) return false;
  YearHint hint = YearHint::kNearest;
  bool context = false;
  size_t a = Lookback(i, &hint, &context);
  if (!context || hint != YearHint::kNearest) return false;
  if (!UnitLemma(L(i + 1)).empty() || L(i + 1) == "-") return false;
  Emit(a, i + 1, std::to_string(y), "year");
  return true;
}

}  // namespace

void ScanDates(const TokenStream& ts, std::optional<int64_t> published,
               std::vector<StreamDate>* out) {
  Scanner(ts, published, out).Run();
}

std::vector<DateSpan> FindDates(const Document& doc, const Sentence& s) {
  const SentenceScan& scan = ScanSentence(doc, s);
  std::vector<DateSpan> out;
  out.reserve(scan.dates.size());
  for (const StreamDate& d : scan.dates) {
    out.push_back({scan.ts[d.a].first, scan.ts[d.b - 1].end, d.date});
  }
  return out;
}

EventDate ResolveDateText(std::string_view text, std::string_view published) {
  Article article;
  article.body = std::string(text);
  article.published = std::string(published);
  Document doc = MakeDocument(std::move(article));
  if (doc.tokens.empty()) return {};
  // One sentence over the whole text: the caller means it as one.
  Sentence all{0, static_cast<uint32_t>(doc.text.size()), 0,
               static_cast<uint32_t>(doc.tokens.size()), 0};
  std::vector<DateSpan> dates = FindDates(doc, all);
  return dates.empty() ? EventDate{} : dates.front().date;
}

}  // namespace sitrep::extract

// The date pass (see dates.h): calendar shapes ("December 16", "16 Dec
// 2024", "2024-12-16", "in December", "in 2023") and the pass's interface.
#include "extract/dates.h"

#include <algorithm>
#include <iterator>

#include "extract/date_scanner.h"
#include "extract/lemma.h"
#include "extract/number_words.h"
#include "extract/sentence_scan.h"
#include "sitrep/text.h"

namespace sitrep::extract {
namespace dates_internal {

bool DateScanner::Iso(size_t i) {
  int y = YearAt(i);
  if (!y || !Glued(i + 1) || L(i + 1) != "-" || !Glued(i + 2) || !ts_[i + 2].IsInt()) return false;
  if (!Glued(i + 3) || L(i + 3) != "-" || !Glued(i + 4) || !ts_[i + 4].IsInt()) return false;
  int m = static_cast<int>(ts_[i + 2].mant), d = static_cast<int>(ts_[i + 4].mant);
  if (!ValidDay(y, m, d)) return false;
  YearHint hint = YearHint::kNearest;
  bool context = false;
  Emit(Lookback(i, &hint, &context), i + 5, FormatDay(y, m, d), "day");
  return true;
}

// "December 16[, 2024]", "December 20-25", "December 30 to January 2",
// "December 2024", "in (early) December", "mid-December".
bool DateScanner::MonthFirst(size_t i, size_t span_start) {
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
        if (m2 == m && d2 == d + 1 && NightOf(i)) {  // "the night of July 22 to 23"
          Emit(i >= 3 && L(i - 3) == "the" ? i - 3 : i - 2, e, FormatDay(y2, m2, d2), "day");
          return true;
        }
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
bool DateScanner::DayFirst(size_t i) {
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
    // "on the night of 22 to 23 July": a night is dated by the morning it
    // ended, as "overnight" is (dates.h).
    if (d2 == d + 1 && NightOf(i)) {
      Emit(i >= 3 && L(i - 3) == "the" ? i - 3 : i - 2, b, FormatDay(y, m, d2), "day");
      return true;
    }
    Emit(a, b, FormatDay(y, m, d) + "/" + FormatDay(y, m, d2), "range");
    return true;
  }
  Emit(a, b, DayValue(y, m, d, hint), "day");
  return true;
}

// "in 2023", "since 2014", "in early 2022".
bool DateScanner::Year(size_t i) {
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

}  // namespace dates_internal

void ScanDates(const TokenStream& ts, std::optional<int64_t> published,
               std::vector<StreamDate>* out) {
  dates_internal::DateScanner(ts, published, out).Run();
}

std::vector<DateSpan> FindDates(const Document& doc, const Sentence& s) {
  const SentenceScan& scan = ScanSentence(doc, s);
  std::vector<DateSpan> out;
  out.reserve(scan.dates.size());
  for (const StreamDate& d : scan.dates) {
    out.push_back({scan.ts[d.a].first, scan.ts[d.b - 1].end, d.date, d.narrative, d.offset});
  }
  return out;
}

bool DayOfSaying(const Document& doc, const DateSpan& d) {
  static constexpr std::string_view kSaying[] = {"said",     "says",      "told",     "added",     "announced",
                                                 "reported", "wrote",     "stated",   "confirmed", "claimed",
                                                 "denied",   "insisted",  "acknowledged", "admitted"};
  for (uint32_t k = 1; k <= 2 && d.first_token >= k; ++k) {
    std::string w = LowerWord(doc.TokenText(doc.tokens[d.first_token - k]));
    if (w == "." || w == "!" || w == "?" || w == ";") break;  // "... said. The previous day, ..."
    if (std::find(std::begin(kSaying), std::end(kSaying), w) != std::end(kSaying)) return true;
  }
  return false;
}

void ResolveNarrativeDates(const Document& doc, std::vector<DateSpan>* dates) {
  std::optional<int64_t> last = ParseIsoDay(doc.published);
  for (DateSpan& d : *dates) {
    if (d.narrative) {
      if (last) {
        d.date.value = FormatDay(*last + d.offset);
        last = *last + d.offset;
      }
      continue;
    }
    if (d.date.precision == "day") {
      if (auto day = ParseIsoDay(d.date.value)) last = day;
    }
  }
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

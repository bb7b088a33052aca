// Date arithmetic after Howard Hinnant's civil-calendar algorithms.
#include "util/calendar.h"

#include <cstdio>
#include <cstdlib>

namespace sitrep {

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDay CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int WeekdayOf(int64_t days) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2) {
    bool leap = y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
    return leap ? 29 : 28;  // an unknown year (0) allows February 29
  }
  return kDays[m - 1];
}

bool ValidDay(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

std::optional<int64_t> ParseIsoDay(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 7}, {8, 10}};
  for (int k = 0; k < 3; ++k) {
    for (int i = pos[k][0]; i < pos[k][1]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  }
  if (v[0] < 1 || !ValidDay(v[0], v[1], v[2])) return std::nullopt;
  return DaysFromCivil(v[0], v[1], v[2]);
}

std::string FormatDay(int y, int m, int d) {
  char buf[32];
  if (y <= 0) {
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

std::string FormatDay(int64_t days) {
  CivilDay c = CivilFromDays(days);
  return FormatDay(c.y, c.m, c.d);
}

std::string FormatMonth(int y, int m) {
  char buf[32];
  if (y <= 0) {
    std::snprintf(buf, sizeof buf, "XXXX-%02d", m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  }
  return buf;
}

namespace {

// Cost of reading a date `delta` units away from publication (positive:
// after it). Looking ahead is allowed but dearer.
int64_t Cost(int64_t delta) { return delta <= 0 ? -delta : 3 * delta; }

}  // namespace

int ResolveYear(int64_t published, int m, int d, YearHint hint) {
  const int py = CivilFromDays(published).y;
  if (hint == YearHint::kSame) return py;
  int best = py;
  int64_t best_cost = INT64_MAX;
  for (int y = py - 1; y <= py + 1; ++y) {
    if (!ValidDay(y, m, d)) continue;
    int64_t delta = DaysFromCivil(y, m, d) - published;
    if (hint == YearHint::kBefore && delta >= 0) continue;
    if (hint == YearHint::kAfter && delta <= 0) continue;
    int64_t cost = Cost(delta);
    if (cost < best_cost) best_cost = cost, best = y;
  }
  return best;
}

int64_t EasterDays(int y, bool orthodox) {
  if (orthodox) {
    int a = y % 4, b = y % 7, c = y % 19;
    int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    int n = d + e + 114;
    return DaysFromCivil(y, n / 31, n % 31 + 1) + 13;  // a Julian date, moved
  }
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int n = h + l - 7 * m + 114;
  return DaysFromCivil(y, n / 31, n % 31 + 1);
}

int64_t ResolveEaster(int64_t published, bool orthodox, int offset, YearHint hint) {
  const int py = CivilFromDays(published).y;
  if (hint == YearHint::kSame) return EasterDays(py, orthodox) + offset;
  int64_t best = EasterDays(py, orthodox) + offset;
  int64_t best_cost = INT64_MAX;
  for (int y = py - 1; y <= py + 1; ++y) {
    int64_t day = EasterDays(y, orthodox) + offset;
    int64_t delta = day - published;
    if (hint == YearHint::kBefore && delta >= 0) continue;
    if (hint == YearHint::kAfter && delta <= 0) continue;
    int64_t cost = Cost(delta);
    if (cost < best_cost) best_cost = cost, best = day;
  }
  return best;
}

int ResolveMonthYear(int64_t published, int m, YearHint hint) {
  const CivilDay p = CivilFromDays(published);
  if (hint == YearHint::kSame) return p.y;
  int best = p.y;
  int64_t best_cost = INT64_MAX;
  for (int y = p.y - 1; y <= p.y + 1; ++y) {
    int64_t delta = (y - p.y) * 12 + (m - p.m);
    if (hint == YearHint::kBefore && delta >= 0) continue;
    if (hint == YearHint::kAfter && delta <= 0) continue;
    int64_t cost = Cost(delta);
    if (cost < best_cost) best_cost = cost, best = y;
  }
  return best;
}

}  // namespace sitrep

#include "ingest/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace sitrep::ingest {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};
// Words that may stand around a date in a byline or header without changing it.
constexpr std::array<std::string_view, 9> kFillers = {"on",  "published", "updated", "posted", "date",
                                                      "at",  "last",      "the",     "of"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ','; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// Index+1 of the name `word` abbreviates (at least three letters: "Dec",
// "Sept", "Tues"), or 0.
template <size_t N>
int FindName(const std::array<std::string_view, N>& names, std::string_view word) {
  if (word.size() < 3) return 0;
  for (size_t i = 0; i < N; ++i) {
    if (names[i].substr(0, word.size()) == word) return static_cast<int>(i) + 1;
  }
  return 0;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Format(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysIn(year, month)) {
    return "";
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Reads a run of digits at s[*i]; returns -1 when there is none or it is
// longer than max_len.
int ReadNumber(std::string_view s, size_t* i, size_t max_len) {
  size_t start = *i;
  int value = 0;
  while (*i < s.size() && IsDigit(s[*i]) && *i - start < max_len) value = value * 10 + (s[(*i)++] - '0');
  if (*i == start || (*i < s.size() && IsDigit(s[*i]))) return -1;
  return value;
}

// "2024-12-17", "2024/12/17", with anything after a 'T' or space ignored.
std::string IsoDate(std::string_view s) {
  size_t i = 0;
  int year = ReadNumber(s, &i, 4);
  if (year < 0 || i != 4 || i >= s.size() || (s[i] != '-' && s[i] != '/')) return "";
  char sep = s[i++];
  int month = ReadNumber(s, &i, 2);
  if (month < 0 || i >= s.size() || s[i++] != sep) return "";
  int day = ReadNumber(s, &i, 2);
  if (day < 0 || (i < s.size() && s[i] != 'T' && s[i] != 't' && s[i] != ' ')) return "";
  return Format(year, month, day);
}

// "17.12.2024" (day first, as in Europe) and "12/17/2024" or "17/12/2024"
// when the day is the number over 12; an ambiguous "05/06/2024" gives "".
std::string NumericDate(std::string_view s) {
  size_t i = 0;
  int a = ReadNumber(s, &i, 2);
  if (a < 0 || i >= s.size() || (s[i] != '.' && s[i] != '/')) return "";
  char sep = s[i++];
  int b = ReadNumber(s, &i, 2);
  if (b < 0 || i >= s.size() || s[i++] != sep) return "";
  size_t year_start = i;
  int year = ReadNumber(s, &i, 4);
  if (year < 0 || i - year_start != 4 || i != s.size()) return "";
  if (sep == '.') return Format(year, b, a);
  if (a > 12 && b <= 12) return Format(year, b, a);
  if (b > 12 && a <= 12) return Format(year, a, b);
  return "";
}

bool IsTime(std::string_view w) { return w.find(':') != std::string_view::npos && IsDigit(w[0]); }

bool IsZone(std::string_view w) {
  if ((w[0] == '+' || w[0] == '-') && w.size() == 5) {
    for (size_t i = 1; i < 5; ++i)
      if (!IsDigit(w[i])) return false;
    return true;
  }
  static constexpr std::array<std::string_view, 14> kZones = {
      "gmt", "utc", "ut", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "am", "pm"};
  for (auto z : kZones)
    if (Lower(w) == z) return true;
  return false;
}

struct Parts {
  int year = -1, month = 0, day = -1;
};

// Folds one word into the date; false when it cannot belong to one.
bool TakeWord(std::string_view w, Parts* p) {
  std::string lower = Lower(w);
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower.empty()) return true;
  for (auto f : kFillers)
    if (lower == f || lower == std::string(f) + ":") return true;
  if (IsDigit(lower[0])) {
    if (IsTime(lower)) return true;
    size_t i = 0;
    int n = ReadNumber(lower, &i, 4);
    std::string_view rest = std::string_view(lower).substr(i);
    if (n < 0 || !(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) return false;
    if (i == 4 && p->year < 0) return (p->year = n), true;
    if (i <= 2 && p->day < 0) return (p->day = n), true;
    if (i == 2 && p->year < 0 && p->month) return (p->year = n < 50 ? 2000 + n : 1900 + n), true;
    return false;
  }
  if (IsZone(lower)) return true;
  if (int m = FindName(kMonths, lower)) return p->month == 0 && ((p->month = m), true);
  return FindName(kWeekdays, lower) != 0;
}

}  // namespace

std::string NormalizeDate(std::string_view text) {
  if (text.size() > 80) return "";
  Parts parts;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (start == i) break;
    std::string_view word = text.substr(start, i - start);
    // A byline goes on with its author ("Published on May 2, 2024 By Desk"):
    // the date ends there.
    if (Lower(word) == "by" || word == "|" || word == "\xc2\xb7") break;
    if (word.size() == 8 && std::all_of(word.begin(), word.end(), [](char c) { return IsDigit(c); })) {
      // Compact "20241117", as some CMSs write it.
      if (parts.year >= 0 || parts.month || parts.day >= 0) return "";
      std::string dashed = std::string(word.substr(0, 4)) + "-" + std::string(word.substr(4, 2)) + "-" +
                           std::string(word.substr(6, 2));
      return IsoDate(dashed);
    }
    if (word.size() >= 8 && IsDigit(word[0]) && (word[4] == '-' || word[4] == '/')) {
      std::string iso = IsoDate(word);
      if (iso.empty() || parts.year >= 0 || parts.month || parts.day >= 0) return "";
      return iso;
    }
    if (word.size() >= 8 && IsDigit(word[0]) && (word[1] == '.' || word[2] == '.' || word[1] == '/' ||
                                                  word[2] == '/')) {
      std::string date = NumericDate(word);
      if (date.empty() || parts.year >= 0 || parts.month || parts.day >= 0) return "";
      return date;
    }
    if (!TakeWord(word, &parts)) return "";
  }
  if (parts.year < 0 || parts.month == 0 || parts.day < 0) return "";
  return Format(parts.year, parts.month, parts.day);
}

bool IsRelativeTime(std::string_view text) {
  std::string lower = Lower(text);
  while (!lower.empty() && IsSpace(lower.back())) lower.pop_back();
  if (lower == "just now" || lower == "yesterday" || lower == "today") return true;
  if (lower.size() > 30 || lower.size() < 5 || lower.substr(lower.size() - 4) != " ago") return false;
  static constexpr std::array<std::string_view, 7> kUnits = {"second", "minute", "hour", "day",
                                                             "week",   "month",  "year"};
  for (auto unit : kUnits)
    if (lower.find(unit) != std::string::npos) return true;
  return false;
}

}  // namespace sitrep::ingest

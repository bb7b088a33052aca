#include "store/date_range.h"

#include <cctype>
#include <cstdio>

#include "util/calendar.h"

namespace sitrep::store {

namespace {

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// One side: YYYY, YYYY-MM or YYYY-MM-DD.
std::pair<std::string, std::string> Side(std::string_view v) {
  if (v.size() < 4 || !Digits(v.substr(0, 4))) return {};
  int year = std::stoi(std::string(v.substr(0, 4)));
  if (v.size() == 4) return {std::string(v) + "-01-01", std::string(v) + "-12-31"};
  if (v.size() < 7 || v[4] != '-' || !Digits(v.substr(5, 2))) return {};
  int month = std::stoi(std::string(v.substr(5, 2)));
  if (month < 1 || month > 12) return {};
  if (v.size() == 7) {
    char last[16];
    std::snprintf(last, sizeof last, "%s-%02d", std::string(v).c_str(), DaysInMonth(year, month));
    return {std::string(v) + "-01", last};
  }
  if (v.size() != 10 || v[7] != '-' || !Digits(v.substr(8, 2))) return {};
  int day = std::stoi(std::string(v.substr(8, 2)));
  if (!ValidDay(year, month, day)) return {};
  return {std::string(v), std::string(v)};
}

}  // namespace

std::pair<std::string, std::string> DateRange(std::string_view value) {
  size_t slash = value.find('/');
  if (slash == std::string_view::npos) return Side(value);
  auto a = Side(value.substr(0, slash)), b = Side(value.substr(slash + 1));
  if (a.first.empty() || b.first.empty()) return {};
  return {a.first, b.second};
}

}  // namespace sitrep::store

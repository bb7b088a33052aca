// NormalizeDate: the publication dates news pages write, to "YYYY-MM-DD".
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/html_meta.h"

namespace sitrep::ingest {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

int DaysIn(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string Format(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) return {};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  char w[3] = {static_cast<char>(word[0] | 0x20), static_cast<char>(word[1] | 0x20),
               static_cast<char>(word[2] | 0x20)};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (std::string_view(w, 3) == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

struct Word {
  std::string_view text;
  bool digits;
  char next;  // the character after the word, 0 at the end
};

std::vector<Word> Words(std::string_view s) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < s.size() && words.size() < 12) {
    if (!IsDigit(s[i]) && !IsAlpha(s[i])) {
      ++i;
      continue;
    }
    bool digits = IsDigit(s[i]);
    size_t b = i;
    while (i < s.size() && (digits ? IsDigit(s[i]) : IsAlpha(s[i]))) ++i;
    words.push_back({s.substr(b, i - b), digits, i < s.size() ? s[i] : '\0'});
  }
  return words;
}

int Number(std::string_view d) {
  int n = 0;
  for (char c : d.substr(0, 8)) n = n * 10 + (c - '0');
  return n;
}

// Y-M-D with '-', '/' or '.', or eight digits; D.M.Y with dots.
std::string Numeric(const std::vector<Word>& w) {
  if (w.size() >= 3 && w[0].digits && w[1].digits && w[2].digits) {
    if (w[0].text.size() == 4) return Format(Number(w[0].text), Number(w[1].text), Number(w[2].text));
    if (w[2].text.size() == 4 && w[0].next == '.') return Format(Number(w[2].text), Number(w[1].text), Number(w[0].text));
    if (w[2].text.size() == 4 && w[0].next == '/') {
      int a = Number(w[0].text), b = Number(w[1].text);
      if (a > 12) return Format(Number(w[2].text), b, a);  // D/M/Y
      if (b > 12) return Format(Number(w[2].text), a, b);  // M/D/Y
    }
  }
  if (!w.empty() && w[0].digits && w[0].text.size() == 8) {
    int n = Number(w[0].text);
    return Format(n / 10000, n / 100 % 100, n % 100);
  }
  return {};
}

// "17 November 2024", "November 17, 2024", "Sun, 17 Nov 2024 08:30 GMT".
std::string Textual(const std::vector<Word>& w) {
  int y = 0, m = 0, d = 0;
  for (const Word& x : w) {
    if (!x.digits) {
      if (!m) m = MonthNumber(x.text);
    } else if (x.text.size() == 4 && !y) {
      y = Number(x.text);
    } else if (x.text.size() <= 2 && !d && x.next != ':') {
      d = Number(x.text);
    }
    if (y && m && d) return Format(y, m, d);
  }
  return {};
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  if (s.size() > 200) s = s.substr(0, 200);
  std::vector<Word> w = Words(s);
  std::string date = Numeric(w);
  return date.empty() ? Textual(w) : date;
}

}  // namespace sitrep::ingest

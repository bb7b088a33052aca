#include "ingest/text_lines.h"

#include <algorithm>
#include <array>

namespace sitrep::ingest {

namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// Trims ASCII whitespace and no-break spaces (U+00A0) from both ends.
std::string_view Trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsSpaceByte(s.front())) s.remove_prefix(1);
    else if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && IsSpaceByte(s.back())) s.remove_suffix(1);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else break;
  }
  return s;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpaceByte(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !IsSpaceByte(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// The line without closing quotes and brackets, which hide its last mark.
std::string_view WithoutClosers(std::string_view s) {
  static constexpr std::array<std::string_view, 6> kClosers = {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99",
                                                               "\xC2\xBB"};
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (auto c : kClosers) {
      if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
        s.remove_suffix(c.size());
        again = true;
      }
    }
  }
  return s;
}

bool EndsWithAny(std::string_view s, std::string_view marks) {
  s = WithoutClosers(s);
  if (s.empty()) return false;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6") return true;  // …
  return marks.find(s.back()) != std::string_view::npos;
}

bool HasLetter(std::string_view s) {
  for (char c : s)
    if (IsUpper(c) || IsLower(c) || IsNonAscii(c)) return true;
  return false;
}

bool StartsLikeListItem(std::string_view s) {
  return s.substr(0, 3) == "\xE2\x80\xA2" || s.substr(0, 2) == "- " || s.substr(0, 2) == "* " ||
         s.substr(0, 2) == "\xC2\xB7";
}

// A line this long is a paragraph of text, never furniture.
constexpr size_t kShortLine = 200;

bool RestIsShort(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (lines[i].text.size() >= kShortLine) return false;
  return true;
}

}  // namespace

std::vector<TextLine> SplitLines(std::string_view text) {
  std::vector<TextLine> lines;
  bool blank = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = Trim(text.substr(pos, eol - pos));
    if (line.empty()) {
      blank = true;
    } else {
      lines.push_back({line, blank && !lines.empty()});
      blank = false;
    }
    pos = eol + 1;
  }
  return lines;
}

bool LinesAreParagraphs(const std::vector<TextLine>& lines) {
  size_t longest = 0;
  for (const auto& l : lines) {
    if (l.blank_before) return false;
    longest = std::max(longest, l.text.size());
  }
  return longest > 100;  // hard-wrapped text stays under 80 columns
}

std::string JoinBody(const std::vector<TextLine>& lines, size_t begin, size_t end, bool lines_are_paragraphs) {
  for (size_t t = begin; t < end; ++t) {
    if (ClassifyFurniture(lines[t].text) == FurnitureKind::kTail && RestIsShort(lines, t + 1, end)) {
      end = t;
      break;
    }
  }
  std::string out;
  bool gap = false;  // a paragraph break is due before the next kept line
  for (size_t i = begin; i < end; ++i) {
    if (ClassifyFurniture(lines[i].text) != FurnitureKind::kNone) {
      gap = true;
      continue;
    }
    if (!out.empty()) out += (gap || lines[i].blank_before || lines_are_paragraphs) ? "\n\n" : "\n";
    out += lines[i].text;
    gap = false;
  }
  return out;
}

bool IsHeadlineLike(std::string_view line, size_t max_bytes) {
  return line.size() <= max_bytes && !IsLower(line[0]) && Words(line).size() >= 2 && HasLetter(line) &&
         !EndsWithAny(line, ".!?:;,") && !StartsLikeListItem(line) &&
         ClassifyFurniture(line) == FurnitureKind::kNone;
}

bool IsCategoryLike(std::string_view line) {
  return line.size() <= 40 && Words(line).size() <= 4 && HasLetter(line) && !EndsWithAny(line, ".!?:;,") &&
         !IsLower(line[0]) && !StartsLikeListItem(line);
}

bool IsNameLike(std::string_view line) {
  static constexpr std::array<std::string_view, 14> kConnectors = {
      "and", "&", "de", "da", "di", "van", "von", "der", "den", "al", "bin", "la", "le", "el"};
  auto words = Words(line);
  if (line.size() > 60 || words.empty() || words.size() > 6 || EndsWithAny(line, "!?:;,")) return false;
  bool capitalized = false;
  for (auto w : words) {
    bool connector = false;
    for (auto c : kConnectors) connector |= (w == c);
    if (connector) continue;
    if (!IsUpper(w[0]) && !IsNonAscii(w[0])) return false;
    for (char c : w)
      if (IsDigit(c) || c == '/' || c == '@' || c == '(' || c == ')') return false;
    capitalized = true;
  }
  return capitalized;
}

std::string NormalizeForMatch(std::string_view line) {
  static constexpr std::array<std::string_view, 12> kEdges = {
      " ", ":", ".", "|", "-", "*", ">", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "\xC2\xBB" /* » */,
      "\xE2\x80\xBA" /* › */, "\xE2\x86\x92" /* → */};
  auto strip = [&](bool front) {
    for (bool again = true; again && !line.empty();) {
      again = false;
      for (auto e : kEdges) {
        if (line.size() < e.size()) continue;
        if (front ? line.substr(0, e.size()) == e : line.substr(line.size() - e.size()) == e) {
          front ? line.remove_prefix(e.size()) : line.remove_suffix(e.size());
          again = true;
        }
      }
    }
  };
  strip(true);
  strip(false);
  std::string out;
  for (char c : line) {
    if (IsSpaceByte(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

}  // namespace sitrep::ingest

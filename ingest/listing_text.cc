#include "ingest/listing_text.h"

#include <array>

#include "ingest/dates.h"

namespace sitrep::ingest {

namespace {

enum class Byline {
  kNone,
  kOpener,    // "Published", "Updated 3 hours ago", "Posted on Dec 17, 2024"
  kByOpener,  // "By", "By Jane Doe", "Written by": a name may follow
  kJoiner,    // "on", "and", "|": only inside a block
  kDate,      // "December 17, 2024", "2 hours ago": opens or continues a block
};

constexpr size_t kMaxBlockLines = 10;
constexpr size_t kMaxNames = 3;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool IsDateLine(std::string_view line) {
  return line.size() <= 60 && (!NormalizeDate(line).empty() || IsRelativeTime(line));
}

Byline ClassifyOne(std::string_view line);

// "By Jane Doe | December 17, 2024": parts joined by one separator, the
// first an opener and the others dates or names.
Byline ClassifyCompound(std::string_view line) {
  static constexpr std::array<std::string_view, 4> kSeparators = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " - "};
  for (auto sep : kSeparators) {
    size_t at = line.find(sep);
    if (at == std::string_view::npos) continue;
    Byline first = ClassifyOne(line.substr(0, at));
    if (first != Byline::kOpener && first != Byline::kByOpener) continue;
    bool rest_ok = true;
    for (size_t start = at + sep.size(); rest_ok && start <= line.size();) {
      size_t next = line.find(sep, start);
      std::string_view part = line.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
      rest_ok = IsDateLine(part) || IsNameLike(part);
      start = next == std::string_view::npos ? line.size() + 1 : next + sep.size();
    }
    if (rest_ok) return first;
  }
  return Byline::kNone;
}

Byline Classify(std::string_view line) {
  if (line.size() > 80) return Byline::kNone;
  Byline kind = ClassifyOne(line);
  return kind != Byline::kNone ? kind : ClassifyCompound(line);
}

Byline ClassifyOne(std::string_view line) {
  std::string n = NormalizeForMatch(line);
  if (n.empty()) return Byline::kJoiner;  // "|", "-", "•"
  static constexpr std::array<std::string_view, 5> kJoiners = {"on", "and", "|", "&", "at"};
  for (auto j : kJoiners)
    if (n == j) return Byline::kJoiner;
  if (n == "by" || n == "written by" || n == "words by" || n == "reported by") return Byline::kByOpener;
  if (StartsWith(n, "by ") && IsNameLike(line.substr(3))) return Byline::kByOpener;
  static constexpr std::array<std::string_view, 5> kOpeners = {"published", "updated", "posted",
                                                               "last updated", "first published"};
  for (auto o : kOpeners) {
    if (n == o) return Byline::kOpener;
    if (StartsWith(n, o) && n.size() > o.size() && (n[o.size()] == ' ' || n[o.size()] == ':')) {
      std::string_view rest = std::string_view(n).substr(o.size() + 1);
      if (IsDateLine(rest) || StartsWith(rest, "on ") || StartsWith(rest, "by ")) return Byline::kOpener;
    }
  }
  if (IsDateLine(line)) return Byline::kDate;
  return Byline::kNone;
}

// The title of a listed article: a headline, though it may ask a question.
bool IsListingTitle(std::string_view line) {
  if (line.size() > 250 || Classify(line) != Byline::kNone) return false;
  std::string_view end = line.substr(line.size() - 1);
  return IsHeadlineLike(line, 250) || ((end == "?" || end == "!") && IsHeadlineLike(line.substr(0, line.size() - 1), 250));
}

}  // namespace

size_t SkipBylineBlock(const std::vector<TextLine>& lines, size_t i, std::string* published, bool* keyword) {
  *keyword = false;
  if (i >= lines.size()) return i;
  Byline first = Classify(lines[i].text);
  if (first != Byline::kOpener && first != Byline::kByOpener && first != Byline::kDate) return i;
  size_t end = i, names = 0;
  Byline prev = Byline::kNone;
  for (; end < lines.size() && end - i < kMaxBlockLines; ++end) {
    std::string_view text = lines[end].text;
    Byline kind = Classify(text);
    if (kind == Byline::kNone) {
      // A name stands only after "By", "and" or another name.
      bool after_by = prev == Byline::kByOpener || prev == Byline::kJoiner || names > 0;
      if (!after_by || names >= kMaxNames || !IsNameLike(text)) break;
      ++names;
    } else {
      names = kind == Byline::kJoiner ? names : 0;
    }
    *keyword |= kind == Byline::kOpener || kind == Byline::kByOpener;
    if (kind == Byline::kDate || kind == Byline::kOpener) {
      std::string date = NormalizeDate(text);
      if (published->empty()) *published = date;
    }
    prev = kind;
  }
  return end;
}

std::vector<TextArticleSpan> FindBylinedArticles(const std::vector<TextLine>& lines) {
  std::vector<TextArticleSpan> spans;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!IsListingTitle(lines[i - 1].text)) continue;
    if (!spans.empty() && i - 1 < spans.back().body_begin) continue;
    TextArticleSpan span;
    bool keyword = false;
    size_t end = SkipBylineBlock(lines, i, &span.published, &keyword);
    if (end == i || end >= lines.size()) continue;  // no block, or nothing after it
    // A bare date after a heading is as likely a timeline entry: it makes a
    // byline only under the text's first line.
    if (!keyword && i != 1) continue;
    span.title = i - 1;
    span.body_begin = end;
    span.body_end = lines.size();
    if (!spans.empty()) {
      TextArticleSpan& prev = spans.back();
      bool category = span.title > prev.body_begin && IsCategoryLike(lines[span.title - 1].text);
      prev.body_end = category ? span.title - 1 : span.title;
    }
    spans.push_back(std::move(span));
    i = end;
  }
  // Running text before the first title means the "title" was a heading
  // inside an article: read it all as one plain article, losing nothing.
  if (!spans.empty()) {
    for (size_t i = 0; i < spans.front().title; ++i)
      if (lines[i].text.size() >= 200) return {};
  }
  return spans;
}

}  // namespace sitrep::ingest

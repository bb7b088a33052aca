// Plain text: optional header lines, then one article, or several when the
// text was saved from a listing page (see listing_text.h).
#include <string>

#include "ingest/dates.h"
#include "ingest/formats.h"
#include "ingest/listing_text.h"
#include "ingest/text_lines.h"

namespace sitrep::ingest {

namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string LowerKey(std::string_view s) {
  std::string out(TrimSpaces(s));
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// Sets one header field; false when `key` names none.
bool SetHeader(const std::string& key, std::string_view value, Article* meta) {
  if (key == "url" || key == "link") meta->url = value;
  else if (key == "title" || key == "headline") meta->title = value;
  else if (key == "outlet" || key == "site") meta->outlet = value;
  else if (key == "date" || key == "published") {
    meta->published = NormalizeDate(value);
    if (meta->published.empty() && !value.empty()) {
      meta->warnings.push_back("publication date not understood: " + std::string(value));
    }
  } else {
    return false;
  }
  return true;
}

// Reads "KEY: value" lines (URL, TITLE, OUTLET, DATE; any case) up to the
// first blank line; returns the offset of the body (0 without headers).
size_t ReadHeaders(std::string_view text, Article* meta) {
  size_t pos = 0, fields = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = TrimSpaces(text.substr(pos, eol - pos));
    if (line.empty()) return fields ? eol + 1 : 0;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 12) break;
    if (!SetHeader(LowerKey(line.substr(0, colon)), TrimSpaces(line.substr(colon + 1)), meta)) break;
    ++fields;
    pos = eol + 1;
  }
  if (fields == 0) return 0;
  return std::min(pos, text.size());
}

void EmitListing(Input& input, const Article& meta, const std::vector<TextLine>& lines,
                 const std::vector<TextArticleSpan>& spans, bool paragraphs) {
  for (size_t k = 0; k < spans.size(); ++k) {
    const TextArticleSpan& span = spans[k];
    Article a = meta;
    if (spans.size() > 1 || a.title.empty()) a.title = lines[span.title].text;
    if (a.published.empty()) a.published = span.published;
    a.part = static_cast<int>(k);
    a.body = JoinBody(lines, span.body_begin, span.body_end, paragraphs);
    input.Emit(std::move(a));
  }
}

void EmitSingle(Input& input, Article a, const std::vector<TextLine>& lines, bool paragraphs) {
  size_t i = 0;
  while (i < lines.size() && ClassifyFurniture(lines[i].text) == FurnitureKind::kLine) ++i;
  if (i + 1 < lines.size()) {
    if (a.title.empty() && IsHeadlineLike(lines[i].text)) a.title = lines[i++].text;
    else if (!a.title.empty() && lines[i].text == a.title) ++i;
  }
  std::string date;
  bool keyword = false;
  i = SkipBylineBlock(lines, i, &date, &keyword);
  if (a.published.empty()) a.published = date;
  a.body = JoinBody(lines, i, lines.size(), paragraphs);
  input.Emit(std::move(a));
}

}  // namespace

void ParseText(Input& input, std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  Article meta;
  meta.source = input.name();
  meta.format = "text";
  std::string_view rest = bytes.substr(ReadHeaders(bytes, &meta));
  std::vector<TextLine> lines = SplitLines(rest);
  bool paragraphs = LinesAreParagraphs(lines);
  std::vector<TextArticleSpan> spans = FindBylinedArticles(lines);
  if (!spans.empty()) return EmitListing(input, meta, lines, spans, paragraphs);
  EmitSingle(input, std::move(meta), lines, paragraphs);
}

}  // namespace sitrep::ingest

#include "ingest/feed_item.h"

#include "ingest/dates.h"
#include "ingest/html.h"
#include "ingest/source.h"

namespace sitrep::ingest {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// One line: runs of whitespace become one space.
std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!IsSpace(c)) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return Trim(out);
}

bool IsBlock(std::string_view tag) {
  return tag == "p" || tag == "div" || tag == "li" || tag == "br" || tag == "blockquote" || tag == "ul" ||
         tag == "ol" || tag == "table" || tag == "tr" || (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' &&
                                                          tag[1] <= '6');
}

}  // namespace

void FeedItem::Reset() {
  for (auto& f : fields_) f.clear();
  for (auto& t : types_) t.clear();
  field_ = kFieldCount;
  inner_depth_ = 0;
  link_.clear();
  link_is_alternate_ = false;
  over_budget_ = false;
}

void FeedItem::Capture(Field field, std::string_view type) {
  field_ = field;
  inner_depth_ = 0;
  fields_[field].clear();
  types_[field] = type;
}

void FeedItem::AddText(std::string_view text) {
  if (!capturing()) return;
  std::string& f = fields_[field_];
  if (f.size() + text.size() > max_bytes_) {
    over_budget_ = true;
    return;
  }
  f.append(text);
}

void FeedItem::CloseElement(std::string_view local_name) {
  if (inner_depth_ > 0) {
    --inner_depth_;
    if (IsBlock(local_name)) AddText("\n\n");
    return;
  }
  field_ = kFieldCount;
}

void FeedItem::OfferLink(std::string_view href, std::string_view rel) {
  bool alternate = rel.empty() || rel == "alternate";
  if (href.empty() || link_is_alternate_ || (!link_.empty() && !alternate)) return;
  link_ = href;
  link_is_alternate_ = alternate;
}

std::string FeedItem::TakeOutlet() {
  std::string outlet = Text(kOutlet);
  fields_[kOutlet].clear();
  return OneLine(outlet);
}

// The field as text: HTML (escaped or in CDATA) converted, xhtml already text.
std::string FeedItem::Text(Field field) const {
  const std::string& raw = fields_[field];
  const std::string& type = types_[field];
  bool markup = raw.find('<') != std::string::npos || raw.find('&') != std::string::npos;
  if ((type == "html" || type == "text/html") && markup) return Trim(HtmlToText(raw));
  return Trim(raw);
}

Status FeedItem::Finish(const std::string& source, int part, Article* a) {
  if (over_budget_) {
    return Status::TooLarge(source + " item " + std::to_string(part) + ": over the " + HumanBytes(max_bytes_) +
                            " budget for one article; skipped it (raise --max-article-bytes)");
  }
  a->source = source;
  a->part = part;
  a->title = OneLine(Text(kTitle));
  a->url = !link_.empty() ? link_ : Trim(fields_[kLink]);
  if (a->url.empty() && Trim(fields_[kGuid]).rfind("http", 0) == 0) a->url = Trim(fields_[kGuid]);
  a->body = Text(kContent);
  if (a->body.empty()) a->body = Text(kSummary);
  if (a->body.empty()) a->body = a->title;  // a headline-only feed still says something
  std::string date = Trim(fields_[kPublished]);
  if (date.empty()) date = Trim(fields_[kUpdated]);
  a->published = NormalizeDate(date);
  if (a->published.empty() && !date.empty()) a->warnings.push_back("publication date not understood: " + date);
  return Status::OK();
}

}  // namespace sitrep::ingest

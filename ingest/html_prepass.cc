#include "ingest/html_prepass.h"

#include <array>
#include <utility>

namespace sitrep::ingest {

namespace {

bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

struct RawAttr {
  std::string_view name;   // as written
  std::string_view value;  // without quotes
  std::string_view raw;    // name="value" as written, quotes included
};

struct Tag {
  std::string name;       // lowercased, at most 32 bytes
  size_t name_end = 0;    // one past the name in the input
  size_t end = 0;         // one past '>', or npos when the input ends inside the tag
  bool self_closing = false;
  std::array<RawAttr, 24> attrs;
  size_t n_attrs = 0;     // attributes past the 24th are not recorded
  size_t total_attrs = 0;
};

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

// Reads the tag whose name starts at `pos` (just after "<" or "</"), the way
// the HTML tokenizer does: attribute values may be quoted and hold '>'.
Tag ReadTag(std::string_view in, size_t pos) {
  Tag t;
  size_t i = pos;
  while (i < in.size() && !IsSpace(in[i]) && in[i] != '/' && in[i] != '>') {
    if (t.name.size() < 32) t.name += Lower(in[i]);
    ++i;
  }
  t.name_end = i;
  while (i < in.size()) {
    char c = in[i];
    if (c == '>') {
      t.self_closing = in[i - 1] == '/';
      t.end = i + 1;
      return t;
    }
    if (IsSpace(c) || c == '/') {
      ++i;
      continue;
    }
    size_t name_at = i;
    while (i < in.size() && !IsSpace(in[i]) && in[i] != '=' && in[i] != '>' && (in[i] != '/' || i == name_at)) ++i;
    RawAttr a;
    a.name = in.substr(name_at, i - name_at);
    size_t after_name = i;
    while (i < in.size() && IsSpace(in[i])) ++i;
    if (i < in.size() && in[i] == '=') {
      ++i;
      while (i < in.size() && IsSpace(in[i])) ++i;
      if (i < in.size() && (in[i] == '"' || in[i] == '\'')) {
        size_t close = in.find(in[i], i + 1);
        if (close == std::string_view::npos) break;
        a.value = in.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        size_t b = i;
        while (i < in.size() && !IsSpace(in[i]) && in[i] != '>') ++i;
        a.value = in.substr(b, i - b);
      }
    } else {
      i = after_name;
    }
    a.raw = in.substr(name_at, i - name_at);
    ++t.total_attrs;
    if (t.n_attrs < t.attrs.size()) t.attrs[t.n_attrs++] = a;
  }
  t.end = std::string_view::npos;
  return t;
}

bool IsJsonLd(const Tag& t) {
  for (size_t k = 0; k < t.n_attrs; ++k) {
    if (!EqualsLower(t.attrs[k].name, "type")) continue;
    std::string v;
    for (char c : t.attrs[k].value.substr(0, 40)) v += Lower(c);
    return v.find("ld+json") != std::string::npos;
  }
  return false;
}

// The attributes later stages read; gumbo need not tokenize the rest
// (srcset, data-*, inline handlers), which on real pages outweigh the text.
bool UsefulAttr(std::string_view tag, std::string_view name, std::string_view value) {
  static constexpr std::array<std::string_view, 13> kKeep = {
      "class", "id", "role", "aria-label", "itemprop", "hidden", "datetime", "property", "name", "content",
      "rel", "charset", "http-equiv"};
  for (std::string_view k : kKeep) {
    if (EqualsLower(name, k)) return true;
  }
  if (EqualsLower(name, "href")) return tag != "a";  // <a href> is rewritten, see Scanner::Rewrite
  if (EqualsLower(name, "style")) {
    for (size_t i = 0; i + 7 <= value.size(); ++i) {
      if (EqualsLower(value.substr(i, 7), "display")) return true;
    }
  }
  return false;
}

// Start of "</name" (case-insensitive) at or after `from`, or in.size().
size_t FindEndTag(std::string_view in, size_t from, std::string_view name) {
  for (size_t p = in.find("</", from); p != std::string_view::npos; p = in.find("</", p + 2)) {
    size_t i = 0;
    while (i < name.size() && p + 2 + i < in.size() && Lower(in[p + 2 + i]) == name[i]) ++i;
    if (i < name.size()) continue;
    size_t after = p + 2 + i;
    if (after >= in.size() || IsSpace(in[after]) || in[after] == '/' || in[after] == '>') return p;
  }
  return in.size();
}

bool IsVoid(std::string_view n) {
  static constexpr std::array<std::string_view, 18> kVoid = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
      "wbr", "keygen", "basefont", "bgsound", "frame"};
  for (std::string_view v : kVoid) if (n == v) return true;
  return false;
}

// Elements a sibling closes implicitly; counting them would only inflate depth.
bool ClosesImplicitly(std::string_view n) {
  static constexpr std::array<std::string_view, 17> kImplied = {
      "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
      "rb", "rt", "rp", "html"};
  for (std::string_view v : kImplied) if (n == v) return true;
  return n == "head" || n == "body";
}

// gumbo keeps these open across blocks and reopens them ("reconstructs the
// active formatting elements"), so their end tags do not nest: they get a
// budget of their own rather than a place on the scan's stack.
bool IsFormatting(std::string_view n) {
  static constexpr std::array<std::string_view, 15> kFormatting = {
      "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u", "mark"};
  for (std::string_view v : kFormatting) if (n == v) return true;
  return false;
}

class Scanner {
 public:
  Scanner(std::string_view in, const PrepassOptions& o, PreparedHtml* out) : in_(in), o_(o), out_(out) {
    out_->html.reserve(in.size());
  }

  void Run() {
    size_t i = 0;
    while ((i = in_.find('<', i)) != std::string_view::npos && i + 1 < in_.size()) {
      char c = in_[i + 1];
      if (c == '!' && in_.compare(i, 4, "<!--") == 0) i = Comment(i);
      else if (c == '/' && i + 2 < in_.size() && IsAlpha(in_[i + 2])) i = EndTag(i);
      else if (IsAlpha(c)) i = StartTag(i);
      else ++i;
    }
    Copy(in_.size());
  }

 private:
  // Runs of whitespace (indentation, mostly) shrink to their first byte:
  // gumbo tokenizes each byte, and the text is collapsed later anyway.
  void Copy(size_t upto) {
    if (upto <= copied_) return;
    std::string_view s = in_.substr(copied_, upto - copied_);
    size_t run = 0;  // start of the bytes not yet appended
    for (size_t i = 0; i + 1 < s.size(); ++i) {
      if (!IsSpace(s[i]) || !IsSpace(s[i + 1])) continue;
      out_->html.append(s.substr(run, i + 1 - run));
      while (i + 1 < s.size() && IsSpace(s[i + 1])) ++i;
      run = i + 1;
    }
    out_->html.append(s.substr(run));
    copied_ = upto;
  }
  void Skip(size_t from, size_t to) {
    Copy(from);
    copied_ = to;
  }

  size_t Comment(size_t i) {
    size_t stop;
    if (in_.compare(i, 5, "<!-->") == 0) stop = i + 5;
    else if (in_.compare(i, 6, "<!--->") == 0) stop = i + 6;
    else if (size_t e = in_.find("-->", i + 4); e != std::string_view::npos) stop = e + 3;
    else stop = in_.size();
    Skip(i, stop);
    return stop;
  }

  size_t EndTag(size_t i) {
    Tag t = ReadTag(in_, i + 2);
    if (t.end == std::string_view::npos) return in_.size();
    if (IsFormatting(t.name)) {
      if (TakeDropped(t.name)) Skip(i, t.end);
      else if (formatting_ > 0) --formatting_;
      return t.end;
    }
    if (!open_.empty() && open_.back() == t.name) {
      Pop(open_.size() - 1);
    } else if (TakeDropped(t.name)) {
      Skip(i, t.end);
    } else {
      for (size_t k = open_.size(); k-- > 0;) {
        if (open_[k] == t.name) {
          Pop(k);
          break;
        }
      }
    }
    return t.end;
  }

  size_t StartTag(size_t i) {
    Tag t = ReadTag(in_, i + 1);
    if (t.end == std::string_view::npos) return in_.size();
    if (t.name == "script" || t.name == "style") return RawText(t, /*keep=*/false);
    if (t.name == "title" || t.name == "textarea" || t.name == "xmp" || t.name == "iframe" ||
        t.name == "noembed" || t.name == "noframes") {
      Rewrite(t);
      return RawText(t, /*keep=*/true);
    }
    if (t.name == "plaintext") return in_.size();
    if (t.name == "svg" || t.name == "noscript" || t.name == "template" || t.name == "select") {
      if (size_t skipped = SkipContent(t); skipped) return skipped;
    }
    if (IsFormatting(t.name)) {
      if (formatting_ >= o_.max_formatting) return Drop(i, t);
      ++formatting_;
      Rewrite(t);
      return t.end;
    }
    bool opens = !IsVoid(t.name) && !ClosesImplicitly(t.name) && !(t.self_closing && foreign_ > 0);
    if (opens && open_.size() >= o_.max_depth) return Drop(i, t);
    if (opens) {
      open_.push_back(t.name);
      if (t.name == "svg" || t.name == "math") ++foreign_;
    }
    Rewrite(t);
    return t.end;
  }

  size_t Drop(size_t i, const Tag& t) {
    Skip(i, t.end);
    ++out_->dropped_tags;
    AddDropped(t.name);
    return t.end;
  }

  // Copies a start tag with only its useful attributes; a link's target
  // shrinks to "#" (a jump within the page) or "/" (a link away).
  void Rewrite(const Tag& t) {
    if (t.total_attrs > t.n_attrs) return;
    Copy(t.name_end);
    for (size_t k = 0; k < t.n_attrs; ++k) {
      const RawAttr& a = t.attrs[k];
      if (UsefulAttr(t.name, a.name, a.value)) {
        out_->html += ' ';
        out_->html.append(a.raw);
      } else if (t.name == "a" && EqualsLower(a.name, "href")) {
        out_->html += a.value.starts_with("#") ? " href=#" : " href=/";
      }
    }
    out_->html += t.self_closing ? "/>" : ">";
    copied_ = t.end;
  }

  // Elements later stages always drop: their content (icon paths, option
  // lists, fallback markup) need not be parsed. Returns where to go on, or 0
  // to parse the element normally when its end tag is missing.
  size_t SkipContent(const Tag& t) {
    for (const std::string& m : unclosed_) {
      if (m == t.name) return 0;  // searched before, to the end: keeps the scan linear
    }
    size_t close = FindEndTag(in_, t.end, t.name);
    if (close == in_.size()) {
      unclosed_.push_back(t.name);
      return 0;
    }
    Rewrite(t);
    Copy(t.end);
    copied_ = close;
    return close;
  }

  // Skips to the element's end tag; empties script and style bodies.
  size_t RawText(const Tag& t, bool keep) {
    size_t close = FindEndTag(in_, t.end, t.name);
    if (!keep) {
      if (IsJsonLd(t) && out_->json_ld.size() < o_.max_json_ld_scripts && close - t.end <= o_.max_json_ld_bytes) {
        out_->json_ld.emplace_back(in_.substr(t.end, close - t.end));
      }
      Skip(t.end, close);
    }
    return close;
  }

  void Pop(size_t k) {
    for (size_t j = k; j < open_.size(); ++j) {
      if (open_[j] == "svg" || open_[j] == "math") --foreign_;
    }
    open_.resize(k);
  }

  void AddDropped(const std::string& name) {
    for (auto& [n, count] : dropped_) {
      if (n == name) {
        ++count;
        return;
      }
    }
    dropped_.emplace_back(name, 1);
  }
  bool TakeDropped(const std::string& name) {
    for (auto& [n, count] : dropped_) {
      if (n == name && count > 0) {
        --count;
        return true;
      }
    }
    return false;
  }

  std::string_view in_;
  const PrepassOptions& o_;
  PreparedHtml* out_;
  size_t copied_ = 0;
  int foreign_ = 0;
  size_t formatting_ = 0;  // formatting start tags not yet matched by an end tag
  std::vector<std::string> open_;
  std::vector<std::string> unclosed_;  // elements whose end tag is missing from the rest of the input
  std::vector<std::pair<std::string, size_t>> dropped_;
};

}  // namespace

PreparedHtml PrepareHtml(std::string_view in, const PrepassOptions& options) {
  PreparedHtml out;
  Scanner(in, options, &out).Run();
  return out;
}

}  // namespace sitrep::ingest

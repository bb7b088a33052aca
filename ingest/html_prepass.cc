#include "ingest/html_prepass.h"

#include <array>
#include <utility>

namespace sitrep::ingest {

namespace {

bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

struct Tag {
  std::string name;       // lowercased, at most 32 bytes
  size_t end = 0;         // one past '>', or npos when the input ends inside the tag
  bool self_closing = false;
  bool json_ld = false;   // type="application/ld+json"
};

// Reads the tag whose name starts at `pos` (just after "<" or "</"), the way
// the HTML tokenizer does: attribute values may be quoted and hold '>'.
Tag ReadTag(std::string_view in, size_t pos) {
  Tag t;
  size_t i = pos;
  while (i < in.size() && !IsSpace(in[i]) && in[i] != '/' && in[i] != '>') {
    if (t.name.size() < 32) t.name += Lower(in[i]);
    ++i;
  }
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
    std::string_view attr = in.substr(name_at, i - name_at);
    while (i < in.size() && IsSpace(in[i])) ++i;
    if (i >= in.size() || in[i] != '=') continue;
    ++i;
    while (i < in.size() && IsSpace(in[i])) ++i;
    size_t value_at = i, value_end;
    if (i < in.size() && (in[i] == '"' || in[i] == '\'')) {
      size_t close = in.find(in[i], i + 1);
      if (close == std::string_view::npos) break;
      value_at = i + 1;
      value_end = close;
      i = close + 1;
    } else {
      while (i < in.size() && !IsSpace(in[i]) && in[i] != '>') ++i;
      value_end = i;
    }
    if (attr.size() == 4 && Lower(attr[0]) == 't' && Lower(attr[1]) == 'y' && Lower(attr[2]) == 'p' &&
        Lower(attr[3]) == 'e') {
      std::string v;
      for (char c2 : in.substr(value_at, std::min<size_t>(value_end - value_at, 40))) v += Lower(c2);
      t.json_ld = v.find("ld+json") != std::string::npos;
    }
  }
  t.end = std::string_view::npos;
  return t;
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
  void Copy(size_t upto) {
    out_->html.append(in_.substr(copied_, upto - copied_));
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
      return RawText(t, /*keep=*/true);
    }
    if (t.name == "plaintext") return in_.size();
    if (IsVoid(t.name) || ClosesImplicitly(t.name) || (t.self_closing && foreign_ > 0)) return t.end;
    if (open_.size() >= o_.max_depth) {
      Skip(i, t.end);
      ++out_->dropped_tags;
      AddDropped(t.name);
      return t.end;
    }
    open_.push_back(t.name);
    if (t.name == "svg" || t.name == "math") ++foreign_;
    return t.end;
  }

  // Skips to the element's end tag; empties script and style bodies.
  size_t RawText(const Tag& t, bool keep) {
    size_t close = FindEndTag(in_, t.end, t.name);
    if (!keep) {
      if (t.json_ld && out_->json_ld.size() < o_.max_json_ld_scripts && close - t.end <= o_.max_json_ld_bytes) {
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
  std::vector<std::string> open_;
  std::vector<std::pair<std::string, size_t>> dropped_;
};

}  // namespace

PreparedHtml PrepareHtml(std::string_view in, const PrepassOptions& options) {
  PreparedHtml out;
  Scanner(in, options, &out).Run();
  return out;
}

}  // namespace sitrep::ingest

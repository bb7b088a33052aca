#include "ingest/html_prepass.h"

#include <utility>

#include "ingest/html_tag.h"

namespace sitrep::ingest {

namespace {

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
      if (!IsHtmlSpace(s[i]) || !IsHtmlSpace(s[i + 1])) continue;
      out_->html.append(s.substr(run, i + 1 - run));
      while (i + 1 < s.size() && IsHtmlSpace(s[i + 1])) ++i;
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
    const Tag& t = ReadTag(in_, i + 2, &tag_);
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
    const Tag& t = ReadTag(in_, i + 1, &tag_);
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
  Tag tag_;  // the tag being read, reused
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

#include "ingest/html_tag.h"

namespace sitrep::ingest {

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

const Tag& ReadTag(std::string_view in, size_t pos, Tag* tag) {
  Tag& t = *tag;
  t.name.clear();
  t.self_closing = false;
  t.n_attrs = t.total_attrs = 0;
  size_t i = pos;
  while (i < in.size() && !IsHtmlSpace(in[i]) && in[i] != '/' && in[i] != '>') {
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
    if (IsHtmlSpace(c) || c == '/') {
      ++i;
      continue;
    }
    size_t name_at = i;
    while (i < in.size() && !IsHtmlSpace(in[i]) && in[i] != '=' && in[i] != '>' && (in[i] != '/' || i == name_at)) ++i;
    RawAttr a;
    a.name = in.substr(name_at, i - name_at);
    size_t after_name = i;
    while (i < in.size() && IsHtmlSpace(in[i])) ++i;
    if (i < in.size() && in[i] == '=') {
      ++i;
      while (i < in.size() && IsHtmlSpace(in[i])) ++i;
      if (i < in.size() && (in[i] == '"' || in[i] == '\'')) {
        size_t close = in.find(in[i], i + 1);
        if (close == std::string_view::npos) break;
        a.value = in.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        size_t b = i;
        while (i < in.size() && !IsHtmlSpace(in[i]) && in[i] != '>') ++i;
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

size_t FindEndTag(std::string_view in, size_t from, std::string_view name) {
  for (size_t p = in.find("</", from); p != std::string_view::npos; p = in.find("</", p + 2)) {
    size_t i = 0;
    while (i < name.size() && p + 2 + i < in.size() && Lower(in[p + 2 + i]) == name[i]) ++i;
    if (i < name.size()) continue;
    size_t after = p + 2 + i;
    if (after >= in.size() || IsHtmlSpace(in[after]) || in[after] == '/' || in[after] == '>') return p;
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

bool ClosesImplicitly(std::string_view n) {
  static constexpr std::array<std::string_view, 17> kImplied = {
      "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
      "rb", "rt", "rp", "html"};
  for (std::string_view v : kImplied) if (n == v) return true;
  return n == "head" || n == "body";
}

bool IsFormatting(std::string_view n) {
  static constexpr std::array<std::string_view, 15> kFormatting = {
      "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u", "mark"};
  for (std::string_view v : kFormatting) if (n == v) return true;
  return false;
}

}  // namespace sitrep::ingest

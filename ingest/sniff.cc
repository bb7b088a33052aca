// Telling formats apart: content first, the file name second.
#include <array>

#include <nlohmann/json.hpp>

#include "ingest/formats.h"

namespace sitrep::ingest {

namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (Lower(s[i]) != prefix[i]) return false;
  return true;
}

// The name of a tag at s[0] == '<' ("rss", "rdf:rdf", "!doctype html"), lower case.
std::string TagName(std::string_view s) {
  std::string name;
  for (size_t i = 1; i < s.size() && name.size() < 40; ++i) {
    char c = Lower(s[i]);
    if (IsBlank(c) || c == '>' || c == '/') break;
    name += c;
  }
  return name;
}

// Skips the BOM, whitespace, "<?xml ...?>", comments and non-HTML doctypes.
std::string_view SkipProlog(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  for (;;) {
    while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
    std::string_view end;
    if (s.substr(0, 2) == "<?") end = "?>";
    else if (s.substr(0, 4) == "<!--") end = "-->";
    else if (StartsWithNoCase(s, "<!doctype") && !StartsWithNoCase(s, "<!doctype html")) end = ">";
    else return s;
    size_t close = s.find(end);
    if (close == std::string_view::npos) return {};
    s.remove_prefix(close + end.size());
  }
}

Format FromMarkup(std::string_view s) {
  if (s.empty() || s[0] != '<') return Format::kText;
  std::string tag = TagName(s);
  if (tag == "rss" || tag == "feed" || tag == "rdf:rdf") return Format::kFeed;
  static constexpr std::array<std::string_view, 14> kHtmlTags = {
      "!doctype", "html", "head", "body",   "article", "div", "main",
      "section",  "meta", "title", "header", "p",      "h1",  "table"};
  for (auto t : kHtmlTags)
    if (tag == t) return Format::kHtml;
  return Format::kText;
}

// A first line that parses as a JSON object or, when it is too long to fit
// in the head, starts like one.
bool LooksLikeJsonObject(std::string_view s) {
  size_t nl = s.find('\n');
  if (nl != std::string_view::npos) return nlohmann::json::accept(s.substr(0, nl));
  if (nlohmann::json::accept(s)) return true;
  size_t i = 1;
  while (i < s.size() && IsBlank(s[i])) ++i;
  return s.size() >= 4096 && i < s.size() && s[i] == '"';
}

// "[" then "{": no prose starts so.
bool StartsLikeJsonArrayOfObjects(std::string_view s) {
  if (s.empty() || s[0] != '[') return false;
  size_t i = 1;
  while (i < s.size() && IsBlank(s[i])) ++i;
  return i < s.size() && s[i] == '{';
}

std::string_view Extension(std::string_view name) {
  size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string_view ext = name.substr(dot);
  if (ext == ".gz" || ext == ".GZ") return Extension(name.substr(0, dot));
  return ext;
}

bool ExtensionIs(std::string_view name, std::initializer_list<std::string_view> exts) {
  std::string_view ext = Extension(name);
  for (auto e : exts)
    if (ext.size() == e.size() && StartsWithNoCase(ext, e)) return true;
  return false;
}

}  // namespace

Format SniffFormat(std::string_view head, std::string_view name) {
  std::string_view s = SkipProlog(head);
  if (!s.empty() && s[0] == '{' && LooksLikeJsonObject(s)) return Format::kJsonLines;
  if (StartsLikeJsonArrayOfObjects(s)) return Format::kJsonDocument;
  if (!s.empty() && s[0] == '{' && ExtensionIs(name, {".json"})) return Format::kJsonDocument;
  if (Format f = FromMarkup(s); f != Format::kText) return f;
  if (ExtensionIs(name, {".html", ".htm", ".xhtml"})) return Format::kHtml;
  if (ExtensionIs(name, {".xml", ".rss", ".atom", ".rdf"})) return Format::kFeed;
  if (ExtensionIs(name, {".jsonl", ".ndjson", ".json"})) return Format::kJsonLines;
  return Format::kText;
}

bool LooksBinary(std::string_view head) {
  head = head.substr(0, 8192);
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f) ++control;
  }
  return control * 10 > head.size();  // text has almost none
}

bool IsNonInputExtension(std::string_view name) {
  return ExtensionIs(name, {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico",
                            ".svg", ".pdf", ".zip", ".7z", ".rar", ".tar", ".tgz", ".bz2", ".xz",
                            ".zst", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt",
                            ".mp3", ".mp4", ".wav", ".mov", ".avi", ".webm", ".exe", ".so", ".o",
                            ".a", ".bin", ".db", ".sqlite", ".woff", ".woff2", ".ttf", ".pyc",
                            // a saved page's scripts and styles; tables are data, not articles
                            ".js", ".css", ".map", ".csv", ".tsv"});
}

bool IsFolderDocumentation(std::string_view path) {
  std::string_view name = path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
  for (std::string_view prefix : {"README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING", "NOTICE"}) {
    if (name.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

}  // namespace sitrep::ingest

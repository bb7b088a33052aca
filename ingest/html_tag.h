// Internal to ingest/: reading one HTML tag out of raw bytes, for the
// prepass (html_prepass.h), and what the prepass knows about elements.
#ifndef SITREP_INGEST_HTML_TAG_H_
#define SITREP_INGEST_HTML_TAG_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::ingest {

inline bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

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

// Reads the tag whose name starts at `pos` (just after "<" or "</"), the way
// the HTML tokenizer does: attribute values may be quoted and hold '>'.
// Fills and returns *tag, which callers reuse: a Tag is large to clear.
const Tag& ReadTag(std::string_view in, size_t pos, Tag* tag);

// Start of "</name" (case-insensitive) at or after `from`, or in.size().
size_t FindEndTag(std::string_view in, size_t from, std::string_view name);

bool EqualsLower(std::string_view s, std::string_view lower);
bool IsJsonLd(const Tag& t);
// The attributes later stages read; gumbo need not tokenize the rest
// (srcset, data-*, inline handlers), which on real pages outweigh the text.
bool UsefulAttr(std::string_view tag, std::string_view name, std::string_view value);
bool IsVoid(std::string_view n);
// Elements a sibling closes implicitly; counting them would only inflate depth.
bool ClosesImplicitly(std::string_view n);
// gumbo keeps these open across blocks and reopens them ("reconstructs the
// active formatting elements"), so their end tags do not nest: they get a
// budget of their own rather than a place on the prepass's stack.
bool IsFormatting(std::string_view n);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_TAG_H_

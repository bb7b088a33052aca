// MakeDocument: the text stage end to end, and the small helpers around it.
#include <xxhash.h>

#include <cstdio>

#include "sitrep/text.h"

namespace sitrep {

size_t Document::TextChars() const {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string ContentHash(std::string_view text) {
  XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string AsciiFold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char c2 = s[i + 2];
      const char* rep = nullptr;
      switch (c2) {
        case 0x98:
        case 0x99:
        case 0x9A:
        case 0x9B:
          rep = "'";
          break;  // ‘ ’ ‚ ‛
        case 0x9C:
        case 0x9D:
        case 0x9E:
        case 0x9F:
          rep = "\"";
          break;  // “ ” „ ‟
        case 0x90:
        case 0x91:
        case 0x92:
        case 0x93:
        case 0x94:
        case 0x95:
          rep = "-";
          break;
        case 0xA6:
          rep = "...";
          break;  // …
        default:
          break;
      }
      if (rep) {
        out += rep;
        i += 3;
        continue;
      }
    }
    out += static_cast<char>(c);
    ++i;
  }
  return out;
}

namespace {

// Titles and outlet names are one line: their line breaks become spaces.
std::string CleanLine(std::string_view raw) {
  std::string s = CleanText(raw, nullptr);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != '\n')
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  return out;
}

}  // namespace

Document MakeDocument(Article article, const TextOptions& options) {
  Document doc;
  doc.warnings = std::move(article.warnings);
  doc.text = CleanText(article.body, &doc.warnings);
  doc.tokens = Tokenize(doc.text);
  doc.sentences = SplitSentences(doc.text, doc.tokens, options);
  doc.id = ContentHash(doc.text);
  doc.source = std::move(article.source);
  doc.part = article.part;
  doc.title = CleanLine(article.title);
  doc.outlet = CleanLine(article.outlet);
  doc.url = std::move(article.url);
  doc.published = std::move(article.published);
  doc.format = std::move(article.format);
  return doc;
}

}  // namespace sitrep

// sitrep/document.h — an article's cleaned text, cut into sentences and tokens.
//
// Every offset in sitrep (tokens, sentences, entity mentions, event evidence)
// is a byte offset into Document::text, end exclusive. The text is valid
// UTF-8 in Unicode NFC, with whitespace normalized: paragraphs are separated
// by "\n\n", list items and headline lines by "\n", and no line has leading
// or trailing blanks. Typographic quotes and dashes stay as they are in the
// text; AsciiFold() in sitrep/text.h gives later stages their ASCII forms.
#ifndef SITREP_DOCUMENT_H_
#define SITREP_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/article.h"

namespace sitrep {

enum class TokenKind : uint8_t {
  kWord,     // letters/digits with inner apostrophes or hyphens ("O'Brien", "pro-Russian"),
             // an abbreviation with its period ("U.S.", "Gen."), a possessive "’s"
  kNumber,   // digits with separators and decimals ("11,000", "1.5", "2024")
  kPunct,    // . , ; : ! ? quotes, brackets, dashes
  kSymbol,   // currency and other symbols ($, €, %, &)
};

struct Token {
  uint32_t start = 0;  // byte offset into Document::text
  uint32_t end = 0;    // exclusive
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  uint32_t start = 0;        // byte offsets into Document::text
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // exclusive
  uint32_t paragraph = 0;    // index of the paragraph (block separated by blank lines)
};

struct Document {
  // Metadata, copied from the Article.
  std::string id;          // stable content hash of the cleaned text (hex)
  std::string source;
  int part = 0;
  std::string title, outlet, url, published, format;

  std::string text;                 // cleaned text (see above)
  std::vector<Sentence> sentences;  // in text order, covering every non-blank byte
  std::vector<Token> tokens;        // in text order
  std::vector<std::string> warnings;

  std::string_view Slice(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  std::string_view TokenText(const Token& t) const { return Slice(t.start, t.end); }
  // Number of Unicode code points in text.
  size_t TextChars() const;
};

}  // namespace sitrep

#endif  // SITREP_DOCUMENT_H_

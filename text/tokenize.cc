// Tokenize / SplitSentences — PROVISIONAL: the text stage replaces this.
#include <cctype>

#include "sitrep/text.h"

namespace sitrep {

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (std::isspace(c)) { ++i; continue; }
    size_t start = i;
    TokenKind kind = TokenKind::kWord;
    if (std::isdigit(c)) {
      kind = TokenKind::kNumber;
      while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',' || text[i] == '.')) ++i;
    } else if (std::isalpha(c) || c >= 0x80) {
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || static_cast<unsigned char>(text[i]) >= 0x80)) ++i;
    } else {
      kind = TokenKind::kPunct;
      ++i;
    }
    tokens.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i), kind});
  }
  return tokens;
}

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const TextOptions& options) {
  std::vector<Sentence> out;
  uint32_t first = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    std::string_view t = text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    bool last = i + 1 == tokens.size();
    if (t == "." || t == "!" || t == "?" || last) {
      out.push_back({tokens[first].start, tokens[i].end, first, i + 1, 0});
      first = i + 1;
    }
  }
  return out;
}

}  // namespace sitrep

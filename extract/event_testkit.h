// Test-only: a stand-in for the text, entity, quantity and date passes, so
// the event pass can be tested (and benchmarked) without them.
//
//   auto lex = testkit::LoadLexicon(SITREP_SOURCE_DIR "/data/patterns/tests/lexicon.tsv");
//   testkit::Annotated a = testkit::Annotate("Russian forces struck Kharkiv.", lex.value());
//   auto events = extractor->Find(a.doc, a.ann, a.entities);
//
// Tokens follow the token contract of docs (words, possessive 's split off,
// "U.S." kept, numbers with separators, $ € £ % as symbols). Entities come
// from a small lexicon (longest match, case-sensitive), quantities from
// numbers and number words with their qualifiers ("about", "at least"),
// ranges and multipliers ("242 million"), dates from "December 16",
// "Dec. 16, 2024", "January 2025", "today" and "yesterday". Header-only so
// that nothing of it is linked into the library.
#ifndef SITREP_EXTRACT_EVENT_TESTKIT_H_
#define SITREP_EXTRACT_EVENT_TESTKIT_H_

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/annotations.h"
#include "extract/lemma.h"
#include "sitrep/document.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep::extract::testkit {

struct LexiconItem {
  std::string name, type, country, feature, canonical;
};
using Lexicon = std::vector<LexiconItem>;

// TSV: name, type (person organization location weapon military_unit group
// demonym), country, feature, canonical name (optional). '#' starts a comment.
inline Result<Lexicon> LoadLexicon(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  Lexicon lex;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
    f.resize(5);
    lex.push_back({f[0], f[1], f[2], f[3], f[4].empty() ? f[0] : f[4]});
  }
  return lex;
}

inline bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the UTF-8 punctuation at s[i] that is not a letter, or 0.
inline size_t Utf8Punct(std::string_view s, size_t i) {
  static constexpr std::string_view kPunct[] = {"’", "‘", "“", "”", "—", "–", "…", "«", "»", "€", "£"};
  for (auto p : kPunct) {
    if (s.substr(i, p.size()) == p) return p.size();
  }
  return 0;
}

inline bool IsLetterAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = s[i];
  return IsAsciiAlnum(c) || (c >= 0x80 && Utf8Punct(s, i) == 0);
}

inline std::vector<Token> Tokenize(std::string_view s) {
  static constexpr std::string_view kAbbrev[] = {
      "U.S.", "U.K.", "U.N.", "E.U.", "Lt.", "Gen.", "Col.", "Maj.", "Sgt.", "Dec.", "Jan.",
      "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "St.", "No.", "Mr.", "Mrs.", "Dr."};
  std::vector<Token> out;
  size_t i = 0;
  auto push = [&](size_t a, size_t b, TokenKind k) {
    out.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b), k});
  };
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { ++i; continue; }
    bool abbrev = false;
    for (auto a : kAbbrev) {
      if (s.substr(i, a.size()) == a && !IsLetterAt(s, i + a.size())) {
        push(i, i + a.size(), TokenKind::kWord);
        i += a.size();
        abbrev = true;
        break;
      }
    }
    if (abbrev) continue;
    size_t start = i;
    if (c >= '0' && c <= '9') {
      while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') ||
                              ((s[i] == ',' || s[i] == '.') && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9'))) ++i;
      push(start, i, TokenKind::kNumber);
      continue;
    }
    if (IsLetterAt(s, i)) {
      while (true) {
        while (IsLetterAt(s, i)) i += (static_cast<unsigned char>(s[i]) >= 0x80) ? 1 : 1;
        size_t join = 0;
        if (i < s.size() && (s[i] == '-' || s[i] == '\'')) join = 1;
        if (s.substr(i, 3) == "’") join = 3;
        if (!join || !IsLetterAt(s, i + join)) break;
        // A possessive 's at the word's end is its own token.
        if (s[i] != '-' && (s[i + join] == 's') && !IsLetterAt(s, i + join + 1)) break;
        i += join;
      }
      push(start, i, TokenKind::kWord);
      continue;
    }
    if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == 's') {
      push(i, i + 2, TokenKind::kWord);
      i += 2;
      continue;
    }
    if (s.substr(i, 3) == "’" && i + 3 < s.size() && s[i + 3] == 's') {
      push(i, i + 4, TokenKind::kWord);
      i += 4;
      continue;
    }
    if (c == '$' || c == '%' || s.substr(i, 3) == "€" || s.substr(i, 2) == "£") {
      size_t n = c == '$' || c == '%' ? 1 : (s.substr(i, 3) == "€" ? 3 : 2);
      push(i, i + n, TokenKind::kSymbol);
      i += n;
      continue;
    }
    if (s.substr(i, 3) == "...") { push(i, i + 3, TokenKind::kPunct); i += 3; continue; }
    size_t n = Utf8Punct(s, i);
    if (n == 0) n = c >= 0x80 ? 1 : 1;
    push(i, i + n, TokenKind::kPunct);
    i += n;
  }
  return out;
}

inline std::vector<Sentence> SplitSentences(std::string_view s, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  uint32_t first = 0, paragraph = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    std::string_view t = s.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    bool last = i + 1 == tokens.size();
    bool break_after = !last && s.substr(tokens[i].end, tokens[i + 1].start - tokens[i].end).find("\n\n") !=
                                    std::string_view::npos;
    bool stop = t == "." || t == "!" || t == "?";
    if (stop && !last) {
      std::string_view next = s.substr(tokens[i + 1].start, 1);
      stop = !(next[0] >= 'a' && next[0] <= 'z');
    }
    if (stop || last || break_after) {
      out.push_back({tokens[first].start, tokens[i].end, first, i + 1, paragraph});
      first = i + 1;
      if (break_after) ++paragraph;
    }
  }
  return out;
}

struct Annotated {
  Document doc;
  Annotations ann;
  std::vector<Entity> entities;
};

}  // namespace sitrep::extract::testkit

#include "extract/event_testkit_annotate.h"

#endif  // SITREP_EXTRACT_EVENT_TESTKIT_H_

// SplitSentences: sentence boundaries over the tokens of a cleaned text.
//
// A line break always ends a sentence (headlines, list items and blank-line
// paragraphs carry no final period). Within a line, a sentence ends after
// . ! ? or an ellipsis, taking the closing quotes and brackets with it,
// unless what follows shows it goes on: a lowercase word, a comma, a
// decimal's digits. Abbreviations keep their period in their token
// ("Gen.", "U.S."); those that may end a sentence do so only when the next
// word is a typical sentence opener ("The", "He").
#include <utf8proc.h>

#include <algorithm>

#include "sitrep/text.h"
#include "text/abbreviations.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

using text::AbbrevKind;

class Splitter {
 public:
  Splitter(std::string_view s, const std::vector<Token>& t, const TextOptions& o)
      : s_(s), t_(t), opt_(o) {}
  std::vector<Sentence> Run();

 private:
  std::string_view Text(size_t k) const { return s_.substr(t_[k].start, t_[k].end - t_[k].start); }
  // Line breaks between token k and token k+1 (capped at 2).
  int BreaksAfter(size_t k) const;
  bool Adjacent(size_t k) const { return t_[k].end == t_[k + 1].start; }
  bool IsTerminal(size_t k) const;
  bool IsEllipsis(size_t k) const;
  bool IsDashToken(size_t k) const;
  bool IsCloser(size_t k) const;
  bool StartsLower(size_t k) const;
  bool StartsUpper(size_t k) const;
  bool IsListNumberDot(size_t k, size_t first) const;
  size_t SentenceEnd(size_t first) const;
  bool EndsAfterTerminal(size_t k, size_t* cluster_end) const;
  bool EndsAfterAbbreviation(size_t k) const;
  bool AttributionFollows(size_t j) const;
  void Emit(size_t first, size_t end, uint32_t paragraph, std::vector<Sentence>* out) const;

  std::string_view s_;
  const std::vector<Token>& t_;
  const TextOptions& opt_;
};

int Splitter::BreaksAfter(size_t k) const {
  if (k + 1 >= t_.size()) return 0;
  const uint32_t gap = t_[k + 1].start - t_[k].end;
  if (gap <= 1) return gap == 1 && s_[t_[k].end] == '\n';  // the usual "" or " "
  int n = 0;
  for (uint32_t p = t_[k].end; p < t_[k + 1].start && n < 2; ++p) n += s_[p] == '\n';
  return n;
}

bool Splitter::IsTerminal(size_t k) const {
  if (t_[k].kind != TokenKind::kPunct) return false;
  const unsigned char c = s_[t_[k].start];
  if (c != '.' && c != '!' && c != '?' && c < 0xE2) return false;
  std::string_view x = Text(k);
  return x == "." || x == "!" || x == "?" || IsEllipsis(k) || x == "\xEF\xBC\x81" /* ！ */ ||
         x == "\xEF\xBC\x9F" /* ？ */ || x == "\xE3\x80\x82" /* 。 */;
}

bool Splitter::IsDashToken(size_t k) const {
  std::string_view x = Text(k);
  return t_[k].kind == TokenKind::kPunct &&
         (x[0] == '-' || x.starts_with("\xE2\x80\x93") || x.starts_with("\xE2\x80\x94"));
}

bool Splitter::IsEllipsis(size_t k) const {
  std::string_view x = Text(k);
  return (x.size() >= 2 && x[0] == '.') || x.starts_with("\xE2\x80\xA6");
}

// Closing quotes and brackets that belong to the sentence they follow.
bool Splitter::IsCloser(size_t k) const {
  if (t_[k].kind != TokenKind::kPunct) return false;
  std::string_view x = Text(k);
  if (x == ")" || x == "]" || x == "}" || x == "\xE2\x80\x9D" /* ” */ ||
      x == "\xE2\x80\x99" /* ’ */ || x == "\xC2\xBB" /* » */ || x == "\xE2\x80\xBA" /* › */) {
    return true;
  }
  // A straight quote closes only when it touches the punctuation before it.
  return (x == "\"" || x == "'") && k > 0 && Adjacent(k - 1);
}

bool Splitter::StartsLower(size_t k) const {
  unsigned char c = s_[t_[k].start];
  if (c < 0x80) return c >= 'a' && c <= 'z';
  text::Decoded d = text::DecodeUtf8(s_, t_[k].start);
  return d.valid && utf8proc_category(static_cast<utf8proc_int32_t>(d.cp)) == UTF8PROC_CATEGORY_LL;
}

bool Splitter::StartsUpper(size_t k) const {
  unsigned char c = s_[t_[k].start];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  text::Decoded d = text::DecodeUtf8(s_, t_[k].start);
  return d.valid && utf8proc_category(static_cast<utf8proc_int32_t>(d.cp)) == UTF8PROC_CATEGORY_LU;
}

// "1." opening a numbered list item.
bool Splitter::IsListNumberDot(size_t k, size_t first) const {
  return k == first + 1 && t_[first].kind == TokenKind::kNumber &&
         t_[first].end - t_[first].start <= 3 && Text(k) == "." && Adjacent(first);
}

// k is a terminal. Sets *cluster_end past the terminals and closing quotes
// that follow it, and says whether the sentence ends there.
bool Splitter::EndsAfterTerminal(size_t k, size_t* cluster_end) const {
  const bool ellipsis = IsEllipsis(k);
  size_t j = k + 1;
  while (j < t_.size() && BreaksAfter(j - 1) == 0 && (IsTerminal(j) || IsCloser(j))) ++j;
  *cluster_end = j;
  if (j >= t_.size() || BreaksAfter(j - 1) > 0) return true;
  std::string_view next = Text(j);
  if (StartsLower(j)) return false;
  if (next == "," || next == ";" || next == ":" || next == ")") return false;
  if (ellipsis && t_[j].kind == TokenKind::kNumber) return false;
  // «…!» — сказав він: a dash after a quotation introduces its attribution.
  if (IsDashToken(j)) return false;
  // “Why now?” Zelenskyy asked. After ".”" a capitalized "Moscow said"
  // more likely opens the next sentence.
  const bool exclamation = s_[t_[k].start] == '!' || s_[t_[k].start] == '?';
  return !(exclamation && IsCloser(j - 1) && AttributionFollows(j));
}

// Tokens from j read "Name [Name] said": the speaker of the quotation that
// ends just before j.
bool Splitter::AttributionFollows(size_t j) const {
  if (text::IsSentenceStarter(Text(j))) return false;
  for (size_t k = j; k < t_.size() && k < j + 4; ++k) {
    if (t_[k].kind != TokenKind::kWord || (k > j && BreaksAfter(k - 1) > 0)) return false;
    if (k > j && text::IsSpeechVerb(Text(k))) return true;
    if (k > j && StartsLower(k)) return false;
  }
  return false;
}

// Token k ends with a period kept by the tokenizer ("Gen.", "U.S.").
bool Splitter::EndsAfterAbbreviation(size_t k) const {
  AbbrevKind kind = text::ClassifyAbbreviation(Text(k));
  if (kind == AbbrevKind::kNone) return false;
  size_t j = k + 1;
  if (j >= t_.size()) return true;
  // A title never precedes "The" or "He", but "Main St." or "No." can end
  // a sentence; a one-letter opener ("A", "I") may still be an initial.
  if (kind == AbbrevKind::kContinue) {
    return t_[j].kind == TokenKind::kWord && t_[j].end - t_[j].start >= 2 &&
           text::IsSentenceStarter(Text(j));
  }
  if (IsCloser(j) && Adjacent(k)) {
    while (j < t_.size() && BreaksAfter(j - 1) == 0 && IsCloser(j)) ++j;
    return j < t_.size() && StartsUpper(j);
  }
  return t_[j].kind == TokenKind::kWord && text::IsSentenceStarter(Text(j));
}

// Index after the last token of the sentence that starts at token first.
size_t Splitter::SentenceEnd(size_t first) const {
  for (size_t k = first; k < t_.size(); ++k) {
    if (BreaksAfter(k) > 0) return k + 1;
    if (IsTerminal(k)) {
      if (IsListNumberDot(k, first)) continue;
      size_t cluster_end;
      if (EndsAfterTerminal(k, &cluster_end)) return cluster_end;
      k = cluster_end - 1;  // the cluster is not scanned again
      continue;
    }
    if (t_[k].kind == TokenKind::kWord && s_[t_[k].end - 1] == '.' && EndsAfterAbbreviation(k)) {
      size_t j = k + 1;
      while (j < t_.size() && BreaksAfter(j - 1) == 0 && IsCloser(j) && Adjacent(j - 1)) ++j;
      return j;
    }
  }
  return t_.size();
}

// Appends tokens [first, end) as one sentence, or as several when it is
// longer than the budget: cut at the last comma or semicolon in the second
// half of the budget, else at the last token that fits.
void Splitter::Emit(size_t first, size_t end, uint32_t paragraph,
                    std::vector<Sentence>* out) const {
  const size_t budget = std::max<size_t>(opt_.max_sentence_bytes, 1);
  while (first < end) {
    size_t cut = end;
    if (t_[end - 1].end - t_[first].start > budget) {
      size_t fit = first + 1, soft = 0;
      for (size_t k = first + 1; k < end && t_[k].end - t_[first].start <= budget; ++k) {
        fit = k + 1;
        std::string_view x = Text(k);
        if ((x == "," || x == ";") && t_[k].end - t_[first].start >= budget / 2) soft = k + 1;
      }
      cut = soft ? soft : fit;
    }
    out->push_back({t_[first].start, t_[cut - 1].end, static_cast<uint32_t>(first),
                    static_cast<uint32_t>(cut), paragraph});
    first = cut;
  }
}

std::vector<Sentence> Splitter::Run() {
  std::vector<Sentence> out;
  out.reserve(t_.size() / 16 + 1);
  uint32_t paragraph = 0;
  size_t first = 0;
  while (first < t_.size()) {
    if (first > 0 && BreaksAfter(first - 1) >= 2) ++paragraph;
    size_t end = SentenceEnd(first);
    Emit(first, end, paragraph, &out);
    first = end;
  }
  return out;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const TextOptions& options) {
  return Splitter(text, tokens, options).Run();
}

}  // namespace sitrep

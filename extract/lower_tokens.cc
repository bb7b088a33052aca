// LowerTokens; see lower_tokens.h.
#include "extract/lower_tokens.h"

#include "extract/lemma.h"

namespace sitrep::extract {
thread_local const LowerTokens* LowerTokens::current_ = nullptr;

LowerTokens::LowerTokens(const Document& doc) : doc_(doc), outer_(current_) {
  // Lowering never lengthens a word, so the tokens' bytes bound the buffer;
  // ASCII tokens are lowered straight into it, the rest by LowerWordInto.
  size_t need = 0;
  for (const Token& tok : doc.tokens) need += tok.end - tok.start;
  buffer_.resize(need);
  ends_.reserve(doc.tokens.size() + 1);
  ends_.push_back(0);
  char* out = buffer_.data();
  size_t at = 0;
  std::string lower;
  for (const Token& tok : doc.tokens) {
    std::string_view w = doc.TokenText(tok);
    size_t i = 0;
    for (; i < w.size(); ++i) {
      char c = w[i];
      if (static_cast<unsigned char>(c) >= 0x80) break;
      out[at + i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    if (i < w.size()) {
      LowerWordInto(w, &lower);
      lower.copy(out + at, lower.size());
      at += lower.size();
    } else {
      at += w.size();
    }
    ends_.push_back(static_cast<uint32_t>(at));
  }
  buffer_.resize(at);
  current_ = this;
}

LowerTokens::~LowerTokens() { current_ = outer_; }

const LowerTokens* LowerTokens::Outer(const Document& doc) const {
  for (const LowerTokens* l = outer_; l; l = l->outer_) {
    if (&l->doc_ == &doc && l->ends_.size() == doc.tokens.size() + 1) return l;
  }
  return nullptr;
}

std::string LowerTokenSlow(const Document& doc, uint32_t t) {
  return LowerWord(doc.TokenText(doc.tokens[t]));
}

std::string_view LowerTokenView(const Document& doc, uint32_t t, std::string* scratch) {
  if (const LowerTokens* l = LowerTokens::For(doc)) return (*l)[t];
  LowerWordInto(doc.TokenText(doc.tokens[t]), scratch);
  return *scratch;
}

}  // namespace sitrep::extract

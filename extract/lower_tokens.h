// The lower-case form of every token of a document, computed once.
//
//   LowerTokens lower(doc);                 // for the document's pass; this thread
//   std::string_view w = LowerTokenView(doc, t, &scratch);
//   std::string w = LowerToken(doc, t);     // LowerWord(doc.TokenText(...))
//
// The event pass lowered the same tokens again and again: every cue test,
// every event's look around its trigger, every sentence's attribution. A
// LowerTokens object makes itself the table of its thread while it lives
// (scopes nest); the lookups use it for its document and fall back to
// LowerWord for any other, so callers need no new parameter.
#ifndef SITREP_EXTRACT_LOWER_TOKENS_H_
#define SITREP_EXTRACT_LOWER_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"

namespace sitrep::extract {

class LowerTokens {
 public:
  explicit LowerTokens(const Document& doc);
  ~LowerTokens();
  LowerTokens(const LowerTokens&) = delete;
  LowerTokens& operator=(const LowerTokens&) = delete;

  // The table of this thread for `doc`, or null.
  static const LowerTokens* For(const Document& doc) {
    const LowerTokens* l = current_;
    if (l && &l->doc_ == &doc && l->ends_.size() == doc.tokens.size() + 1) return l;  // the usual case
    return l ? l->Outer(doc) : nullptr;
  }
  // No substr(): its range check and throw path were most of a call's
  // instructions, and this runs for every word around every event.
  std::string_view operator[](uint32_t t) const {
    return std::string_view(buffer_.data() + ends_[t], ends_[t + 1] - ends_[t]);
  }

 private:
  const LowerTokens* Outer(const Document& doc) const;
  static thread_local const LowerTokens* current_;

  const Document& doc_;
  const LowerTokens* outer_;   // the table this one hides while it lives
  std::string buffer_;         // every token's lower-case form, end to end
  std::vector<uint32_t> ends_;  // token t is buffer_[ends_[t], ends_[t + 1])
};

// LowerWord(doc.TokenText(doc.tokens[t])), from the table when there is one.
// Inline: the filters call it for every word around every event.
std::string LowerTokenSlow(const Document& doc, uint32_t t);
inline std::string LowerToken(const Document& doc, uint32_t t) {
  if (const LowerTokens* l = LowerTokens::For(doc)) return std::string((*l)[t]);
  return LowerTokenSlow(doc, t);
}
// The same as a view into the table, or into *scratch without one.
std::string_view LowerTokenView(const Document& doc, uint32_t t, std::string* scratch);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_LOWER_TOKENS_H_

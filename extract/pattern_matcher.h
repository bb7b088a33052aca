// The compiled form of the event patterns, and matching over one sentence.
//
//   PatternMatcher m;
//   for (auto& rule : rules) m.Add(std::move(rule));   // checks each rule
//   m.Compile();                                       // then immutable
//   MatchInput in = m.Prepare(doc, annotations);       // once per document
//   m.Match(in, sentence, &matches);                   // per sentence, any thread
//
// Like RE2::Set, one pass over a sentence collects the candidate rules: each
// match line is indexed by its anchor (its first required word or lemma), so
// a sentence is only tried against the lines whose anchor occurs in it. A
// line is then matched around the anchor by a depth-first walk over its
// elements; gaps are bounded and every sentence has a step budget, so no
// input can make matching slow.
#ifndef SITREP_EXTRACT_PATTERN_MATCHER_H_
#define SITREP_EXTRACT_PATTERN_MATCHER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/annotations.h"
#include "extract/flat_index.h"
#include "extract/pattern_filter.h"
#include "extract/pattern_lang.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::extract {

// The total of an "N of M" quantity span, when the quantity pass gives one.
// A template so that it compiles whether QuantitySpan has `total` or not.
template <typename Span>
std::optional<double> QuantityTotal(const Span& span) {
  if constexpr (requires { span.total; }) {
    return span.total;
  } else {
    return std::nullopt;
  }
}

// True for nouns an entity element takes after its span ("forces" in
// "Russian forces", "air force" in "Ukraine's air force"); lower case.
bool IsEntityHeadNoun(std::string_view lower);

// What an element of a match consumed.
struct Binding {
  int element = 0;                // index into the match line
  uint32_t first = 0, end = 0;    // tokens
  int span = -1;                  // entity, quantity or date span index
  int span2 = -1;                 // QTY_OF read from two spans: the total's span
};

struct PatternMatch {
  int rule = 0;                   // index into PatternMatcher::rules()
  int line = 0;                   // which match line of the rule
  uint32_t anchor = 0;            // token of the anchor word
  uint32_t first = 0, end = 0;    // tokens covered
  std::vector<Binding> bindings;  // entity, quantity and date elements that matched
};

// Per-document token features, in the matcher's vocabulary.
struct MatchInput {
  const Document* doc = nullptr;
  const Annotations* ann = nullptr;
  std::vector<int> surface, lemma;        // vocabulary ids, -1 when unknown
  std::vector<uint8_t> head;              // a noun that extends an entity ("forces")
  std::vector<uint8_t> possessive;        // "'s"
  std::vector<uint8_t> number_like;       // digits or a number word
  std::vector<int> entity_at, quantity_at, date_at;  // span starting at the token, or -1
  std::vector<uint32_t> entity_bits;      // type bits of the entity span starting there, or 0
  std::vector<int> tried;                 // scratch: last anchor tried per line
  // Scratch of the walk: (element, position) states known to fail, stamped
  // with the walk's generation, so no state is explored twice per anchor.
  std::vector<uint32_t> failed;
  uint32_t generation = 0;
  std::vector<Binding> path;  // scratch: the walk's bindings, one per element
  // Scratch of the prefilter: the sentence's features, and per line whether
  // it passed (line_ok), valid when line_seen holds the sentence's stamp.
  SentenceFeatures features;
  std::vector<uint32_t> line_seen;
  std::vector<uint8_t> line_ok;
  uint32_t sentence_stamp = 0;
};

class PatternMatcher {
 public:
  PatternMatcher();
  // Checks and stores a rule. Fails after Compile().
  Status Add(PatternRule rule);
  // Builds the vocabulary and the anchor index.
  Status Compile();

  MatchInput Prepare(const Document& doc, const Annotations& ann) const;
  // Appends the matches in the tokens of `sentence`, ordered by anchor.
  void Match(MatchInput& in, const Sentence& sentence, std::vector<PatternMatch>* out) const;

  const std::vector<PatternRule>& rules() const { return rules_; }
  // The vocabulary id of a lower-case word, -1 when no rule names it.
  int WordId(std::string_view lower) const;

  static constexpr int kStepBudget = 200000;  // per sentence; a 40-word sentence of war news needs ~30,000

 private:
  struct Line {
    int rule = 0, line = 0, anchor = 0, max_prefix = 0;
    int max_prefix_rest = 0;  // the same without the first element
    const std::vector<PatternElement>* elements = nullptr;
    std::vector<std::vector<int>> ids;  // per element: sorted vocabulary ids
    std::vector<int> unless;            // sorted vocabulary ids of the rule's veto words
    LineNeeds needs;                    // what the sentence must hold (pattern_filter.h)
  };
  struct Walk;
  bool Step(Walk& w, int ei, uint32_t pos, bool must = false) const;
  bool StepOnce(Walk& w, int ei, uint32_t pos, bool must) const;
  bool CanStart(const MatchInput& in, const Line& line, uint32_t pos, uint32_t end) const;
  bool Vetoed(const MatchInput& in, const Line& line, uint32_t first, uint32_t end,
              const Sentence& s) const;
  bool TokenIn(const MatchInput& in, uint32_t t, const PatternElement& e,
               const std::vector<int>& ids) const;
  int Intern(const std::string& word);
  void BuildForms();

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const;  // XXH3: cheaper than std::hash on short words
  };
  std::vector<PatternRule> rules_;
  std::vector<Line> lines_;
  std::vector<LineGate> gates_;  // per line, apart from lines_: Match reads it for every candidate
  std::unordered_map<std::string, int, Hash, std::equal_to<>> vocab_;
  // Vocabulary id -> the lines it anchors: anchor_lines_[anchor_start_[id]
  // .. anchor_start_[id + 1]). Flat, because Match reads it at every token
  // with an id, and a vector per id missed the cache there (perf).
  std::vector<uint32_t> anchor_start_;
  std::vector<int> anchor_lines_;
  int possessive_id_ = -1;
  std::vector<uint8_t> is_head_;             // vocabulary id -> head noun
  std::vector<uint8_t> is_number_;           // vocabulary id -> number word
  // Every form of every vocabulary word ("struck", "strikes"), with its own
  // id (or -1) and its lemma's id (or -1): one lookup per token.
  struct Form { int surface = -1, lemma = -1; };
  std::unordered_map<std::string, Form, Hash, std::equal_to<>> forms_;
  // The same for Prepare's lookup at every token: XXH3 of the word -> index
  // into form_list_, one or two cache lines instead of a bucket, a node and
  // its string. Not used if two forms' hashes collide (form_collision_).
  FlatIndex form_index_;
  std::vector<std::pair<std::string, Form>> form_list_;
  bool form_collision_ = false;
  const Form* FindForm(std::string_view word) const;
  bool compiled_ = false;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_PATTERN_MATCHER_H_

// Compiling match lines into an anchor index; matching by a bounded walk.
#include "extract/pattern_matcher.h"

#include <xxhash.h>

#include <algorithm>

#include "extract/lemma.h"
#include "extract/lower_tokens.h"

namespace sitrep::extract {
namespace {

// Nouns that belong to the entity before them: "Russian forces", "Ukraine's
// air force", "North Korean troops". An entity element takes up to three.
constexpr std::string_view kHeadNouns[] = {
    "force", "forces", "troop", "troops", "army", "military", "soldier", "soldiers", "unit",
    "units", "air", "defence", "defense", "navy", "fighter", "fighters", "serviceman",
    "servicemen", "official", "officials", "authority", "authorities", "government",
    "ministry", "command", "intelligence", "service", "border", "guard", "guards",
    "marines", "paratroopers", "personnel", "staff", "general"};

constexpr std::string_view kNumberWords[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty",
    "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
    "billion", "billions"};

constexpr uint32_t kNone = ~0u;

int Width(const PatternElement& e) {
  switch (e.kind) {
    case PatternElement::Kind::kLemma:
    case PatternElement::Kind::kWord: return 1;
    case PatternElement::Kind::kGap: return e.max_gap;
    case PatternElement::Kind::kQuantityOf: return 24;
    default: return 16;
  }
}

// The first required lemma set: the event's own word, rarer than the exact
// words ("of", "and") a line may also hold. Else the first required word.
int ChooseAnchor(const std::vector<PatternElement>& elements) {
  int word = -1;
  for (int e = 0; e < static_cast<int>(elements.size()); ++e) {
    if (elements[e].optional) continue;
    if (elements[e].kind == PatternElement::Kind::kLemma) return e;
    if (elements[e].kind == PatternElement::Kind::kWord && word < 0) word = e;
  }
  return word;
}

}  // namespace

bool IsEntityHeadNoun(std::string_view lower) {
  return std::find(std::begin(kHeadNouns), std::end(kHeadNouns), lower) != std::end(kHeadNouns);
}

struct PatternMatcher::Walk {
  MatchInput& in;
  const Line& line;
  uint32_t first, anchor_pos, end;
  int* steps;
  std::vector<Binding>& path;  // one per element, span -1 when skipped (MatchInput scratch)
  uint32_t match_end = 0;
};

PatternMatcher::PatternMatcher() = default;

size_t PatternMatcher::Hash::operator()(std::string_view s) const {
  return static_cast<size_t>(XXH3_64bits(s.data(), s.size()));
}

int PatternMatcher::Intern(const std::string& word) {
  auto [it, added] = vocab_.emplace(word, static_cast<int>(vocab_.size()));
  return it->second;
}

int PatternMatcher::WordId(std::string_view lower) const {
  auto it = vocab_.find(lower);
  return it == vocab_.end() ? -1 : it->second;
}

Status PatternMatcher::Add(PatternRule rule) {
  if (compiled_) return Status::InvalidArgument("PatternMatcher::Add after Compile");
  if (!IsEventType(rule.type)) return Status::InvalidArgument("rule " + rule.id + ": unknown type");
  if (rule.matches.empty()) return Status::InvalidArgument("rule " + rule.id + ": no match line");
  rules_.push_back(std::move(rule));
  return Status::OK();
}

Status PatternMatcher::Compile() {
  if (compiled_) return Status::OK();
  possessive_id_ = Intern("'s");
  for (auto w : kHeadNouns) Intern(std::string(w));
  for (auto w : kNumberWords) Intern(std::string(w));
  for (int r = 0; r < static_cast<int>(rules_.size()); ++r) {
    for (int l = 0; l < static_cast<int>(rules_[r].matches.size()); ++l) {
      Line line;
      line.rule = r;
      line.line = l;
      line.elements = &rules_[r].matches[l];
      line.anchor = -1;
      for (int e = 0; e < static_cast<int>(line.elements->size()); ++e) {
        const PatternElement& el = (*line.elements)[e];
        std::vector<int> ids;
        for (const auto& w : el.words) ids.push_back(Intern(w));
        std::sort(ids.begin(), ids.end());
        line.ids.push_back(std::move(ids));
      }
      line.anchor = ChooseAnchor(*line.elements);
      for (int e = 0; e < line.anchor; ++e) line.max_prefix += Width((*line.elements)[e]);
      for (int e = 1; e < line.anchor; ++e) line.max_prefix_rest += Width((*line.elements)[e]);
      if (line.anchor < 0) return Status::InvalidArgument("rule " + rules_[r].id + ": no anchor");
      line.needs = NeedsOf(*line.elements, line.ids, line.anchor);
      gates_.push_back(GateOf(line.needs));
      for (const auto& w : rules_[r].unless) line.unless.push_back(Intern(w));
      std::sort(line.unless.begin(), line.unless.end());
      lines_.push_back(std::move(line));
    }
  }
  std::vector<std::vector<int>> by_anchor(vocab_.size());
  for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
    for (int id : lines_[i].ids[lines_[i].anchor]) by_anchor[id].push_back(i);
  }
  anchor_start_.assign(1, 0);
  for (const auto& list : by_anchor) {
    anchor_lines_.insert(anchor_lines_.end(), list.begin(), list.end());
    anchor_start_.push_back(static_cast<uint32_t>(anchor_lines_.size()));
  }
  is_head_.assign(vocab_.size(), 0);
  for (auto w : kHeadNouns) is_head_[WordId(w)] = 1;
  is_number_.assign(vocab_.size(), 0);
  for (auto w : kNumberWords) is_number_[WordId(w)] = 1;
  BuildForms();
  compiled_ = true;
  return Status::OK();
}

void PatternMatcher::BuildForms() {
  std::vector<std::string> keys, forms, candidates;
  for (const auto& [w, id] : vocab_) {
    keys.push_back(w);
    InflectedForms(w, &forms);
    keys.insert(keys.end(), forms.begin(), forms.end());
  }
  for (const auto& k : keys) {
    if (forms_.count(k)) continue;
    Form f;
    f.surface = WordId(k);
    LemmaCandidates(k, &candidates);
    for (const auto& c : candidates) {
      if (int l = WordId(c); l >= 0) {
        f.lemma = l;
        break;
      }
    }
    if (f.surface >= 0 || f.lemma >= 0) forms_.emplace(k, f);
  }
  for (const auto& [word, form] : forms_) {
    uint32_t at = static_cast<uint32_t>(form_list_.size());
    uint32_t& slot = form_index_.Insert(XXH3_64bits(word.data(), word.size()), at);
    if (slot != at) form_collision_ = true;  // another word, same hash: use forms_
    form_list_.emplace_back(word, form);
  }
}

const PatternMatcher::Form* PatternMatcher::FindForm(std::string_view word) const {
  if (form_collision_) {
    auto it = forms_.find(word);
    return it == forms_.end() ? nullptr : &it->second;
  }
  const uint32_t* at = form_index_.Find(XXH3_64bits(word.data(), word.size()));
  if (at == nullptr || form_list_[*at].first != word) return nullptr;
  return &form_list_[*at].second;
}

MatchInput PatternMatcher::Prepare(const Document& doc, const Annotations& ann) const {
  MatchInput in;
  in.doc = &doc;
  in.ann = &ann;
  size_t n = doc.tokens.size();
  in.surface.assign(n, -1);
  in.lemma.assign(n, -1);
  in.head.assign(n, 0);
  in.possessive.assign(n, 0);
  in.number_like.assign(n, 0);
  in.entity_at.assign(n, -1);
  in.quantity_at.assign(n, -1);
  in.date_at.assign(n, -1);
  in.entity_bits.assign(n, 0);
  in.tried.assign(lines_.size(), -1);
  in.line_seen.assign(lines_.size(), 0);
  in.line_ok.assign(lines_.size(), 0);
  std::string lower;
  const LowerTokens* table = LowerTokens::For(doc);
  for (size_t t = 0; t < n; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind == TokenKind::kNumber) {
      in.number_like[t] = 1;
      continue;
    }
    std::string_view low;
    if (table) {
      low = (*table)[static_cast<uint32_t>(t)];
    } else {
      LowerWordInto(doc.TokenText(tok), &lower);
      low = lower;
    }
    const Form* form = FindForm(low);
    if (form == nullptr) continue;
    int id = form->surface;
    in.surface[t] = id;
    if (tok.kind == TokenKind::kWord) in.lemma[t] = form->lemma;
    in.possessive[t] = id == possessive_id_;
    for (int v : {id, in.lemma[t]}) {
      if (v >= 0 && is_head_[v]) in.head[t] = 1;
    }
    in.number_like[t] = id >= 0 && is_number_[id];
  }
  auto mark = [n](auto& spans, std::vector<int>& at) {
    for (size_t i = 0; i < spans.size(); ++i) {
      if (spans[i].first_token < n && spans[i].end_token > spans[i].first_token &&
          at[spans[i].first_token] < 0) {
        at[spans[i].first_token] = static_cast<int>(i);
      }
    }
  };
  mark(ann.entities, in.entity_at);
  mark(ann.quantities, in.quantity_at);
  mark(ann.dates, in.date_at);
  for (size_t t = 0; t < n; ++t) {  // the type bits StepOnce tests, for the prefilter
    if (int sp = in.entity_at[t]; sp >= 0) {
      const EntitySpan& span = ann.entities[sp];
      uint32_t bits = EntityTypeFromName(span.type);
      if (bits == 0 && !span.country.empty()) bits = kGroup;  // a demonym
      in.entity_bits[t] = bits;
    }
  }
  return in;
}

bool PatternMatcher::TokenIn(const MatchInput& in, uint32_t t, const PatternElement& e,
                             const std::vector<int>& ids) const {
  auto has = [&ids](int id) { return id >= 0 && std::binary_search(ids.begin(), ids.end(), id); };
  if (has(in.surface[t])) return true;
  return e.kind == PatternElement::Kind::kLemma && has(in.lemma[t]);
}

// One element at `pos`, then the rest; the first complete walk wins. Longer
// spans and taken optionals are tried first, gaps shortest first. Depth is
// bounded by the number of elements in a line (kMaxElements).
bool PatternMatcher::Step(Walk& w, int ei, uint32_t pos, bool must) const {
  if (++*w.steps > kStepBudget) return false;
  uint32_t width = w.end - w.first + 1;
  size_t state = (static_cast<size_t>(ei) * 2 + must) * width + (pos - w.first);
  uint32_t& failed = w.in.failed[state];
  if (failed == w.in.generation) return false;
  if (StepOnce(w, ei, pos, must)) return true;
  failed = w.in.generation;  // the vector is never resized during a walk
  return false;
}

bool PatternMatcher::StepOnce(Walk& w, int ei, uint32_t pos, bool must) const {
  const auto& elements = *w.line.elements;
  if (ei == static_cast<int>(elements.size())) {
    w.match_end = pos;
    return true;
  }
  if (ei < w.line.anchor && pos > w.anchor_pos) return false;
  if (ei == w.line.anchor && pos != w.anchor_pos) return false;
  const PatternElement& e = elements[ei];
  Binding& b = w.path[ei];
  auto take = [&](uint32_t end, int span, int span2) {
    b = Binding{ei, pos, end, span, span2};
    return Step(w, ei + 1, end);
  };
  const MatchInput& in = w.in;
  bool here = pos < w.end;
  switch (e.kind) {
    case PatternElement::Kind::kLemma:
    case PatternElement::Kind::kWord:
      if (here && TokenIn(in, pos, e, w.line.ids[ei]) && take(pos + 1, -1, -1)) return true;
      break;
    case PatternElement::Kind::kGap: {
      // A gap before an optional element looks for it across the whole gap
      // before giving up on it: "strike ... [target:LOC]?" binds the target.
      bool next_optional = ei + 1 < static_cast<int>(elements.size()) && elements[ei + 1].optional;
      for (int k = 0; k <= e.max_gap && pos + k <= w.end; ++k) {
        b = Binding{ei, pos, pos + k, -1, -1};
        if (Step(w, ei + 1, pos + k, next_optional)) return true;
      }
      if (!next_optional) return false;
      // Without the optional element the gap still spans 0..max before
      // the element after it: "met ...2 "with"? [target]" on "met
      // President Duda".
      for (int k = 0; k <= e.max_gap && pos + k <= w.end; ++k) {
        b = Binding{ei, pos, pos + k, -1, -1};
        w.path[ei + 1] = Binding{ei + 1, pos + k, pos + k, -1, -1};
        if (Step(w, ei + 2, pos + k)) return true;
      }
      return false;
    }
    case PatternElement::Kind::kEntity: {
      int sp = here ? in.entity_at[pos] : -1;
      if (sp < 0) break;
      const EntitySpan& span = in.ann->entities[sp];
      uint32_t bits = EntityTypeFromName(span.type);
      if (bits == 0 && !span.country.empty()) bits = kGroup;  // a demonym
      if (!(bits & e.entity_types) || span.end_token > w.end) break;
      // Ends after the head nouns that follow ("Russian forces"), longest first.
      uint32_t ends[6];
      int n = 0;
      uint32_t p = span.end_token;
      ends[n++] = p;
      if (p + 1 < w.end && in.possessive[p] && in.head[p + 1]) ++p;
      while (p < w.end && in.head[p] && n < 4) ends[n++] = ++p;
      for (int i = n - 1; i >= 0; --i) {
        if (take(ends[i], sp, -1)) return true;
      }
      break;
    }
    case PatternElement::Kind::kQuantity:
    case PatternElement::Kind::kQuantityOf: {
      int sp = here ? in.quantity_at[pos] : -1;
      if (sp < 0) break;
      const QuantitySpan& q = in.ann->quantities[sp];
      if (q.end_token > w.end) break;
      // The span may include its unit noun ("31 drones"); let later
      // elements see it by also ending after the last number.
      uint32_t num_end = q.end_token;
      while (num_end > q.first_token + 1 && !in.number_like[num_end - 1]) --num_end;
      // "20 drones launched by Russia, out of a total of 31" is one span:
      // its first number's unit noun may be read by later elements too.
      uint32_t first_end = q.first_token;
      while (first_end < num_end && !in.number_like[first_end]) ++first_end;
      while (first_end < num_end && in.number_like[first_end]) ++first_end;
      uint32_t ends[3] = {q.end_token, num_end, first_end};
      int n = num_end == q.end_token ? 1 : 2;
      if (QuantityTotal(q) && first_end < num_end && first_end > q.first_token) ends[n++] = first_end;
      for (int i = 0; i < n; ++i) {
        if (e.kind == PatternElement::Kind::kQuantity || QuantityTotal(q)) {
          if (take(ends[i], sp, -1)) return true;
          continue;
        }
        // "20 of 31", "20 out of 31": two spans around "of".
        uint32_t p = ends[i];
        if (p < w.end && in.doc->TokenText(in.doc->tokens[p]) == "out") ++p;
        if (p >= w.end || in.doc->TokenText(in.doc->tokens[p]) != "of") continue;
        ++p;
        if (p < w.end && in.doc->TokenText(in.doc->tokens[p]) == "the") ++p;
        int sp2 = p < w.end ? in.quantity_at[p] : -1;
        if (sp2 < 0 || in.ann->quantities[sp2].end_token > w.end) continue;
        const QuantitySpan& q2 = in.ann->quantities[sp2];
        uint32_t e2 = q2.end_token, n2 = e2;
        while (n2 > q2.first_token + 1 && !in.number_like[n2 - 1]) --n2;
        if (take(e2, sp, sp2)) return true;
        if (n2 != e2 && take(n2, sp, sp2)) return true;
      }
      break;
    }
    case PatternElement::Kind::kDate: {
      int sp = here ? in.date_at[pos] : -1;
      if (sp >= 0 && in.ann->dates[sp].end_token <= w.end &&
          take(in.ann->dates[sp].end_token, sp, -1)) {
        return true;
      }
      break;
    }
  }
  if (!e.optional || must) return false;
  b = Binding{ei, pos, pos, -1, -1};
  return Step(w, ei + 1, pos);
}

// Whether the line's first element can match at `pos`: a cheap test that
// saves walks from starts that cannot succeed.
bool PatternMatcher::CanStart(const MatchInput& in, const Line& line, uint32_t pos, uint32_t end) const {
  if (pos >= end) return false;
  const PatternElement& e = (*line.elements)[0];
  switch (e.kind) {
    case PatternElement::Kind::kLemma:
    case PatternElement::Kind::kWord: return TokenIn(in, pos, e, line.ids[0]);
    case PatternElement::Kind::kEntity: return in.entity_at[pos] >= 0;
    case PatternElement::Kind::kQuantity:
    case PatternElement::Kind::kQuantityOf: return in.quantity_at[pos] >= 0;
    case PatternElement::Kind::kDate: return in.date_at[pos] >= 0;
    case PatternElement::Kind::kGap: return true;
  }
  return true;
}

// True when a veto word is in the match or within 3 tokens of it.
bool PatternMatcher::Vetoed(const MatchInput& in, const Line& line, uint32_t first, uint32_t end,
                            const Sentence& s) const {
  if (line.unless.empty()) return false;
  uint32_t lo = first >= s.first_token + 3 ? first - 3 : s.first_token;
  uint32_t hi = std::min<uint32_t>(end + 3, s.end_token);
  for (uint32_t t = lo; t < hi; ++t) {
    for (int id : {in.surface[t], in.lemma[t]}) {
      if (id >= 0 && std::binary_search(line.unless.begin(), line.unless.end(), id)) return true;
    }
  }
  return false;
}

void PatternMatcher::Match(MatchInput& in, const Sentence& s, std::vector<PatternMatch>* out) const {
  int steps = 0;
  uint32_t end = std::min<uint32_t>(s.end_token, in.surface.size());
  bool begun = false;  // the prefilter's features, gathered at the first candidate line
  if (++in.sentence_stamp == 0) {  // wrapped: forget every stamp
    std::fill(in.line_seen.begin(), in.line_seen.end(), 0);
    in.sentence_stamp = 1;
  }
  for (uint32_t t = s.first_token; t < end; ++t) {
    for (int id : {in.surface[t], in.lemma[t]}) {
      if (id < 0) continue;
      for (uint32_t k = anchor_start_[id], kend = anchor_start_[id + 1]; k < kend; ++k) {
        int li = anchor_lines_[k];
        if (in.tried[li] == static_cast<int>(t)) continue;
        in.tried[li] = static_cast<int>(t);
        if (in.line_seen[li] != in.sentence_stamp) {
          if (!begun) {
            in.features.Begin(in.surface, in.lemma, in.entity_bits, in.quantity_at, in.date_at,
                              vocab_.size(), s.first_token, end);
            begun = true;
          }
          in.line_seen[li] = in.sentence_stamp;
          // The gate first: it rejects most candidates without reading the line.
          in.line_ok[li] = gates_[li].Passes(in.features.signature()) &&
                           (lines_[li].needs.Empty() || in.features.Allows(lines_[li].needs));
        }
        if (!in.line_ok[li]) continue;
        const Line& line = lines_[li];
        if (!line.needs.Empty() && !in.features.AllowsAt(line.needs, t)) continue;
        in.path.assign(line.elements->size(), Binding{});
        Walk w{in, line, s.first_token, t, end, &steps, in.path, 0};
        size_t states = (line.elements->size() + 1) * 2 * (end - s.first_token + 1);
        if (in.failed.size() < states) in.failed.resize(states, 0);
        if (++in.generation == 0) {  // wrapped: forget every stamp
          std::fill(in.failed.begin(), in.failed.end(), 0);
          in.generation = 1;
        }
        uint32_t lo = t >= s.first_token + line.max_prefix ? t - line.max_prefix : s.first_token;
        // A leading optional element ("[actor:GROUP]? ...3 strike") takes
        // the candidate nearest the anchor: try starts right to left with it
        // taken, then left to right without.
        uint32_t found = kNone;
        bool optional = (*line.elements)[0].optional;
        for (uint32_t start = t + 1; optional && start-- > lo && steps < kStepBudget;) {
          if (CanStart(in, line, start, end) && Step(w, 0, start, true)) {
            found = start;
            break;
          }
        }
        if (found == kNone && optional && line.anchor > 0) {
          // Without the first element: the walk starts at the second.
          uint32_t lo2 = t >= s.first_token + line.max_prefix_rest ? t - line.max_prefix_rest : s.first_token;
          for (uint32_t start = lo2; start <= t && steps < kStepBudget; ++start) {
            if (Step(w, 1, start)) {
              w.path[0] = Binding{0, start, start, -1, -1};
              found = start;
              break;
            }
          }
        }
        for (uint32_t start = lo; !optional && found == kNone && start <= t && steps < kStepBudget; ++start) {
          if (CanStart(in, line, start, end) && Step(w, 0, start)) found = start;
        }
        if (found != kNone && !Vetoed(in, line, found, w.match_end, s)) {
          uint32_t start = found;
          PatternMatch m;
          m.rule = line.rule;
          m.line = line.line;
          m.anchor = t;
          m.first = start;
          m.end = w.match_end;
          for (const Binding& b : w.path) {
            if (b.span >= 0) m.bindings.push_back(b);
          }
          out->push_back(std::move(m));
        }
        if (steps >= kStepBudget) return;
      }
    }
  }
}

}  // namespace sitrep::extract

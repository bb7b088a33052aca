// The quantity pass (see quantities.h): at each token, try to read a number
// (digits, words, vague plurals, fractions) and then what surrounds it —
// currency, scale, range, "of M", percent, qualifier, unit — looking at most
// a few tokens either way.
#include "extract/quantities.h"

#include <algorithm>

#include "extract/dates.h"
#include "extract/keywords.h"
#include "extract/number_reader.h"
#include "extract/number_words.h"
#include "extract/sentence_scan.h"
#include "extract/token_stream.h"

namespace sitrep::extract {
namespace {

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "its" || w == "their" || w == "these" || w == "those" || w == "his" ||
         w == "her" || w == "our" || w == "them";
}

// Words after which "over" is a preposition of place or rule.
bool OverTakesPlace(std::string_view w) {
  static constexpr std::string_view k[] = {
      "airspace", "authority",    "control", "flew",  "flown", "fly",        "flying",
      "hovered",  "jurisdiction", "power",   "skies", "sky",   "sovereignty"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

class Scanner {
 public:
  Scanner(const TokenStream& ts, std::vector<uint8_t>* masked, std::vector<QuantitySpan>* out)
      : ts_(ts), masked_(*masked), reader_(ts, *masked), out_(out) {}

  void Run() {
    for (size_t i = 0; i < ts_.size();) {
      size_t end = !masked_[i] && MayStart(ts_[i]) ? Parse(i) : 0;
      i = end ? end : i + 1;
    }
  }

 private:
  static bool MayStart(const Tok& t) {
    if (t.kind == TokenKind::kNumber) return true;
    if (t.kind == TokenKind::kWord) return t.kw & (kKwNumber | kKwCurrency);
    return !CurrencySymbol(t.low).empty();
  }
  std::string_view L(size_t i) const { return ts_.Low(i); }
  bool Masked(size_t i) const { return i < masked_.size() && masked_[i]; }

  bool Core(size_t i, bool money, Num* n) const { return reader_.Read(i, money, n); }
  size_t Parse(size_t i);
  size_t Range(size_t e, size_t start, bool money, Num* n, double* max) const;
  std::string_view Unit(size_t k, size_t* end) const;

  const TokenStream& ts_;
  const std::vector<uint8_t>& masked_;
  NumberReader reader_;
  std::vector<QuantitySpan>* out_;
  size_t floor_ = 0;
};

// A second number after "to", "-", "or", "and" (after "between"), possibly
// "to as high as". Returns the index after it, 0 if none.
size_t Scanner::Range(size_t e, size_t start, bool money, Num* n, double* max) const {
  std::string_view c = L(e);
  bool between = start > floor_ && L(start - 1) == "between";
  if (!(c == "-" || c == "to" || c == "or" || c == "through" || (c == "and" && between))) return 0;
  // An em dash between blanks is punctuation: "killed 3 — 5 more were hurt".
  if (c == "-" && ts_.Text(e, e + 1) != "-" && ts_.Text(e, e + 1) != "\xE2\x80\x93" &&
      ts_[e].space_before && e + 1 < ts_.size() && ts_[e + 1].space_before) {
    return 0;
  }
  size_t k = e + 1;
  if (L(k) == "as" && L(k + 2) == "as")
    k += 3;  // "as high as", "as many as"
  else if (L(k) == "about" || L(k) == "around" || L(k) == "nearly")
    ++k;
  if (money && !CurrencySymbol(L(k)).empty()) ++k;
  Num m;
  if (!Core(k, money, &m) || m.vague || m.fraction || (n->year_like && m.year_like)) return 0;
  if (n->scale < 0 && m.scale > 0 && ScaledValue(n->mant, n->frac, m.scale) <= m.value) {
    n->value = ScaledValue(n->mant, n->frac, m.scale);  // "1 to 2 million"
  }
  if (m.value <= n->value) return 0;
  *max = m.value;
  return m.end;
}

// The unit noun from k on, over up to three modifiers; the last of a run of
// unit nouns wins ("Shahed drones", "drone attacks").
std::string_view Scanner::Unit(size_t k, size_t* end) const {
  if (L(k) == "of") {
    ++k;
    if (IsDeterminer(L(k))) ++k;
  }
  std::string_view lemma;
  for (size_t s = 0; s < 4 && k < ts_.size(); ++s, ++k) {
    if (Masked(k) || !ts_[k].IsWord()) break;
    if (ts_[k].poss) break;  // "a third of the country's capacity": a possessor
    std::string_view l = UnitLemma(L(k));
    if (!l.empty()) {
      lemma = l;
      *end = k + 1;
      while (*end < ts_.size() && !ts_[*end - 1].poss && !(l = UnitLemma(L(*end))).empty()) {
        lemma = l, ++*end;
      }
      break;
    }
    if (UnitStopWord(L(k))) break;
  }
  return lemma;
}

size_t Scanner::Parse(size_t i) {
  size_t start = i, j = i;
  std::string_view currency = CurrencySymbol(L(i));
  if (currency.empty()) currency = CurrencyCode(L(i));
  if (!currency.empty()) {
    j = i + 1;
    if (L(i) == "$" && i > floor_ && !ts_[i].space_before && L(i - 1) == "us") start = i - 1;
  }
  Num n;
  if (!Core(j, !currency.empty(), &n)) return 0;
  if (!currency.empty() && (n.vague || n.fraction)) return 0;
  size_t e = n.end;
  auto percent_at = [&](size_t k) -> size_t {
    if (L(k) == "%" || L(k) == "percent" || L(k) == "pct") return 1;
    return L(k) == "per" && L(k + 1) == "cent" ? 2 : 0;
  };
  bool percent = false;
  if (size_t p = percent_at(e); p && currency.empty()) percent = true, e += p;
  double max = 0;
  std::string_view qualifier;
  if (!n.vague && !n.fraction) {
    if (size_t r = Range(e, start, !currency.empty(), &n, &max)) qualifier = "range", e = r;
  }
  if (size_t p = percent_at(e); p && currency.empty()) percent = true, e += p;
  if (currency.empty() && !percent && !n.fraction) {
    if (std::string_view c = CurrencyNoun(L(e)); !c.empty()) {
      currency = c, ++e;
    } else if (std::string_view c2 = ScaledCurrencyNoun(L(e)); !c2.empty() && n.scale >= 6) {
      currency = c2, ++e;  // "350 million pounds", not "a 500-pound bomb"
    }
  }
  std::string_view next = L(e), after = L(e + 1);
  if (qualifier.empty() && (next == "or" || next == "and")) {
    if (after == "more" || after == "above" || after == "over")
      qualifier = "at_least", e += 2;
    else if (after == "fewer" || after == "less" || after == "below")
      qualifier = "at_most", e += 2;
    else if (after == "so" && next == "or")
      qualifier = "approx", e += 2;
  }
  // "20 of 31", "27 out of 49", "20 of the 31".
  std::optional<double> total;
  bool plain = currency.empty() && !percent && !n.vague && !n.fraction && max == 0;
  if (plain && (L(e) == "of" || (L(e) == "out" && L(e + 1) == "of"))) {
    size_t k = L(e) == "of" ? e + 1 : e + 2;
    if (IsDeterminer(L(k))) ++k;
    Num m;
    if (Core(k, false, &m) && !m.vague && !m.fraction && !m.year_like && m.value >= n.value) {
      total = m.value;
      e = m.end;
    }
  }
  size_t unit_end = 0;
  std::string_view lemma = currency.empty() ? Unit(e, &unit_end) : std::string_view();
  // "20 drones out of 31", "20 drones launched by Russia, out of a total of 31".
  if (plain && !total && unit_end) {
    for (size_t k = unit_end; k < unit_end + 7 && k < ts_.size() && !Masked(k); ++k) {
      std::string_view w = L(k);
      if (w == "." || w == ";" || w == ":" || ts_[k].kind == TokenKind::kNumber) break;
      if (w != "out" || L(k + 1) != "of") continue;
      size_t j = k + 2;
      if (L(j) == "a" && L(j + 1) == "total" && L(j + 2) == "of")
        j += 3;
      else if (IsDeterminer(L(j)))
        ++j;
      Num m;
      if (Core(j, false, &m) && !m.vague && !m.fraction && !m.year_like && m.value >= n.value) {
        total = m.value;
        unit_end = m.end;
      }
      break;
    }
  }
  // Qualifiers and "all" before the number.
  size_t a = start;
  if (a > floor_ && L(a - 1) == "all" && plain) total = n.value, --a;
  std::string_view words[3];
  int count = 0;
  for (size_t k = a; k > floor_ && count < 3; --k) words[2 - count++] = L(k - 1);
  QualifierMatch qm = MatchQualifier(words + (3 - count), count);
  // "43 drones over seven regions", "control over two villages": "over"
  // after a counted noun or a noun of rule or flight is a preposition.
  if (qm.words == 1 && qm.qualifier == "at_least" && a >= 2 && L(a - 1) == "over" &&
      (!UnitLemma(L(a - 2)).empty() || ts_[a - 2].kind == TokenKind::kNumber ||
       OverTakesPlace(L(a - 2)))) {
    qm = {};
  }
  a -= qm.words;
  if (qualifier == "range" && a > floor_ && (L(a - 1) == "between" || L(a - 1) == "from")) --a;
  if (n.year_like && currency.empty() && !percent && !total && lemma.empty() && !qm.words &&
      qualifier.empty()) {
    return 0;  // "the 2024 budget"
  }
  if (qualifier.empty()) qualifier = qm.words ? qm.qualifier : n.vague ? "at_least" : "exact";

  size_t end = std::max(e, unit_end);
  QuantitySpan span;
  span.first_token = ts_[a].first;
  span.end_token = ts_[end - 1].end;
  Quantity& q = span.quantity;
  q.value = n.value;
  if (max > 0) q.max = max;
  q.qualifier = std::string(qualifier);
  if (!currency.empty()) {
    q.kind = "money";
    q.currency = std::string(currency);
  } else if (percent) {
    q.kind = "percent";
    q.unit = "percent";
  } else {
    q.unit = n.fraction ? "fraction" : std::string(lemma);
  }
  q.text = std::string(ts_.Text(a, end));
  span.total = total;
  span.unit_lemma = std::string(lemma);
  out_->push_back(std::move(span));
  floor_ = end;
  return end;
}

}  // namespace

std::vector<QuantitySpan> FindQuantities(const Document& doc, const Sentence& s) {
  const SentenceScan& scan = ScanSentence(doc, s);
  thread_local std::vector<uint8_t> masked;  // reused: no allocation per sentence
  masked.assign(scan.ts.size(), 0);
  for (const StreamDate& d : scan.dates) {
    std::fill(masked.begin() + d.a, masked.begin() + d.b, 1);
  }
  std::vector<QuantitySpan> out;
  Scanner(scan.ts, &masked, &out).Run();
  return out;
}

}  // namespace sitrep::extract

// NumberReader (see number_reader.h).
#include "extract/number_reader.h"

#include <algorithm>
#include <array>

#include "extract/number_words.h"

namespace sitrep::extract {
namespace {

bool IsTimeWord(std::string_view w) {
  return w == "a.m." || w == "p.m." || w == "am" || w == "pm" || w == "a.m" || w == "p.m" ||
         w == "o'clock" || w == "gmt" || w == "utc" || w == "cet" || w == "hrs";
}

bool IsOrdinalSuffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

// Capitalized words that make the number after them a label, not a count.
bool IsDesignator(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "article",   "block",   "building",   "category", "chapter", "class", "day",    "flight",
      "grade",     "highway", "level",      "mk",       "model",   "no",    "number", "page",
      "paragraph", "phase",   "resolution", "route",    "section", "stage"};
  return std::binary_search(k.begin(), k.end(), w);
}

double Pow10(int e) { return ScaledValue(1, 0, e); }

}  // namespace

bool NumberReader::Read(size_t i, bool money, Num* n) const {
  if (i >= ts_.size() || Masked(i)) return false;
  if (ts_[i].kind == TokenKind::kNumber) return Digits(i, money, n);
  if (!ts_[i].IsWord()) return false;
  return Fraction(i, n) || Words(i, n) || Vague(i, n);
}

bool NumberReader::Digits(size_t i, bool money, Num* n) const {
  const Tok& t = ts_[i];
  if (!t.num_ok) return false;
  if (i > 0 && !t.space_before) {
    // "10:30", "24/7", "MH17", "1.5.2": part of something else.
    std::string_view p = L(i - 1);
    if (p == ":" || p == "/" || p == "." || ts_[i - 1].kind == TokenKind::kWord ||
        ts_[i - 1].kind == TokenKind::kNumber) {
      return false;
    }
  }
  if (i > 0 && IsDesignator(L(i - 1)) && (ts_[i - 1].cap || L(i - 1) == "no.")) return false;
  if (i > 0 && L(i - 1) == "no.") return false;
  size_t e = i + 1;
  std::string_view nx = L(e);
  bool glued = Glued(e);
  if (glued && (nx == ":" || nx == "/")) return false;
  if (IsTimeWord(nx) || (glued && IsOrdinalSuffix(nx))) return false;
  int scale = ScaleWord(nx, money || (glued && nx.size() > 1 && nx != "mm"));
  if (scale >= 0) {
    ++e;
  } else if (glued && e < ts_.size() && ts_[e].IsWord() && UnitLemma(nx).empty()) {
    return false;  // "155mm", "3-day", "2S19"
  }
  n->mant = t.mant;
  n->frac = t.frac;
  n->scale = scale;
  n->value = ScaledValue(t.mant, t.frac, std::max(scale, 0));
  n->end = e;
  n->year_like =
      scale < 0 && t.IsInt() && t.int_digits == 4 && !t.grouped && t.mant >= 1800 && t.mant <= 2100;
  return true;
}

// "six", "twenty-seven", "a dozen", "two hundred and fifty", "one million",
// "several hundred".
bool NumberReader::Words(size_t i, Num* n) const {
  std::string_view w = L(i);
  if (w == "half" && (L(i + 1) == "a" || L(i + 1) == "an") && ScaleWord(L(i + 2), false) >= 2) {
    n->value = 0.5 * Pow10(ScaleWord(L(i + 2), false));  // "half a million"
    n->mant = 5, n->frac = 1, n->scale = ScaleWord(L(i + 2), false), n->end = i + 3;
    return true;
  }
  double cur = SmallNumberWord(w);
  bool several = false;
  if (cur < 0) {
    std::string_view x = L(i + 1);
    bool scaled = x == "dozen" || ScaleWord(x, false) >= 2;
    if ((w == "a" || w == "an") && scaled)
      cur = 1;
    else if (w == "several" && scaled)
      cur = 3, several = true;
    else
      return false;
  }
  // "Channel One", "Air Force One": a capital inside a name.
  if (ts_[i].cap && i > 0 && ts_[i - 1].IsWord() && !several) return false;
  size_t k = i + 1;
  double total = 0;
  int scale = -1;
  while (k < ts_.size()) {
    std::string_view x = L(k);
    int sc = ScaleWord(x, false);
    if (x == "dozen" && scale < 0) {
      cur *= 12, scale = 1, ++k;
    } else if (sc == 2 && scale < 2) {
      cur *= 100, scale = 2, ++k;
      if (L(k) == "and" && SmallNumberWord(L(k + 1)) > 0) {
        cur += SmallNumberWord(L(k + 1)), k += 2;
      } else if (SmallNumberWord(L(k)) > 0) {
        cur += SmallNumberWord(L(k)), ++k;
      }
    } else if (sc > 2) {
      total += cur * Pow10(sc), cur = 0, scale = sc, ++k;
      break;
    } else {
      break;
    }
  }
  if (k == i + 1 && w == "one") {
    std::string_view p = i > 0 ? L(i - 1) : std::string_view();
    std::string_view x = L(k);
    if (p == "no" || p == "any" || p == "every" || p == "each" || p == "the" || p == "this" ||
        p == "that" || p == "which" || x == "of" || x == "another" || x == "by" || x == "after") {
      return false;  // "no one", "one of the", "one another", "one by one"
    }
    // The pronoun: "one can sense", "one that", "a phase, one marked by".
    static constexpr std::string_view kPronounNext[] = {
        "can",  "could", "may", "might", "must",  "should", "would", "will",
        "that", "which", "who", "such",  "thing", "way",    "hand"};
    for (std::string_view v : kPronounNext) {
      if (x == v) return false;
    }
    if (p == "," && x.size() > 3 && x.substr(x.size() - 2) == "ed") return false;
  }
  n->value = total + cur;
  n->mant = static_cast<uint64_t>(n->value);
  n->end = k;
  n->scale = scale;
  n->vague = several;
  return true;
}

// "dozens of", "hundreds", "tens of thousands of", "scores of".
bool NumberReader::Vague(size_t i, Num* n) const {
  double v = VaguePlural(L(i));
  if (v == 0) return false;
  size_t k = i + 1;
  double v2 = L(k) == "of" ? VaguePlural(L(k + 1)) : 0;
  if (v2 >= 1000) {
    v *= v2, k += 2;
  } else if ((L(i) == "tens" || L(i) == "scores") && L(k) != "of") {
    return false;
  } else if (L(i) == "tens") {
    return false;
  }
  n->value = v;
  n->end = k;
  n->vague = true;
  return true;
}

// "half of", "a third of", "two-thirds of", "three quarters of".
bool NumberReader::Fraction(size_t i, Num* n) const {
  std::string_view w = L(i);
  double f = 0;
  size_t k = i + 1;
  if (w == "half") {
    std::string_view p = i > 0 ? L(i - 1) : std::string_view();
    if (p == "first" || p == "second" || p == "other" || p == "the") return false;
    f = 0.5;
  } else if ((w == "a" || w == "one") && FractionWord(L(i + 1)) > 0 && L(i + 1) != "half") {
    f = FractionWord(L(i + 1)), k = i + 2;
  } else if (size_t dash = w.find('-'); dash != std::string_view::npos) {
    int num = SmallNumberWord(w.substr(0, dash));
    double fr = FractionWord(w.substr(dash + 1));
    if (num > 0 && fr > 0) f = num * fr;
  } else if (int num = SmallNumberWord(w);
             num > 1 && FractionWord(L(i + 1)) > 0 && L(i + 1).back() == 's') {
    f = num * FractionWord(L(i + 1)), k = i + 2;
  }
  if (f <= 0 || f > 1 || L(k) != "of") return false;
  n->value = f;
  n->end = k;
  n->fraction = true;
  return true;
}

}  // namespace sitrep::extract

// TokenStream: folding and the few merges that make tokenizers agree.
#include "extract/token_stream.h"

#include <algorithm>
#include <array>

#include "extract/keywords.h"

namespace sitrep::extract {

namespace {

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Words that keep a following period: month and weekday abbreviations and
// the like ("Dec. 16"). Sorted.
constexpr std::array<std::string_view, 24> kAbbrev = {
    "apr", "aug", "dec", "est", "feb", "fri",  "jan", "jul", "jun",  "mar",   "mon", "no",
    "nos", "nov", "oct", "sat", "sep", "sept", "sun", "thu", "thur", "thurs", "tue", "wed"};

bool IsAbbrev(std::string_view w) { return std::binary_search(kAbbrev.begin(), kAbbrev.end(), w); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

double ScaledValue(uint64_t mant, int frac, int exp10) {
  int e = exp10 - frac;
  double m = static_cast<double>(mant);
  if (e >= 0) return e <= 22 ? m * kPow10[e] : m * 1e22 * kPow10[std::min(e - 22, 22)];
  return -e <= 22 ? m / kPow10[-e] : 0;
}

double Tok::Value() const { return ScaledValue(mant, frac, 0); }

bool ParseDigits(std::string_view s, Tok* t) {
  while (!s.empty() && (s.back() == ',' || s.back() == '.')) s.remove_suffix(1);
  if (s.empty() || !IsDigit(s[0])) return false;
  size_t commas = std::count(s.begin(), s.end(), ',');
  size_t dots = std::count(s.begin(), s.end(), '.');
  char group = 0, point = 0;
  if (commas && dots) {
    bool dot_last = s.rfind('.') > s.rfind(',');
    group = dot_last ? ',' : '.';
    point = dot_last ? '.' : ',';
  } else if (commas || dots) {
    char sep = commas ? ',' : '.';
    size_t n = commas ? commas : dots;
    size_t first = s.find(sep);
    bool groups_of_3 = first >= 1 && first <= 3 && (s.size() - first - 1) % 4 == 3;
    for (size_t i = first; groups_of_3 && i < s.size(); i += 4) {
      groups_of_3 = s[i] == sep && (i + 3 < s.size()) && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) &&
                    IsDigit(s[i + 3]);
    }
    // "11,000" groups; "1.5" and "1,5" are decimals; "1.000.000" groups.
    if (groups_of_3 && (sep == ',' || n > 1))
      group = sep;
    else if (n == 1)
      point = sep;
    else
      return false;
  }
  uint64_t mant = 0;
  int digits = 0, frac = 0, int_digits = 0;
  bool after_point = false;
  for (char c : s) {
    if (IsDigit(c)) {
      if (++digits > 18) return false;
      mant = mant * 10 + (c - '0');
      if (after_point)
        ++frac;
      else
        ++int_digits;
    } else if (c == point && !after_point) {
      after_point = true;
    } else if (c != group) {
      return false;
    }
  }
  t->num_ok = true;
  t->mant = mant;
  t->frac = static_cast<uint8_t>(frac);
  t->int_digits = static_cast<uint8_t>(int_digits);
  t->grouped = group != 0;
  return true;
}

void TokenStream::Reset(const Document& doc, const Sentence& s) {
  text_ = doc.text;
  Fold(doc, s);
  Merge();
}

std::string_view TokenStream::Text(size_t a, size_t b) const {
  if (a >= b || b > toks_.size()) return {};
  return text_.substr(toks_[a].start, toks_[b - 1].stop - toks_[a].start);
}

void TokenStream::Fold(const Document& doc, const Sentence& s) {
  pieces_.clear();
  uint32_t end = std::min<uint32_t>(s.end_token, doc.tokens.size());
  uint32_t first = std::min(s.first_token, end);
  // Folding never lengthens text, so the tokens' bytes bound the buffer.
  size_t need = 0;
  for (uint32_t i = first; i < end; ++i) need += doc.tokens[i].end - doc.tokens[i].start;
  buf_.resize(need);
  char* out = buf_.data();
  const char* base = out;
  pieces_.reserve(end - first);
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    const char* src = doc.text.data() + t.start;
    const size_t n = t.end - t.start;
    Piece p{i,
            t.start,
            t.end,
            static_cast<uint32_t>(out - base),
            0,
            t.kind,
            n > 0 && src[0] >= 'A' && src[0] <= 'Z'};
    for (size_t k = 0; k < n;) {
      unsigned char c = src[k];
      if (c < 0x80) {
        *out++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
        ++k;
        continue;
      }
      if (c == 0xE2 && k + 2 < n && static_cast<unsigned char>(src[k + 1]) == 0x80) {
        unsigned char c2 = src[k + 2];
        char rep = c2 >= 0x98 && c2 <= 0x9B   ? '\''
                   : c2 >= 0x9C && c2 <= 0x9F ? '"'
                   : c2 >= 0x90 && c2 <= 0x95 ? '-'
                                              : 0;
        if (rep) {
          *out++ = rep;
          k += 3;
          continue;
        }
      }
      *out++ = static_cast<char>(c);
      ++k;
    }
    p.hi = static_cast<uint32_t>(out - base);
    pieces_.push_back(p);
  }
  buf_.resize(out - base);
}

void TokenStream::Push(size_t p, size_t q, uint32_t lo, uint32_t hi) {
  const Piece& a = pieces_[p];
  const Piece& b = pieces_[q - 1];
  Tok& t = toks_.emplace_back();
  t.first = a.index;
  t.end = b.index + 1;
  t.start = a.start;
  t.stop = b.stop;
  t.low = std::string_view(buf_).substr(lo, hi - lo);
  t.kind = q - p > 1 ? TokenKind::kWord : a.kind;
  t.cap = a.cap;
  t.space_before = p == 0 || pieces_[p - 1].stop < a.start;
}

// Where the possessive ending of pieces [p, q) starts in the text, so a
// span's text ends at "Monday", not "Monday's".
uint32_t TokenStream::PossessiveStart(size_t p, size_t q) const {
  const Piece& last = pieces_[q - 1];
  std::string_view src = text_.substr(last.start, last.stop - last.start);
  if (q - p > 1 && (src == "s" || src == "'s" || src == "\xE2\x80\x99s")) {
    // A separate "'s" (or "'" "s"): the word ends where the apostrophe starts.
    size_t k = q - 1;
    if (src == "s") --k;
    return pieces_[k].start;
  }
  if (src.size() > 4 && src.substr(src.size() - 4) == "\xE2\x80\x99s") return last.stop - 4;
  return last.stop - 2;
}

// A word glued from a currency sign, digits and a suffix ("€50bn", "50bn",
// "3rd") is cut into those parts. Returns false if the word is not one.
bool TokenStream::SplitWord(size_t k) {
  const Piece& p = pieces_[k];
  std::string_view w = std::string_view(buf_).substr(p.lo, p.hi - p.lo);
  std::string_view src = text_.substr(p.start, p.stop - p.start);
  // A leading sign: a currency (same bytes folded) or a dash glued on by a
  // tokenizer that takes non-ASCII bytes for letters ("–25": folded "-25").
  uint32_t sign = 0, shift = 0;
  TokenKind sign_kind = TokenKind::kSymbol;
  for (std::string_view c : {"\xE2\x82\xAC", "\xC2\xA3", "\xE2\x82\xB4", "\xE2\x82\xBD"}) {
    if (w.size() > c.size() && w.substr(0, c.size()) == c) sign = static_cast<uint32_t>(c.size());
  }
  if (!sign && w.size() > 1 && w[0] == '-' && src.size() > 3 && src.substr(0, 2) == "\xE2\x80") {
    sign = 1, shift = 2, sign_kind = TokenKind::kPunct;
  }
  if (src.size() - w.size() != shift) return false;  // folding moved other offsets
  size_t d = sign;
  while (d < w.size() && (IsDigit(w[d]) || (d > sign && (w[d] == ',' || w[d] == '.')))) ++d;
  if (d == sign || (d == w.size() && !sign)) return false;
  auto part = [&](uint32_t from, uint32_t to, TokenKind kind) {
    Push(k, k + 1, p.lo + from, p.lo + to);
    Tok& t = toks_.back();
    t.kind = kind;
    t.start = p.start + from + (from > 0 ? shift : 0);
    t.stop = p.start + to + shift;
    if (from > 0) t.space_before = false, t.cap = false;
    if (kind == TokenKind::kNumber) ParseDigits(t.low, &t);
  };
  if (sign) part(0, sign, sign_kind);
  part(sign, static_cast<uint32_t>(d), TokenKind::kNumber);
  if (d < w.size())
    part(static_cast<uint32_t>(d), static_cast<uint32_t>(w.size()), TokenKind::kWord);
  return true;
}

void TokenStream::Merge() {
  toks_.clear();
  const size_t n = pieces_.size();
  auto low = [&](size_t k) {
    return std::string_view(buf_).substr(pieces_[k].lo, pieces_[k].hi - pieces_[k].lo);
  };
  auto glued = [&](size_t k) { return k + 1 < n && pieces_[k].stop == pieces_[k + 1].start; };
  auto hyphen = [&](size_t k) {
    return k < n && pieces_[k].stop - pieces_[k].start == 1 && text_[pieces_[k].start] == '-';
  };
  auto alnum = [&](size_t k) {
    return pieces_[k].kind == TokenKind::kWord || pieces_[k].kind == TokenKind::kNumber;
  };
  for (size_t k = 0; k < n;) {
    std::string_view w = low(k);
    size_t q = k + 1;
    // A hyphen chain with a word in it is one word; digits alone stay apart ("20-25").
    if (alnum(k) && glued(k) && hyphen(k + 1) && glued(k + 1) && alnum(k + 2)) {
      bool any_word = pieces_[k].kind == TokenKind::kWord;
      size_t j = k;
      while (j + 2 < n && glued(j) && glued(j + 1) && hyphen(j + 1) && alnum(j + 2)) {
        any_word |= pieces_[j + 2].kind == TokenKind::kWord;
        j += 2;
      }
      if (any_word) q = j + 1;
    }
    // Initials and abbreviations keep their period: "p.m.", "dec.".
    if (q == k + 1 && pieces_[k].kind == TokenKind::kWord && glued(k) && low(k + 1) == ".") {
      if (w.size() == 1 && IsAlpha(w[0])) {
        q = k + 2;
        while (q + 1 < n && glued(q - 1) && low(q).size() == 1 && IsAlpha(low(q)[0]) && glued(q) &&
               low(q + 1) == ".") {
          q += 2;
        }
      } else if (IsAbbrev(w)) {
        q = k + 2;
      }
    }
    uint32_t lo = pieces_[k].lo, hi = pieces_[q - 1].hi;
    if (q == k + 1 && pieces_[k].kind == TokenKind::kWord && !w.empty() &&
        (IsDigit(w[0]) || w[0] == '-' || static_cast<unsigned char>(w[0]) >= 0xC2) &&
        SplitWord(k)) {
      k = q;
      continue;
    }
    // Possessive: "’s" as its own token, "'" "s", or folded into the word.
    bool poss = false;
    if (pieces_[q - 1].kind == TokenKind::kWord) {
      std::string_view m = std::string_view(buf_).substr(lo, hi - lo);
      if (m.size() > 2 && m.substr(m.size() - 2) == "'s") {
        hi -= 2;
        poss = true;
      } else if (glued(q - 1) && low(q) == "'s") {
        poss = true;
        ++q;
      } else if (glued(q - 1) && low(q) == "'" && glued(q) && low(q + 1) == "s") {
        poss = true;
        q += 2;
      }
    }
    Push(k, q, lo, hi);
    Tok& t = toks_.back();
    t.poss = poss;
    if (poss) t.stop = PossessiveStart(k, q);
    if (t.kind == TokenKind::kNumber) {
      if (!ParseDigits(t.low, &t)) t.num_ok = false;
      // "16," and "2024." from a tokenizer that keeps trailing separators.
      while (!t.low.empty() && (t.low.back() == ',' || t.low.back() == '.')) {
        t.low.remove_suffix(1);
        --t.stop;
      }
    }
    k = q;
  }
  for (Tok& t : toks_) {
    if (t.kind == TokenKind::kWord) t.kw = KeywordFlags(t.low);
  }
}

}  // namespace sitrep::extract

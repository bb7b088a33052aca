#include "extract/transliterate.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <mutex>

namespace sitrep::extract {

namespace {

// ICU transliterators are not safe to share between threads; the non-ASCII
// path is rare (names in Cyrillic or with diacritics), so a lock is cheap.
std::string IcuToAscii(std::string_view word) {
  static std::mutex mu;
  static std::unique_ptr<icu::Transliterator> translit = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Cyrillic-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (translit) {
    std::lock_guard<std::mutex> lock(mu);
    translit->transliterate(u);
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Accented Latin letters lose their marks through utf8proc (fast); what is
// left outside ASCII (Cyrillic, ø, ł) goes through ICU.
std::string ToAscii(std::string_view word) {
  utf8proc_uint8_t* mapped = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                        static_cast<utf8proc_ssize_t>(word.size()), &mapped,
                        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  std::string out = n >= 0 ? std::string(reinterpret_cast<char*>(mapped), static_cast<size_t>(n))
                           : std::string(word);
  std::free(mapped);
  for (unsigned char c : out) {
    if (c >= 0x80) return IcuToAscii(out);
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

size_t PossessiveSuffix(std::string_view w) {
  if (EndsWith(w, "'s") || EndsWith(w, "'S")) return w.size() > 2 ? 2 : 0;
  if (EndsWith(w, "\xE2\x80\x99s")) return w.size() > 4 ? 4 : 0;
  return 0;
}

namespace {

// The endings iy|yi|yy|ij fold to "y": Zelenskiy, Zelenskyi, Zelensky.
void FoldEnding(std::string* s) {
  if (s->size() > 3) {
    char a = (*s)[s->size() - 2], b = (*s)[s->size() - 1];
    if ((a == 'i' && (b == 'y' || b == 'j')) || (a == 'y' && (b == 'i' || b == 'y'))) {
      s->resize(s->size() - 2);
      *s += 'y';
    }
  }
}

}  // namespace

bool FoldAsciiWord(std::string_view word, std::string* key, CaseShape* shape) {
  const char* in = word.data();
  size_t n = word.size();
  // Apostrophes dropped and case folded in one branch-free pass into a
  // stack buffer, letters counted on the way (the rules of ShapeOf's ASCII
  // branch), then one assign: resizing the key per word and a branchy loop
  // cost more than the folding itself (callgrind).
  char small[64];
  std::string large;
  char* dst = small;
  if (n > sizeof small) {
    large.resize(n);
    dst = large.data();
  }
  // Per byte, from a table: its folded form and whether it is an upper-case
  // letter, a lower-case letter, kept (not an apostrophe).
  struct Fold {
    char to;
    uint8_t upper, lower, keep;
  };
  static constexpr std::array<Fold, 256> kFold = [] {
    std::array<Fold, 256> t{};
    for (int c = 0; c < 256; ++c) {
      bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
      t[c] = Fold{static_cast<char>(up ? c + 32 : c), up, low, c != '\''};
    }
    return t;
  }();
  size_t k = 0;
  int upper = 0, lower = 0;
  unsigned char high = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    const Fold& f = kFold[c];
    high |= c;
    upper += f.upper;
    lower += f.lower;
    dst[k] = f.to;
    k += f.keep;
  }
  if (high >= 0x80) return false;
  // The endings iy|yi|yy|ij fold to "y" (FoldEnding).
  if (k > 3) {
    char a = dst[k - 2], b = dst[k - 1];
    if ((a == 'i' && (b == 'y' || b == 'j')) || (a == 'y' && (b == 'i' || b == 'y'))) {
      dst[k - 2] = 'y';
      --k;
    }
  }
  key->assign(dst, k);
  int first = -1;  // the case of the first letter: 1 upper, 0 lower
  for (size_t i = 0; i < n && first < 0; ++i) {
    char c = in[i];
    if (c >= 'A' && c <= 'Z') first = 1;
    else if (c >= 'a' && c <= 'z') first = 0;
  }
  *shape = first < 0    ? CaseShape::kOther
           : first == 0 ? CaseShape::kLower
           : lower == 0 && upper >= 2 ? CaseShape::kAllCaps
                                      : CaseShape::kCapitalized;
  return true;
}

std::string FoldKey(std::string_view word) {
  word.remove_suffix(PossessiveSuffix(word));
  std::string s;
  CaseShape shape;
  if (FoldAsciiWord(word, &s, &shape)) return s;  // most words
  std::string typo;  // typographic apostrophes first, so ICU keeps them
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0 || word.compare(i, 3, "\xE2\x80\x98") == 0) {
      typo += '\'';
      i += 2;
    } else {
      typo += word[i];
    }
  }
  // Curly apostrophes were the only non-ASCII ("Ukraine’s"): no need for
  // ICU, which costs more than the rest of the entity pass for the word.
  bool now_ascii = true;
  for (unsigned char c : typo) now_ascii &= c < 0x80;
  s = now_ascii ? std::move(typo) : ToAscii(typo);
  // Apostrophes inside a name come and go between sources ("Pokrovs'ke").
  s.erase(std::remove(s.begin(), s.end(), '\''), s.end());
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  FoldEnding(&s);
  return s;
}

std::string NameKey(std::string_view f) {
  std::string out;
  out.reserve(f.size());
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    char next = i + 1 < f.size() ? f[i + 1] : 0;
    if (c == '\'' || c == '-' || c == '.') continue;
    if ((c == 'k' || c == 'z') && next == 'h') { out += c == 'k' ? 'h' : 'z'; ++i; continue; }
    if ((c == 'i' || c == 'y') && (next == 'e' || next == 'a' || next == 'u')) continue;
    if (c == 'g') c = 'h';
    if (c == 'i') c = 'y';
    if (!out.empty() && out.back() == c) continue;  // doubled letters
    out += c;
  }
  return out;
}

CaseShape ShapeOf(std::string_view w) {
  int upper = 0, lower = 0;
  bool ascii = true;
  for (unsigned char c : w) ascii &= c < 0x80;
  if (ascii) {
    int first = -1;  // 1 upper, 0 lower
    for (unsigned char c : w) {
      bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
      if (!up && !low) continue;
      if (first < 0) first = up;
      upper += up, lower += low;
    }
    if (first < 0) return CaseShape::kOther;
    if (first == 0) return CaseShape::kLower;
    return lower == 0 && upper >= 2 ? CaseShape::kAllCaps : CaseShape::kCapitalized;
  }
  bool first_upper = false, first_seen = false;
  for (size_t i = 0; i < w.size();) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data() + i),
                              static_cast<utf8proc_ssize_t>(w.size() - i), &cp);
    if (n <= 0) { ++i; continue; }
    i += static_cast<size_t>(n);
    auto cat = utf8proc_category(cp);
    bool up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    bool low = cat == UTF8PROC_CATEGORY_LL;
    if (!up && !low) continue;
    if (!first_seen) { first_seen = true; first_upper = up; }
    upper += up;
    lower += low;
  }
  if (!first_seen) return CaseShape::kOther;
  if (!first_upper) return CaseShape::kLower;
  if (lower == 0 && upper >= 2) return CaseShape::kAllCaps;
  return CaseShape::kCapitalized;
}

}  // namespace sitrep::extract

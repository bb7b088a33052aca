// The flat-object fast path; see json_flat.h. Written by hand because it is
// measurably faster than nlohmann::json on whole articles (extract_bench).
#include "ingest/json_flat.h"

#include <cstdint>
#include <cstring>

#include "util/json_scan.h"

namespace sitrep::ingest {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void SkipSpace(std::string_view s, size_t* i) {
  while (*i < s.size() && IsSpace(s[*i])) ++*i;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool Hex4(std::string_view s, size_t at, uint32_t* v) {
  if (at + 4 > s.size()) return false;
  *v = 0;
  for (size_t k = 0; k < 4; ++k) {
    int d = HexDigit(s[at + k]);
    if (d < 0) return false;
    *v = *v * 16 + static_cast<uint32_t>(d);
  }
  return true;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7:
// no overlongs, no surrogates, nothing past U+10FFFF), or 0.
size_t Utf8Sequence(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  unsigned c = at(0);
  auto cont = [&](size_t k, unsigned lo, unsigned hi) { unsigned b = at(k); return b >= lo && b <= hi; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// A string starting at s[*i] == '"'; on success *i is past its closing quote.
bool ReadString(std::string_view s, size_t* i, std::string* out) {
  out->clear();
  size_t p = *i + 1;
  while (true) {
    // Runs of plain ASCII are copied at once.
    size_t run = p + JsonSafeRun(s.data() + p, s.size() - p);
    out->append(s.data() + p, run - p);
    p = run;
    if (p >= s.size()) return false;  // unterminated
    unsigned char c = static_cast<unsigned char>(s[p]);
    if (c == '"') {
      *i = p + 1;
      return true;
    }
    if (c < 0x20) return false;  // a raw control character
    if (c >= 0x80) {
      size_t n = Utf8Sequence(s, p);
      if (n == 0) return false;
      out->append(s.data() + p, n);
      p += n;
      continue;
    }
    // An escape.
    if (p + 1 >= s.size()) return false;
    char e = s[p + 1];
    p += 2;
    switch (e) {
      case '"': out->push_back('"'); break;
      case '\\': out->push_back('\\'); break;
      case '/': out->push_back('/'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'u': {
        uint32_t cp;
        if (!Hex4(s, p, &cp)) return false;
        p += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          uint32_t lo;
          if (p + 1 >= s.size() || s[p] != '\\' || s[p + 1] != 'u' || !Hex4(s, p + 2, &lo)) return false;
          if (lo < 0xDC00 || lo > 0xDFFF) return false;
          p += 6;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        AppendUtf8(cp, out);
        break;
      }
      default: return false;
    }
  }
}

}  // namespace

bool ParseFlatObject(std::string_view s, FlatObject* out) {
  out->clear();
  size_t i = 0;
  SkipSpace(s, &i);
  if (i >= s.size() || s[i] != '{') return false;
  ++i;
  SkipSpace(s, &i);
  if (i < s.size() && s[i] == '}') {
    ++i;
  } else {
    while (true) {
      if (i >= s.size() || s[i] != '"') return false;
      std::string key, value;
      if (!ReadString(s, &i, &key)) return false;
      SkipSpace(s, &i);
      if (i >= s.size() || s[i] != ':') return false;
      ++i;
      SkipSpace(s, &i);
      if (i >= s.size() || s[i] != '"') return false;  // not a string value: not flat
      if (!ReadString(s, &i, &value)) return false;
      for (const auto& [k, v] : *out) {
        if (k == key) return false;  // duplicate keys: leave the choice to nlohmann
      }
      out->emplace_back(std::move(key), std::move(value));
      SkipSpace(s, &i);
      if (i < s.size() && s[i] == ',') {
        ++i;
        SkipSpace(s, &i);
        continue;
      }
      if (i < s.size() && s[i] == '}') {
        ++i;
        break;
      }
      return false;
    }
  }
  SkipSpace(s, &i);
  return i == s.size();
}

}  // namespace sitrep::ingest

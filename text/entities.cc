// Named and numeric character references.
#include "text/entities.h"

#include <algorithm>
#include <iterator>

namespace sitrep::text {
namespace {

struct Named {
  std::string_view name;
  char32_t cp;
};

// Sorted by name (byte order) for binary search.
constexpr Named kNamed[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Acirc", 0xC2},     {"Agrave", 0xC0},
    {"Alpha", 0x391},   {"Aring", 0xC5},    {"Atilde", 0xC3},    {"Auml", 0xC4},
    {"Beta", 0x392},    {"Ccedil", 0xC7},   {"Dagger", 0x2021},  {"Delta", 0x394},
    {"ETH", 0xD0},      {"Eacute", 0xC9},   {"Ecirc", 0xCA},     {"Egrave", 0xC8},
    {"Euml", 0xCB},     {"Gamma", 0x393},   {"Iacute", 0xCD},    {"Icirc", 0xCE},
    {"Igrave", 0xCC},   {"Iuml", 0xCF},     {"Ntilde", 0xD1},    {"OElig", 0x152},
    {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Ograve", 0xD2},    {"Omega", 0x3A9},
    {"Oslash", 0xD8},   {"Otilde", 0xD5},   {"Ouml", 0xD6},      {"Prime", 0x2033},
    {"Scaron", 0x160},  {"THORN", 0xDE},    {"Uacute", 0xDA},    {"Ucirc", 0xDB},
    {"Ugrave", 0xD9},   {"Uuml", 0xDC},     {"Yacute", 0xDD},    {"Yuml", 0x178},
    {"Zcaron", 0x17D},  {"aacute", 0xE1},   {"acirc", 0xE2},     {"acute", 0xB4},
    {"aelig", 0xE6},    {"agrave", 0xE0},   {"alpha", 0x3B1},    {"amp", '&'},
    {"apos", '\''},     {"aring", 0xE5},    {"asymp", 0x2248},   {"atilde", 0xE3},
    {"auml", 0xE4},     {"bdquo", 0x201E},  {"beta", 0x3B2},     {"brvbar", 0xA6},
    {"bull", 0x2022},   {"ccedil", 0xE7},   {"cedil", 0xB8},     {"cent", 0xA2},
    {"circ", 0x2C6},    {"colon", ':'},     {"comma", ','},      {"copy", 0xA9},
    {"curren", 0xA4},   {"dagger", 0x2020}, {"darr", 0x2193},    {"deg", 0xB0},
    {"delta", 0x3B4},   {"divide", 0xF7},   {"dollar", '$'},     {"eacute", 0xE9},
    {"ecirc", 0xEA},    {"egrave", 0xE8},   {"emsp", 0x2003},    {"ensp", 0x2002},
    {"equals", '='},    {"eth", 0xF0},      {"euml", 0xEB},      {"euro", 0x20AC},
    {"excl", '!'},      {"frac12", 0xBD},   {"frac14", 0xBC},    {"frac34", 0xBE},
    {"gamma", 0x3B3},   {"ge", 0x2265},     {"gt", '>'},         {"hellip", 0x2026},
    {"hyphen", 0x2010}, {"iacute", 0xED},   {"icirc", 0xEE},     {"iexcl", 0xA1},
    {"igrave", 0xEC},   {"infin", 0x221E},  {"iquest", 0xBF},    {"iuml", 0xEF},
    {"lambda", 0x3BB},  {"laquo", 0xAB},    {"larr", 0x2190},    {"lcub", '{'},
    {"ldquo", 0x201C},  {"le", 0x2264},     {"lpar", '('},       {"lrm", 0x200E},
    {"lsaquo", 0x2039}, {"lsqb", '['},      {"lsquo", 0x2018},   {"lt", '<'},
    {"macr", 0xAF},     {"mdash", 0x2014},  {"micro", 0xB5},     {"middot", 0xB7},
    {"minus", 0x2212},  {"mu", 0x3BC},      {"nbsp", 0xA0},      {"ndash", 0x2013},
    {"ne", 0x2260},     {"not", 0xAC},      {"ntilde", 0xF1},    {"num", '#'},
    {"oacute", 0xF3},   {"ocirc", 0xF4},    {"oelig", 0x153},    {"ograve", 0xF2},
    {"omega", 0x3C9},   {"ordf", 0xAA},     {"ordm", 0xBA},      {"oslash", 0xF8},
    {"otilde", 0xF5},   {"ouml", 0xF6},     {"para", 0xB6},      {"percnt", '%'},
    {"period", '.'},    {"permil", 0x2030}, {"pi", 0x3C0},       {"plus", '+'},
    {"plusmn", 0xB1},   {"pound", 0xA3},    {"prime", 0x2032},   {"quest", '?'},
    {"quot", '"'},      {"raquo", 0xBB},    {"rarr", 0x2192},    {"rcub", '}'},
    {"rdquo", 0x201D},  {"reg", 0xAE},      {"rlm", 0x200F},     {"rpar", ')'},
    {"rsaquo", 0x203A}, {"rsqb", ']'},      {"rsquo", 0x2019},   {"sbquo", 0x201A},
    {"scaron", 0x161},  {"sect", 0xA7},     {"semi", ';'},       {"shy", 0xAD},
    {"sigma", 0x3C3},   {"sol", '/'},       {"sup1", 0xB9},      {"sup2", 0xB2},
    {"sup3", 0xB3},     {"szlig", 0xDF},    {"thetasym", 0x3D1}, {"thinsp", 0x2009},
    {"thorn", 0xFE},    {"tilde", 0x2DC},   {"times", 0xD7},     {"trade", 0x2122},
    {"uacute", 0xFA},   {"uarr", 0x2191},   {"ucirc", 0xFB},     {"ugrave", 0xF9},
    {"uml", 0xA8},      {"uuml", 0xFC},     {"yacute", 0xFD},    {"yen", 0xA5},
    {"yuml", 0xFF},     {"zcaron", 0x17E},  {"zwj", 0x200D},     {"zwnj", 0x200C},
};

// windows-1252 meanings of 0x80..0x9F, which pages emit as &#146; and alike.
constexpr char32_t kCp1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

constexpr size_t kMaxNameLen = 8;

inline bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

EntityMatch DecodeNumeric(std::string_view s, size_t i) {
  size_t j = i + 2;  // past "&#"
  const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
  if (hex) ++j;
  const size_t digits_start = j;
  uint32_t value = 0;
  for (; j < s.size(); ++j) {
    int d = hex ? HexValue(s[j]) : (s[j] >= '0' && s[j] <= '9' ? s[j] - '0' : -1);
    if (d < 0) break;
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + d;  // saturate past the range
  }
  if (j == digits_start) return {};
  if (j < s.size() && s[j] == ';') {
    ++j;
  } else if (j < s.size() && IsAlnum(s[j])) {
    return {};  // "&#12ab" is not a reference
  }
  char32_t cp = value;
  if (value >= 0x80 && value <= 0x9F)
    cp = kCp1252[value - 0x80];
  else if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    cp = 0xFFFD;
  return {cp, j - i};
}

}  // namespace

EntityMatch DecodeEntity(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return {};
  if (s[i + 1] == '#') return DecodeNumeric(s, i);
  size_t j = i + 1;
  while (j < s.size() && j - i - 1 <= kMaxNameLen && IsAlnum(s[j])) ++j;
  if (j >= s.size() || s[j] != ';' || j == i + 1) return {};
  std::string_view name = s.substr(i + 1, j - i - 1);
  auto it = std::lower_bound(std::begin(kNamed), std::end(kNamed), name,
                             [](const Named& n, std::string_view key) { return n.name < key; });
  if (it == std::end(kNamed) || it->name != name) return {};
  return {it->cp, j + 1 - i};
}

}  // namespace sitrep::text

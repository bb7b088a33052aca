// A small open-addressing hash table of trigger words, built once.
#include "extract/keywords.h"

#include <array>
#include <initializer_list>

namespace sitrep::extract {
namespace {

constexpr size_t kSlots = 512;  // power of two, under half full

uint32_t Hash(std::string_view w) {
  uint32_t h = 2166136261u;
  for (unsigned char c : w) h = (h ^ c) * 16777619u;
  return h;
}

class KeywordTable {
 public:
  KeywordTable() {
    Add(kKwNumber,
        {"zero",      "one",      "two",      "three",     "four",     "five",     "six",
         "seven",     "eight",    "nine",     "ten",       "eleven",   "twelve",   "thirteen",
         "fourteen",  "fifteen",  "sixteen",  "seventeen", "eighteen", "nineteen", "twenty",
         "thirty",    "forty",    "fifty",    "sixty",     "seventy",  "eighty",   "ninety",
         "a",         "an",       "several",  "dozens",    "scores",   "tens",     "hundreds",
         "thousands", "millions", "billions", "half"});
    Add(kKwCurrency, {"usd", "eur", "gbp", "uah", "rub", "us"});
    Add(kKwMonth,
        {"january", "february", "march",    "april", "may", "june", "july", "august", "september",
         "october", "november", "december", "jan",   "feb", "mar",  "apr",  "jun",    "jul",
         "aug",     "sep",      "sept",     "oct",   "nov", "dec",  "mid",  "early",  "late"});
    Add(kKwWeekday, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"});
    Add(kKwRelative, {"yesterday", "today", "tonight", "overnight", "during", "in", "the",
                      "earlier", "later", "this", "last", "next"});
    Add(kKwHoliday, {"christmas", "new", "independence", "victory", "easter", "palm"});
  }

  // Most words fail the (first letter, length) test and are never hashed.
  bool MayHold(std::string_view w) const {
    unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
    return w.size() <= 15 && c >= 'a' && c <= 'z' && (shapes_[c - 'a'] >> w.size() & 1);
  }

  uint16_t Find(std::string_view w) const {
    if (!MayHold(w)) return 0;
    for (size_t i = Hash(w) & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const Slot& s = slots_[i];
      if (s.len == 0) return 0;
      if (s.len == w.size() && std::string_view(s.word, s.len) == w) return s.flags;
    }
  }

 private:
  struct Slot {
    char word[16] = {};
    uint8_t len = 0;
    uint16_t flags = 0;
  };

  void Add(uint16_t flag, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      size_t i = Hash(w) & (kSlots - 1);
      while (slots_[i].len != 0 && std::string_view(slots_[i].word, slots_[i].len) != w) {
        i = (i + 1) & (kSlots - 1);
      }
      Slot& s = slots_[i];
      shapes_[w[0] - 'a'] |= static_cast<uint16_t>(1u << w.size());
      w.copy(s.word, w.size());
      s.len = static_cast<uint8_t>(w.size());
      s.flags |= flag;
    }
  }

  std::array<Slot, kSlots> slots_;
  std::array<uint16_t, 26> shapes_ = {};  // bit n of [c]: a keyword of length n starts with c
};

}  // namespace

uint16_t KeywordFlags(std::string_view w) {
  static const KeywordTable table;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  size_t dash = w.find('-');
  if (dash != std::string_view::npos && dash > 0) {
    // "twenty-seven", "two-thirds": a number; "mid-december": a month.
    return table.Find(w.substr(0, dash)) & (kKwNumber | kKwMonth);
  }
  uint16_t f = table.Find(w);
  // "mid", "early", "late" alone only matter before a month, which has its own flag.
  if (w == "mid" || w == "early" || w == "late") f &= static_cast<uint16_t>(~kKwMonth);
  return f;
}

}  // namespace sitrep::extract

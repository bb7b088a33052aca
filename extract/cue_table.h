// CueTable: a small fixed set of words with flag bits, for the cue lists
// that are read at every word around every event (attribution, modality).
//
//   CueTable t;  t.Add("said", kSay);  ...   t.Find("said") -> kSay, else 0
//
// Open addressing on an FNV-1a hash with the words stored inline, behind a
// (first byte, length) test that most words fail without hashing. Written
// by hand because it is measurably cheaper than the
// std::unordered_map<std::string_view, uint8_t> it replaces (std::hash, a
// modulo and a node per lookup; callgrind on extract_bench).
#ifndef SITREP_EXTRACT_CUE_TABLE_H_
#define SITREP_EXTRACT_CUE_TABLE_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace sitrep::extract {

class CueTable {
 public:
  // Words of up to kMaxLen bytes, at most kSlots / 2 of them. A longer
  // word, or one too many, is not added and Add returns false: the lists
  // are constants, so their builders treat that as a programming error.
  bool Add(std::string_view w, uint8_t bits) {
    if (w.empty() || w.size() > kMaxLen || (count_ >= kSlots / 2 && !Find(w))) return false;
    size_t i = Hash(w) & (kSlots - 1);
    while (slots_[i].len != 0 && Word(slots_[i]) != w) i = (i + 1) & (kSlots - 1);
    Slot& s = slots_[i];
    if (s.len == 0) {
      w.copy(s.word, w.size());
      s.len = static_cast<uint8_t>(w.size());
      ++count_;
    }
    s.bits |= bits;
    shapes_[static_cast<unsigned char>(w[0])] |= 1u << w.size();
    return true;
  }

  uint8_t Find(std::string_view w) const {
    if (w.empty() || w.size() > kMaxLen || !(shapes_[static_cast<unsigned char>(w[0])] >> w.size() & 1)) {
      return 0;
    }
    for (size_t i = Hash(w) & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const Slot& s = slots_[i];
      if (s.len == 0) return 0;
      if (Word(s) == w) return s.bits;
    }
  }

 private:
  static constexpr size_t kSlots = 512;  // a power of two
  static constexpr size_t kMaxLen = 23;
  struct Slot {
    char word[kMaxLen] = {};
    uint8_t len = 0;
    uint8_t bits = 0;
  };
  static uint32_t Hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (unsigned char c : w) h = (h ^ c) * 16777619u;
    return h;
  }
  static std::string_view Word(const Slot& s) { return std::string_view(s.word, s.len); }

  std::array<Slot, kSlots> slots_{};
  std::array<uint32_t, 256> shapes_{};  // bit n of [c]: a word of length n starts with byte c
  size_t count_ = 0;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_CUE_TABLE_H_

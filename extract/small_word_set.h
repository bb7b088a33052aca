// SmallWordSet: a fixed set of short words, built once from a list and then
// only asked count(word). A drop-in for the std::unordered_set<string_view>
// word lists of the event filters, which are asked at every word around
// every event: open addressing on an FNV-1a hash behind a (first byte,
// length) test that most words fail without hashing. Hand-written because
// it is measurably cheaper than std::unordered_set here (callgrind on
// extract_bench: std::hash, a modulo and a node per lookup).
#ifndef SITREP_EXTRACT_SMALL_WORD_SET_H_
#define SITREP_EXTRACT_SMALL_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

class SmallWordSet {
 public:
  SmallWordSet(std::initializer_list<std::string_view> words) {
    size_t bytes = 0;
    for (std::string_view w : words) bytes += w.size();
    arena_.reserve(bytes);  // never reallocates below, so the views stay valid
    size_t slots = 16;
    while (slots < words.size() * 4) slots *= 2;
    slots_.assign(slots, std::string_view());
    used_.assign(slots, 0);
    for (std::string_view w : words) {
      if (w.empty() || count(w)) continue;
      size_t at = arena_.size();
      arena_.append(w);
      std::string_view kept(arena_.data() + at, w.size());
      size_t i = Hash(kept) & (slots_.size() - 1);
      while (used_[i]) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = kept;
      used_[i] = 1;
      if (w.size() < 64) shapes_[static_cast<unsigned char>(w[0])] |= uint64_t{1} << w.size();
      else long_words_ = true;
    }
  }

  size_t count(std::string_view w) const {
    if (w.empty()) return 0;
    if (w.size() < 64 && !(shapes_[static_cast<unsigned char>(w[0])] >> w.size() & 1)) return 0;
    if (w.size() >= 64 && !long_words_) return 0;
    for (size_t i = Hash(w) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (!used_[i]) return 0;
      if (slots_[i] == w) return 1;
    }
  }

 private:
  static uint32_t Hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (unsigned char c : w) h = (h ^ c) * 16777619u;
    return h;
  }

  std::string arena_;                     // the words, end to end
  std::vector<std::string_view> slots_;   // into arena_; a power of two, at most a quarter full
  std::vector<uint8_t> used_;
  std::array<uint64_t, 256> shapes_{};    // bit n of [c]: a word of length n starts with byte c
  bool long_words_ = false;               // a word of 64 bytes or more (not in shapes_)
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SMALL_WORD_SET_H_

// FlatIndex: a read-mostly hash table from 64-bit keys (already hashes) to
// 32-bit values, open addressing with linear probing. Lookups touch one or
// two cache lines, which matters for the lexicon probed at every token.
#ifndef SITREP_EXTRACT_FLAT_INDEX_H_
#define SITREP_EXTRACT_FLAT_INDEX_H_

#include <cstdint>
#include <vector>

namespace sitrep::extract {

class FlatIndex {
 public:
  // Returns the value slot of key, inserting it with value `fresh` if absent.
  uint32_t& Insert(uint64_t key, uint32_t fresh) {
    if ((size_ + 1) * 2 > keys_.size()) Grow();
    size_t i = Slot(key);
    if (!used_[i]) {
      used_[i] = 1, keys_[i] = key, values_[i] = fresh;
      ++size_;
    }
    return values_[i];
  }
  // The value of key, or nullptr.
  const uint32_t* Find(uint64_t key) const {
    if (keys_.empty()) return nullptr;
    size_t i = Slot(key);
    return used_[i] ? &values_[i] : nullptr;
  }

 private:
  size_t Slot(uint64_t key) const {
    size_t mask = keys_.size() - 1;
    size_t i = (key ^ (key >> 29)) & mask;
    while (used_[i] && keys_[i] != key) i = (i + 1) & mask;
    return i;
  }
  void Grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint32_t> values = std::move(values_);
    std::vector<uint8_t> used = std::move(used_);
    size_t n = keys.empty() ? 1024 : keys.size() * 2;
    keys_.assign(n, 0), values_.assign(n, 0), used_.assign(n, 0);
    size_ = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (used[i]) Insert(keys[i], values[i]);
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  std::vector<uint8_t> used_;
  size_t size_ = 0;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_FLAT_INDEX_H_

#include "reconcile/minhash.h"

#include <xxhash.h>

#include <cctype>
#include <cstring>
#include <limits>
#include <string>

namespace sitrep::reconcile {

namespace {

// Lowercased words, ASCII punctuation dropped (non-ASCII bytes kept), so
// case and punctuation edits do not change the shingles.
// A table, not isalnum/tolower per byte: those two calls were a quarter of
// MinHash's instructions (callgrind). Same mapping as the C locale's.
struct FoldTable {
  char map[256];
  FoldTable() {
    for (int c = 0; c < 256; ++c) {
      map[c] = c < 0x80 ? (std::isalnum(c) ? static_cast<char>(std::tolower(c)) : ' ') : static_cast<char>(c);
    }
  }
};

std::vector<std::string_view> Words(std::string_view text, std::string* folded) {
  static const FoldTable fold;
  // One pass that folds and splits, through raw pointers: through
  // std::string's operator[] the compiler reloaded the buffer's address for
  // every byte (a char store may alias it), and two passes over the folded
  // text were most of MinHash's own instructions.
  folded->resize(text.size());
  const unsigned char* in = reinterpret_cast<const unsigned char*>(text.data());
  char* out = folded->data();
  const size_t n = text.size();
  std::vector<std::string_view> words;
  words.reserve(n / 5 + 1);
  size_t i = 0;
  while (i < n) {
    while (i < n && fold.map[in[i]] == ' ') ++i;
    const size_t start = i;
    for (char c; i < n && (c = fold.map[in[i]]) != ' '; ++i) out[i] = c;
    if (i > start) words.emplace_back(out + start, i - start);
  }
  return words;
}

// The k-th hash of a shingle is h1 + k * h2 over 32 bits (double hashing,
// Kirsch and Mitzenmacher): one strong 64-bit hash per shingle instead of 64,
// and a loop the compiler vectorizes. Measured: a third of ingest time went
// to 64 remixes per shingle before.
//
// Built twice, for AVX2 and for any x86-64, the one the CPU can run picked
// at load time: the baseline (SSE2) has no unsigned 32-bit min, so there
// the loop stays scalar, 64 steps a shingle, and it was 70% of MinHash's
// instructions (callgrind, store_bench). Same results either way.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void UpdateAll(const std::vector<uint64_t>& hashes, Signature* sig) {
  for (uint64_t h : hashes) {
    uint32_t h1 = static_cast<uint32_t>(h), h2 = static_cast<uint32_t>(h >> 32) | 1u;
    for (int k = 0; k < kMinHashSize; ++k) {
      uint32_t v = h1 + static_cast<uint32_t>(k) * h2;
      (*sig)[k] = v < (*sig)[k] ? v : (*sig)[k];
    }
  }
}

}  // namespace

Signature MinHash(std::string_view text) {
  Signature sig;
  sig.fill(std::numeric_limits<uint32_t>::max());
  std::string folded;
  std::vector<std::string_view> words = Words(text, &folded);
  size_t n = words.size() < 3 ? words.size() : words.size() - 2;
  std::vector<uint64_t> hashes(n);
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = XXH3_64bits(words[i].data(), words[i].size());
    for (size_t j = 1; j < 3 && i + j < words.size(); ++j) {
      h = XXH3_64bits_withSeed(words[i + j].data(), words[i + j].size(), h);
    }
    hashes[i] = h;
  }
  UpdateAll(hashes, &sig);
  return sig;
}

double Similarity(const Signature& a, const Signature& b) {
  int same = 0;
  for (int k = 0; k < kMinHashSize; ++k) same += a[k] == b[k];
  return static_cast<double>(same) / kMinHashSize;
}

std::array<int64_t, kBands> BandKeys(const Signature& s) {
  std::array<int64_t, kBands> keys;
  for (int b = 0; b < kBands; ++b) {
    uint64_t h = XXH3_64bits_withSeed(&s[b * kRows], kRows * sizeof(uint32_t), b);
    keys[b] = static_cast<int64_t>(h);
  }
  return keys;
}

std::vector<uint8_t> ToBytes(const Signature& s) {
  std::vector<uint8_t> out(kMinHashSize * 4);
  for (int k = 0; k < kMinHashSize; ++k) {
    for (int i = 0; i < 4; ++i) out[k * 4 + i] = static_cast<uint8_t>(s[k] >> (8 * i));
  }
  return out;
}

bool FromBytes(const void* data, size_t size, Signature* out) {
  if (size != kMinHashSize * 4) return false;
  const uint8_t* p = static_cast<const uint8_t*>(data);
  for (int k = 0; k < kMinHashSize; ++k) {
    (*out)[k] = p[k * 4] | p[k * 4 + 1] << 8 | p[k * 4 + 2] << 16 | static_cast<uint32_t>(p[k * 4 + 3]) << 24;
  }
  return true;
}

}  // namespace sitrep::reconcile

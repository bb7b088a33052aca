// The length of the leading run of bytes a JSON string holds as they are
// and that are ASCII: no control character, '"', '\\' or byte >= 0x80.
//
// Both the JSON writer (escaping) and the flat JSON Lines reader copy such
// runs at once. Eight bytes are tested per step (SWAR): hand-written because
// it is measurably faster than the byte loop it replaces on article text
// (callgrind on extract_bench).
#ifndef SITREP_UTIL_JSON_SCAN_H_
#define SITREP_UTIL_JSON_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sitrep {

inline bool JsonStopByte(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; }

inline size_t JsonSafeRun(const char* p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    // A byte < 0x20 has (b - 0x20) borrow into its high bit when b < 0x80;
    // bytes >= 0x80 are caught by their own high bit.
    uint64_t stop = ((x - 0x2020202020202020ull) & ~x) | x;
    stop = (stop & kHighs) | has_zero(x ^ 0x2222222222222222ull) | has_zero(x ^ 0x5C5C5C5C5C5C5C5Cull);
    if (stop) break;
  }
  while (i < n && !JsonStopByte(static_cast<unsigned char>(p[i]))) ++i;
  return i;
}

}  // namespace sitrep

#endif  // SITREP_UTIL_JSON_SCAN_H_

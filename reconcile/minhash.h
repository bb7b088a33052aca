// MinHash signatures of article text, for near-duplicate articles (wire
// copies republished by several sites, light edits).
//
// A signature is kMinHashSize minimum hashes over the text's word
// 3-shingles; the share of equal positions between two signatures estimates
// the Jaccard similarity of their shingle sets. Articles at or above
// kNearDuplicateJaccard are near-duplicates and count as one source.
// Candidates come from locality-sensitive banding: kBands bands of kRows
// rows; two texts with Jaccard 0.7 share a band with probability ~0.99, two
// with 0.3 with ~0.12, so the lookup reads few rows.
//
// (SimHash was tried first: on 60-word texts one changed word moved the
// fingerprint by 8 bits, so short wire items were missed.)
#ifndef SITREP_RECONCILE_MINHASH_H_
#define SITREP_RECONCILE_MINHASH_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep::reconcile {

inline constexpr int kBands = 16;
inline constexpr int kRows = 4;
inline constexpr int kMinHashSize = kBands * kRows;
inline constexpr double kNearDuplicateJaccard = 0.7;

using Signature = std::array<uint32_t, kMinHashSize>;

Signature MinHash(std::string_view text);

// Estimated Jaccard similarity of the texts behind two signatures.
double Similarity(const Signature& a, const Signature& b);

// One key per band (the band's index is mixed in), for an index lookup.
std::array<int64_t, kBands> BandKeys(const Signature& s);

// Signatures as stored: kMinHashSize little-endian 32-bit words.
std::vector<uint8_t> ToBytes(const Signature& s);
bool FromBytes(const void* data, size_t size, Signature* out);

}  // namespace sitrep::reconcile

#endif  // SITREP_RECONCILE_MINHASH_H_

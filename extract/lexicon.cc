#include "extract/lexicon.h"

#include <xxhash.h>

#include <algorithm>
#include <array>

#include "extract/tsv.h"
#include "sitrep/text.h"

namespace sitrep::extract {

namespace {

bool IsPossessiveToken(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s"; }

bool Satisfies(CaseShape need, CaseShape have) {
  switch (need) {
    case CaseShape::kCapitalized: return have == CaseShape::kCapitalized || have == CaseShape::kAllCaps;
    case CaseShape::kAllCaps: return have == CaseShape::kAllCaps;
    default: return true;
  }
}



uint64_t Combine(uint64_t h, uint64_t token) {
  h ^= token + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDull;
}

}  // namespace

std::vector<Keyed> KeyTokens(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Keyed> out;
  out.reserve(tokens.size());
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    std::string_view s = text.substr(t.start, t.end - t.start);
    bool glued = !out.empty() && out.back().end == t.start && out.back().word;
    if (glued && IsPossessiveToken(s)) { out.back().possessive = true; continue; }
    // A tokenizer that splits "'" from "s" still yields a possessive.
    if (glued && (s == "'" || s == "\xE2\x80\x99") && i + 1 < tokens.size() &&
        tokens[i + 1].start == t.end && text.substr(tokens[i + 1].start, tokens[i + 1].end - tokens[i + 1].start) == "s") {
      out.back().possessive = true;
      ++i;
      continue;
    }
    Keyed& k = out.emplace_back();  // built in place: no move of its key
    k.token = i;
    k.start = t.start;
    k.end = t.end;
    k.word = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    if (k.word) {
      size_t poss = PossessiveSuffix(s);
      k.possessive = poss > 0;
      k.end -= static_cast<uint32_t>(poss);
      std::string_view bare = s.substr(0, s.size() - poss);
      if (!FoldAsciiWord(bare, &k.key, &k.shape)) {
        k.key = FoldKey(s);
        k.shape = ShapeOf(bare);
      }
    } else {
      k.key.assign(s);
    }
    k.hash = XXH3_64bits(k.key.data(), k.key.size());
  }
  return out;
}

uint32_t Lexicon::AddEntry(LexEntry e) {
  entries_.push_back(std::move(e));
  auto id = static_cast<uint32_t>(entries_.size() - 1);
  const LexEntry& added = entries_.back();
  if (added.kind == EntryKind::kEntity && added.feature == "country") countries_.emplace(added.country, id);
  return id;
}

void Lexicon::AddPhrase(uint32_t entry, std::string_view text, bool case_free) {
  Phrase p;
  p.entry = entry;
  if (!text.empty() && text.front() == '~') {
    p.bound = true;
    text.remove_prefix(1);
  }
  auto items = KeyTokens(text, Tokenize(text));
  if (items.empty() || items.size() > 255) return;
  uint64_t hash = 0;
  bool any_upper = false;
  for (const auto& it : items) {
    hash = Combine(hash, it.hash);
    p.hashes.push_back(it.hash);
    p.shapes.push_back(case_free || !it.word ? CaseShape::kLower : it.shape);
    any_upper |= it.shape == CaseShape::kCapitalized || it.shape == CaseShape::kAllCaps;
  }
  if (!any_upper) std::fill(p.shapes.begin(), p.shapes.end(), CaseShape::kLower);
  uint32_t& slot = phrase_index_.Insert(hash, static_cast<uint32_t>(phrases_.size()));
  if (slot == phrases_.size()) phrases_.emplace_back();
  auto& list = phrases_[slot];
  for (const auto& q : list) {
    if (q.entry == p.entry && q.hashes == p.hashes) return;  // the same phrase twice
  }
  first_bits_[(items[0].hash >> 6) & 0xFFF] |= 1ull << (items[0].hash & 63);
  uint32_t& len = max_len_.Insert(items[0].hash, 0);
  len = std::max<uint32_t>(len, static_cast<uint32_t>(items.size()));
  list.push_back(std::move(p));
}

size_t Lexicon::Longest(const std::vector<Keyed>& items, size_t i, size_t end,
                        std::vector<const Phrase*>* out) const {
  out->clear();
  uint64_t first = items[i].hash;
  if (!(first_bits_[(first >> 6) & 0xFFF] & (1ull << (first & 63)))) return 0;
  const uint32_t* longest = max_len_.Find(first);
  if (longest == nullptr) return 0;
  std::array<uint64_t, 256> prefix;  // combined hash of the first n+1 items
  size_t max = std::min<size_t>(*longest, end - i);
  uint64_t h = 0;
  for (size_t n = 0; n < max; ++n) prefix[n] = h = Combine(h, items[i + n].hash);
  for (size_t n = max; n >= 1; --n) {
    const uint32_t* found = phrase_index_.Find(prefix[n - 1]);
    if (found == nullptr) continue;
    for (const Phrase& p : phrases_[*found]) {
      bool ok = p.hashes.size() == n;
      for (size_t k = 0; k < n && ok; ++k) {
        ok = p.hashes[k] == items[i + k].hash && Satisfies(p.shapes[k], items[i + k].shape);
      }
      if (ok) out->push_back(&p);
    }
    if (!out->empty()) return n;
  }
  return 0;
}

int Lexicon::CountryEntry(const std::string& code) const {
  auto it = countries_.find(code);
  return it == countries_.end() ? -1 : static_cast<int>(it->second);
}


}  // namespace sitrep::extract

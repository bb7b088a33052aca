#include "extract/pattern_filter.h"

#include <gtest/gtest.h>

#include <random>

namespace sitrep::extract {
namespace {

// A line "[QTY] ...3 drone shoot [DATE]?" with vocabulary ids drone=1,
// shoot=2 (anchor), down=3, here as lemma elements.
std::vector<PatternElement> Line() {
  auto ParseOne = [](std::string_view s) { return ParseElements(s).value(); };
  return ParseOne("[killed:QTY] ...3 drone shoot down [DATE]?");
}

TEST(PatternFilter, NeedsSayWhatAndOnWhichSide) {
  auto elements = Line();
  std::vector<std::vector<int>> ids = {{}, {}, {1}, {2}, {3}, {}};
  LineNeeds needs = NeedsOf(elements, ids, 3);
  ASSERT_EQ(needs.words.size(), 2u);  // drone (before), down (after); not the anchor
  EXPECT_EQ(needs.words[0], std::vector<int>{1});
  EXPECT_FALSE(needs.word_after[0]);
  EXPECT_TRUE(needs.word_after[1]);
  EXPECT_TRUE(needs.quantity_before);
  EXPECT_FALSE(needs.quantity_after);
  EXPECT_FALSE(needs.date_before || needs.date_after);  // optional
}

TEST(PatternFilter, SentenceFeaturesByPresenceAndSide) {
  auto elements = Line();
  std::vector<std::vector<int>> ids = {{}, {}, {1}, {2}, {3}, {}};
  LineNeeds needs = NeedsOf(elements, ids, 3);
  // Tokens: 0 "20" (quantity), 1 drone, 2 shoot, 3 down
  std::vector<int> surface = {-1, 1, 2, 3}, lemma = {-1, -1, -1, -1};
  std::vector<uint32_t> entity_bits(4, 0);
  std::vector<int> quantity_at = {0, -1, -1, -1}, date_at(4, -1);
  SentenceFeatures f;
  f.Begin(surface, lemma, entity_bits, quantity_at, date_at, 4, 0, 4);
  EXPECT_TRUE(f.Allows(needs));
  EXPECT_TRUE(f.AllowsAt(needs, 2));
  EXPECT_FALSE(f.AllowsAt(needs, 0));  // nothing can come before token 0
  // Without "down" the line cannot match anywhere in the sentence.
  surface = {-1, 1, 2, -1};
  f.Begin(surface, lemma, entity_bits, quantity_at, date_at, 4, 0, 4);
  EXPECT_FALSE(f.Allows(needs));
  // "down" only before the anchor is on the wrong side.
  surface = {3, 1, 2, -1};
  quantity_at = {-1, 0, -1, -1};
  f.Begin(surface, lemma, entity_bits, quantity_at, date_at, 4, 0, 4);
  EXPECT_TRUE(f.Allows(needs));
  EXPECT_FALSE(f.AllowsAt(needs, 2));
}

TEST(PatternFilter, GateKeepsEveryLineTheExactTestKeeps) {
  // Random lines and sentences over a small vocabulary: whenever Allows
  // passes, the gate passes too; and the gate alone rejects many.
  std::mt19937 rng(7);
  auto pick = [&rng](int n) { return static_cast<int>(rng() % n); };
  int exact_pass = 0, gate_reject = 0;
  for (int round = 0; round < 2000; ++round) {
    LineNeeds needs;
    for (int w = pick(4); w-- > 0;) {
      std::vector<int> ids;
      for (int k = 1 + pick(6); k-- > 0;) ids.push_back(pick(300));
      needs.words.push_back(ids);
      needs.word_after.push_back(pick(2));
    }
    for (int e = pick(3); e-- > 0;) {
      needs.entity_types.push_back(1u << pick(6) | (pick(2) ? 1u << pick(6) : 0));
      needs.entity_after.push_back(pick(2));
    }
    needs.quantity_before = pick(4) == 0;
    needs.date_after = pick(4) == 0;
    const int n = 5 + pick(30);
    std::vector<int> surface(n), lemma(n), quantity_at(n, -1), date_at(n, -1);
    std::vector<uint32_t> entity_bits(n, 0);
    for (int t = 0; t < n; ++t) {
      surface[t] = pick(3) ? pick(300) : -1;
      lemma[t] = pick(2) ? pick(300) : -1;
      if (pick(8) == 0) entity_bits[t] = 1u << pick(6);
      if (pick(12) == 0) quantity_at[t] = t;
      if (pick(20) == 0) date_at[t] = t;
    }
    SentenceFeatures f;
    f.Begin(surface, lemma, entity_bits, quantity_at, date_at, 300, 0, n);
    bool gate = GateOf(needs).Passes(f.signature());
    if (f.Allows(needs)) {
      ++exact_pass;
      EXPECT_TRUE(gate) << "round " << round;
    } else if (!gate) {
      ++gate_reject;
    }
  }
  EXPECT_GT(exact_pass, 100);
  EXPECT_GT(gate_reject, 200);
}

TEST(PatternFilter, GateOfALineWithoutNeedsPassesAnything) {
  EXPECT_TRUE(GateOf(LineNeeds{}).Passes(0));
  LineNeeds needs;
  needs.words = {{5}};
  EXPECT_FALSE(GateOf(needs).Passes(0));
  EXPECT_TRUE(GateOf(needs).Passes(WordBit(5)));
}

}  // namespace
}  // namespace sitrep::extract

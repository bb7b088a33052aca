#include "extract/pattern_filter.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace sitrep::extract

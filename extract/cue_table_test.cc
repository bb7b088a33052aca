#include "extract/cue_table.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::extract {
namespace {

TEST(CueTable, FindsWordsWithTheirBits) {
  CueTable t;
  t.Add("said", 1);
  t.Add("claimed", 2);
  t.Add("said", 4);  // a word in two lists has both bits
  t.Add("\xE2\x80\x94", 8);  // "—"
  EXPECT_EQ(t.Find("said"), 5);
  EXPECT_EQ(t.Find("claimed"), 2);
  EXPECT_EQ(t.Find("\xE2\x80\x94"), 8);
  EXPECT_EQ(t.Find("sai"), 0);
  EXPECT_EQ(t.Find("saidx"), 0);
  EXPECT_EQ(t.Find("Said"), 0);  // callers lower-case first
  EXPECT_EQ(t.Find(""), 0);
}

TEST(CueTable, ManyWordsStayApart) {
  CueTable t;
  for (int i = 0; i < 120; ++i) t.Add("w" + std::to_string(i), static_cast<uint8_t>(1 + i % 7));
  for (int i = 0; i < 120; ++i) EXPECT_EQ(t.Find("w" + std::to_string(i)), 1 + i % 7) << i;
  EXPECT_EQ(t.Find("w120"), 0);
}

TEST(CueTable, RefusesWhatDoesNotFitAndSaysSo) {
  CueTable t;
  int added = 0;
  for (int i = 0; i < 1000 && t.Add("w" + std::to_string(i), 1); ++i) ++added;
  EXPECT_EQ(added, 256);  // half of its 512 slots
  EXPECT_FALSE(t.Add("another", 1));
  EXPECT_EQ(t.Find("another"), 0);
  EXPECT_TRUE(t.Add("w7", 2));  // a word it holds takes more bits
  EXPECT_EQ(t.Find("w7"), 3);
  EXPECT_FALSE(t.Add(std::string(24, 'x'), 1));  // longer than a slot
  EXPECT_FALSE(t.Add("", 1));
}

}  // namespace
}  // namespace sitrep::extract

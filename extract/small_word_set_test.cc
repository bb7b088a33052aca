#include "extract/small_word_set.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::extract {
namespace {

TEST(SmallWordSet, CountsLikeASet) {
  SmallWordSet s = {"the", "a", "an", "’s", "near-daily", "the"};
  EXPECT_EQ(s.count("the"), 1u);
  EXPECT_EQ(s.count("a"), 1u);
  EXPECT_EQ(s.count("’s"), 1u);
  EXPECT_EQ(s.count("near-daily"), 1u);
  EXPECT_EQ(s.count(std::string("an")), 1u);
  EXPECT_EQ(s.count("The"), 0u);
  EXPECT_EQ(s.count("th"), 0u);
  EXPECT_EQ(s.count("then"), 0u);
  EXPECT_EQ(s.count(""), 0u);
}

TEST(SmallWordSet, ManyAndLongWords) {
  std::string long_word(70, 'x');
  std::vector<std::string> words;
  for (int i = 0; i < 200; ++i) words.push_back("w" + std::to_string(i));
  SmallWordSet s = {words[0], words[1], words[150], words[199], long_word};
  EXPECT_EQ(s.count("w0"), 1u);
  EXPECT_EQ(s.count("w150"), 1u);
  EXPECT_EQ(s.count("w2"), 0u);
  EXPECT_EQ(s.count(long_word), 1u);
  EXPECT_EQ(s.count(std::string(70, 'y')), 0u);
  EXPECT_EQ(s.count(std::string(71, 'x')), 0u);
}

}  // namespace
}  // namespace sitrep::extract

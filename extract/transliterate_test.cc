#include "extract/transliterate.h"

#include <gtest/gtest.h>

namespace sitrep::extract {
namespace {

TEST(FoldKey, FoldsCaseScriptPossessiveAndEndings) {
  struct Case { const char* in; const char* want; } cases[] = {
      {"Kyiv", "kyiv"},
      {"Zelenskiy\xE2\x80\x99s", "zelensky"},
      {"Zelenskyy", "zelensky"},
      {"Syrskyi", "syrsky"},
      {"Syrsky", "syrsky"},
      {"NATO's", "nato"},
      {"Pokrovs\xE2\x80\x99ke", "pokrovske"},
      {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "moskva"},  // Москва
      {"St\xC3\xB8re", "store"},
      {"Garc\xC3\xAD" "a", "garcia"},
  };
  for (const auto& c : cases) EXPECT_EQ(FoldKey(c.in), c.want) << c.in;
}

TEST(NameKey, JoinsTransliterationVariants) {
  struct Case { const char* a; const char* b; } same[] = {
      {"galushchenko", "halushchenko"}, {"zelensky", "zelenskyy"}, {"syrsky", "syrskyi"},
      {"kharkiv", "harkiv"}, {"zaluzhny", "zaluzhnyi"}, {"oleksiy", "oleksii"},
  };
  for (const auto& c : same) EXPECT_EQ(NameKey(FoldKey(c.a)), NameKey(FoldKey(c.b))) << c.a;
  EXPECT_NE(NameKey("putin"), NameKey("biden"));
}

TEST(ShapeOf, ReadsCase) {
  EXPECT_EQ(ShapeOf("NATO"), CaseShape::kAllCaps);
  EXPECT_EQ(ShapeOf("Kyiv"), CaseShape::kCapitalized);
  EXPECT_EQ(ShapeOf("drones"), CaseShape::kLower);
  EXPECT_EQ(ShapeOf("U.S."), CaseShape::kAllCaps);
  EXPECT_EQ(ShapeOf("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"), CaseShape::kCapitalized);
  EXPECT_EQ(ShapeOf("2024"), CaseShape::kOther);
}

TEST(PossessiveSuffix, FindsBothApostrophes) {
  EXPECT_EQ(PossessiveSuffix("Russia's"), 2u);
  EXPECT_EQ(PossessiveSuffix("Russia\xE2\x80\x99s"), 4u);
  EXPECT_EQ(PossessiveSuffix("Russia"), 0u);
  EXPECT_EQ(PossessiveSuffix("'s"), 0u);
}

TEST(FoldAsciiWord, AgreesWithFoldKeyAndShapeOf) {
  for (std::string_view w : {"Zelenskiy", "ZELENSKYI", "Pokrovs'ke", "O'Brien", "USA", "U.S.", "x",
                             "iPhone", "3rd", "2024", "Hij", "yy", "'", "", "Kyiv", "drones",
                             "A", "AB", "a-b", "WWII", "Donetsk-based",
                             "averyveryveryverylongwordthatgoespastthestackbufferofsixtyfourbytesIJ"}) {
    std::string key = "stale";
    CaseShape shape = CaseShape::kOther;
    ASSERT_TRUE(FoldAsciiWord(w, &key, &shape)) << w;
    EXPECT_EQ(key, FoldKey(w)) << w;
    EXPECT_EQ(shape, ShapeOf(w)) << w;
  }
  std::string key = "kept";
  CaseShape shape = CaseShape::kLower;
  EXPECT_FALSE(FoldAsciiWord("Київ", &key, &shape));
  EXPECT_FALSE(FoldAsciiWord("Ukraine\xE2\x80\x99s", &key, &shape));
  EXPECT_EQ(key, "kept");
}

}  // namespace
}  // namespace sitrep::extract

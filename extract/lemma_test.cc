#include "extract/lemma.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sitrep::extract {
namespace {

TEST(Lemma, CandidatesHoldTheBaseForm) {
  struct { const char* word; const char* lemma; } cases[] = {
      {"struck", "strike"},     {"shelled", "shell"},      {"captured", "capture"},
      {"casualties", "casualty"}, {"drones", "drone"},     {"stopped", "stop"},
      {"striking", "strike"},   {"shelling", "shell"},     {"hitting", "hit"},
      {"downed", "down"},       {"injured", "injure"},     {"died", "die"},
      {"fought", "fight"},      {"sent", "send"},          {"met", "meet"},
      {"taken", "take"},        {"forces", "force"},       {"marches", "march"},
      {"said", "say"},          {"allies", "ally"},        {"neutralised", "neutralise"},
  };
  std::vector<std::string> out;
  for (const auto& c : cases) {
    LemmaCandidates(c.word, &out);
    EXPECT_NE(std::find(out.begin(), out.end(), c.lemma), out.end()) << c.word;
  }
}

TEST(Lemma, ShortAndUnknownWordsStay) {
  EXPECT_EQ(Lemmatize("Kyiv"), "kyiv");
  EXPECT_EQ(Lemmatize("of"), "of");
  EXPECT_EQ(Lemmatize("STRUCK"), "strike");
  EXPECT_EQ(Lemmatize("hit"), "hit");
}

// Lemmatize has no vocabulary: its first candidate must be the likely one.
TEST(Lemma, PluralsInEsKeepTheStemsE) {
  EXPECT_EQ(Lemmatize("missiles"), "missile");
  EXPECT_EQ(Lemmatize("strikes"), "strike");
  EXPECT_EQ(Lemmatize("vehicles"), "vehicle");
  EXPECT_EQ(Lemmatize("sites"), "site");
  EXPECT_EQ(Lemmatize("clashes"), "clash");
  EXPECT_EQ(Lemmatize("taxes"), "tax");
  EXPECT_EQ(Lemmatize("losses"), "loss");
  EXPECT_EQ(Lemmatize("bases"), "base");
  EXPECT_EQ(Lemmatize("responses"), "response");
  EXPECT_EQ(Lemmatize("launches"), "launch");
  EXPECT_EQ(Lemmatize("heroes"), "hero");
  EXPECT_EQ(Lemmatize("casualties"), "casualty");
  EXPECT_EQ(Lemmatize("drones"), "drone");
}

TEST(Lemma, LowerWordFoldsTheTypographicApostrophe) {
  EXPECT_EQ(LowerWord("Didn’t"), "didn't");
  EXPECT_EQ(LowerWord("’s"), "'s");
}

}  // namespace
}  // namespace sitrep::extract

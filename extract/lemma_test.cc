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

// Lemmatize has no vocabulary: its first candidate must be the likely form.
// Short and unknown words stay; "-es" is an ending only after a hissing
// sound or "o" (the "e" of "missiles" and "strikes" is the stem's).
TEST(Lemma, LemmatizeTakesTheLikelyForm) {
  struct { const char* word; const char* lemma; } cases[] = {
      {"Kyiv", "kyiv"},          {"of", "of"},            {"STRUCK", "strike"},   {"hit", "hit"},
      {"missiles", "missile"},   {"strikes", "strike"},   {"vehicles", "vehicle"}, {"sites", "site"},
      {"clashes", "clash"},      {"taxes", "tax"},        {"losses", "loss"},     {"bases", "base"},
      {"responses", "response"}, {"launches", "launch"},  {"heroes", "hero"},     {"casualties", "casualty"},
      {"drones", "drone"},
  };
  for (const auto& c : cases) EXPECT_EQ(Lemmatize(c.word), c.lemma) << c.word;
}

TEST(Lemma, LowerWordFoldsTheTypographicApostrophe) {
  EXPECT_EQ(LowerWord("Didn’t"), "didn't");
  EXPECT_EQ(LowerWord("’s"), "'s");
}

}  // namespace
}  // namespace sitrep::extract

#include "extract/pattern_matcher.h"

#include <gtest/gtest.h>

#include <chrono>

#include "extract/event_testkit.h"

namespace sitrep::extract {
namespace {

const testkit::Lexicon kLex = {
    {"Kharkiv", "location", "UA", "city", "Kharkiv"},
    {"Russian", "demonym", "RU", "", "Russian"},
    {"Ukraine", "location", "UA", "country", "Ukraine"},
};

PatternMatcher Compile(const std::string& text) {
  auto rules = ParsePatterns(text, "t.pat");
  EXPECT_TRUE(rules.ok()) << rules.status().ToString();
  PatternMatcher m;
  for (auto& r : rules.value()) EXPECT_TRUE(m.Add(std::move(r)).ok());
  EXPECT_TRUE(m.Compile().ok());
  return m;
}

std::vector<PatternMatch> MatchAll(const PatternMatcher& m, const testkit::Annotated& a) {
  MatchInput in = m.Prepare(a.doc, a.ann);
  std::vector<PatternMatch> out;
  for (const auto& s : a.doc.sentences) m.Match(in, s, &out);
  return out;
}

TEST(PatternMatcher, MatchesOnlyWhereTheAnchorOccurs) {
  auto m = Compile("rule attack.a\n type attack\n match [actor:GROUP]? strike ...3 [target:LOC]?\n");
  auto a = testkit::Annotate("Russian forces struck Kharkiv. Ukraine held talks.", kLex);
  auto out = MatchAll(m, a);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].anchor, 2u);  // "struck"
  ASSERT_EQ(out[0].bindings.size(), 2u);
  EXPECT_EQ(out[0].bindings[0].end, 2u) << "the actor takes its head noun: Russian forces";
  EXPECT_EQ(out[0].bindings[1].first, 3u);
}

TEST(PatternMatcher, GapsAreBounded) {
  auto m = Compile("rule attack.a\n type attack\n match strike ...2 [target:LOC]\n");
  EXPECT_EQ(MatchAll(m, testkit::Annotate("Drones struck in central Kharkiv.", kLex)).size(), 1u);
  EXPECT_EQ(MatchAll(m, testkit::Annotate("Drones struck the old city of Kharkiv.", kLex)).size(), 0u);
}

TEST(PatternMatcher, OptionalAfterAGapIsLookedFor) {
  auto m = Compile("rule attack.a\n type attack\n match strike ...4 [target:LOC]?\n");
  auto out = MatchAll(m, testkit::Annotate("Drones struck the centre of Kharkiv.", kLex));
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].bindings.size(), 1u);
  auto none = MatchAll(m, testkit::Annotate("Drones struck again.", kLex));
  ASSERT_EQ(none.size(), 1u);
  EXPECT_TRUE(none[0].bindings.empty());
}

TEST(PatternMatcher, NOfMFromTwoSpans) {
  auto m = Compile("rule interception.a\n type interception\n"
                   " match down [intercepted/launched:QTY_OF] drone\n");
  for (const char* text : {"Ukraine downed 20 of 31 drones.", "Ukraine downed 20 out of 31 drones.",
                           "Ukraine downed 20 of the 31 drones."}) {
    auto a = testkit::Annotate(text, kLex);
    auto out = MatchAll(m, a);
    ASSERT_EQ(out.size(), 1u) << text;
    ASSERT_EQ(out[0].bindings.size(), 1u);
    EXPECT_EQ(a.ann.quantities[out[0].bindings[0].span].quantity.value, 20);
    EXPECT_EQ(a.ann.quantities[out[0].bindings[0].span2].quantity.value, 31);
  }
}

TEST(PatternMatcher, QuantityTotalAccessor) {
  struct WithTotal { std::optional<double> total = 31; };
  struct WithoutTotal { int value = 20; };
  EXPECT_EQ(QuantityTotal(WithTotal{}), 31);
  EXPECT_FALSE(QuantityTotal(WithoutTotal{}).has_value());
  EXPECT_FALSE(QuantityTotal(QuantitySpan{}).has_value());
}

TEST(PatternMatcher, UnlessVetoesNearTheAnchor) {
  auto m = Compile("rule attack.a\n type attack\n match attack\n unless heart\n");
  EXPECT_EQ(MatchAll(m, testkit::Annotate("He had a heart attack.", kLex)).size(), 0u);
  EXPECT_EQ(MatchAll(m, testkit::Annotate("The attack hit Kharkiv.", kLex)).size(), 1u);
}

TEST(PatternMatcher, LemmasAndExactWords) {
  auto m = Compile("rule attack.a\n type attack\n match \"shot\" down\n");
  EXPECT_EQ(MatchAll(m, testkit::Annotate("They shot down a drone.", kLex)).size(), 1u);
  EXPECT_EQ(MatchAll(m, testkit::Annotate("They shoot down a drone.", kLex)).size(), 0u);
}

TEST(PatternMatcher, StepBudgetBoundsPathologicalInput) {
  std::string line = "rule attack.a\n type attack\n match x";
  for (int i = 0; i < 11; ++i) line += " ...12 x";
  line += " y\n";
  auto m = Compile(line);
  std::string text;
  for (int i = 0; i < 1500; ++i) text += "x ";
  text += ".";
  auto a = testkit::Annotate(text, kLex);
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(MatchAll(m, a).empty());
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  EXPECT_LT(ms.count(), 500);
}

TEST(PatternMatcher, AddAfterCompileFails) {
  PatternMatcher m;
  ASSERT_TRUE(m.Compile().ok());
  PatternRule r;
  r.id = "attack.a";
  r.type = "attack";
  r.matches.push_back({});
  EXPECT_FALSE(m.Add(r).ok());
}

}  // namespace
}  // namespace sitrep::extract

#include "extract/pattern_lang.h"

#include <gtest/gtest.h>

namespace sitrep::extract {
namespace {

TEST(PatternLang, ParsesARule) {
  auto rules = ParsePatterns(R"(
# a comment
rule interception.n_of_m
  type interception
  subtype drone
  weight 0.9
  plover ASSAULT
  match [actor:ORG|LOC]? ...4 shoot|down ...2 [intercepted/launched:QTY_OF] "drones"?
  unless heart
  quantity count=1
)", "t.pat");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  ASSERT_EQ(rules.value().size(), 1u);
  const PatternRule& r = rules.value()[0];
  EXPECT_EQ(r.id, "interception.n_of_m");
  EXPECT_EQ(r.type, "interception");
  EXPECT_DOUBLE_EQ(r.weight, 0.9);
  ASSERT_EQ(r.matches.size(), 1u);
  const auto& m = r.matches[0];
  ASSERT_EQ(m.size(), 6u);
  EXPECT_EQ(m[0].kind, PatternElement::Kind::kEntity);
  EXPECT_EQ(m[0].slot, "actor");
  EXPECT_EQ(m[0].entity_types, kOrganization | kLocation);
  EXPECT_TRUE(m[0].optional);
  EXPECT_EQ(m[1].kind, PatternElement::Kind::kGap);
  EXPECT_EQ(m[1].max_gap, 4);
  EXPECT_EQ(m[2].kind, PatternElement::Kind::kLemma);
  EXPECT_EQ(m[2].words, (std::vector<std::string>{"shoot", "down"}));
  EXPECT_EQ(m[4].kind, PatternElement::Kind::kQuantityOf);
  EXPECT_EQ(m[4].slot, "intercepted");
  EXPECT_EQ(m[4].slot2, "launched");
  EXPECT_EQ(m[5].kind, PatternElement::Kind::kWord);
  EXPECT_EQ(r.unless, (std::vector<std::string>{"heart"}));
  ASSERT_EQ(r.constants.size(), 1u);
}

TEST(PatternLang, RejectsBadRulesWithTheLine) {
  struct { const char* text; const char* message; } cases[] = {
      {"type attack\n", "t.pat:1: a setting before the first 'rule' line"},
      {"rule a.b\n type war\n match strike\n", "t.pat:2: unknown event type 'war'"},
      {"rule a.b\n type attack\n match [actor:TANK] strike\n", "unknown entity type"},
      {"rule a.b\n type attack\n match [actor:ORG]?\n", "anchor"},
      {"rule a.b\n type attack\n match ... strike\n", "may not start or end with a gap"},
      {"rule a.b\n type attack\n match strike ...13 [LOC]\n", "from 1 to 12"},
      {"rule a.b\n type attack\n match [dead:QTY] strike\n", "unknown quantity kind"},
      {"rule a.b\n type attack\n match [x:QTY_OF] strike\n", "QTY_OF"},
      {"rule a.b\n type attack\n match strike|\"hit\"\n", "quote all alternatives or none"},
      {"rule a.b\n type attack\n plover FIGHTING\n match strike\n", "unknown PLOVER type"},
      {"rule a.b\n type attack\n weight 2\n match strike\n", "weight"},
      {"rule a.b\n type attack\n colour red\n", "unknown setting"},
      {"rule a.b\n type attack\n", "needs a type and at least one match line"},
      {"rule a.b\n type attack\n match strike\nrule a.b\n", "defined twice"},
  };
  for (const auto& c : cases) {
    auto r = ParsePatterns(c.text, "t.pat");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << c.text << " -> " << r.status().message();
  }
}

TEST(PatternLang, EntityTypeNames) {
  EXPECT_EQ(EntityTypeFromName("person"), kPerson);
  EXPECT_EQ(EntityTypeFromName("military_unit"), kMilitaryUnit);
  EXPECT_EQ(EntityTypeFromName("UNIT"), kMilitaryUnit);
  EXPECT_EQ(EntityTypeFromName("ANY"), kAnyEntity);
  EXPECT_EQ(EntityTypeFromName("tank"), 0u);
}

}  // namespace
}  // namespace sitrep::extract

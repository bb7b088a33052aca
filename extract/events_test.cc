// The event pass end to end on the real rules, through the stand-in
// annotators; the analysts' cases are in pattern_cases_test.cc.
#include "extract/events.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <random>

#include "extract/attribution.h"
#include "extract/event_builder.h"
#include "extract/event_testkit.h"
#include "extract/modality.h"
#include "extract/plover.h"

namespace sitrep::extract {
namespace {

const std::string kData = SITREP_SOURCE_DIR "/data";

class Events : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ex = EventExtractor::Open(kData);
    ASSERT_TRUE(ex.ok()) << ex.status().ToString();
    extractor_ = std::move(ex.value()).release();
    auto lex = testkit::LoadLexicon(kData + "/patterns/tests/lexicon.tsv");
    ASSERT_TRUE(lex.ok());
    lexicon_ = new testkit::Lexicon(lex.value());
  }
  std::vector<Event> Find(const std::string& text) {
    annotated_ = testkit::Annotate(text, *lexicon_);
    return extractor_->Find(annotated_.doc, annotated_.ann, annotated_.entities);
  }
  static int Count(const std::vector<Event>& events, const std::string& type) {
    return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const Event& e) { return e.type == type; }));
  }
  static const Event* OfType(const std::vector<Event>& events, const std::string& type) {
    for (const auto& e : events) {
      if (e.type == type) return &e;
    }
    return nullptr;
  }
  static EventExtractor* extractor_;
  static testkit::Lexicon* lexicon_;
  testkit::Annotated annotated_;
};
EventExtractor* Events::extractor_ = nullptr;
testkit::Lexicon* Events::lexicon_ = nullptr;

TEST_F(Events, TheStrikeAgainIsNotASecondStrike) {
  auto events = Find("Russian missiles struck Odesa on December 16.\n\n"
                     "The governor said the timing of the strike was chosen on purpose.");
  EXPECT_EQ(Count(events, "attack"), 1);
}

TEST_F(Events, AQuotedReactionIsNotASecondStrike) {
  auto events = Find("Russian missiles struck Odesa on December 16.\n\n"
                     "\"Moscow deliberately chose the holiday for an attack,\" the mayor remarked on December 16.");
  EXPECT_EQ(Count(events, "attack"), 1);
  // A phrase quoted in a report is still the report's own strike.
  events = Find("Russian drones hit Kharkiv on December 16.\n\n"
                "Moscow said it had carried out a \"massive strike\" on Kyiv on December 17.");
  EXPECT_EQ(Count(events, "attack"), 2);
}

TEST_F(Events, WhoFiredInTheSentenceBeforeIsNotWhoShotDown) {
  auto events = Find("Russia fired 60 cruise missiles and 30 drones at Ukraine on December 16. "
                     "Air defences brought down 48 of the missiles.");
  const Event* e = OfType(events, "interception");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->actor.name, "Russia");
  EXPECT_EQ(e->actor.country, "UA");
}

TEST_F(Events, ATableOfFiguresIsInterceptionsOfTheOtherSide) {
  auto events = Find("Russia launched a large air attack on Ukraine on December 16. The figures:\n\n"
                     "Missiles: 70 launched / 52 shot down\n\n"
                     "Drones: 40 launched / 35 shot down");
  int tables = 0;
  for (const auto& e : events) {
    if (e.type != "interception") continue;
    ++tables;
    EXPECT_EQ(e.actor.country, "UA") << e.rule;
    ASSERT_EQ(e.quantities.size(), 2u) << e.rule;
  }
  EXPECT_EQ(tables, 2);
}

TEST_F(Events, WhatWasSaidToBeDoneIsNotLaterThanTheSaying) {
  // The lead's day (December 17) yields to the day it was said (December 16).
  auto events = Find("Russian forces advanced near Bakhmut on December 17, officials said.\n\n"
                     "The ministry said on December 16 that Ukrainian troops had retaken Bakhmut.");
  bool found = false;
  for (const auto& e : events) {
    if (e.type != "territory" || e.evidence.text.find("retaken") == std::string::npos) continue;
    found = true;
    EXPECT_EQ(e.date.value.substr(5), "12-16");
  }
  EXPECT_TRUE(found);
}

TEST_F(Events, OneOfThemIsAPartOfTheAttackBefore) {
  auto events = Find("Overnight the city of Lyman was attacked by Shahed drones. "
                     "One of them hit a warehouse in the Central district.");
  EXPECT_EQ(Count(events, "attack"), 1);
  const Event* attack = OfType(events, "attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->location.name, "Lyman");
  // A new sentence with its own strike is not a part of the one before.
  events = Find("Overnight the city of Lyman was attacked by Shahed drones. "
                "A missile hit a warehouse in Kupiansk.");
  EXPECT_EQ(Count(events, "attack"), 2);
}

TEST_F(Events, ACountBrokenDownIsOneInterception) {
  // The weapons listed after the colon are the 20, not more interceptions.
  auto events = Find("All 20 missiles were shot down: eight Kalibr cruise missiles, six Kinzhal missiles "
                     "and six Iskander missiles.");
  EXPECT_EQ(Count(events, "interception"), 1);
  // Another place is another count.
  events = Find("Air defence shot down 50 missiles over Kyiv. In Lyman, air defence shot down 8 missiles.");
  EXPECT_EQ(Count(events, "interception"), 2);
}

TEST_F(Events, ACityThatReceivesIsNoPlace) {
  // "agreed to give Kyiv": Kyiv's government receives; the meeting was not there.
  auto events = Find("Zelensky met Biden on December 21 and came away with the most advanced system "
                     "the allies have agreed to give Kyiv.");
  const Event* d = OfType(events, "diplomacy");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->location.name, "Kyiv");
}

TEST_F(Events, ATollToldInTwoSentencesIsOneEvent) {
  auto events = Find("A missile killed 20 people in Lyman on December 20. Another 17 people were wounded.");
  EXPECT_EQ(Count(events, "casualties"), 1);
  const Event* c = OfType(events, "casualties");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->quantities.size(), 2u);
}

TEST_F(Events, TheTownIsTheStorysTown) {
  // No place in the sentence but "the town": the town the report is about.
  auto events = Find("Vuhledar has been under fire for weeks, and Vuhledar's last shops closed in May.\n\n"
                     "Moscow said its forces had claimed full control of the town on Sunday.");
  const Event* t = OfType(events, "territory");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.name, "Vuhledar");
  // A city named as a government ("Moscow's") is not the story's town.
  events = Find("Moscow's envoy spoke. Moscow's spokesman spoke. Kupiansk was shelled.\n\n"
                "The city council told schools to switch to remote learning.");
  const Event* p = OfType(events, "policy");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Kupiansk");
}

TEST_F(Events, OneSentenceReportsOneInterceptionNotALaunch) {
  auto events = Find("Air defence units shot down 15 of 16 drones launched by Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, "interception");
}

TEST_F(Events, TheSameNumbersAgainAreTheSameEvent) {
  auto events = Find("One soldier was captured near Kursk on December 16.\n\n"
                     "Officials said the captured soldier was a pilot.");
  EXPECT_LE(Count(events, "casualties"), 1);
}

TEST_F(Events, TheSameFightingToldAgainIsOneClash) {
  auto events = Find("North Korean troops are fighting alongside Russian units in the Kursk region.\n\n"
                     "Analysts say North Korean soldiers are fighting in the Kursk region with little support.");
  EXPECT_EQ(Count(events, "clash"), 1);
}

TEST_F(Events, AnActorAndPlaceCarryOverFromTheStoryBefore) {
  auto events = Find("The European Union adopted new sanctions against Russia on Monday.\n\n"
                     "The package adds 40 tankers to the list of banned vessels.");
  bool carried = false;
  for (const auto& e : events) {
    if (e.type == "sanction" && !e.quantities.empty()) carried = e.actor.name == "European Union";
  }
  EXPECT_TRUE(carried);
}

TEST_F(Events, APersonsFirstRemarkOnlyIsAStatement) {
  auto events = Find("Tusk said Poland had never been closer to open conflict.\n\n"
                     "Tusk said the government would ask allies for more air defence.");
  int remarks = 0;
  for (const auto& e : events) remarks += e.rule == "statement.remark";
  EXPECT_EQ(remarks, 1);
}

TEST_F(Events, TheAttackerOfAnInterceptedRaidStrikesNext) {
  auto events = Find("Russia attacked Ukraine with 40 drones overnight, and air defence units shot down 30 of them.\n\n"
                     "In Sumy, a drone hit a block of flats.");
  const Event* strike = nullptr;
  for (const auto& e : events) {
    if (e.type == "attack") strike = &e;
  }
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->actor.country, "RU");
}

TEST_F(Events, EvidenceIsTheSentence) {
  std::string text = "Talks went on. Russian forces struck Kharkiv on December 16.";
  auto events = Find(text);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.id, "v1");
  EXPECT_EQ(e.evidence.start, 15u);
  EXPECT_EQ(e.evidence.end, text.size());
  EXPECT_EQ(e.evidence.text, text.substr(15));
  EXPECT_EQ(e.rule, "attack.strike");
  EXPECT_EQ(e.plover, "ASSAULT");
  EXPECT_GT(e.confidence, 0.5);
  EXPECT_LE(e.confidence, 1.0);
}

TEST_F(Events, LocationCarriesTheEntityAndItsGeo) {
  auto events = Find("Russian forces struck Kharkiv.");
  ASSERT_EQ(events.size(), 1u);
  const Ref& loc = events[0].location;
  EXPECT_EQ(loc.name, "Kharkiv");
  EXPECT_FALSE(loc.entity.empty());
  EXPECT_EQ(loc.country, "UA");
  EXPECT_TRUE(loc.lat.has_value());
  EXPECT_EQ(events[0].actor.name, "Russian forces");
  EXPECT_EQ(events[0].actor.country, "RU");
  EXPECT_TRUE(events[0].actor.entity.empty());
}

TEST_F(Events, CityBeforeRegionBeforeCountry) {
  auto events = Find("Two people were killed in Ukraine's Donetsk region, in Pokrovsk.");
  const Event* e = OfType(events, "casualties");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->location.name, "Pokrovsk");
}

TEST_F(Events, DateFromTheParagraphOrTheLead) {
  const char* kLead = "Strikes on the south.\n\nDrones hit Kherson on December 20.\n\n";
  const char* kLater = "Strikes on the south.\n\nDrones hit the south.\n\n"
                       "On December 20, drones hit Kherson.\n\n";
  struct { std::string text; const char* date; } cases[] = {
      {"On December 20, drones hit Kherson. Two people were killed.", "2024-12-20"},
      {std::string(kLead) + "Markets were calm.\n\nTwo people were killed.", "2024-12-20"},
      // The deaths told right after the Kherson strike share its day
      // (extract/discourse.h).
      {std::string(kLater) + "Two people were killed.", "2024-12-20"},
      // A report that tells no day at all: news of its publication day.
      {"Strikes on the south.\n\nDrones hit the south.\n\nTwo people were killed.", "2024-12-25"},
      // But a day told before is never replaced by it: "since March" dates
      // nothing, and the deaths after it stay undated.
      {"Drones have hit the south since March 2022.\n\nTwo people were killed.", ""},
  };
  for (const auto& c : cases) {
    auto events = Find(c.text);
    const Event* e = OfType(events, "casualties");
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_EQ(e->date.value, c.date) << c.text;
  }
}

TEST_F(Events, PassiveAgentIsTheActor) {
  auto events = Find("Twelve drones were shot down by Ukraine's air force.");
  const Event* e = OfType(events, "interception");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.country, "UA");
}

TEST_F(Events, DatelineOnlyWhenTheSentenceHasNoPlace) {
  auto events = Find("KYIV — Russian drones struck Odesa overnight.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].location.name, "Odesa");
  // A day between the town and the dash is still a dateline.
  events = Find("KYIV, Sept 22 (Wire) - Ukraine said its forces struck the fleet's headquarters in the occupied "
                "port of Sevastopol on Friday.");
  const Event* attack = OfType(events, "attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->location.name, "Sevastopol");
}

TEST_F(Events, OneSentenceManyEvents) {
  auto events = Find("Russian missiles struck Dnipro, killing 4 people and wounding 19.");
  const Event* attack = OfType(events, "attack");
  const Event* casualties = OfType(events, "casualties");
  ASSERT_NE(attack, nullptr);
  ASSERT_NE(casualties, nullptr);
  ASSERT_EQ(casualties->quantities.size(), 2u);
  EXPECT_EQ(casualties->evidence.start, attack->evidence.start);
}

TEST_F(Events, NoEventsInPlainText) {
  EXPECT_TRUE(Find("The weather in Lviv was mild. Markets opened higher.").empty());
  EXPECT_TRUE(Find("").empty());
}

TEST_F(Events, SurvivesBrokenAndRandomAnnotations) {
  std::mt19937 rng(7);
  const char* words[] = {"Russian", "forces", "struck", "Kharkiv", "20", "of", "31", "drones",
                         "were", "killed", "on", "December", "16", ",", ".", "said", "not"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int len = 1 + rng() % 60;
    for (int i = 0; i < len; ++i) text += std::string(words[rng() % std::size(words)]) + " ";
    testkit::Annotated a = testkit::Annotate(text, *lexicon_);
    // Break the contract now and then: spans past the end, overlapping, empty.
    uint32_t n = a.doc.tokens.size();
    if (round % 3 == 0) a.ann.entities.push_back({n, n + 2, 99, "location", ""});
    if (round % 5 == 0) a.ann.quantities.push_back({0, n + 1, {}});
    if (round % 7 == 0) a.ann.dates.push_back({2, 2, {}});
    auto events = extractor_->Find(a.doc, a.ann, a.entities);
    for (const auto& e : events) {
      EXPECT_LE(e.evidence.end, a.doc.text.size());
      EXPECT_GE(e.confidence, 0.0);
      EXPECT_LE(e.confidence, 1.0);
    }
  }
}

TEST(Modality, Cues) {
  struct { const char* text; const char* trigger; const char* want; } cases[] = {
      {"Russia will strike again.", "strike", "planned"},
      {"Russia plans to strike again.", "strike", "planned"},
      {"Russia is expected to strike again.", "strike", "planned"},
      {"Russia could strike again.", "strike", "possible"},
      {"If talks fail, Russia may strike again.", "strike", "possible"},
      {"Russia did not strike again.", "strike", "negated"},
      {"Russia didn't strike again.", "strike", "negated"},
      {"Russia will not strike again.", "strike", "negated"},
      {"Russia failed to strike again.", "strike", "negated"},
      {"Russia struck again.", "struck", "asserted"},
      {"Russia said it will talk, and struck again.", "struck", "asserted"},
  };
  for (const auto& c : cases) {
    auto a = testkit::Annotate(c.text, {});
    uint32_t t = 0;
    while (t < a.doc.tokens.size() && a.doc.TokenText(a.doc.tokens[t]) != c.trigger) ++t;
    ASSERT_LT(t, a.doc.tokens.size()) << c.text;
    EXPECT_EQ(FindModality(a.doc, a.doc.sentences[0], t), c.want) << c.text;
  }
}

TEST(Modality, AModalInsideTheMatchAfterANounTrigger) {
  // Matched from "reservists" to the sentence's end: the "would" is inside.
  struct { const char* text; const char* want; } cases[] = {
      {"He said 300,000 reservists would be called up.", "planned"},
      {"Up to 2,000 reservists could be called up.", "possible"},
      {"Reservists were called up on Monday.", "asserted"},
      {"Reservists were called up, and more would follow.", "asserted"},  // past a clause boundary
  };
  for (const auto& c : cases) {
    auto a = testkit::Annotate(c.text, {});
    uint32_t t = 0;
    while (t < a.doc.tokens.size() && a.doc.TokenText(a.doc.tokens[t]) != "reservists" &&
           a.doc.TokenText(a.doc.tokens[t]) != "Reservists") {
      ++t;
    }
    ASSERT_LT(t, a.doc.tokens.size()) << c.text;
    const Sentence& s = a.doc.sentences[0];
    EXPECT_EQ(FindModality(a.doc, s, t, s.end_token), c.want) << c.text;
    EXPECT_EQ(FindModality(a.doc, s, t), "asserted") << c.text << " (without the match's end)";
  }
}

TEST(Attribution, SourceAndStatus) {
  struct { const char* text; const char* source; const char* status; } cases[] = {
      {"Drones hit Kyiv, according to the city's military administration.", "city's military administration", "reported"},
      {"The General Staff said drones hit Kyiv.", "General Staff", "reported"},
      {"Drones hit Kyiv, said Mayor Klitschko.", "Mayor Klitschko", "reported"},
      {"Moscow claimed its troops took the village.", "Moscow", "claimed"},
      {"Officials confirmed the strike.", "Officials", "confirmed"},
      {"The Kremlin denied the strike.", "Kremlin", "denied"},
      {"Drones reportedly hit Kyiv.", "", "reported"},
      {"Moscow claimed a strike. This could not be independently verified.", "Moscow", "unverified"},
      {"The claim is unverified.", "", "unverified"},
      {"Drones hit Kyiv.", "", ""},
  };
  for (const auto& c : cases) {
    auto a = testkit::Annotate(c.text, {});
    Attribution at = FindAttribution(a.doc, a.ann, a.entities, 0);
    EXPECT_EQ(at.source, c.source) << c.text;
    EXPECT_EQ(at.status, c.status) << c.text;
  }
}

TEST(Confidence, Formula) {
  EXPECT_DOUBLE_EQ(EventConfidence(0.8, 1.0, "asserted", "confirmed"), 0.8);
  EXPECT_DOUBLE_EQ(EventConfidence(0.8, 0.0, "asserted", ""), 0.6);
  EXPECT_DOUBLE_EQ(EventConfidence(1.0, 1.0, "possible", "unverified"), 0.64);
  EXPECT_LT(EventConfidence(0.8, 1.0, "negated", "denied"), EventConfidence(0.8, 1.0, "asserted", ""));
}

TEST(Plover, EveryTypeHasADefault) {
  for (const char* t : {"attack", "interception", "clash", "territory", "casualties", "deployment",
                        "mobilization", "aid", "sanction", "diplomacy", "statement", "arrest",
                        "infrastructure", "policy"}) {
    EXPECT_TRUE(IsPloverType(DefaultPlover(t))) << t;
  }
  EXPECT_TRUE(DefaultPlover("war").empty());
}

TEST(Merge, SameTypeSamePlaceJoins) {
  Event a, b, c;
  a.type = b.type = c.type = "casualties";
  a.quantities.push_back({"killed", 13});
  b.quantities.push_back({"wounded", 30});
  c.quantities.push_back({"killed", 2});
  std::vector<Event> events = {a, b, c};
  MergeSentenceEvents(&events);
  ASSERT_EQ(events.size(), 2u) << "killed 13 and killed 2 clash";
  EXPECT_EQ(events[0].quantities.size(), 2u);
}

}  // namespace
}  // namespace sitrep::extract

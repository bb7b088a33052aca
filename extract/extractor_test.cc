// The whole engine on short reports: the real entity recogniser, gazetteer,
// dates, quantities and rules, as `sitrep extract` runs them. For what the
// stand-in annotators of the pattern cases (data/patterns/tests) cannot
// express: counts told across clauses, holidays, days of saying.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "sitrep/extract.h"
#include "sitrep/text.h"

namespace sitrep {
namespace {

class WholeEngine : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto ex = Extractor::Open(SITREP_SOURCE_DIR "/data");
    ASSERT_TRUE(ex.ok()) << ex.status().ToString();
    extractor_ = new std::shared_ptr<const Extractor>(std::move(ex.value()));
  }
  static void TearDownTestSuite() { delete extractor_; }

  static Record Run(const std::string& published, const std::string& body) {
    Article a;
    a.source = "test";
    a.published = published;
    a.body = body;
    a.format = "text";
    return (*extractor_)->Extract(MakeDocument(std::move(a)));
  }

  // One line an event: "type a=actor l=place d=date q=kind=value,..."
  static std::string Line(const Event& e) {
    std::string q;
    for (const auto& x : e.quantities) {
      char v[32];
      std::snprintf(v, sizeof v, "%.0f", x.value);
      q += (q.empty() ? "" : ",") + x.kind + "=" + v;
    }
    return e.type + " a=" + e.actor.name + " l=" + e.location.name + " d=" + e.date.value + " q=" + q;
  }
  static std::vector<std::string> Lines(const Record& r) {
    std::vector<std::string> out;
    for (const auto& e : r.events) out.push_back(Line(e));
    return out;
  }
  static const Event* OfType(const Record& r, const std::string& type, size_t nth = 0) {
    for (const auto& e : r.events) {
      if (e.type == type && nth-- == 0) return &e;
    }
    return nullptr;
  }

  // OfType, and a failure that lists the events found when there is none.
  static const Event* Need(const Record& r, const std::string& type, size_t nth = 0) {
    const Event* e = OfType(r, type, nth);
    if (e == nullptr) ADD_FAILURE() << "no " << type << " event: " << ::testing::PrintToString(Lines(r));
    return e;
  }

  static std::shared_ptr<const Extractor>* extractor_;
};
std::shared_ptr<const Extractor>* WholeEngine::extractor_ = nullptr;

::testing::AssertionResult Has(const Event* e, const std::string& kind, double value) {
  if (e == nullptr) return ::testing::AssertionFailure() << "no event";
  for (const auto& q : e->quantities) {
    if (q.kind == kind && q.value == value) return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no " << kind << "=" << value;
}

TEST_F(WholeEngine, ATotalEarlierInTheSentenceIsWhatWasLaunched) {
  Record r = Run("2024-07-09",
                 "Russia fired 46 missiles at Ukraine, the air force reported, and 39 of them were shot down.");
  const Event* e = OfType(r, "interception");
  EXPECT_TRUE(Has(e, "intercepted", 39)) << ::testing::PrintToString(Lines(r));
  EXPECT_TRUE(Has(e, "launched", 46)) << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, TheTownIsATownNotTheVillageNamedLast) {
  Record r = Run("2024-02-17",
                 "Russian forces pressed on towards Mariupol on Friday.\n\n"
                 "Fighting went on around Mariupol and the nearby village of Urzuf. Officials said the town "
                 "came under heavy air attack: more than 40 guided bombs were dropped on it on Thursday.");
  const Event* e = nullptr;
  for (const Event& x : r.events) {
    if (x.type == "attack" && !x.quantities.empty()) e = &x;
  }
  ASSERT_NE(e, nullptr) << ::testing::PrintToString(Lines(r));
  EXPECT_EQ(e->location.name, "Mariupol") << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, APossessiveDateIsTheDayOfWhatItStandsBefore) {
  // An arrest over yesterday's bombing is not dated by the bombing.
  Record r = Run("2024-12-18", "The FSB said it had detained a man over yesterday's bombing in Moscow.");
  const Event* arrest = Need(r, "arrest");
  ASSERT_NE(arrest, nullptr);
  EXPECT_NE(arrest->date.value, "2024-12-17");
  // The wounded of Friday's attack were wounded on Friday.
  r = Run("2024-12-18", "In Kharkiv, 109 people were wounded in Friday's attack, the governor said.");
  const Event* toll = Need(r, "casualties");
  ASSERT_NE(toll, nullptr);
  EXPECT_EQ(toll->date.value, "2024-12-13");
}

TEST_F(WholeEngine, TheDatelinesCountryIsPartOfTheDateline) {
  Record r = Run("2024-03-22",
                 "ZAPORIZHZHIA, Ukraine (Steppe Courier) - Russia hurled close to 150 missiles and drones at "
                 "power plants on Friday.");
  const Event* e = Need(r, "attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->location.name, "Zaporizhzhia") << ::testing::PrintToString(Lines(r));
  EXPECT_TRUE(Has(e, "launched", 150)) << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, AReportThatToldNoDayDatesWhatHasBeenDoneOnItsDay) {
  Record r = Run("2022-07-14", "16:15 - Zelensky has accused Moscow of an open act of terrorism against the city.");
  const Event* e = Need(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date.value, "2022-07-14");
  EXPECT_TRUE(e->date.text.empty());
  // A report that told a day keeps an undated remark undated.
  r = Run("2022-07-14", "Missiles struck Vinnytsia on Tuesday.\n\nZelensky has accused Moscow of terrorism.");
  e = Need(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->date.value, "2022-07-14");
}

TEST_F(WholeEngine, PalmSundayIsADay) {
  Record r = Run("2025-04-14", "Two ballistic missiles struck the centre of Sumy on Palm Sunday morning.");
  const Event* e = Need(r, "attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date.value, "2025-04-13");
}

TEST_F(WholeEngine, TheDayOfASayingYieldsToTheDayOfTheEvent) {
  // Another date in the sentence.
  Record r = Run("2024-04-25",
                 "US officials confirmed on Wednesday that Washington had sent ATACMS missiles to Ukraine "
                 "last month.");
  const Event* aid = Need(r, "aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->date.value, "2024-03");
  // The day of the strike told before.
  r = Run("2024-07-09",
          "Russian missiles struck Kyiv on Monday morning.\n\n"
          "In Kyiv, 33 people were killed and more than 120 were injured, the city administration said "
          "on Tuesday.");
  const Event* toll = Need(r, "casualties");
  ASSERT_NE(toll, nullptr);
  EXPECT_EQ(toll->date.value, "2024-07-08");
  // No other date: the saying's day stands.
  r = Run("2024-12-24", "Russia's Defense Ministry said on Monday that its forces had captured Lozova.");
  const Event* gain = Need(r, "territory");
  ASSERT_NE(gain, nullptr);
  EXPECT_EQ(gain->date.value, "2024-12-23");
}

TEST_F(WholeEngine, APronounSpeakerIsThePersonNamedBefore) {
  Record r = Run("2024-01-04",
                 "The men had been held for two years, said Dmytro Lubinets, the rights commissioner. "
                 "He accused Moscow of torturing prisoners.");
  const Event* e = Need(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.name, "Dmytro Lubinets");
  r = Run("2022-04-16",
          "The cruiser was hit late on Wednesday, according to Maksym Marchenko, the governor of the region. "
          "\"The missiles caused very serious damage to the ship,\" he wrote on Telegram.");
  e = Need(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.name, "Maksym Marchenko");
  // No one named before: no one's statement.
  r = Run("2024-01-04", "He accused Moscow of torturing prisoners.");
  for (const auto& ev : r.events) EXPECT_NE(ev.type, "statement") << Line(ev);
}

TEST_F(WholeEngine, TheSpeakersSecondVerbIsTheirs) {
  Record r = Run("2022-09-22",
                 "Joe Biden said Vladimir Putin had made nuclear threats against Europe and accused Russia of "
                 "violating the UN charter.");
  const Event* e = Need(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.name, "Joe Biden");
}

TEST_F(WholeEngine, HeIsNotAPersonNamedInsideAQuote) {
  Record r = Run("2024-02-18",
                 "Volodymyr Zelensky spoke at the security conference in Munich on Saturday. "
                 "\"Keeping Ukraine short of weapons allows Vladimir Putin to adapt,\" he told the gathering. "
                 "He later met US Vice President Kamala Harris on the sidelines.");
  const Event* e = Need(r, "diplomacy");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.name, "Volodymyr Zelenskyy");
  EXPECT_NE(e->location.name, "United States") << "a country in a title is whose office it is";
  for (const auto& ev : r.events) EXPECT_NE(ev.actor.name, "Vladimir Putin") << Line(ev);
}

TEST_F(WholeEngine, SinceStartsASpanNotAnEventsDay) {
  Record r = Run("2024-01-04",
                 "Buses carrying 230 freed Ukrainians crossed the border on Wednesday. "
                 "Some had been held since the first weeks of the invasion. "
                 "The prisoner exchange was mediated by the United Arab Emirates.");
  const Event* e = Need(r, "diplomacy");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date.value, "2024-01-03");
  // "since July, when ..." dates the when-clause.
  r = Run("2023-09-01", "Since July, when Moscow pulled out of the grain deal, ports have been hit weekly.");
  e = Need(r, "policy");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date.value, "2023-07");
}

TEST_F(WholeEngine, TwoSpeakersInOneSentenceAreTwoStatements) {
  Record r = Run("2023-07-13",
                 "Kremlin spokesman Dmitry Peskov said the decisions would have negative consequences, and "
                 "Dmitry Medvedev wrote that arming Ukraine brought a third world war closer.");
  std::vector<std::string> actors;
  for (const auto& e : r.events) {
    if (e.type == "statement") actors.push_back(e.actor.name);
  }
  EXPECT_EQ(actors, (std::vector<std::string>{"Dmitry Peskov", "Dmitry Medvedev"}))
      << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, AViceAdmiralIsAPerson) {
  Record r = Run("2025-04-01",
                 "Vice-Admiral Vladimir Tsimlyansky of the General Staff said conscripts would not be sent there.");
  const Event* e = Need(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.name, "Vladimir Tsimlyansky");
}

TEST_F(WholeEngine, MissilesThatDamageAreAStrikeAndItsAttackerKills) {
  Record r = Run("2023-07-24",
                 "Russian missiles damaged the Transfiguration Cathedral in Odesa overnight into Sunday, killing "
                 "two people.");
  const Event* a = OfType(r, "attack");
  const Event* c = OfType(r, "casualties");
  ASSERT_NE(a, nullptr) << ::testing::PrintToString(Lines(r));
  ASSERT_NE(c, nullptr) << ::testing::PrintToString(Lines(r));
  EXPECT_EQ(c->actor.name, a->actor.name);
  EXPECT_TRUE(Has(c, "killed", 2));
}

TEST_F(WholeEngine, ASpeakersDayBeatsTheLeadsWeek) {
  Record r = Run("2023-07-24",
                 "Ports were hit again.\n\nMoscow called it revenge for the attack on the bridge last week.\n\n"
                 "Yevgeny Prigozhin claimed on Saturday that his fighters had taken full control of Bakhmut.");
  const Event* e = Need(r, "territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date.value, "2023-07-22");
}

TEST_F(WholeEngine, ASanctionHasNoPlaceFromTheParagraphBefore) {
  Record r = Run("2024-06-25",
                 "Two landing ships were struck at the naval base in Novorossiysk.\n\n"
                 "The European Union adopted its 14th package of sanctions against Russia on Monday, targeting "
                 "liquefied natural gas for the first time.");
  for (const auto& e : r.events) {
    if (e.type == "sanction") EXPECT_NE(e.location.name, "Novorossiysk");
    EXPECT_NE(e.type, "infrastructure") << Line(e);
  }
}

TEST_F(WholeEngine, AnOfficeBeforeTheVerbIsTheDoer) {
  Record r = Run("2024-11-06",
                 "A court in Moscow jailed a ballerina for 12 years. "
                 "Security services arrested three men in the Belgorod region accused of sabotage.");
  const Event* e = Need(r, "arrest", 1);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.name, "Security services");
  for (const auto& ev : r.events) EXPECT_NE(ev.type, "statement") << Line(ev);
}

TEST_F(WholeEngine, WhatIsWarnedAgainstOrAskedForIsNotDone) {
  Record r = Run("2024-06-25", "Putin warned the West against sending troops to Ukraine.");
  for (const auto& e : r.events) {
    if (e.type == "deployment") EXPECT_NE(e.modality, "asserted") << Line(e);
  }
  r = Run("2024-06-25",
          "Dmytro Kuleba thanked the EU for its decision and urged partners to adopt the next package.");
  for (const auto& e : r.events) {
    if (e.type == "statement") EXPECT_EQ(e.actor.name, "Dmytro Kuleba") << Line(e);
  }
}

TEST_F(WholeEngine, TollsAndTheirPlaces) {
  // "The death toll ... rose to N" however long the middle.
  Record r = Run("2024-05-26", "The death toll from Saturday's strike on the hardware store rose to 16 on Sunday.");
  EXPECT_TRUE(Has(OfType(r, "casualties"), "killed", 16)) << ::testing::PrintToString(Lines(r));
  // "left 40 injured" kills no one.
  r = Run("2024-05-26", "The attack left more than 40 people injured.");
  const Event* c = Need(r, "casualties");
  ASSERT_NE(c, nullptr);
  for (const auto& q : c->quantities) EXPECT_NE(q.kind, "killed") << Line(*c);
  // A village after "near" is a place of its own, not the city told before.
  r = Run("2024-05-26", "A missile hit Odesa. Ukrainian soldiers repelled a Russian assault near Robotyne.");
  const Event* clash = Need(r, "clash");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(clash->location.name, "Robotyne");
  // The defender of one sentence is not the striker of the next.
  r = Run("2024-05-26",
          "Ukraine's air defence intercepted all 31 drones launched overnight. "
          "A ballistic missile hit an infrastructure facility in Odesa, injuring four workers.");
  for (const auto& e : r.events) {
    if (e.type == "attack" || e.type == "casualties") EXPECT_EQ(e.actor.name.find("air defence"), std::string::npos) << Line(e);
  }
}

TEST_F(WholeEngine, DaysToldFromTheStorysLastDay) {
  Record r = Run("2023-08-05",
                 "Fifty-one soldiers were freed in a prisoner exchange on Monday, the headquarters said. "
                 "The previous day, Russia handed over the bodies of 84 fallen defenders.\n\n"
                 "Shelling hit Nikopol on Tuesday. Two days later, a drone struck a market in Marhanets.");
  std::vector<std::string> days;
  for (const auto& e : r.events) days.push_back(e.type + " " + e.date.value);
  EXPECT_NE(std::find(days.begin(), days.end(), "diplomacy 2023-07-30"), days.end()) << ::testing::PrintToString(days);
  EXPECT_NE(std::find(days.begin(), days.end(), "attack 2023-08-03"), days.end()) << ::testing::PrintToString(days);
  // "the day before" followed by a preposition is the day before too.
  r = Run("2024-05-24",
          "A military court on Thursday placed the deputy minister in custody for two months. "
          "He had been detained the day before on suspicion of bribery.");
  days.clear();
  for (const auto& e : r.events) days.push_back(e.type + " " + e.date.value);
  EXPECT_NE(std::find(days.begin(), days.end(), "arrest 2024-05-22"), days.end()) << ::testing::PrintToString(days);
}

TEST_F(WholeEngine, EachSidesClaimAndItsDay) {
  Record r = Run("2023-05-22",
                 "Yevgeny Prigozhin said on Saturday that Wagner had taken full control of Bakhmut and would hand "
                 "the city over to the army on May 25. Russia's Defence Ministry said assault detachments of "
                 "Wagner had completed the liberation of Artyomovsk.");
  const Event* first = OfType(r, "territory", 0);
  const Event* second = OfType(r, "territory", 1);
  ASSERT_NE(first, nullptr) << ::testing::PrintToString(Lines(r));
  ASSERT_NE(second, nullptr) << "each source's claim is its own: " << ::testing::PrintToString(Lines(r));
  EXPECT_EQ(first->date.value, "2023-05-20") << "the day said, not the day still to come";
  EXPECT_NE(second->date.value, "2023-05-25");
}

TEST_F(WholeEngine, ACountryInATitleIsNoPlaceAndHeIsTheSubject) {
  Record r = Run("2023-05-22",
                 "Volodymyr Zelensky arrived in Hiroshima for the Group of Seven summit, where he held talks with "
                 "US President Joe Biden.");
  for (const auto& e : r.events) {
    EXPECT_NE(e.location.name, "United States") << Line(e);
    EXPECT_NE(e.target.name, "United States") << Line(e);
    if (e.type == "diplomacy") EXPECT_EQ(e.actor.name, "Volodymyr Zelenskyy") << Line(e);
  }
}

TEST_F(WholeEngine, AVillageSeizedIsAPlaceTooSmallForTheGazetteer) {
  Record r = Run("2025-02-12", "Russian milbloggers claimed that Russian forces seized Dyliivka.");
  const Event* e = Need(r, "territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->location.name, "Dyliivka");
}

TEST_F(WholeEngine, TheSubjectOfAParticipleOrASecondVerb) {
  Record r = Run("2024-03-15", "Lithuania expelled two Russian diplomats on Wednesday, accusing them of espionage.");
  for (const auto& e : r.events) {
    if (e.type == "statement") EXPECT_EQ(e.actor.name, "Lithuania") << Line(e);
  }
  r = Run("2024-12-12",
          "Ukraine's defence minister, Rustem Umerov, thanked all three countries and said the weapons "
          "would protect the grid.");
  const Event* e = Need(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor.name, "Rustem Umerov");
}

TEST_F(WholeEngine, ACityAndItsCountryInOneSentenceAreOnePlace) {
  Record r = Run("2025-03-11",
                 "US and Ukrainian delegations were due to meet in Jeddah, Saudi Arabia, for talks on ending the war.");
  int meetings = 0;
  for (const auto& e : r.events) {
    if (e.type != "diplomacy") continue;
    ++meetings;
    EXPECT_EQ(e.location.name, "Jeddah") << Line(e);
    EXPECT_EQ(e.modality, "planned") << Line(e);
  }
  EXPECT_EQ(meetings, 1) << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, WhoToldAKnownDeedMadeARemark) {
  Record r = Run("2024-07-09",
                 "Russian missiles hit Kyiv on Monday.\n\n"
                 "Andriy Yermak said Russian missiles had attacked Kyiv on Monday.");
  int attacks = 0;
  const Event* remark = nullptr;
  for (const auto& e : r.events) {
    attacks += e.type == "attack";
    if (e.type == "statement") remark = &e;
  }
  EXPECT_EQ(attacks, 1) << ::testing::PrintToString(Lines(r));
  ASSERT_NE(remark, nullptr) << ::testing::PrintToString(Lines(r));
  EXPECT_EQ(remark->actor.name, "Andriy Yermak");
}

TEST_F(WholeEngine, AStrikeToldAgainWithItsCountIsOneStrike) {
  Record r = Run("2024-09-04",
                 "Russian missiles struck a military institute in Poltava on Tuesday, killing at least 51 people. "
                 "Zelensky said two ballistic missiles hit the institute in Poltava on Tuesday.");
  int attacks = 0;
  for (const auto& e : r.events) attacks += e.type == "attack";
  EXPECT_EQ(attacks, 1) << ::testing::PrintToString(Lines(r));
  EXPECT_TRUE(Has(OfType(r, "attack"), "launched", 2)) << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, AYearFarPastTheTriggerDoesNotBeatTheDaySaid) {
  Record r = Run("2023-08-21",
                 "The prime minister said on Sunday that her country would donate 12 of the jets, with four "
                 "expected next spring and the rest in 2026.");
  const Event* aid = Need(r, "aid", 0);
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->date.value, "2023-08-20");
  r = Run("2022-02-23",
          "The chancellor said on Tuesday he had halted the approval process for the gas pipeline, a project "
          "worth billions that was completed in 2021.");
  const Event* sanction = Need(r, "sanction", 0);
  ASSERT_NE(sanction, nullptr);
  EXPECT_EQ(sanction->date.value, "2022-02-22");
  // A year close to the trigger still dates it.
  r = Run("2025-01-10", "The air force said on Friday that Russia had launched 900 missiles at Ukraine in 2024.");
  const Event* attack = Need(r, "attack", 0);
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->date.value, "2024");
}

TEST_F(WholeEngine, APledgeIsMadeTheDayItIsSaid) {
  Record r = Run("2025-08-05",
                 "Roundup of statements - 5 August 2025\n\n"
                 "Denmark announced on Monday that it would contribute 300 million euros to the Joint Requirements List.");
  const Event* aid = Need(r, "aid", 0);
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->date.value, "2025-08-04");
  // A day told after the pledge, of another one, does not date it.
  r = Run("2022-04-09",
          "On Saturday the prime minister visited Kyiv. Officials said Britain would send 120 armoured vehicles "
          "to Ukraine, on top of an earlier pledge of 100 million pounds announced on Friday.");
  aid = Need(r, "aid", 0);
  ASSERT_NE(aid, nullptr);
  EXPECT_NE(aid->date.value, "2022-04-08") << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, ARunningTotalIsAsOfTheDayItWasSaid) {
  Record r = Run("2024-04-10",
                 "In December 2023 the general said the army wanted 400,000 more soldiers. "
                 "The deputy minister said on 5 April that more than 90,000 people had signed contracts with the army since 1 January.");
  const Event* second = Need(r, "mobilization", 0);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->date.value, "2024-04-05") << ::testing::PrintToString(Lines(r));
}

TEST_F(WholeEngine, ACityAfterACompassPointOnlyLocatesThePlaceBefore) {
  Record r = Run("2023-08-24",
                 "A private jet crashed in the Tver region, north of Moscow, on Wednesday evening. "
                 "All ten people on board were killed, the ministry said.");
  const Event* dead = Need(r, "casualties", 0);
  ASSERT_NE(dead, nullptr);
  EXPECT_NE(dead->location.name, "Moscow") << ::testing::PrintToString(Lines(r));
}

}  // namespace
}  // namespace sitrep

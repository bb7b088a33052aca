#include "extract/quantities.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "sitrep/text.h"

namespace sitrep::extract {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

// "text => value[..max] qualifier [unit[/lemma]] [of total] [kind] [currency]"
std::string Render(const QuantitySpan& s) {
  const Quantity& q = s.quantity;
  std::string out = q.text + " => " + Num(q.value);
  if (q.max) out += ".." + Num(*q.max);
  out += " " + q.qualifier;
  if (!q.unit.empty()) out += " " + q.unit;
  if (!s.unit_lemma.empty() && s.unit_lemma != q.unit) out += "/" + s.unit_lemma;
  if (s.total) out += " of " + Num(*s.total);
  if (!q.kind.empty()) out += " " + q.kind;
  if (!q.currency.empty()) out += " " + q.currency;
  return out;
}

// The whole text as one sentence: each case is one sentence, and the
// provisional splitter would cut it at "Dec." or "U.S.".
std::string Find(const std::string& text) {
  Article article;
  article.body = text;
  Document doc = MakeDocument(std::move(article));
  Sentence all{0, static_cast<uint32_t>(doc.text.size()), 0,
               static_cast<uint32_t>(doc.tokens.size()), 0};
  std::string out;
  for (const QuantitySpan& s : FindQuantities(doc, all)) {
    if (!out.empty()) out += "; ";
    out += Render(s);
    std::string_view span =
        doc.Slice(doc.tokens[s.first_token].start, doc.tokens[s.end_token - 1].end);
    // The tokens cover the text (a token split in two is covered whole).
    EXPECT_NE(span.find(s.quantity.text), std::string_view::npos) << text;
  }
  return out;
}

struct Case {
  const char* text;
  const char* want;  // renders joined by "; ", empty for none
};

void RunCases(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(Find(cases[i].text), cases[i].want) << "case: " << cases[i].text;
  }
}

TEST(Quantities, Digits) {
  static const Case kCases[] = {
      {"Russia launched 31 drones overnight.", "31 drones => 31 exact drone"},
      {"Some 11,000 North Korean soldiers are in Kursk.",
       "Some 11,000 North Korean soldiers => 11000 approx soldier"},
      {"The strike wounded 1.5 thousand people, officials said.",
       "1.5 thousand people => 1500 exact people"},
      {"The blackout hit 1.5 million people.", "1.5 million people => 1.5e+06 exact people"},
      {"Air defence shot down 31 Russian attack drones.",
       "31 Russian attack drones => 31 exact drone"},
      {"Kyiv says 50,000 troops massed near the border.", "50,000 troops => 50000 exact troop"},
      {"The brigade lost 7 tanks and 12 armored vehicles.",
       "7 tanks => 7 exact tank; 12 armored vehicles => 12 exact vehicle"},
      {"At 3 sites, rescuers worked through the night.", "3 sites => 3 exact site"},
      {"Moscow fired 8 missiles and 60 Shahed drones at the grid.",
       "8 missiles => 8 exact missile; 60 Shahed drones => 60 exact drone"},
      {"They counted 2000 troops at the crossing.", "2000 troops => 2000 exact troop"},
      {"Forces advanced 5 km west of the town.", "5 km => 5 exact km"},
      {"The column stretched for 12 kilometres.", "12 kilometres => 12 exact km"},
      {"Police detained 14 suspects in the sabotage case.", "14 suspects => 14 exact suspect"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, Words) {
  static const Case kCases[] = {
      {"Six civilians were killed in the shelling.", "Six civilians => 6 exact civilian"},
      {"Twenty-seven soldiers returned in the exchange.",
       "Twenty-seven soldiers => 27 exact soldier"},
      {"A dozen drones reached the city.", "A dozen drones => 12 exact drone"},
      {"Officials said two hundred and fifty people were evacuated.",
       "two hundred and fifty people => 250 exact people"},
      {"One million households lost power.", "One million households => 1e+06 exact household"},
      {"A hundred troops crossed the river.", "A hundred troops => 100 exact troop"},
      {"The regiment lost three tanks.", "three tanks => 3 exact tank"},
      {"Two dozen shells hit the village.", "Two dozen shells => 24 exact shell"},
      {"Only one drone got through.", "one drone => 1 exact drone"},
      {"The strike cut power to half a million people.",
       "half a million people => 500000 exact people"},
      {"Several hundred troops were moved to the front.",
       "Several hundred troops => 300 at_least troop"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, VaguePlurals) {
  static const Case kCases[] = {
      {"Dozens of drones targeted the port.", "Dozens of drones => 12 at_least drone"},
      {"Hundreds of people sheltered in the metro.", "Hundreds of people => 100 at_least people"},
      {"Thousands of residents fled the town.", "Thousands of residents => 1000 at_least resident"},
      {"Tens of thousands of soldiers have been killed.",
       "Tens of thousands of soldiers => 10000 at_least soldier"},
      {"Hundreds of thousands of people lost heating.",
       "Hundreds of thousands of people => 100000 at_least people"},
      {"More than a dozen missiles were fired.",
       "More than a dozen missiles => 12 at_least missile"},
      {"Scores of civilians were wounded.", "Scores of civilians => 20 at_least civilian"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, Money) {
  static const Case kCases[] = {
      {"Washington announced $242 million in new aid.", "$242 million => 2.42e+08 exact money USD"},
      {"The EU approved a €50bn facility for Kyiv.", "€50bn => 5e+10 exact money EUR"},
      {"London pledged £3m for demining.", "£3m => 3e+06 exact money GBP"},
      {"The package is worth $2.3B, officials said.", "$2.3B => 2.3e+09 exact money USD"},
      {"Japan sent 1.5 million dollars in relief.",
       "1.5 million dollars => 1.5e+06 exact money USD"},
      {"Kyiv allocated UAH 2 billion to drones.", "UAH 2 billion => 2e+09 exact money UAH"},
      {"The deal is worth up to $5 billion.", "up to $5 billion => 5e+09 at_most money USD"},
      {"Donors pledged $1 to $2 billion.", "$1 to $2 billion => 1e+09..2e+09 range money USD"},
      {"The plant needs about $750,000 for repairs.", "about $750,000 => 750000 approx money USD"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, Qualifiers) {
  static const Case kCases[] = {
      {"About 200 people were evacuated.", "About 200 people => 200 approx people"},
      {"Around 40 drones were shot down.", "Around 40 drones => 40 approx drone"},
      {"Approximately 600 troops took part.", "Approximately 600 troops => 600 approx troop"},
      {"Roughly 30 ships are under sanctions.", "Roughly 30 ships => 30 approx ship"},
      {"Nearly 70 missiles struck energy sites.", "Nearly 70 missiles => 70 at_most missile"},
      {"Almost 100 buildings were damaged.", "Almost 100 buildings => 100 at_most building"},
      {"At least 12 people died in the strike.", "At least 12 people => 12 at_least people"},
      {"Over 50 drones were downed.", "Over 50 drones => 50 at_least drone"},
      {"Air defences downed 43 drones over seven regions.",
       "43 drones => 43 exact drone; seven regions => 7 exact region"},
      {"The war has driven more than 6 million Ukrainians abroad.",
       "more than 6 million Ukrainians => 6e+06 at_least ukrainian"},
      {"More than 1,000 soldiers surrendered.",
       "More than 1,000 soldiers => 1000 at_least soldier"},
      {"Upwards of 300 troops were seen.", "Upwards of 300 troops => 300 at_least troop"},
      {"Up to 40 ships carry Russian oil.", "Up to 40 ships => 40 at_most ship"},
      {"Fewer than 10 missiles got through.", "Fewer than 10 missiles => 10 at_most missile"},
      {"Less than 5 percent of the shells hit.",
       "Less than 5 percent of the shells => 5 at_most percent/shell percent"},
      {"No more than 20 drones reached Kyiv.", "No more than 20 drones => 20 at_most drone"},
      {"Exactly 27 prisoners came home.", "Exactly 27 prisoners => 27 exact prisoner"},
      {"An estimated 500 troops were lost.", "An estimated 500 troops => 500 approx troop"},
      {"The army recruited 30,000 or more conscripts.",
       "30,000 or more conscripts => 30000 at_least conscript"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, Ranges) {
  static const Case kCases[] = {
      {"Pyongyang sent 11,000 to 15,000 troops.",
       "11,000 to 15,000 troops => 11000..15000 range troop"},
      {"Estimates run from 11,000 to as high as 15,000 soldiers.",
       "from 11,000 to as high as 15,000 soldiers => 11000..15000 range soldier"},
      {"Between 10 and 12 drones crossed the border.",
       "Between 10 and 12 drones => 10..12 range drone"},
      {"Analysts count 11,000-15,000 troops in the region.",
       "11,000-15,000 troops => 11000..15000 range troop"},
      {"Analysts count 10–15 drones per night.", "10–15 drones => 10..15 range drone"},
      {"The shelling killed 3 — 5 more died in hospital.", "3 => 3 exact; 5 => 5 exact"},
      {"Nearly all 14 drones were jammed.", "Nearly all 14 drones => 14 at_most drone of 14"},
      {"Sources said 10 or 12 missiles were fired.", "10 or 12 missiles => 10..12 range missile"},
      {"The blast injured one or two guards.", "one or two => 1..2 range"},
      {"Officials expect 1 to 2 million people to flee.",
       "1 to 2 million people => 1e+06..2e+06 range people"},
      {"Support fell to 30-40% in the poll.", "30-40% => 30..40 range percent percent"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, PartsOfWholes) {
  static const Case kCases[] = {
      {"Air defence downed 20 of 31 drones.", "20 of 31 drones => 20 exact drone of 31"},
      {"The air force said 27 out of 49 missiles were intercepted.",
       "27 out of 49 missiles => 27 exact missile of 49"},
      {"Crews destroyed 15 of the 20 launchers.",
       "15 of the 20 launchers => 15 exact launcher of 20"},
      {"Crews shot down 20 drones out of 31.", "20 drones out of 31 => 20 exact drone of 31"},
      {"Gunners hit 12 tanks sent by the enemy, out of a total of 40.",
       "12 tanks sent by the enemy, out of a total of 40 => 12 exact tank of 40"},
      {"All 14 drones were shot down.", "All 14 drones => 14 exact drone of 14"},
      {"Over half of the projectiles were jammed.",
       "Over half of the projectiles => 0.5 at_least fraction/projectile"},
      {"Two-thirds of the region is without power.",
       "Two-thirds of the region => 0.666667 exact fraction/region"},
      {"A third of the shells failed to explode.",
       "A third of the shells => 0.333333 exact fraction/shell"},
      {"Some 40% of the drones were decoys.",
       "Some 40% of the drones => 40 approx percent/drone percent"},
      {"Turnout was 40 percent.", "40 percent => 40 exact percent percent"},
      {"Five of the soldiers were captured.", "Five of the soldiers => 5 exact soldier"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, NotQuantities) {
  static const Case kCases[] = {
      {"The strike happened on December 16.", ""},
      {"The strike happened on 16 December 2024.", ""},
      {"In 2023 the front barely moved.", ""},
      {"The 2024 budget doubled defence spending.", ""},
      {"Sirens sounded at 10 p.m. in Kharkiv.", ""},
      {"The attack began at 10:30 local time.", ""},
      {"The 3rd Assault Brigade holds the line.", ""},
      {"The 47th Brigade reported heavy fighting.", ""},
      {"Russia fired Kh-101 cruise missiles from Tu-95 bombers.", ""},
      {"Kyiv asked for more F-16 jets and S-300 batteries.", ""},
      {"A Su-34 was shot down over the region.", ""},
      {"One of the commanders was arrested.", ""},
      {"No one was hurt in the blast.", ""},
      {"One can see the smoke from the city.", ""},
      {"The war enters a new phase, one marked by drones.", ""},
      {"Moscow claims control over two villages.", "two villages => 2 exact village"},
      {"The gun fires 155mm shells.", ""},
      {"Resolution 2231 was cited by the envoys.", ""},
      {"He spoke on Channel One about the war.", ""},
      {"Fighting raged between December 20 and 25 near the town.", ""},
      {"The talks are planned for mid-January.", ""},
      {"Two brigades were rebuilt in the first half of 2024.", "Two brigades => 2 exact brigade"},
      {"Half of the country's grid was damaged.", "Half => 0.5 exact fraction"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, SeveralInOneSentence) {
  static const Case kCases[] = {
      {"Russia launched 72 missiles and 93 drones, of which 81 were downed.",
       "72 missiles => 72 exact missile; 93 drones => 93 exact drone; 81 => 81 exact"},
      {"On December 25, 20 of 31 drones were shot down, and 3 people were hurt.",
       "20 of 31 drones => 20 exact drone of 31; 3 people => 3 exact people"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Quantities, EmptyAndOddInput) {
  EXPECT_EQ(Find(""), "");
  EXPECT_EQ(Find("$"), "");
  EXPECT_EQ(Find("1,2,3,4"), "");
  EXPECT_EQ(Find("of of of the"), "");
  EXPECT_EQ(Find("99999999999999999999999 drones"), "");
}

// The scan memo must not serve a sentence whose bytes changed in place.
TEST(Quantities, RescansChangedSentence) {
  Article article;
  article.body = "Russia fired 31 drones.";
  Document doc = MakeDocument(std::move(article));
  Sentence all{0, static_cast<uint32_t>(doc.text.size()), 0,
               static_cast<uint32_t>(doc.tokens.size()), 0};
  ASSERT_EQ(FindQuantities(doc, all).at(0).quantity.value, 31);
  doc.text.replace(doc.text.find("31"), 2, "42");
  ASSERT_EQ(FindQuantities(doc, all).at(0).quantity.value, 42);
  doc.published = "2024-12-18";
  EXPECT_EQ(FindQuantities(doc, all).at(0).quantity.value, 42);
}

}  // namespace
}  // namespace sitrep::extract

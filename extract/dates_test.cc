#include "extract/dates.h"

#include <gtest/gtest.h>

#include "util/calendar.h"
#include "sitrep/text.h"

namespace sitrep::extract {
namespace {

// Every date of a one-sentence text, "text => value precision", joined by "; ".
std::string Find(const std::string& text, const std::string& published) {
  Article article;
  article.body = text;
  article.published = published;
  Document doc = MakeDocument(std::move(article));
  Sentence all{0, static_cast<uint32_t>(doc.text.size()), 0,
               static_cast<uint32_t>(doc.tokens.size()), 0};
  std::string out;
  for (const DateSpan& d : FindDates(doc, all)) {
    if (!out.empty()) out += "; ";
    out += d.date.text + " => " + d.date.value + " " + d.date.precision;
    // The span's tokens cover the text (a tokenizer may glue a trailing "." to a number).
    std::string_view span =
        doc.Slice(doc.tokens[d.first_token].start, doc.tokens[d.end_token - 1].end);
    EXPECT_EQ(span.substr(0, d.date.text.size()), d.date.text);
  }
  return out;
}

struct Case {
  const char* published;
  const char* text;
  const char* want;
};

// 2024-12-18 is a Wednesday.
constexpr const char* kWed = "2024-12-18";

void RunCases(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(Find(cases[i].text, cases[i].published), cases[i].want)
        << "case: " << cases[i].text << " (published " << cases[i].published << ")";
  }
}

TEST(Dates, Absolute) {
  static const Case kCases[] = {
      {kWed, "The strike came on December 16.", "on December 16 => 2024-12-16 day"},
      {kWed, "Officials confirmed the toll on Dec. 16, 2024.",
       "on Dec. 16, 2024 => 2024-12-16 day"},
      {kWed, "Drones hit the depot on 16 December.", "on 16 December => 2024-12-16 day"},
      {kWed, "The ceasefire ended December 16, 2023.", "December 16, 2023 => 2023-12-16 day"},
      {kWed, "Kyiv was hit on 16 Dec 2024.", "on 16 Dec 2024 => 2024-12-16 day"},
      {kWed, "The report is dated 2024-12-16.", "2024-12-16 => 2024-12-16 day"},
      {kWed, "The village fell on the 16th of December.", "16th of December => 2024-12-16 day"},
      {kWed, "The order was signed on December 3rd.", "on December 3rd => 2024-12-03 day"},
      {kWed, "Troops withdrew on Monday, December 16.", "on Monday, December 16 => 2024-12-16 day"},
      {"2025-01-03", "The attack on December 25 killed two.", "on December 25 => 2024-12-25 day"},
      {"2024-12-20", "Talks may resume on January 10.", "on January 10 => 2025-01-10 day"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Dates, MonthsAndYears) {
  static const Case kCases[] = {
      {kWed, "Shelling intensified in December.", "in December => 2024-12 month"},
      {"2024-12-20", "Elections are expected in early January.",
       "in early January => 2025-01 month"},
      {"2025-01-03", "The brigade rotated out last December.", "last December => 2024-12 month"},
      {kWed, "The brigade rotated out last December.", "last December => 2023-12 month"},
      {kWed, "The offensive stalled in 2023.", "in 2023 => 2023 year"},
      {kWed, "Crimea has been occupied since 2014.", "since 2014 => 2014 year"},
      {kWed, "The counteroffensive began in June 2023.", "in June 2023 => 2023-06 month"},
      {kWed, "A new push is expected by mid-January.", "by mid-January => 2025-01 month"},
      {"", "Fighting resumed in January.", "in January => XXXX-01 month"},
      {"2025-02-10", "More troops will arrive by the end of March.",
       "by the end of March => 2025-03 month"},
      {kWed, "The town changed hands in the summer of 2022.", "in the summer of 2022 => 2022 year"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Dates, Ranges) {
  static const Case kCases[] = {
      {kWed, "Strikes continued between December 20 and 25.",
       "between December 20 and 25 => 2024-12-20/2024-12-25 range"},
      {kWed, "Strikes continued December 10-14 across the east.",
       "December 10-14 => 2024-12-10/2024-12-14 range"},
      {kWed, "Strikes continued December 10–14 across the east.",
       "December 10–14 => 2024-12-10/2024-12-14 range"},
      {kWed, "Raids were reported from Monday to Wednesday.",
       "from Monday to Wednesday => 2024-12-16/2024-12-18 range"},
      {kWed, "The drills ran 2-5 December.", "2-5 December => 2024-12-02/2024-12-05 range"},
      {"2025-01-05", "The exercise ran December 30 to January 2.",
       "December 30 to January 2 => 2024-12-30/2025-01-02 range"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Dates, RelativeToPublication) {
  static const Case kCases[] = {
      {kWed, "Russia attacked the port on Saturday.", "on Saturday => 2024-12-14 day"},
      {kWed, "Officials said outages would be needed on Friday.", "on Friday => 2024-12-20 day"},
      {kWed, "Talks are due to resume on Monday in Istanbul.", "on Monday => 2024-12-23 day"},
      {kWed, "The grid operator said on Friday that repairs were done.", "on Friday => 2024-12-13 day"},
      {kWed, "The governor spoke Wednesday.", "Wednesday => 2024-12-18 day"},
      {kWed, "Drones struck last Wednesday.", "last Wednesday => 2024-12-11 day"},
      {kWed, "The drone attack on Sunday night hit a school.", "on Sunday night => 2024-12-15 day"},
      {kWed, "Monday's attack killed four.", "Monday => 2024-12-16 day"},
      {kWed, "Russia launched 40 drones overnight.", "overnight => 2024-12-18 day"},
      {kWed, "A missile hit the city last night.", "last night => 2024-12-17 day"},
      {kWed, "Sirens sounded during the night in Odesa.", "during the night => 2024-12-18 day"},
      {kWed, "Drones struck Odesa on the night of 15 to 16 December.", "the night of 15 to 16 December => 2024-12-16 day"},
      {kWed, "Drones struck Odesa on the night of December 15 to 16.", "the night of December 15 to 16 => 2024-12-16 day"},
      {kWed, "The talks ran from 15 to 16 December in Geneva.", "from 15 to 16 December => 2024-12-15/2024-12-16 range"},
      {kWed, "Explosions were heard overnight into Sunday.",
       "overnight into Sunday => 2024-12-15 day"},
      {kWed, "The minister resigned yesterday.", "yesterday => 2024-12-17 day"},
      {kWed, "Talks resumed today in Geneva.", "today => 2024-12-18 day"},
      {kWed, "A drone hit a depot this morning.", "this morning => 2024-12-18 day"},
      {kWed, "The bridge was struck two days ago.", "two days ago => 2024-12-16 day"},
      {kWed, "The unit was formed three months ago.", "three months ago => 2024-09 month"},
      {kWed, "The city was retaken a year ago.", "a year ago => 2023 year"},
      {kWed, "The day before yesterday, a shell hit the market.",
       "The day before yesterday => 2024-12-16 day"},
      {kWed, "Kyiv reported heavy losses earlier this week.",
       "earlier this week => 2024-12-16/2024-12-18 range"},
      {kWed, "Russia lost 12 tanks last week.", "last week => 2024-12-09/2024-12-15 range"},
      {kWed, "The front shifted last month.", "last month => 2024-11 month"},
      {kWed, "Talks could begin next week.", "next week => 2024-12-23/2024-12-29 range"},
      {kWed, "Drones hit the port last weekend.", "last weekend => 2024-12-14/2024-12-15 range"},
      {"2025-01-10", "The front shifted last month.", "last month => 2024-12 month"},
      {kWed, "Casualties have doubled this year.", "this year => 2024 year"},
      {kWed, "Output fell last year.", "last year => 2023 year"},
      {"", "Russia attacked the port on Saturday.", "on Saturday =>  day"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Dates, Holidays) {
  static const Case kCases[] = {
      {"2024-12-26", "Russia struck the grid on Christmas.", "on Christmas => 2024-12-25 day"},
      {"2024-12-26", "The attack came on Christmas Day.", "on Christmas Day => 2024-12-25 day"},
      {"2024-12-26", "Drones flew in on Christmas Eve.", "on Christmas Eve => 2024-12-24 day"},
      {"2025-01-08", "Shelling continued on Orthodox Christmas.",
       "on Orthodox Christmas => 2025-01-07 day"},
      {"2025-01-02", "Kyiv was attacked on New Year's Day.", "on New Year's Day => 2025-01-01 day"},
      {"2025-01-02", "Kyiv was attacked on New Year’s Eve.", "on New Year’s Eve => 2024-12-31 day"},
      {"2024-08-26", "A parade was cancelled on Ukraine's Independence Day.",
       "on Ukraine's Independence Day => 2024-08-24 day"},
      {"2024-05-10", "Moscow held a parade on Victory Day.", "on Victory Day => 2024-05-09 day"},
      {"2025-04-14", "Missiles struck the city on Palm Sunday morning.",
       "on Palm Sunday morning => 2025-04-13 day"},
      {"2024-05-06", "Drones hit Kharkiv on Easter Sunday.", "on Easter Sunday => 2024-05-05 day"},
      {"2024-05-06", "Shelling went on over Easter.", "over Easter => 2024-05-05 day"},
      {"2024-04-01", "Shelling went on over Catholic Easter.", "over Catholic Easter => 2024-03-31 day"},
      {"2023-04-18", "The front was quiet on Orthodox Easter.", "on Orthodox Easter => 2023-04-16 day"},
      {"2024-04-29", "Russia struck Odesa on Palm Sunday.", "on Palm Sunday => 2024-04-28 day"},
      {kWed, "Putin declared an Easter truce.", ""},
      {kWed, "The leaders travelled to Kyiv by overnight train.", ""},
      {kWed, "An overnight curfew was imposed in Odesa.", ""},
      {kWed, "The Christmas tree stood in the square.", ""},
      {kWed, "The country marked Independence Day quietly.", ""},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Dates, UnknownYear) {
  static const Case kCases[] = {
      {"", "The strike came on December 16.", "on December 16 => XXXX-12-16 day"},
      {"", "Drones hit the depot on 16 Dec.", "on 16 Dec. => XXXX-12-16 day"},
      {"", "The offensive stalled in 2023.", "in 2023 => 2023 year"},
      {"", "Dec. 16, 2024 was the worst day.", "Dec. 16, 2024 => 2024-12-16 day"},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Dates, NotDates) {
  static const Case kCases[] = {
      {kWed, "Russia may strike again, officials warn.", ""},
      {kWed, "May strikes continue, the governor asked.", ""},
      {kWed, "Veterans joined the march through Kyiv.", ""},
      {kWed, "An august body of generals met in Brussels.", ""},
      {kWed, "Jan Lipavsky met his Ukrainian counterpart.", ""},
      {kWed, "Survivors recalled Bloody Sunday in the town.", ""},
      {kWed, "The Sunday Times reported the claim.", ""},
      {kWed, "Crews worked all day in the sun.", ""},
      {kWed, "The envoy met him on Sat. in Kyiv.", "on Sat. => 2024-12-14 day"},
      {kWed, "Russia fired 40 drones and 3 missiles.", ""},
  };
  RunCases(kCases, std::size(kCases));
}

TEST(Dates, ResolveDateText) {
  EXPECT_EQ(ResolveDateText("on December 16", "").value, "XXXX-12-16");
  EXPECT_EQ(ResolveDateText("yesterday", "2024-12-18T07:00:00Z").value, "2024-12-17");
  EXPECT_EQ(ResolveDateText("nothing here", "2024-12-18").value, "");
}

// "a day later" counts from the last day the report told, a day of saying
// too ("told parliament on December 12 ... A day later, explosions hit").
TEST(Dates, NarrativeFromTheLastDayTold) {
  Article article;
  article.body = "The minister told parliament on December 12 that the missiles had arrived. "
                 "A day later, explosions hit the city.";
  article.published = kWed;
  Document doc = MakeDocument(std::move(article));
  Sentence all{0, static_cast<uint32_t>(doc.text.size()), 0, static_cast<uint32_t>(doc.tokens.size()), 0};
  std::vector<DateSpan> dates = FindDates(doc, all);
  ResolveNarrativeDates(doc, &dates);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[1].date.value, "2024-12-13");
}

TEST(Calendar, RoundTripsAndWeekdays) {
  for (int64_t d = -800000; d < 800000; d += 997) {
    CivilDay c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c.y, c.m, c.d), d);
  }
  EXPECT_EQ(WeekdayOf(DaysFromCivil(2024, 12, 18)), 2);  // Wednesday
  EXPECT_EQ(FormatDay(DaysFromCivil(2024, 2, 29)), "2024-02-29");
  EXPECT_FALSE(ParseIsoDay("2023-02-29").has_value());
  EXPECT_FALSE(ParseIsoDay("12/16/2024").has_value());
  EXPECT_EQ(ResolveYear(DaysFromCivil(2025, 1, 3), 12, 25, YearHint::kNearest), 2024);
  EXPECT_EQ(ResolveMonthYear(DaysFromCivil(2024, 12, 20), 1, YearHint::kNearest), 2025);
}

// Easter of both churches against published tables, across the years the
// war's reporting spans and both sides of the Gregorian-Julian gap.
TEST(Calendar, Easter) {
  struct Row { int y, wm, wd, om, od; };
  static const Row kRows[] = {{2000, 4, 23, 4, 30}, {2008, 3, 23, 4, 27}, {2014, 4, 20, 4, 20},
                              {2022, 4, 17, 4, 24}, {2023, 4, 9, 4, 16},  {2024, 3, 31, 5, 5},
                              {2025, 4, 20, 4, 20}, {2026, 4, 5, 4, 12},  {2038, 4, 25, 4, 25}};
  for (const Row& r : kRows) {
    EXPECT_EQ(FormatDay(EasterDays(r.y, false)), FormatDay(r.y, r.wm, r.wd)) << r.y;
    EXPECT_EQ(FormatDay(EasterDays(r.y, true)), FormatDay(r.y, r.om, r.od)) << r.y;
  }
  // Palm Sunday read in May 2025 is that spring's; in January 2025 still the last one
  // (a day ahead costs three behind, as in ResolveYear).
  EXPECT_EQ(FormatDay(ResolveEaster(DaysFromCivil(2025, 5, 1), true, -7, YearHint::kNearest)), "2025-04-13");
  EXPECT_EQ(FormatDay(ResolveEaster(DaysFromCivil(2025, 1, 10), true, -7, YearHint::kNearest)), "2024-04-28");
}

}  // namespace
}  // namespace sitrep::extract

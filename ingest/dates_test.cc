#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

TEST(NormalizeDate, ReadsCommonForms) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"2024-12-17", "2024-12-17"},
      {"2024-12-17T09:30:00Z", "2024-12-17"},
      {"2024-12-17T23:30:00-05:00", "2024-12-17"},
      {"2024/3/5", "2024-03-05"},
      {"December 17, 2024", "2024-12-17"},
      {"Dec. 17, 2024", "2024-12-17"},
      {"Dec 17 2024", "2024-12-17"},
      {"Sept 3, 2023", "2023-09-03"},
      {"December 17th, 2024", "2024-12-17"},
      {"17 Dec 2024", "2024-12-17"},
      {"17 December 2024", "2024-12-17"},
      {"Tue, 17 Dec 2024 09:30:00 +0000", "2024-12-17"},
      {"Tue, 17 Dec 2024 09:30:00 GMT", "2024-12-17"},
      {"17 Dec 24 09:30 EST", "2024-12-17"},
      {"Tuesday, December 17, 2024 at 9:30 am", "2024-12-17"},
      {"Published on December 17, 2024", "2024-12-17"},
      {"Updated: 2 January 2025", "2025-01-02"},
      {"29 Feb 2024", "2024-02-29"},
      {"17.12.2024", "2024-12-17"},
      {"12/17/2024", "2024-12-17"},
      {"17/12/2024", "2024-12-17"},
  };
  for (const auto& c : cases) EXPECT_EQ(NormalizeDate(c.in), c.want) << c.in;
}

TEST(NormalizeDate, RejectsWhatIsNotADate) {
  const char* cases[] = {"",
                         "on",
                         "Published",
                         "December 2024",
                         "30 February 2024",
                         "29 Feb 2023",
                         "2024-13-01",
                         "05/06/2024",
                         "Troops advanced 17 km in December 2024",
                         "Kellogg",
                         "By John Smith",
                         "12,000 troops"};
  for (const char* c : cases) EXPECT_EQ(NormalizeDate(c), "") << c;
}

TEST(IsRelativeTime, ReadsBylineAges) {
  EXPECT_TRUE(IsRelativeTime("3 hours ago"));
  EXPECT_TRUE(IsRelativeTime("2 days ago"));
  EXPECT_TRUE(IsRelativeTime("Yesterday"));
  EXPECT_FALSE(IsRelativeTime("long ago"));
  EXPECT_FALSE(IsRelativeTime("Russia-Ukraine War"));
}

}  // namespace
}  // namespace sitrep::ingest

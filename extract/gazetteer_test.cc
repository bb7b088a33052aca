#include "extract/gazetteer.h"

#include <gtest/gtest.h>

namespace sitrep::extract {
namespace {

TEST(Gazetteer, ParsesRows) {
  auto places = ParseGazetteer(
      "# comment\nkind\tname\taltnames\tcountry\tadmin1\tlat\tlon\tpopulation\n"
      "region\tKursk Oblast\tKursk|Kursk region\tRU\t\t51.76\t35.38\t0\n"
      "city\tLozova\t\tUA\tKharkiv Oblast\t48.8892\t36.3172\t62311\n",
      "test");
  ASSERT_TRUE(places.ok()) << places.status().ToString();
  ASSERT_EQ(places->size(), 2u);
  EXPECT_EQ((*places)[0].alt_names.size(), 2u);
  EXPECT_EQ((*places)[1].admin1, "Kharkiv Oblast");
  EXPECT_EQ((*places)[1].population, 62311u);
  EXPECT_DOUBLE_EQ((*places)[1].lat, 48.8892);
}

TEST(Gazetteer, RejectsBadRows) {
  for (const char* bad : {"city\tX\t\tUA\n", "city\tX\t\tUA\t\tnorth\t36.0\t0\n", "city\t\t\tUA\t\t1\t2\t0\n"}) {
    auto places = ParseGazetteer(bad, "bad.tsv");
    EXPECT_FALSE(places.ok()) << bad;
    EXPECT_NE(places.status().message().find("bad.tsv:1"), std::string::npos);
  }
}

TEST(Gazetteer, MissingFileSaysHowToBuildIt) {
  auto places = LoadGazetteer("/nonexistent/gazetteer.tsv");
  ASSERT_FALSE(places.ok());
  EXPECT_EQ(places.status().code(), Status::Code::kNotFound);
  EXPECT_NE(places.status().message().find("make setup"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::extract

TEST(Gazetteer, SoftSignSpellingIsAlsoAName) {
  auto places = sitrep::extract::ParseGazetteer(
      "# kind\tname\taltnames\tcountry\tadmin1\tlat\tlon\tpopulation\n"
      "city\tEngel\u2019s\t\tRU\tSaratov Oblast\t51.48\t46.11\t200000\n"
      "city\tKyiv\t\tUA\tKyiv\t50.45\t30.52\t2900000\n",
      "test");
  ASSERT_TRUE(places.ok());
  ASSERT_EQ(places->size(), 2u);
  EXPECT_EQ((*places)[0].alt_names, std::vector<std::string>{"Engels"});
  EXPECT_TRUE((*places)[1].alt_names.empty());
}

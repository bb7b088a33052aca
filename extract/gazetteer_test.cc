#include "extract/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST(Gazetteer, UkrainianRomanisationIsAlsoAName) {
  auto places = sitrep::extract::ParseGazetteer(
      "city\tIzyum\t\tUA\tKharkiv Oblast\t49.2\t37.3\t45000\n"
      "city\tDzhankoy\t\tUA\tCrimea\t45.7\t34.4\t38000\n"
      "city\tBalakliya\t\tUA\tKharkiv Oblast\t49.5\t36.8\t27000\n"
      "city\tChuhuyiv\t\tUA\tKharkiv Oblast\t49.8\t36.7\t31000\n"
      "city\tKostiantynivka\t\tUA\tDonetsk Oblast\t48.5\t37.7\t67000\n"
      "city\tYalta\t\tUA\tCrimea\t44.5\t34.2\t77000\n",
      "test");
  ASSERT_TRUE(places.ok());
  auto has = [&](size_t i, const std::string& n) {
    const auto& a = (*places)[i].alt_names;
    return std::find(a.begin(), a.end(), n) != a.end();
  };
  EXPECT_TRUE(has(0, "Izium"));
  EXPECT_TRUE(has(1, "Dzhankoi"));
  EXPECT_TRUE(has(2, "Balakliia"));
  EXPECT_TRUE(has(3, "Chuhuiv"));
  EXPECT_TRUE(has(4, "Kostyantynivka"));
  EXPECT_TRUE((*places)[5].alt_names.empty());  // a word-first Y stays
}

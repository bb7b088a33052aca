#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "sitrep/reconcile.h"
#include "sitrep/store.h"
#include "sitrep/text.h"

namespace sitrep {
namespace {

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto path = std::filesystem::temp_directory_path() /
                ("sitrep_query_" + std::to_string(getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto s = Store::OpenSqlite(path.string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s.value());
  }

  Entity Place(const std::string& id, const std::string& name, const std::string& admin1, const std::string& feature,
               double lat, double lon) {
    Entity e;
    e.id = id;
    e.type = "location";
    e.name = name;
    e.country = "UA";
    e.geo = Geo{lat, lon, true, feature, admin1, "UA"};
    e.mentions = {{0, static_cast<uint32_t>(name.size()), name}};
    return e;
  }

  // One article with one event at a place.
  void Add(const std::string& outlet, const std::string& text, const std::string& type, const Entity& place,
           const std::string& date, std::vector<Quantity> qs = {}, const std::string& status = "reported") {
    Article a;
    a.source = outlet + "-" + std::to_string(++n_) + ".txt";
    a.outlet = outlet;
    a.title = "Story " + std::to_string(n_);
    a.published = date.size() == 10 ? date : "2024-12-26";
    a.body = text;
    Record r;
    r.doc = MakeDocument(std::move(a));
    r.entities.push_back(place);
    Event ev;
    ev.id = "v1";
    ev.type = type;
    ev.location = {place.name, place.id, "UA", place.geo->lat, place.geo->lon, place.geo->admin1};
    ev.actor = {"Russian forces", "", "RU"};
    ev.date = {date, "day", date};
    ev.quantities = std::move(qs);
    ev.attribution.status = status;
    ev.evidence = {0, static_cast<uint32_t>(r.doc.text.size()), r.doc.text};
    ev.rule = "test";
    ev.confidence = 0.6;
    r.events.push_back(ev);
    auto put = store_->Put(r);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    ASSERT_TRUE(ReconcileArticle(*store_, put->article_id, r.doc).ok());
  }

  Quantity Q(const std::string& kind, double v) {
    Quantity q;
    q.kind = kind;
    q.value = v;
    return q;
  }

  std::unique_ptr<Store> store_;
  int n_ = 0;
};

TEST_F(QueryTest, FiltersByTypePlaceAndDate) {
  Entity kharkiv = Place("e1", "Kharkiv", "Kharkiv Oblast", "city", 49.99, 36.23);
  Entity izium = Place("e1", "Izium", "Kharkiv Oblast", "city", 49.21, 37.25);
  Entity odesa = Place("e1", "Odesa", "Odesa Oblast", "city", 46.48, 30.72);
  Add("A", "Missiles hit Kharkiv.", "attack", kharkiv, "2024-12-25");
  Add("B", "Shelling in Izium.", "attack", izium, "2024-12-20");
  Add("C", "Drones over Odesa.", "interception", odesa, "2024-12-25");

  IncidentQuery q;
  q.type = "attack";
  EXPECT_EQ(store_->FindIncidents(q)->incidents.size(), 2u);
  q.since = "2024-12-24";
  EXPECT_EQ(store_->FindIncidents(q)->incidents.size(), 1u);

  IncidentQuery by_place;
  by_place.place = "kharkiv";  // the city, case-insensitively
  auto page = store_->FindIncidents(by_place);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_EQ(page->incidents.size(), 1u);
  EXPECT_EQ(page->incidents[0].location_name, "Kharkiv");
  by_place.place = "Kharkiv Oblast";  // the region: both places inside it
  EXPECT_EQ(store_->FindIncidents(by_place)->incidents.size(), 2u);

  IncidentQuery by_outlet;
  by_outlet.outlet = "c";
  EXPECT_EQ(store_->FindIncidents(by_outlet)->incidents.size(), 1u);
}

TEST_F(QueryTest, PagesWithACursor) {
  Entity kyiv = Place("e1", "Kyiv", "Kyiv City", "city", 50.45, 30.52);
  for (int d = 1; d <= 9; ++d) {
    Add("A", "Strike number " + std::to_string(d), "attack", kyiv, "2024-12-0" + std::to_string(d));
  }
  IncidentQuery q;
  q.limit = 4;
  std::vector<int64_t> seen;
  std::string last_date = "9999";
  for (int pages = 0; pages < 10; ++pages) {
    auto page = store_->FindIncidents(q);
    ASSERT_TRUE(page.ok());
    for (const auto& i : page->incidents) {
      EXPECT_LE(i.date_start, last_date);
      last_date = i.date_start;
      seen.push_back(i.id);
    }
    if (page->next_cursor.empty()) break;
    q.cursor = page->next_cursor;
  }
  EXPECT_EQ(seen.size(), 9u);
  q.cursor = "garbage";
  EXPECT_FALSE(store_->FindIncidents(q).ok());
}

TEST_F(QueryTest, IncidentCarriesReportsAndConflicts) {
  Entity dnipro = Place("e1", "Dnipro", "Dnipropetrovsk Oblast", "city", 48.46, 35.04);
  Add("Wire A", "A strike on Dnipro killed one person on Christmas.", "attack", dnipro, "2024-12-25",
      {Q("killed", 1)});
  Add("Wire B", "Two people died when missiles struck Dnipro on Christmas.", "attack", dnipro, "2024-12-25",
      {Q("killed", 2)});
  IncidentQuery q;
  auto page = store_->FindIncidents(q);
  ASSERT_EQ(page->incidents.size(), 1u);
  EXPECT_EQ(page->incidents[0].sources, 2);
  EXPECT_TRUE(page->incidents[0].conflict);
  auto full = store_->GetIncident(page->incidents[0].id);
  ASSERT_TRUE(full.ok());
  ASSERT_EQ(full->reports.size(), 2u);
  EXPECT_EQ(full->reports[0].quantities.size(), 1u);
  auto conflicts = IncidentConflicts(*full);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].kind, "killed");
  EXPECT_EQ(conflicts[0].sides.size(), 2u);
  q.conflicts_only = true;
  EXPECT_EQ(store_->FindIncidents(q)->incidents.size(), 1u);
  EXPECT_EQ(store_->GetIncident(9999).status().code(), Status::Code::kNotFound);
}

TEST_F(QueryTest, SearchRanksAndSurvivesBadSyntax) {
  Entity kyiv = Place("e1", "Kyiv", "Kyiv City", "city", 50.45, 30.52);
  Add("A", "Air defence shot down drones over Kyiv overnight.", "interception", kyiv, "2024-12-10");
  Add("B", "Sanctions on shadow fleet tankers were announced.", "attack", kyiv, "2024-12-11");
  auto hits = store_->Search("drones", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_NE(hits->at(0).snippet.find("\x02" "drones\x03"), std::string::npos);
  auto odd = store_->Search("\"shadow fleet", 10);  // unbalanced quote
  ASSERT_TRUE(odd.ok()) << odd.status().ToString();
  EXPECT_EQ(odd->size(), 1u);
}

TEST_F(QueryTest, EntitiesByAnyAlias) {
  Entity kyiv = Place("e1", "Kyiv", "Kyiv City", "city", 50.45, 30.52);
  kyiv.aliases = {"Kiev"};
  Add("A", "Strike on the capital.", "attack", kyiv, "2024-12-10");
  auto found = store_->FindEntities("kiev", 5);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->at(0).name, "Kyiv");
  EXPECT_EQ(found->at(0).incidents, 1);
  ASSERT_EQ(found->at(0).incidents_by_month.size(), 1u);
  EXPECT_EQ(found->at(0).incidents_by_month[0].first, "2024-12");
  EXPECT_EQ(store_->FindEntities("Ky", 5)->size(), 1u);  // prefix when nothing is exact
}

TEST_F(QueryTest, TimelineCountsPerDayAndType) {
  Entity a = Place("e1", "Sumy", "Sumy Oblast", "city", 50.9, 34.8);
  Entity b = Place("e1", "Kherson", "Kherson Oblast", "city", 46.6, 32.6);
  Add("A", "Strike on Sumy.", "attack", a, "2024-12-10");
  Add("B", "Strike on Kherson.", "attack", b, "2024-12-10");
  Add("C", "Drones downed near Sumy.", "interception", a, "2024-12-11");
  auto t = store_->Timeline(IncidentQuery{});
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->size(), 2u);
  EXPECT_EQ(t->at(0).day, "2024-12-10");
  EXPECT_EQ(t->at(0).incidents, 2);
}

}  // namespace
}  // namespace sitrep

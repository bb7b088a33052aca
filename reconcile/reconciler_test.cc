#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "reconcile/incident_rules.h"
#include "reconcile/minhash.h"
#include "sitrep/reconcile.h"
#include "sitrep/store.h"
#include "sitrep/text.h"

namespace sitrep {
namespace {

std::unique_ptr<Store> FreshStore(const char* name) {
  auto path = std::filesystem::temp_directory_path() /
              (std::string("sitrep_rec_") + name + "_" + std::to_string(getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  auto store = Store::OpenSqlite(path.string());
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store.value());
}

Event MakeEvent(const std::string& type, const std::string& place, const std::string& date,
                std::vector<Quantity> quantities, const std::string& actor_country = "RU") {
  Event ev;
  ev.id = "v1";
  ev.type = type;
  ev.location.name = place;
  ev.actor.name = actor_country == "RU" ? "Russian forces" : "North Korean troops";
  ev.actor.country = actor_country;
  ev.date = {date, "day", date};
  ev.quantities = std::move(quantities);
  ev.rule = "test";
  ev.confidence = 0.7;
  return ev;
}

// Stores and reconciles one article holding the given events.
int64_t Ingest(Store& store, const std::string& text, const std::string& outlet, std::vector<Event> events) {
  Article a;
  a.source = outlet + ".txt";
  a.outlet = outlet;
  a.published = "2024-12-26";
  a.body = text;
  Record r;
  r.doc = MakeDocument(std::move(a));
  for (auto& e : events) e.evidence = {0, static_cast<uint32_t>(r.doc.text.size()), r.doc.text};
  r.events = std::move(events);
  auto put = store.Put(r);
  EXPECT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_TRUE(ReconcileArticle(store, put->article_id, r.doc).ok());
  return put->article_id;
}

Quantity Q(const std::string& kind, double value, std::optional<double> max = std::nullopt) {
  Quantity q;
  q.kind = kind;
  q.value = value;
  q.max = max;
  return q;
}

TEST(Reconcile, SameStrikeFromTwoOutletsIsOneIncident) {
  auto store = FreshStore("two");
  Ingest(*store, "Missiles hit energy sites in Kharkiv on Christmas Day; six people were wounded.", "Wire A",
         {MakeEvent("attack", "Kharkiv", "2024-12-25", {Q("wounded", 6)})});
  Ingest(*store, "A Christmas barrage struck Kharkiv power plants, officials said, wounding seven.", "Wire B",
         {MakeEvent("attack", "Kharkiv", "2024-12-25", {Q("wounded", 7)})});
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->events, 2);
  EXPECT_EQ(stats->incidents, 1);
}

TEST(Reconcile, DifferentPlacesOrDaysStayApart) {
  auto store = FreshStore("apart");
  Ingest(*store, "Strike on Odesa port.", "A", {MakeEvent("attack", "Odesa", "2024-12-25", {})});
  Ingest(*store, "Strike on Lviv.", "B", {MakeEvent("attack", "Lviv", "2024-12-25", {})});
  Ingest(*store, "Another strike on Odesa a week later.", "C", {MakeEvent("attack", "Odesa", "2025-01-02", {})});
  Ingest(*store, "Ukraine struck a depot.", "D", {MakeEvent("attack", "Odesa", "2024-12-25", {}, "UA")});
  EXPECT_EQ(store->Stats()->incidents, 4);
}

// A report of `type` at a place of a country, its feature as the gazetteer gives it.
StoredEvent ReportAt(const char* type, const char* place, const char* country, const char* feature) {
  StoredEvent e;
  e.type = type;
  e.location_name = place;
  e.country = country;
  e.location_feature = feature;
  return e;
}

TEST(IncidentRules, PlaceInsideItsRegionMatches) {
  StoredEvent city, region;
  city.type = region.type = "attack";
  city.location_name = "Kharkiv";
  city.admin1 = "Kharkiv Oblast";
  region.location_name = "the Kharkiv region";
  city.date_start = city.date_end = region.date_start = region.date_end = "2024-12-25";
  EXPECT_GT(reconcile::IncidentMatchScore(city, region), 0);
  region.location_name = "Poltava region";
  EXPECT_LT(reconcile::IncidentMatchScore(city, region), 0);
}

TEST(IncidentRules, ACountryHoldsItsPlaces) {
  StoredEvent city = ReportAt("attack", "Kharkiv", "UA", "city");
  StoredEvent country = ReportAt("attack", "Ukraine", "UA", "country");
  city.date_value = country.date_value = "XXXX-12-25";
  EXPECT_GT(reconcile::IncidentMatchScore(city, country), 0);
  country.country = "RU";
  country.location_name = "Russia";
  EXPECT_LT(reconcile::IncidentMatchScore(city, country), 0);
}

// Two interceptions with no day, one "in Ukraine" and one over a region of
// it: nothing ties them but their kind and the country.
TEST(IncidentRules, UndatedFightingNeedsAPlaceBelowTheCountry) {
  StoredEvent region = ReportAt("interception", "Odesa Oblast", "UA", "region");
  StoredEvent country = ReportAt("interception", "Ukraine", "UA", "country");
  EXPECT_LT(reconcile::IncidentMatchScore(region, country), 0);
  country.location_name = region.location_name;  // the same region: one place
  country.location_feature = "region";
  EXPECT_GT(reconcile::IncidentMatchScore(region, country), 0);
}

TEST(IncidentRules, UnknownYearMatchesOnMonthAndDay) {
  StoredEvent a, b;
  a.type = b.type = "attack";
  a.location_name = b.location_name = "Dnipro";
  a.date_value = "XXXX-12-25";
  b.date_value = "XXXX-12-25";
  EXPECT_GT(reconcile::IncidentMatchScore(a, b), 0);
  b.date_value = "XXXX-12-24";
  EXPECT_LT(reconcile::IncidentMatchScore(a, b), 0);
}

TEST(IncidentRules, FigureConflictsNeedTwoSources) {
  std::vector<IncidentFigure> figures = {
      {"troops", 11000, 0, 1}, {"troops", 12000, 0, 2}, {"troops", 11000, 15000, 3}, {"troops", 11000, 0, 4}};
  auto conflicts = reconcile::FindFigureConflicts(figures);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].kind, "troops");
  EXPECT_EQ(conflicts[0].sides.size(), 3u);
  // One article giving two numbers is not a disagreement between sources.
  EXPECT_TRUE(reconcile::FindFigureConflicts({{"killed", 3, 0, 7}, {"killed", 5, 0, 7}}).empty());
}

TEST(IncidentRules, DeniedAgainstClaimedIsAConflict) {
  EXPECT_TRUE(reconcile::StatusesConflict({"claimed", "denied"}));
  EXPECT_FALSE(reconcile::StatusesConflict({"claimed", "reported"}));
}

TEST(Reconcile, ConflictingTroopFiguresAreFlagged) {
  auto store = FreshStore("troops");
  auto deploy = [](double v, std::optional<double> max = std::nullopt) {
    Event e = MakeEvent("deployment", "", "", {Q("troops", v, max)}, "KP");
    e.date = {};
    return e;
  };
  Ingest(*store, "Pyongyang has about 11,000 soldiers in Russia.", "A", {deploy(11000)});
  Ingest(*store, "Some 12,000 North Korean troops were sent.", "B", {deploy(12000)});
  Ingest(*store, "Estimates run from 11,000 to 15,000 troops.", "C", {deploy(11000, 15000)});
  auto stats = store->Stats();
  EXPECT_EQ(stats->incidents, 1);
}

TEST(MinHash, NearDuplicatesAreClose) {
  std::string base =
      "Russian forces launched a large wave of missiles and drones at the energy system overnight, the air "
      "force said on Wednesday. Power was cut in several regions and repair crews were working to restore it. "
      "Officials in Kharkiv said the city's heating plants had been hit and half a million residents were "
      "left without heat as temperatures fell below freezing. The strike came on the morning of a holiday.";
  std::string edited = base;
  edited.replace(edited.find("Wednesday"), 9, "Thursday");
  std::string other =
      "Norway pledged new military aid focused on the Black Sea, including mine clearing, and its defence "
      "minister said the package would help protect grain exports through the corridor along the coast.";
  EXPECT_GE(reconcile::Similarity(reconcile::MinHash(base), reconcile::MinHash(edited)),
            reconcile::kNearDuplicateJaccard);
  EXPECT_LT(reconcile::Similarity(reconcile::MinHash(base), reconcile::MinHash(other)), 0.2);
  reconcile::Signature back;
  auto bytes = reconcile::ToBytes(reconcile::MinHash(base));
  ASSERT_TRUE(reconcile::FromBytes(bytes.data(), bytes.size(), &back));
  EXPECT_EQ(back, reconcile::MinHash(base));
}

TEST(Reconcile, WireCopiesCountAsOneSource) {
  auto store = FreshStore("wire");
  std::string story =
      "Russia's defence ministry said its troops had taken a village north of Donetsk, a claim that could "
      "not be independently verified. Ukraine's general staff reported heavy fighting in the area and said "
      "its units were holding their positions despite repeated assaults backed by armour and glide bombs. "
      "The village had about 300 residents before the war and lies on a road used to supply nearby towns.";
  Ingest(*store, story, "Wire", {MakeEvent("territory", "Lozova", "2024-12-23", {})});
  Ingest(*store, story + " Reporting by the wire desk.", "Reprint", {MakeEvent("territory", "Lozova", "2024-12-23", {})});
  EXPECT_EQ(store->Stats()->incidents, 1);
}

}  // namespace
}  // namespace sitrep

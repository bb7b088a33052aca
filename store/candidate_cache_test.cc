#include "store/candidate_cache.h"

#include <gtest/gtest.h>

namespace sitrep::store {
namespace {

StoredEvent At(int64_t id, int64_t place, const std::string& feature, const std::string& day = "2024-03-01") {
  StoredEvent e;
  e.id = id;
  e.incident_id = id;
  e.type = "attack";
  e.day = day;
  e.date_start = day;
  e.location_entity = place;
  e.location_name = "Place" + std::to_string(place);
  e.country = "UA";
  e.location_feature = feature;
  return e;
}

// A place named only as its country fits every place in it, so the cached
// candidates must see the feature an entity has now, whenever they were read.
TEST(CandidateCache, CandidatesSeeAFeatureGainedAfterTheyWereCached) {
  CandidateCache cache;
  cache.Load("attack", "2024-03-01", std::nullopt, {At(1, 7, "")});
  StoredEvent city = At(2, 8, "city");
  ASSERT_EQ(cache.Find(city, "2024-03-01", "2024-03-01", 100).size(), 0u);  // features current, no fit
  cache.SetFeature(7, "country");
  auto found = cache.Find(city, "2024-03-01", "2024-03-01", 100);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->location_feature, "country");
}

TEST(CandidateCache, AnEventCachedWithAnOlderFeatureIsBroughtUpToDate) {
  CandidateCache cache;
  cache.Load("attack", "2024-03-01", std::nullopt, {At(1, 7, "country")});
  StoredEvent city = At(2, 8, "city");
  ASSERT_EQ(cache.Find(city, "2024-03-01", "2024-03-01", 100).size(), 1u);
  // Read before the entity gained its feature: added, then loaded.
  cache.Add(At(3, 7, ""));
  cache.Load("attack", "2024-03-02", std::nullopt, {At(4, 7, "")});
  auto found = cache.Find(city, "2024-03-01", "2024-03-02", 100);
  ASSERT_EQ(found.size(), 3u);
  for (const StoredEvent* c : found) EXPECT_EQ(c->location_feature, "country") << c->id;
}

TEST(CandidateCache, AFeatureThatChangesAgainIsSeenAgain) {
  CandidateCache cache;
  cache.Load("attack", "2024-03-01", std::nullopt, {At(1, 7, "country")});
  StoredEvent city = At(2, 8, "city");
  ASSERT_EQ(cache.Find(city, "2024-03-01", "2024-03-01", 100).size(), 1u);
  cache.SetFeature(7, "region");
  EXPECT_EQ(cache.Find(city, "2024-03-01", "2024-03-01", 100).size(), 0u);
  cache.SetFeature(99, "city");  // an entity no cached event names
  cache.SetFeature(7, "country");
  EXPECT_EQ(cache.Find(city, "2024-03-01", "2024-03-01", 100).size(), 1u);
}

}  // namespace
}  // namespace sitrep::store

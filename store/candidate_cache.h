// Internal to store/: the events already in incidents, kept in memory by
// type and day, so that matching a new event reads only the days it could
// fit instead of querying SQLite once per event (the query was most of the
// ingest time: a place filter that no index serves, over every report of
// the type in the window).
//
// The cache is write-through: the database stays the truth, buckets are
// read from it on first use, and every assignment made through this
// connection is added to the loaded buckets. The store clears it whenever
// the database could have changed behind it (a rollback, another
// connection's commit).
#ifndef SITREP_STORE_CANDIDATE_CACHE_H_
#define SITREP_STORE_CANDIDATE_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/incident.h"

namespace sitrep::store {

class CandidateCache {
 public:
  // True when the bucket of this type and day ("" = undated) has been loaded.
  bool Loaded(const std::string& type, const std::string& day) const;
  // The same for a day given as days since 1970-01-01 (no string to build).
  bool Loaded(const std::string& type, int64_t day) const;
  // Installs a bucket read from the database (events of one type and day
  // that are in an incident, in any order); `day_number` is the day's
  // number when it has one.
  void Load(const std::string& type, const std::string& day, std::optional<int64_t> day_number,
            std::vector<StoredEvent> events);
  // An event just assigned to an incident: kept when its bucket is loaded
  // (an unloaded bucket will read it from the database).
  void Add(const StoredEvent& e);

  // The place entity's feature as the database has it now: an entity gains
  // its feature when a later article gives its coordinates.
  void SetFeature(int64_t entity_id, const std::string& feature);

  // The candidates of `e` (see Store::IncidentCandidates): events of e's
  // type dated from `lo` to `hi` (inclusive, as strings) or undated (only
  // undated ones when e has no day), whose place could fit e's; newest
  // first, at most `limit`. Every bucket in the range must be loaded.
  // The events stay in the cache (valid until it next changes); their place
  // features are brought up to date as they are read.
  std::vector<const StoredEvent*> Find(const StoredEvent& e, const std::string& lo, const std::string& hi,
                                       size_t limit);

  size_t size() const { return size_; }
  void Clear();

 private:
  struct Bucket {
    std::vector<StoredEvent> events;
    // The generation_ at which every event's place feature was last known
    // to be features_'s (0: not known). Find refreshes the features only
    // when it is behind: looking each one up for every candidate of every
    // new event was half of Find.
    uint64_t current_at = 0;
  };
  struct TypeBuckets {
    std::map<std::string, Bucket> by_day;     // "" holds the undated
    std::unordered_set<int64_t> loaded_days;  // by_day's keys as day numbers
  };
  std::unordered_map<std::string, TypeBuckets> types_;
  std::unordered_map<int64_t, std::string> features_;
  uint64_t generation_ = 1;  // one more whenever a feature in features_ changes
  size_t size_ = 0;
};

// Whether candidate `c`'s place could fit new event `e`'s: the same entity,
// no place entity on either side, a name or region named either way round,
// or the same country when one of them is a country. Same rule as the SQL
// it replaced; NULL columns are empty strings here.
bool PlaceCouldFit(const StoredEvent& c, const StoredEvent& e);

}  // namespace sitrep::store

#endif  // SITREP_STORE_CANDIDATE_CACHE_H_

#include "store/candidate_cache.h"

#include <algorithm>

namespace sitrep::store {

namespace {

// SQL's `column = value` where an empty column is NULL: never true for NULL.
bool Eq(const std::string& column, const std::string& value) { return !column.empty() && column == value; }

}  // namespace

bool PlaceCouldFit(const StoredEvent& c, const StoredEvent& e) {
  if (e.location_entity == 0 || c.location_entity == 0 || c.location_entity == e.location_entity) return true;
  const std::string& region = e.admin1.empty() ? e.location_name : e.admin1;
  if (Eq(c.admin1, e.location_name) || Eq(c.location_name, e.location_name)) return true;
  if (Eq(c.admin1, region) || Eq(c.location_name, region)) return true;
  return Eq(c.country, e.country) && (c.location_feature == "country" || e.location_feature == "country");
}

bool CandidateCache::Loaded(const std::string& type, const std::string& day) const {
  auto t = types_.find(type);
  return t != types_.end() && t->second.by_day.count(day);
}

bool CandidateCache::Loaded(const std::string& type, int64_t day) const {
  auto t = types_.find(type);
  return t != types_.end() && t->second.loaded_days.count(day);
}

void CandidateCache::Load(const std::string& type, const std::string& day, std::optional<int64_t> day_number,
                          std::vector<StoredEvent> events) {
  bool current = true;  // every event's feature is the one features_ has
  for (const auto& e : events) {
    if (!e.location_entity) continue;
    auto [it, inserted] = features_.emplace(e.location_entity, e.location_feature);
    if (!inserted && it->second != e.location_feature) current = false;
  }
  size_ += events.size();
  TypeBuckets& t = types_[type];
  if (day_number) t.loaded_days.insert(*day_number);
  Bucket& bucket = t.by_day[day];
  size_ -= bucket.events.size();
  bucket.events = std::move(events);
  bucket.current_at = current ? generation_ : 0;
}

void CandidateCache::Add(const StoredEvent& e) {
  auto t = types_.find(e.type);
  if (t == types_.end()) return;
  auto b = t->second.by_day.find(e.day);
  if (b == t->second.by_day.end()) return;
  if (e.location_entity) {
    auto [it, inserted] = features_.emplace(e.location_entity, e.location_feature);
    if (!inserted && it->second != e.location_feature) b->second.current_at = 0;
  }
  b->second.events.push_back(e);
  ++size_;
}

void CandidateCache::SetFeature(int64_t entity_id, const std::string& feature) {
  // Kept even for entities no cached event names yet: an event read before
  // this upsert may be cached later with the feature it had then.
  auto [it, inserted] = features_.try_emplace(entity_id, feature);
  // A new entry changes no cached event (each one's entity is in features_).
  if (!inserted && it->second != feature) {
    it->second = feature;
    ++generation_;
  }
}

std::vector<const StoredEvent*> CandidateCache::Find(const StoredEvent& e, const std::string& lo,
                                                     const std::string& hi, size_t limit) {
  std::vector<const StoredEvent*> found;
  auto t = types_.find(e.type);
  if (t == types_.end()) return found;
  auto& by_day = t->second.by_day;
  auto consider = [&](Bucket& bucket) {
    if (bucket.current_at != generation_) {
      // Match on the entity's feature as it is now, not as it was read.
      for (StoredEvent& c : bucket.events) {
        if (!c.location_entity) continue;
        const std::string& feature = features_.at(c.location_entity);
        if (c.location_feature != feature) c.location_feature = feature;
      }
      bucket.current_at = generation_;
    }
    for (StoredEvent& c : bucket.events) {
      if (PlaceCouldFit(c, e)) found.push_back(&c);
    }
  };
  if (auto undated = by_day.find(""); undated != by_day.end()) consider(undated->second);
  if (!e.day.empty()) {
    for (auto it = by_day.lower_bound(lo); it != by_day.end() && it->first <= hi; ++it) {
      if (!it->first.empty()) consider(it->second);
    }
  }
  size_t n = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + n, found.end(),
                    [](const StoredEvent* a, const StoredEvent* b) { return a->id > b->id; });
  found.resize(n);
  return found;
}

void CandidateCache::Clear() {
  types_.clear();
  features_.clear();
  size_ = 0;
}

}  // namespace sitrep::store

// The SQLite backend's entities: one row per real thing across articles,
// with its aliases.
#include <cctype>
#include <string>

#include "store/sqlite_store.h"

namespace sitrep::store {

namespace {

// One row per real thing across articles: entities of a type whose names
// fold to the same key are the same entity.
std::string EntityKey(const Entity& e) {
  std::string key;
  for (unsigned char c : e.name) {
    if (std::isalnum(c) || c >= 0x80) key += static_cast<char>(std::tolower(c));
    else if (!key.empty() && key.back() != ' ') key += ' ';
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace

Result<int64_t> SqliteStore::PutEntity(const Entity& e) {
  std::optional<double> lat, lon;
  if (e.geo && e.geo->has_coordinates) lat = e.geo->lat, lon = e.geo->lon;
  const std::string none;
  const std::string& feature = e.geo ? e.geo->feature : none;
  const std::string& admin1 = e.geo ? e.geo->admin1 : none;
  const std::string& geo_country = e.geo ? e.geo->country : none;
  // The columns this record would fill (the upsert keeps what is stored).
  const bool fills[] = {!e.role.empty(), !e.country.empty(), lat.has_value(), lon.has_value(),
                        !feature.empty(), !admin1.empty(), !geo_country.empty()};
  unsigned given = 0;
  for (int i = 0; i < 7; ++i) given |= static_cast<unsigned>(fills[i]) << i;
  std::string key = EntityKey(e);
  std::string cache_key = e.type + '\0' + key;
  auto known = entities_.find(cache_key);
  int64_t id;
  std::string stored_feature;
  if (known != entities_.end() && (given & ~known->second.filled) == 0) {
    // Stored already, and the upsert would change nothing: skip it. Most
    // entities of an article (its places, the countries) are.
    id = known->second.id;
    stored_feature = known->second.feature;
  } else {
    Statement& st = St("entity");
    st.Bind(1, e.type).Bind(2, key).Bind(3, e.name).Bind(4, e.role, true).Bind(5, e.country, true);
    st.Bind(6, lat).Bind(7, lon);
    st.Bind(8, feature, true).Bind(9, admin1, true).Bind(10, geo_country, true);
    if (!st.Step()) {
      Status s = st.status();
      st.Reset();
      return s.ok() ? Status::Corruption("entity upsert returned no id") : s;
    }
    id = st.Int(0);
    stored_feature = st.Text(1);
    entities_[cache_key] = {id, static_cast<unsigned>(st.Int(2)), stored_feature};
    st.Reset();
  }
  // An entity gains its feature when a later article places it: candidates
  // already cached must match on the feature it has now.
  if (in_batch_) batch_features_[id] = stored_feature;
  candidates_.SetFeature(id, std::move(stored_feature));
  Statement& alias = St("alias");
  auto add_alias = [&](const std::string& a) -> Status {
    if (!aliases_.insert(std::to_string(id) + '\0' + a).second) return Status::OK();
    alias.Bind(1, id).Bind(2, a);
    return alias.Run();
  };
  if (Status s = add_alias(e.name); !s.ok()) return s;
  for (const auto& a : e.aliases) {
    if (Status s = add_alias(a); !s.ok()) return s;
  }
  return id;
}

}  // namespace sitrep::store

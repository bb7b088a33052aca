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
  Statement& st = St("entity");
  std::optional<double> lat, lon;
  if (e.geo && e.geo->has_coordinates) lat = e.geo->lat, lon = e.geo->lon;
  st.Bind(1, e.type).Bind(2, EntityKey(e)).Bind(3, e.name).Bind(4, e.role, true).Bind(5, e.country, true);
  st.Bind(6, lat).Bind(7, lon);
  st.Bind(8, e.geo ? e.geo->feature : "", true).Bind(9, e.geo ? e.geo->admin1 : "", true);
  st.Bind(10, e.geo ? e.geo->country : "", true);
  if (!st.Step()) {
    Status s = st.status();
    st.Reset();
    return s.ok() ? Status::Corruption("entity upsert returned no id") : s;
  }
  int64_t id = st.Int(0);
  // An entity gains its feature when a later article places it: candidates
  // already cached must match on the feature it has now.
  std::string feature = st.Text(1);
  if (in_batch_) batch_features_[id] = feature;
  candidates_.SetFeature(id, std::move(feature));
  st.Reset();
  Statement& alias = St("alias");
  alias.Bind(1, id).Bind(2, e.name);
  if (Status s = alias.Run(); !s.ok()) return s;
  for (const auto& a : e.aliases) {
    alias.Bind(1, id).Bind(2, a);
    if (Status s = alias.Run(); !s.ok()) return s;
  }
  return id;
}

}  // namespace sitrep::store

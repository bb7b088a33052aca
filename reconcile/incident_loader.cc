#include <algorithm>

#include "sitrep/reconcile.h"

namespace sitrep {

Result<std::vector<Incident>> LoadIncidents(Store& store, IncidentQuery query, size_t max, bool full) {
  constexpr size_t kPage = 1000;
  std::vector<Incident> out;
  query.cursor.clear();
  while (max == 0 || out.size() < max) {
    query.limit = static_cast<int>(max == 0 ? kPage : std::min(kPage, max - out.size()));
    auto page = store.FindIncidents(query);
    if (!page.ok()) return page.status();
    for (auto& i : page->incidents) {
      if (full) {
        auto loaded = store.GetIncident(i.id);
        if (!loaded.ok()) return loaded.status();
        i = std::move(*loaded);
        i.conflicts = IncidentConflicts(i);
      }
      out.push_back(std::move(i));
    }
    if (page->next_cursor.empty()) break;
    query.cursor = page->next_cursor;
  }
  return out;
}

}  // namespace sitrep

#include "store/incident_tally.h"

#include <algorithm>

namespace sitrep::store {

std::vector<IncidentFigure> IncidentTally::Figures() const {
  std::vector<IncidentFigure> out;
  for (const auto& m : members) out.insert(out.end(), m.figures.begin(), m.figures.end());
  return out;
}

std::vector<std::pair<std::string, int64_t>> IncidentTally::Statuses() const {
  std::vector<std::pair<std::string, int64_t>> out;
  out.reserve(members.size());
  for (const auto& m : members) out.emplace_back(m.status, m.source_group);
  return out;
}

void IncidentTally::Refresh(bool conflict) {
  IncidentRow next = row;
  next.events = static_cast<int64_t>(members.size());
  // Distinct counts by sort and unique: two hash sets a refresh, for an
  // incident of a few reports, cost more than the rest of it.
  std::vector<int64_t> articles, groups;
  articles.reserve(members.size());
  groups.reserve(members.size());
  const TallyMember* best = nullptr;        // most confident: the summary
  const TallyMember* best_dated = nullptr;  // most confident with a date value
  std::string min_start, max_end;
  for (const auto& m : members) {  // in event id order, so '>' keeps the earliest of equals
    articles.push_back(m.article_id);
    groups.push_back(m.source_group);
    if (!m.date_start.empty() && (min_start.empty() || m.date_start < min_start)) min_start = m.date_start;
    if (!m.date_end.empty() && (max_end.empty() || m.date_end > max_end)) max_end = m.date_end;
    if (!best || m.confidence > best->confidence) best = &m;
    if (!m.date_value.empty() && (!best_dated || m.confidence > best_dated->confidence)) best_dated = &m;
  }
  auto distinct = [](std::vector<int64_t>& v) {
    std::sort(v.begin(), v.end());
    return static_cast<int64_t>(std::unique(v.begin(), v.end()) - v.begin());
  };
  next.articles = distinct(articles);
  next.sources = distinct(groups);
  if (!min_start.empty()) next.date_start = min_start;
  if (!max_end.empty()) next.date_end = max_end;
  if (!next.date_value && best_dated) next.date_value = best_dated->date_value;
  next.summary = best ? std::optional<std::string>(best->evidence_text) : std::nullopt;
  next.conflict = conflict;
  row = std::move(next);
  dirty = true;
}

}  // namespace sitrep::store

#include <map>
#include <set>

#include "reconcile/incident_rules.h"
#include "reconcile/minhash.h"
#include "sitrep/reconcile.h"

namespace sitrep {

namespace {

// Texts this short share too many shingles with other briefs by chance.
constexpr size_t kMinFingerprintBytes = 200;

Status FindDuplicate(Store& store, int64_t article_id, const Document& doc) {
  if (doc.text.size() < kMinFingerprintBytes) return Status::OK();
  reconcile::Signature sig = reconcile::MinHash(doc.text);
  auto keys = reconcile::BandKeys(sig);
  auto neighbours = store.AddFingerprint(article_id, reconcile::ToBytes(sig), {keys.begin(), keys.end()});
  if (!neighbours.ok()) return neighbours.status();
  // The most similar earlier article at or above the bar; ties go to the oldest.
  int64_t best = 0;
  double best_similarity = 0;
  for (const auto& [id, bytes] : *neighbours) {
    reconcile::Signature other;
    if (!reconcile::FromBytes(bytes.data(), bytes.size(), &other)) continue;
    double sim = reconcile::Similarity(sig, other);
    if (sim < reconcile::kNearDuplicateJaccard) continue;
    if (sim > best_similarity || (sim == best_similarity && id < best)) best = id, best_similarity = sim;
  }
  if (best == 0) return Status::OK();
  return store.MarkDuplicate(article_id, best);
}

Status Refresh(Store& store, int64_t incident_id) {
  auto figures = store.IncidentFigures(incident_id);
  if (!figures.ok()) return figures.status();
  auto statuses = store.IncidentStatuses(incident_id);
  if (!statuses.ok()) return statuses.status();
  std::vector<std::string> status_values;
  std::set<int64_t> groups;
  for (const auto& [status, group] : *statuses) status_values.push_back(status), groups.insert(group);
  bool conflict = !reconcile::FindFigureConflicts(*figures).empty() ||
                  (groups.size() > 1 && reconcile::StatusesConflict(status_values));
  return store.RefreshIncident(incident_id, conflict);
}

}  // namespace

Status ReconcileArticle(Store& store, int64_t article_id, const Document& doc) {
  if (Status s = FindDuplicate(store, article_id, doc); !s.ok()) return s;
  auto events = store.ArticleEvents(article_id);
  if (!events.ok()) return events.status();
  std::set<int64_t> touched;
  for (StoredEvent& e : *events) {
    // The best match, the newest among equals (candidates come newest first).
    int64_t best = 0;
    int best_score = -1;
    Status visited = store.VisitIncidentCandidates(e, reconcile::kDateWindowDays, [&](const StoredEvent& c) {
      // Two undated events the extractor kept apart in one article ("15
      // of 16 drones" on one night, "27 of 49" on another) are not one
      // incident: nothing but their kind ties them, and the article told
      // them as two.
      if (c.article_id == e.article_id && c.date_start.empty() && e.date_start.empty() &&
          (c.date_value.empty() || c.date_value != e.date_value)) {
        return;  // (a day without its year, "XXXX-12-25" on both, still ties them)
      }
      int score = reconcile::IncidentMatchScore(c, e);
      if (score > best_score) best = c.incident_id, best_score = score;
    });
    if (!visited.ok()) return visited;
    if (best == 0) {
      auto created = store.CreateIncident(e);
      if (!created.ok()) return created.status();
      best = *created;
    }
    if (Status s = store.AssignIncident(e.id, best); !s.ok()) return s;
    touched.insert(best);
  }
  for (int64_t id : touched) {
    if (Status s = Refresh(store, id); !s.ok()) return s;
  }
  return Status::OK();
}

std::vector<FigureConflict> IncidentConflicts(const Incident& incident) {
  std::vector<IncidentFigure> figures;
  std::map<std::string, std::set<int64_t>> statuses;
  for (const auto& r : incident.reports) {
    int64_t group = r.duplicate_of ? r.duplicate_of : r.article_id;
    if (r.modality == "asserted") {
      for (const auto& q : r.quantities) figures.push_back({q.kind, q.value, q.max.value_or(0), group});
    }
    statuses[r.status].insert(group);
  }
  std::vector<FigureConflict> out = reconcile::FindFigureConflicts(figures);
  std::vector<std::string> names;
  std::set<int64_t> groups;
  for (const auto& [status, g] : statuses) names.push_back(status), groups.insert(g.begin(), g.end());
  if (groups.size() > 1 && reconcile::StatusesConflict(names)) {
    FigureConflict c;
    c.kind = "status";
    for (const auto& [status, g] : statuses) c.sides.push_back({status, {g.begin(), g.end()}});
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace sitrep

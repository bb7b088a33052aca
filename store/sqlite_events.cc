// The SQLite backend's events: writing a record's events and quantities,
// and reading events back as reconciliation sees them.
#include "store/date_range.h"
#include "store/sqlite_store.h"

namespace sitrep::store {

const char* const kStoredEventColumns =
    "SELECT e.id, e.article_id, COALESCE(e.incident_id, 0), COALESCE(a.duplicate_of, a.id), e.type, "
    "COALESCE(e.subtype, ''), COALESCE(e.actor_name, ''), COALESCE(e.actor_country, ''), "
    "COALESCE(e.actor_entity, 0), COALESCE(e.location_name, ''), COALESCE(e.admin1, ''), "
    "COALESCE(e.country, ''), COALESCE(e.location_entity, 0), e.lat, e.lon, COALESCE(e.date_value, ''), "
    "COALESCE(e.date_start, ''), COALESCE(e.date_end, ''), COALESCE(e.day, ''), e.status, "
    "COALESCE(e.source, ''), COALESCE(l.feature, '')";

StoredEvent ReadStoredEvent(Statement& st) {
  StoredEvent e;
  e.id = st.Int(0);
  e.article_id = st.Int(1);
  e.incident_id = st.Int(2);
  e.source_group = st.Int(3);
  e.type = st.Text(4);
  e.subtype = st.Text(5);
  e.actor_name = st.Text(6);
  e.actor_country = st.Text(7);
  e.actor_entity = st.Int(8);
  e.location_name = st.Text(9);
  e.admin1 = st.Text(10);
  e.country = st.Text(11);
  e.location_entity = st.Int(12);
  if (!st.IsNull(13)) e.lat = st.Double(13);
  if (!st.IsNull(14)) e.lon = st.Double(14);
  e.date_value = st.Text(15);
  e.date_start = st.Text(16);
  e.date_end = st.Text(17);
  e.day = st.Text(18);
  e.status = st.Text(19);
  e.attribution_source = st.Text(20);
  e.location_feature = st.Text(21);
  return e;
}

Status SqliteStore::PutEvents(const Record& r, int64_t article_id, const std::map<std::string, int64_t>& entity_ids) {
  const Document& d = r.doc;
  auto ref_id = [&](const Ref& ref, Statement& st, int col) {
    auto it = entity_ids.find(ref.entity);
    if (it == entity_ids.end()) st.BindNull(col); else st.Bind(col, it->second);
  };
  // The day an undated event is filed under: its article's.
  std::string published_day = store::DateRange(d.published.substr(0, 10)).first;
  for (const auto& ev : r.events) {
    Statement& st = St("event");
    auto range = store::DateRange(ev.date.value);
    st.Bind(1, article_id).Bind(2, ev.id).Bind(3, ev.type).Bind(4, ev.subtype, true);
    st.Bind(5, ev.actor.name, true); ref_id(ev.actor, st, 6); st.Bind(7, ev.actor.country, true);
    st.Bind(8, ev.target.name, true); ref_id(ev.target, st, 9); st.Bind(10, ev.target.country, true);
    st.Bind(11, ev.location.name, true); ref_id(ev.location, st, 12);
    st.Bind(13, ev.location.lat).Bind(14, ev.location.lon);
    st.Bind(15, ev.location.admin1, true).Bind(16, ev.location.country, true);
    st.Bind(17, ev.date.value, true).Bind(18, ev.date.precision, true).Bind(19, ev.date.text, true);
    st.Bind(20, range.first, true).Bind(21, range.second, true);
    st.Bind(22, ev.attribution.source, true);
    st.Bind(23, ev.attribution.status.empty() ? std::string("reported") : ev.attribution.status);
    st.Bind(24, ev.modality).Bind(25, ev.plover, true).Bind(26, ev.rule).Bind(27, ev.confidence);
    st.Bind(28, static_cast<int64_t>(ev.evidence.start)).Bind(29, static_cast<int64_t>(ev.evidence.end));
    st.Bind(30, ev.evidence.text);
    st.Bind(31, range.first.empty() ? published_day : range.first, true);
    if (Status s = st.Run(); !s.ok()) return s;
    int64_t event_id = sqlite3_last_insert_rowid(db_);
    Statement& q = St("quantity");
    for (const auto& qu : ev.quantities) {
      q.Bind(1, event_id).Bind(2, qu.kind).Bind(3, qu.value).Bind(4, qu.max).Bind(5, qu.unit, true);
      q.Bind(6, qu.qualifier, true).Bind(7, qu.currency, true).Bind(8, qu.text, true);
      if (Status s = q.Run(); !s.ok()) return s;
    }
  }
  return Status::OK();
}

Result<std::vector<StoredEvent>> SqliteStore::ArticleEvents(int64_t article_id) {
  // With what the incident tally needs (incident_tally.h), kept for
  // AssignIncident().
  static const std::string sql = std::string(kStoredEventColumns) +
      ", e.confidence, e.evidence_text, e.modality = 'asserted' FROM events e JOIN articles a ON a.id = e.article_id "
      "LEFT JOIN entities l ON l.id = e.location_entity "
      "WHERE e.article_id = ? AND e.modality <> 'negated' ORDER BY e.id";
  Statement& st = Cached(sql.c_str());
  st.Bind(1, article_id);
  std::vector<StoredEvent> out;
  pending_.clear();
  std::vector<int64_t> asserted;
  while (st.Step()) {
    StoredEvent e = ReadStoredEvent(st);
    TallyMember m;
    m.event_id = e.id;
    m.article_id = e.article_id;
    m.source_group = e.source_group;
    m.date_start = e.date_start;
    m.date_end = e.date_end;
    m.date_value = e.date_value;
    m.confidence = st.Double(22);
    m.evidence_text = st.Text(23);
    m.status = e.status;
    if (st.Int(24)) asserted.push_back(e.id);
    pending_.emplace(e.id, std::make_pair(e, std::move(m)));
    out.push_back(std::move(e));
  }
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  if (!asserted.empty()) {
    Statement& q = Cached(
        "SELECT q.event_id, q.kind, q.value, COALESCE(q.max, 0) FROM quantities q JOIN events e ON e.id = q.event_id "
        "WHERE e.article_id = ? AND e.modality = 'asserted' ORDER BY q.event_id, q.rowid");
    q.Bind(1, article_id);
    while (q.Step()) {
      auto it = pending_.find(q.Int(0));
      if (it != pending_.end()) {
        it->second.second.figures.push_back({q.Text(1), q.Double(2), q.Double(3), it->second.second.source_group});
      }
    }
    s = q.status();
    q.Reset();
    if (!s.ok()) return s;
  }
  return out;
}

}  // namespace sitrep::store

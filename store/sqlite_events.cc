// The SQLite backend's events: writing a record's events and quantities,
// and reading events back as reconciliation sees them.
#include <iterator>

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
  auto ref_id = [&](const Ref& ref) -> int64_t {
    auto it = entity_ids.find(ref.entity);
    return it == entity_ids.end() ? 0 : it->second;
  };
  // The day an undated event is filed under: its article's.
  std::string published_day = store::DateRange(r.doc.published.substr(0, 10)).first;
  for (const auto& ev : r.events) {
    EventRow row;
    row.article_id = article_id;
    row.actor_entity = ref_id(ev.actor);
    row.target_entity = ref_id(ev.target);
    row.location_entity = ref_id(ev.location);
    auto range = store::DateRange(ev.date.value);
    row.date_start = std::move(range.first);
    row.date_end = std::move(range.second);
    row.day = row.date_start.empty() ? published_day : row.date_start;
    row.ev = ev;
    if (in_batch_) {
      auto id = NextId("events", &next_event_id_);
      if (!id.ok()) return id.status();
      row.id = *id;
      event_rows_.push_back(std::move(row));
    } else if (Status s = InsertEventRow(row); !s.ok()) {
      return s;
    }
  }
  return Status::OK();
}

Status SqliteStore::InsertEventRow(const EventRow& row) {
  const Event& ev = row.ev;
  auto entity = [](Statement& st, int col, int64_t id) {
    if (id) st.Bind(col, id); else st.BindNull(col);
  };
  Statement& st = St("event");
  entity(st, 1, row.id);  // none: SQLite's next rowid
  st.Bind(2, row.article_id).BindStatic(3, ev.id).BindStatic(4, ev.type).BindStatic(5, ev.subtype, true);
  st.BindStatic(6, ev.actor.name, true); entity(st, 7, row.actor_entity); st.BindStatic(8, ev.actor.country, true);
  st.BindStatic(9, ev.target.name, true); entity(st, 10, row.target_entity); st.BindStatic(11, ev.target.country, true);
  st.BindStatic(12, ev.location.name, true); entity(st, 13, row.location_entity);
  st.Bind(14, ev.location.lat).Bind(15, ev.location.lon);
  st.BindStatic(16, ev.location.admin1, true).BindStatic(17, ev.location.country, true);
  st.BindStatic(18, ev.date.value, true).BindStatic(19, ev.date.precision, true).BindStatic(20, ev.date.text, true);
  st.BindStatic(21, row.date_start, true).BindStatic(22, row.date_end, true);
  st.BindStatic(23, ev.attribution.source, true);
  st.BindStatic(24, ev.attribution.status.empty() ? std::string_view("reported") : std::string_view(ev.attribution.status));
  st.BindStatic(25, ev.modality).BindStatic(26, ev.plover, true).BindStatic(27, ev.rule).Bind(28, ev.confidence);
  st.Bind(29, static_cast<int64_t>(ev.evidence.start)).Bind(30, static_cast<int64_t>(ev.evidence.end));
  st.BindStatic(31, ev.evidence.text);
  st.BindStatic(32, row.day, true);
  entity(st, 33, row.incident_id);
  if (Status s = st.Run(); !s.ok()) return s;
  int64_t event_id = sqlite3_last_insert_rowid(db_);
  Statement& q = St("quantity");
  for (const auto& qu : ev.quantities) {
    q.Bind(1, event_id).BindStatic(2, qu.kind).Bind(3, qu.value).Bind(4, qu.max).BindStatic(5, qu.unit, true);
    q.BindStatic(6, qu.qualifier, true).BindStatic(7, qu.currency, true).BindStatic(8, qu.text, true);
    if (Status s = q.Run(); !s.ok()) return s;
  }
  return Status::OK();
}

bool SqliteStore::PendingArticleEvents(int64_t article_id, std::vector<StoredEvent>* out) {
  // An article's rows are contiguous, and usually the last ones.
  auto end = event_rows_.end();
  while (end != event_rows_.begin() && std::prev(end)->article_id != article_id) --end;
  if (end == event_rows_.begin()) return false;
  auto begin = end;
  while (begin != event_rows_.begin() && std::prev(begin)->article_id == article_id) --begin;
  auto dup = batch_duplicates_.find(article_id);
  int64_t group = dup == batch_duplicates_.end() ? article_id : dup->second;
  pending_.clear();
  out->reserve(out->size() + static_cast<size_t>(end - begin));
  for (auto it = begin; it != end; ++it) {
    const Event& ev = it->ev;
    if (ev.modality == "negated") continue;
    // What reading the row back would give (NULL columns as "").
    StoredEvent e;
    e.id = it->id;
    e.article_id = article_id;
    e.incident_id = it->incident_id;
    e.source_group = group;
    e.type = ev.type;
    e.subtype = ev.subtype;
    e.actor_name = ev.actor.name;
    e.actor_country = ev.actor.country;
    e.actor_entity = it->actor_entity;
    e.location_name = ev.location.name;
    e.admin1 = ev.location.admin1;
    e.country = ev.location.country;
    e.location_entity = it->location_entity;
    e.lat = ev.location.lat;
    e.lon = ev.location.lon;
    e.date_value = ev.date.value;
    e.date_start = it->date_start;
    e.date_end = it->date_end;
    e.day = it->day;
    e.status = ev.attribution.status.empty() ? std::string("reported") : ev.attribution.status;
    e.attribution_source = ev.attribution.source;
    if (it->location_entity) {
      auto f = batch_features_.find(it->location_entity);
      if (f != batch_features_.end()) e.location_feature = f->second;
    }
    TallyMember m;
    m.event_id = e.id;
    m.article_id = article_id;
    m.source_group = group;
    m.date_start = e.date_start;
    m.date_end = e.date_end;
    m.date_value = e.date_value;
    m.confidence = ev.confidence;
    m.evidence_text = ev.evidence.text;
    m.status = e.status;
    if (ev.modality == "asserted") {
      for (const auto& q : ev.quantities) m.figures.push_back({q.kind, q.value, q.max.value_or(0), group});
    }
    // Built in place: make_pair made a temporary of the event to move.
    pending_.try_emplace(e.id, e, std::move(m));
    out->push_back(std::move(e));
  }
  return true;
}

Result<std::vector<StoredEvent>> SqliteStore::ArticleEvents(int64_t article_id) {
  // With what the incident tally needs (incident_tally.h), kept for
  // AssignIncident().
  static const std::string sql = std::string(kStoredEventColumns) +
      ", e.confidence, e.evidence_text, e.modality = 'asserted' FROM events e JOIN articles a ON a.id = e.article_id "
      "LEFT JOIN entities l ON l.id = e.location_entity "
      "WHERE e.article_id = ? AND e.modality <> 'negated' ORDER BY e.id";
  std::vector<StoredEvent> out;
  if (PendingArticleEvents(article_id, &out)) return out;
  Statement& st = Cached(sql.c_str());
  st.Bind(1, article_id);
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
    pending_.try_emplace(e.id, e, std::move(m));
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

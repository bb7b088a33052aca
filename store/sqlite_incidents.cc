// The SQLite backend's side of incidents: candidates for a new report, and
// incident bookkeeping. The decisions are reconcile/'s; the reads are
// served from the caches (candidate_cache.h, incident_tally.h), which read
// SQLite only for what they have not seen.
#include <map>

#include "store/sqlite_store.h"
#include "util/calendar.h"

namespace sitrep::store {

namespace {

// Enough candidates: an incident is reported within days, and its reports cluster.
constexpr size_t kMaxCandidates = 100;

std::string ShiftDay(const std::string& day, int days) {
  auto d = ParseIsoDay(day);
  return d ? FormatDay(*d + days) : day;
}

// "YYYY-MM-DD" for a day of years 1 to 9999, as FormatDay writes it.
// Written by hand: FormatDay's snprintf took 1,800 instructions a call,
// 40% of finding an event's candidates.
std::string IsoDay(int64_t days) {
  CivilDay c = CivilFromDays(days);
  char buf[10] = {static_cast<char>('0' + c.y / 1000), static_cast<char>('0' + c.y / 100 % 10),
                  static_cast<char>('0' + c.y / 10 % 10), static_cast<char>('0' + c.y % 10), '-',
                  static_cast<char>('0' + c.m / 10), static_cast<char>('0' + c.m % 10), '-',
                  static_cast<char>('0' + c.d / 10), static_cast<char>('0' + c.d % 10)};
  return std::string(buf, sizeof buf);
}

bool InIsoYears(int64_t days) {
  int y = CivilFromDays(days).y;
  return y >= 1 && y <= 9999;
}

}  // namespace

Status SqliteStore::LoadCandidates(const std::string& type, const std::string& day,
                                   std::optional<int64_t> day_number) {
  static const std::string from =
      std::string(kStoredEventColumns) +
      " FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN entities l ON l.id = e.location_entity ";
  static const std::string dated = from + "WHERE e.type = ? AND e.day = ? AND e.incident_id IS NOT NULL";
  static const std::string undated = from + "WHERE e.type = ? AND e.day IS NULL AND e.incident_id IS NOT NULL";
  Statement& st = Cached(day.empty() ? undated.c_str() : dated.c_str());
  st.Bind(1, type);
  if (!day.empty()) st.Bind(2, day);
  std::vector<StoredEvent> events;
  while (st.Step()) events.push_back(ReadStoredEvent(st));
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  // And those the open batch has not written yet.
  for (const StoredEvent& e : unwritten_assigned_) {
    if (e.type == type && e.day == day) events.push_back(e);
  }
  candidates_.Load(type, day, day_number, std::move(events));
  return Status::OK();
}

Status SqliteStore::LoadCandidateDays(const std::string& type, int64_t first, int64_t last) {
  // The days from first to last not loaded yet, read with one range query
  // instead of one query a day (a new event's window is five days, and a
  // query's cost was mostly its own overhead, the bucket often empty).
  std::map<std::string, std::pair<int64_t, std::vector<StoredEvent>>> wanted;
  for (int64_t d = first; d <= last; ++d) {
    if (!candidates_.Loaded(type, d)) wanted.emplace(IsoDay(d), std::make_pair(d, std::vector<StoredEvent>()));
  }
  if (wanted.empty()) return Status::OK();
  static const std::string span =
      std::string(kStoredEventColumns) +
      " FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN entities l ON l.id = e.location_entity "
      "WHERE e.type = ? AND e.day >= ? AND e.day <= ? AND e.incident_id IS NOT NULL";
  Statement& st = Cached(span.c_str());
  st.Bind(1, type).Bind(2, wanted.begin()->first).Bind(3, wanted.rbegin()->first);
  // Rows come by day, then id (the index on type and day): each day's rows
  // in the order its own query gave them.
  while (st.Step()) {
    auto it = wanted.find(st.Text(18));  // e.day
    if (it != wanted.end()) it->second.second.push_back(ReadStoredEvent(st));
  }
  Status s = st.status();
  st.Reset();
  if (!s.ok()) return s;
  for (const StoredEvent& e : unwritten_assigned_) {
    if (e.type != type) continue;
    auto it = wanted.find(e.day);
    if (it != wanted.end()) it->second.second.push_back(e);
  }
  for (auto& [day, bucket] : wanted) candidates_.Load(type, day, bucket.first, std::move(bucket.second));
  return Status::OK();
}

Result<std::vector<StoredEvent>> SqliteStore::IncidentCandidates(const StoredEvent& e, int window_days) {
  auto found = FindCandidates(e, window_days);
  if (!found.ok()) return found.status();
  std::vector<StoredEvent> out;
  out.reserve(found->size());
  for (const StoredEvent* c : *found) out.push_back(*c);
  return out;
}

Status SqliteStore::VisitIncidentCandidates(const StoredEvent& e, int window_days,
                                            const std::function<void(const StoredEvent&)>& visit) {
  auto found = FindCandidates(e, window_days);
  if (!found.ok()) return found.status();
  for (const StoredEvent* c : *found) visit(*c);
  return Status::OK();
}

Result<std::vector<const StoredEvent*>> SqliteStore::FindCandidates(const StoredEvent& e, int window_days) {
  // Reports already in incidents, of the same type, dated within the window
  // or undated, whose place could fit (the same entity, no place, or a place
  // and its region named either way round); the most recent 100. The rules
  // in reconcile/ decide among them.
  if (Status s = CheckFresh(); !s.ok()) return s;
  if (!candidates_.Loaded(e.type, std::string())) {
    if (Status s = LoadCandidates(e.type, "", std::nullopt); !s.ok()) return s;
  }
  std::string lo, hi;
  if (e.day.empty()) return candidates_.Find(e, lo, hi, kMaxCandidates);
  auto day = ParseIsoDay(e.day);
  if (day && InIsoYears(*day - window_days) && InIsoYears(*day + window_days)) {
    // The usual case: days as numbers, strings only for what is loaded.
    lo = IsoDay(*day - window_days), hi = IsoDay(*day + window_days);
    if (Status s = LoadCandidateDays(e.type, *day - window_days, *day + window_days); !s.ok()) return s;
  } else {
    // Days the string range of the SQL treats its own way: its bounds as
    // ShiftDay gives them, every day between them (or the one day).
    lo = ShiftDay(e.day, -window_days), hi = ShiftDay(e.day, window_days);
    std::vector<std::string> days;
    auto first = ParseIsoDay(lo), last = ParseIsoDay(hi);
    if (first && last) {
      for (int64_t d = *first; d <= *last; ++d) days.push_back(FormatDay(d));
    } else {
      days.push_back(e.day);
    }
    for (const auto& d : days) {
      if (candidates_.Loaded(e.type, d)) continue;
      if (Status s = LoadCandidates(e.type, d, std::nullopt); !s.ok()) return s;
    }
  }
  return candidates_.Find(e, lo, hi, kMaxCandidates);
}

Result<int64_t> SqliteStore::CreateIncident(const StoredEvent& f) {
  if (in_batch_) {
    // Inserted at commit with its counts (FlushIncidents), not inserted now
    // and updated then.
    auto id = NextId("incidents", &next_incident_id_);
    if (!id.ok()) return id.status();
    IncidentTally& t = tallies_[*id];
    t = IncidentTally();
    t.row.date_start = f.date_start;
    t.row.date_end = f.date_end;
    if (!f.date_value.empty()) t.row.date_value = f.date_value;
    t.unwritten = f;
    t.dirty = true;
    dirty_.push_back(*id);
    return *id;
  }
  Statement& st = Cached(
      "INSERT INTO incidents (type, subtype, location_name, location_entity, lat, lon, admin1, country, "
      "actor_name, actor_country, date_value, date_start, date_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  st.Bind(1, f.type).Bind(2, f.subtype, true).Bind(3, f.location_name, true);
  if (f.location_entity) st.Bind(4, f.location_entity); else st.BindNull(4);
  st.Bind(5, f.lat).Bind(6, f.lon).Bind(7, f.admin1, true).Bind(8, f.country, true);
  st.Bind(9, f.actor_name, true).Bind(10, f.actor_country, true).Bind(11, f.date_value, true);
  st.Bind(12, f.date_start).Bind(13, f.date_end);
  if (Status s = st.Run(); !s.ok()) return s;
  int64_t id = sqlite3_last_insert_rowid(db_);
  // The row as just written: no reports yet.
  IncidentTally& t = tallies_[id];
  t = IncidentTally();
  t.row.date_start = f.date_start;
  t.row.date_end = f.date_end;
  t.stored_date_start = f.date_start;
  if (!f.date_value.empty()) t.row.date_value = f.date_value;
  return id;
}

Result<IncidentTally*> SqliteStore::Tally(int64_t incident_id) {
  if (Status s = CheckFresh(); !s.ok()) return s;
  auto it = tallies_.find(incident_id);
  if (it != tallies_.end()) return &it->second;
  IncidentTally t;
  Statement& row = Cached(
      "SELECT events, articles, sources, date_start, date_end, date_value, summary, conflict FROM incidents "
      "WHERE id = ?");
  row.Bind(1, incident_id);
  bool found = row.Step();
  if (found) {
    t.row.events = row.Int(0);
    t.row.articles = row.Int(1);
    t.row.sources = row.Int(2);
    t.row.date_start = row.Text(3);
    t.stored_date_start = t.row.date_start;
    t.row.date_end = row.Text(4);
    if (!row.IsNull(5)) t.row.date_value = row.Text(5);
    if (!row.IsNull(6)) t.row.summary = row.Text(6);
    t.row.conflict = row.Int(7) != 0;
  }
  Status s = row.status();
  row.Reset();
  if (!s.ok()) return s;
  if (!found) return Status::NotFound("no incident " + std::to_string(incident_id));

  Statement& members = Cached(
      "SELECT e.id, e.article_id, COALESCE(a.duplicate_of, a.id), COALESCE(e.date_start, ''), "
      "COALESCE(e.date_end, ''), COALESCE(e.date_value, ''), e.confidence, e.evidence_text, e.status "
      "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ? ORDER BY e.id");
  members.Bind(1, incident_id);
  while (members.Step()) {
    TallyMember m;
    m.event_id = members.Int(0);
    m.article_id = members.Int(1);
    m.source_group = members.Int(2);
    m.date_start = members.Text(3);
    m.date_end = members.Text(4);
    m.date_value = members.Text(5);
    m.confidence = members.Double(6);
    m.evidence_text = members.Text(7);
    m.status = members.Text(8);
    t.members.push_back(std::move(m));
  }
  s = members.status();
  members.Reset();
  if (!s.ok()) return s;

  Statement& figures = Cached(
      "SELECT q.event_id, q.kind, q.value, COALESCE(q.max, 0) FROM quantities q JOIN events e ON e.id = q.event_id "
      "WHERE e.incident_id = ? AND e.modality = 'asserted' ORDER BY q.event_id, q.rowid");
  figures.Bind(1, incident_id);
  size_t i = 0;
  while (figures.Step()) {
    int64_t event_id = figures.Int(0);
    while (i < t.members.size() && t.members[i].event_id < event_id) ++i;
    if (i == t.members.size()) break;
    t.members[i].figures.push_back({figures.Text(1), figures.Double(2), figures.Double(3), t.members[i].source_group});
  }
  s = figures.status();
  figures.Reset();
  if (!s.ok()) return s;
  return &tallies_.emplace(incident_id, std::move(t)).first->second;
}

Status SqliteStore::AssignIncident(int64_t event_id, int64_t incident_id) {
  // Read the tally before the event joins it, so the event is added once.
  auto tally = Tally(incident_id);
  if (!tally.ok()) return tally.status();
  auto it = pending_.find(event_id);
  // A row held back in the batch is written with its incident at commit.
  EventRow* row = nullptr;
  if (!event_rows_.empty() && event_id >= event_rows_.front().id &&
      event_id - event_rows_.front().id < static_cast<int64_t>(event_rows_.size())) {
    row = &event_rows_[event_id - event_rows_.front().id];
  }
  if (row) {
    row->incident_id = incident_id;
  } else {
    Statement& st = Cached("UPDATE events SET incident_id = ? WHERE id = ?");
    st.Bind(1, incident_id).Bind(2, event_id);
    if (Status s = st.Run(); !s.ok()) return s;
  }
  if (it == pending_.end()) {
    // Not an event ArticleEvents() just read: let the caches reread.
    if (Status s = Settle(); !s.ok()) return s;
    DropCaches();
    return Status::OK();
  }
  it->second.first.incident_id = incident_id;
  candidates_.Add(it->second.first);
  if (row) unwritten_assigned_.push_back(it->second.first);
  (*tally)->members.push_back(std::move(it->second.second));
  pending_.erase(it);
  return Status::OK();
}

Result<std::vector<IncidentFigure>> SqliteStore::IncidentFigures(int64_t incident_id) {
  auto tally = Tally(incident_id);
  if (!tally.ok()) return tally.status();
  return (*tally)->Figures();
}

Result<std::vector<std::pair<std::string, int64_t>>> SqliteStore::IncidentStatuses(int64_t incident_id) {
  auto tally = Tally(incident_id);
  if (!tally.ok()) return tally.status();
  return (*tally)->Statuses();
}

Status SqliteStore::RefreshIncident(int64_t incident_id, bool conflict) {
  auto tally = Tally(incident_id);
  if (!tally.ok()) return tally.status();
  if (!(*tally)->dirty) dirty_.push_back(incident_id);
  (*tally)->Refresh(conflict);
  // In a batch the row is written once, at commit; alone, now.
  return in_batch_ ? Status::OK() : FlushIncidents();
}

Status SqliteStore::FlushIncidents() {
  Statement& update = Cached(
      "UPDATE incidents SET events = ?, articles = ?, sources = ?, date_start = ?, date_end = ?, date_value = ?, "
      "summary = ?, conflict = ? WHERE id = ?");
  // The same when date_start stays: most updates only add a report.
  Statement& update_counts = Cached(
      "UPDATE incidents SET events = ?1, articles = ?2, sources = ?3, date_end = ?5, date_value = ?6, "
      "summary = ?7, conflict = ?8 WHERE id = ?9");
  Statement& insert = Cached(
      "INSERT INTO incidents (events, articles, sources, date_start, date_end, date_value, summary, conflict, id, "
      "type, subtype, location_name, location_entity, lat, lon, admin1, country, actor_name, actor_country) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (int64_t id : dirty_) {
    auto it = tallies_.find(id);
    if (it == tallies_.end() || !it->second.dirty) continue;
    IncidentTally& t = it->second;
    const IncidentRow& r = t.row;
    Statement& st = t.unwritten ? insert : r.date_start == t.stored_date_start ? update_counts : update;
    st.Bind(1, r.events).Bind(2, r.articles).Bind(3, r.sources).BindStatic(4, r.date_start).BindStatic(5, r.date_end);
    if (r.date_value) st.BindStatic(6, *r.date_value); else st.BindNull(6);
    if (r.summary) st.BindStatic(7, *r.summary); else st.BindNull(7);
    st.Bind(8, static_cast<int64_t>(r.conflict)).Bind(9, id);
    if (t.unwritten) {
      // The columns CreateIncident() wrote from the first report.
      const StoredEvent& f = *t.unwritten;
      st.BindStatic(10, f.type).BindStatic(11, f.subtype, true).BindStatic(12, f.location_name, true);
      if (f.location_entity) st.Bind(13, f.location_entity); else st.BindNull(13);
      st.Bind(14, f.lat).Bind(15, f.lon).BindStatic(16, f.admin1, true).BindStatic(17, f.country, true);
      st.BindStatic(18, f.actor_name, true).BindStatic(19, f.actor_country, true);
    }
    if (Status s = st.Run(); !s.ok()) return s;
    t.stored_date_start = r.date_start;
    t.dirty = false;
    t.unwritten.reset();
  }
  dirty_.clear();
  return Status::OK();
}

Status SqliteStore::Settle() {
  if (Status s = FlushIncidents(); !s.ok()) return s;
  for (const EventRow& row : event_rows_) {
    if (Status s = InsertEventRow(row); !s.ok()) return s;
  }
  event_rows_.clear();
  unwritten_assigned_.clear();
  return Status::OK();
}

Result<int64_t> SqliteStore::NextId(const char* table, int64_t* next) {
  if (*next == 0) {
    Statement st(db_, std::string("SELECT COALESCE(max(id), 0) + 1 FROM ") + table);
    if (!st.Step()) return st.status().ok() ? Status::Corruption("no max id") : st.status();
    *next = st.Int(0);
  }
  return (*next)++;
}

}  // namespace sitrep::store

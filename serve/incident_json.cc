#include "serve/incident_json.h"

#include <cmath>
#include <cstdio>

namespace sitrep::serve {

namespace {

void WriteQuantity(const Quantity& q, JsonWriter* w) {
  w->BeginObject().Key("kind").String(q.kind).Key("value").Number(q.value);
  if (q.max) w->Key("max").Number(*q.max);
  w->FieldIfSet("unit", q.unit).FieldIfSet("qualifier", q.qualifier).FieldIfSet("currency", q.currency);
  w->FieldIfSet("text", q.text).Key("display").String(FormatFigure(q.value, q.max)).EndObject();
}

void WriteReport(const IncidentReport& r, JsonWriter* w) {
  w->BeginObject().Key("event").Int(r.event_id).Key("article").Int(r.article_id);
  if (r.duplicate_of) w->Key("duplicate_of").Int(r.duplicate_of);
  w->FieldIfSet("outlet", r.outlet).FieldIfSet("title", r.title).FieldIfSet("url", r.url);
  w->FieldIfSet("published", r.published).Key("source").String(r.source);
  w->Key("attribution").BeginObject().Key("source").String(r.attribution_source);
  w->Key("status").String(r.status).EndObject();
  w->Key("modality").String(r.modality);
  if (!r.date_value.empty()) {
    w->Key("date").BeginObject().Key("value").String(r.date_value).Key("text").String(r.date_text).EndObject();
  }
  w->Key("quantities").BeginArray();
  for (const auto& q : r.quantities) WriteQuantity(q, w);
  w->EndArray();
  w->Key("evidence").BeginObject().Key("start").Int(r.evidence.start).Key("end").Int(r.evidence.end);
  w->Key("text").String(r.evidence.text).EndObject();
  w->Key("rule").String(r.rule).Key("confidence").Number(r.confidence).EndObject();
}

void WriteConflict(const FigureConflict& c, JsonWriter* w) {
  w->BeginObject().Key("kind").String(c.kind).Key("sides").BeginArray();
  for (const auto& s : c.sides) {
    w->BeginObject().Key("value").String(s.value).Key("articles").BeginArray();
    for (int64_t id : s.article_ids) w->Int(id);
    w->EndArray().EndObject();
  }
  w->EndArray().EndObject();
}

std::string WithThousands(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) > 1e-9) {
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.0f", v);
  std::string digits = buf, out;
  int n = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (n && n % 3 == 0 && *it != '-') out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++n;
  }
  return out;
}

// The writer's output is valid JSON by construction; a failed parse would
// be a bug, shown as null rather than thrown.
template <typename T>
Json Parsed(const T& value, void (*write)(const T&, JsonWriter*)) {
  JsonWriter w;
  write(value, &w);
  return Json::parse(w.Take(), nullptr, false);
}

}  // namespace

std::string FormatFigure(double value, std::optional<double> max) {
  std::string s = WithThousands(value);
  if (max && *max > value) s += "\u2013" + WithThousands(*max);
  return s;
}

void WriteIncident(const Incident& i, JsonWriter* w) {
  w->BeginObject().Key("id").Int(i.id).Key("type").String(i.type).FieldIfSet("subtype", i.subtype);
  w->Key("location").BeginObject().FieldIfSet("name", i.location_name);
  if (i.location_entity) w->Key("entity").Int(i.location_entity);
  if (i.lat && i.lon) w->Key("lat").Number(*i.lat).Key("lon").Number(*i.lon);
  w->FieldIfSet("admin1", i.admin1).FieldIfSet("country", i.country).EndObject();
  w->Key("actor").BeginObject().FieldIfSet("name", i.actor_name).FieldIfSet("country", i.actor_country).EndObject();
  w->Key("date").BeginObject().FieldIfSet("value", i.date_value).FieldIfSet("start", i.date_start);
  w->FieldIfSet("end", i.date_end).EndObject();
  w->Key("sources").Int(i.sources).Key("articles").Int(i.articles).Key("events").Int(i.events);
  w->Key("conflict").Bool(i.conflict).Key("summary").String(i.summary);
  if (!i.reports.empty()) {
    w->Key("reports").BeginArray();
    for (const auto& r : i.reports) WriteReport(r, w);
    w->EndArray();
  }
  if (!i.conflicts.empty()) {
    w->Key("conflicts").BeginArray();
    for (const auto& c : i.conflicts) WriteConflict(c, w);
    w->EndArray();
  }
  w->EndObject();
}

void WriteEntity(const EntityInfo& e, JsonWriter* w) {
  w->BeginObject().Key("id").Int(e.id).Key("type").String(e.type).Key("name").String(e.name);
  w->Key("aliases").BeginArray();
  for (const auto& a : e.aliases) w->String(a);
  w->EndArray().FieldIfSet("role", e.role).FieldIfSet("country", e.country);
  if (e.lat && e.lon) {
    w->Key("geo").BeginObject().Key("lat").Number(*e.lat).Key("lon").Number(*e.lon);
    w->Key("feature").String(e.feature).Key("admin1").String(e.admin1).EndObject();
  }
  w->Key("mentions").Int(e.mentions).Key("articles").Int(e.articles).Key("incidents").Int(e.incidents);
  w->Key("incidents_by_month").BeginArray();
  for (const auto& [m, n] : e.incidents_by_month) {
    w->BeginObject().Key("month").String(m).Key("incidents").Int(n).EndObject();
  }
  w->EndArray().EndObject();
}

void WriteSearchHit(const SearchHit& h, JsonWriter* w) {
  w->BeginObject().Key("article").Int(h.article_id).Key("title").String(h.title).Key("outlet").String(h.outlet);
  w->Key("url").String(h.url).Key("published").String(h.published).Key("source").String(h.source);
  w->Key("snippet").String(h.snippet).Key("rank").Number(h.rank).EndObject();
}

Json IncidentJson(const Incident& i) { return Parsed(i, &WriteIncident); }
Json EntityJson(const EntityInfo& e) { return Parsed(e, &WriteEntity); }
Json SearchHitJson(const SearchHit& h) { return Parsed(h, &WriteSearchHit); }

Json IncidentFeature(const Incident& i) {
  if (!i.lat || !i.lon) return nullptr;
  return {{"type", "Feature"},
          {"geometry", {{"type", "Point"}, {"coordinates", {*i.lon, *i.lat}}}},
          {"properties", IncidentJson(i)}};
}

}  // namespace sitrep::serve

#include "serve/incident_json.h"

#include <cmath>
#include <cstdio>

namespace sitrep::serve {

namespace {

void PutIfSet(Json& j, const char* key, const std::string& v) {
  if (!v.empty()) j[key] = v;
}

Json QuantityJson(const Quantity& q) {
  Json j = {{"kind", q.kind}, {"value", q.value}};
  if (q.max) j["max"] = *q.max;
  PutIfSet(j, "unit", q.unit);
  PutIfSet(j, "qualifier", q.qualifier);
  PutIfSet(j, "currency", q.currency);
  PutIfSet(j, "text", q.text);
  j["display"] = FormatFigure(q.value, q.max);
  return j;
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

}  // namespace

std::string FormatFigure(double value, std::optional<double> max) {
  std::string s = WithThousands(value);
  if (max && *max > value) s += "\u2013" + WithThousands(*max);
  return s;
}

Json IncidentJson(const Incident& i) {
  Json j = {{"id", i.id}, {"type", i.type}};
  PutIfSet(j, "subtype", i.subtype);
  Json loc = Json::object();
  PutIfSet(loc, "name", i.location_name);
  if (i.location_entity) loc["entity"] = i.location_entity;
  if (i.lat && i.lon) loc["lat"] = *i.lat, loc["lon"] = *i.lon;
  PutIfSet(loc, "admin1", i.admin1);
  PutIfSet(loc, "country", i.country);
  j["location"] = std::move(loc);
  Json actor = Json::object();
  PutIfSet(actor, "name", i.actor_name);
  PutIfSet(actor, "country", i.actor_country);
  j["actor"] = std::move(actor);
  Json date = Json::object();
  PutIfSet(date, "value", i.date_value);
  PutIfSet(date, "start", i.date_start);
  PutIfSet(date, "end", i.date_end);
  j["date"] = std::move(date);
  j["sources"] = i.sources;
  j["articles"] = i.articles;
  j["events"] = i.events;
  j["conflict"] = i.conflict;
  j["summary"] = i.summary;
  if (!i.reports.empty()) {
    Json reports = Json::array();
    for (const auto& r : i.reports) {
      Json rj = {{"event", r.event_id}, {"article", r.article_id}};
      if (r.duplicate_of) rj["duplicate_of"] = r.duplicate_of;
      PutIfSet(rj, "outlet", r.outlet);
      PutIfSet(rj, "title", r.title);
      PutIfSet(rj, "url", r.url);
      PutIfSet(rj, "published", r.published);
      rj["source"] = r.source;
      rj["attribution"] = {{"source", r.attribution_source}, {"status", r.status}};
      rj["modality"] = r.modality;
      if (!r.date_value.empty()) rj["date"] = {{"value", r.date_value}, {"text", r.date_text}};
      Json qs = Json::array();
      for (const auto& q : r.quantities) qs.push_back(QuantityJson(q));
      rj["quantities"] = std::move(qs);
      rj["evidence"] = {{"start", r.evidence.start}, {"end", r.evidence.end}, {"text", r.evidence.text}};
      rj["rule"] = r.rule;
      rj["confidence"] = r.confidence;
      reports.push_back(std::move(rj));
    }
    j["reports"] = std::move(reports);
  }
  if (!i.conflicts.empty()) {
    Json cs = Json::array();
    for (const auto& c : i.conflicts) {
      Json sides = Json::array();
      for (const auto& s : c.sides) sides.push_back({{"value", s.value}, {"articles", s.article_ids}});
      cs.push_back({{"kind", c.kind}, {"sides", std::move(sides)}});
    }
    j["conflicts"] = std::move(cs);
  }
  return j;
}

Json EntityJson(const EntityInfo& e) {
  Json j = {{"id", e.id}, {"type", e.type}, {"name", e.name}, {"aliases", e.aliases}};
  PutIfSet(j, "role", e.role);
  PutIfSet(j, "country", e.country);
  if (e.lat && e.lon) j["geo"] = {{"lat", *e.lat}, {"lon", *e.lon}, {"feature", e.feature}, {"admin1", e.admin1}};
  j["mentions"] = e.mentions;
  j["articles"] = e.articles;
  j["incidents"] = e.incidents;
  Json months = Json::array();
  for (const auto& [m, n] : e.incidents_by_month) months.push_back({{"month", m}, {"incidents", n}});
  j["incidents_by_month"] = std::move(months);
  return j;
}

Json SearchHitJson(const SearchHit& h) {
  return {{"article", h.article_id}, {"title", h.title},     {"outlet", h.outlet}, {"url", h.url},
          {"published", h.published}, {"source", h.source}, {"snippet", h.snippet}, {"rank", h.rank}};
}

Json IncidentFeature(const Incident& i) {
  if (!i.lat || !i.lon) return nullptr;
  Json props = IncidentJson(i);
  return {{"type", "Feature"},
          {"geometry", {{"type", "Point"}, {"coordinates", {*i.lon, *i.lat}}}},
          {"properties", std::move(props)}};
}

}  // namespace sitrep::serve

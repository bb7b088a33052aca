// The JSON form of a Record: the field names of the shared contract.
#include <nlohmann/json.hpp>

#include "sitrep/record.h"

namespace sitrep {

namespace {

// ordered_json keeps the contract's field order in the output.
using json = nlohmann::ordered_json;

void PutIfSet(json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

json RefJson(const Ref& r) {
  json j = json::object();
  j["name"] = r.name;
  PutIfSet(j, "entity", r.entity);
  PutIfSet(j, "country", r.country);
  if (r.lat && r.lon) {
    j["lat"] = *r.lat;
    j["lon"] = *r.lon;
  }
  PutIfSet(j, "admin1", r.admin1);
  return j;
}

json MentionJson(const Mention& m) { return {{"start", m.start}, {"end", m.end}, {"text", m.text}}; }

json EntityJson(const Entity& e) {
  json j = {{"id", e.id}, {"type", e.type}, {"name", e.name}, {"aliases", e.aliases}};
  PutIfSet(j, "role", e.role);
  PutIfSet(j, "country", e.country);
  if (e.geo) {
    json g = json::object();
    if (e.geo->has_coordinates) {
      g["lat"] = e.geo->lat;
      g["lon"] = e.geo->lon;
    }
    PutIfSet(g, "feature", e.geo->feature);
    PutIfSet(g, "admin1", e.geo->admin1);
    PutIfSet(g, "country", e.geo->country);
    j["geo"] = std::move(g);
  }
  json mentions = json::array();
  for (const auto& m : e.mentions) mentions.push_back(MentionJson(m));
  j["mentions"] = std::move(mentions);
  return j;
}

json QuantityJson(const Quantity& q) {
  json j = {{"kind", q.kind}, {"value", q.value}};
  if (q.max) j["max"] = *q.max;
  PutIfSet(j, "unit", q.unit);
  PutIfSet(j, "qualifier", q.qualifier);
  PutIfSet(j, "currency", q.currency);
  PutIfSet(j, "text", q.text);
  return j;
}

json EventJson(const Event& e) {
  json j = {{"id", e.id}, {"type", e.type}};
  PutIfSet(j, "subtype", e.subtype);
  if (!e.actor.empty()) j["actor"] = RefJson(e.actor);
  if (!e.target.empty()) j["target"] = RefJson(e.target);
  if (!e.location.empty()) j["location"] = RefJson(e.location);
  if (!e.date.value.empty()) {
    j["date"] = {{"value", e.date.value}, {"precision", e.date.precision}, {"text", e.date.text}};
  }
  json qs = json::array();
  for (const auto& q : e.quantities) qs.push_back(QuantityJson(q));
  j["quantities"] = std::move(qs);
  json a = json::object();
  PutIfSet(a, "source", e.attribution.source);
  a["status"] = e.attribution.status.empty() ? "reported" : e.attribution.status;
  j["attribution"] = std::move(a);
  j["evidence"] = MentionJson(e.evidence);
  j["modality"] = e.modality;
  PutIfSet(j, "plover", e.plover);
  j["rule"] = e.rule;
  j["confidence"] = e.confidence;
  return j;
}

}  // namespace

std::string ToJson(const Record& r, const JsonOptions& options) {
  const Document& d = r.doc;
  json doc = {{"id", d.id}, {"source", d.source}, {"part", d.part}};
  PutIfSet(doc, "title", d.title);
  PutIfSet(doc, "outlet", d.outlet);
  PutIfSet(doc, "url", d.url);
  PutIfSet(doc, "published", d.published);
  PutIfSet(doc, "format", d.format);
  doc["text_chars"] = d.TextChars();
  doc["sentences"] = d.sentences.size();
  if (!d.warnings.empty()) doc["warnings"] = d.warnings;
  if (options.with_text) doc["text"] = d.text;

  json entities = json::array();
  for (const auto& e : r.entities) entities.push_back(EntityJson(e));
  json events = json::array();
  for (const auto& e : r.events) events.push_back(EventJson(e));
  json out = {{"doc", std::move(doc)}, {"entities", std::move(entities)}, {"events", std::move(events)}};
  // Text from the open web may hold invalid UTF-8 in metadata; never throw on it.
  return out.dump(options.indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace sitrep

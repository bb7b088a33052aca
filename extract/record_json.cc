// The JSON form of a Record: the field names of the shared contract, in
// its order. Unknown values are left out rather than written empty, except
// `entities` and `events`, always arrays.
#include "sitrep/record.h"
#include "util/json_writer.h"

namespace sitrep {

namespace {

void WriteRef(JsonWriter& w, const Ref& r) {
  w.BeginObject().Key("name").String(r.name);
  w.FieldIfSet("entity", r.entity).FieldIfSet("country", r.country);
  if (r.lat && r.lon) w.Key("lat").Number(*r.lat).Key("lon").Number(*r.lon);
  w.FieldIfSet("admin1", r.admin1).EndObject();
}

void WriteMention(JsonWriter& w, const Mention& m) {
  w.BeginObject().Key("start").Int(m.start).Key("end").Int(m.end).Key("text").String(m.text).EndObject();
}

void WriteEntity(JsonWriter& w, const Entity& e) {
  w.BeginObject().Key("id").String(e.id).Key("type").String(e.type).Key("name").String(e.name);
  w.Key("aliases").BeginArray();
  for (const auto& a : e.aliases) w.String(a);
  w.EndArray();
  w.FieldIfSet("role", e.role).FieldIfSet("country", e.country);
  if (e.geo) {
    w.Key("geo").BeginObject();
    if (e.geo->has_coordinates) w.Key("lat").Number(e.geo->lat).Key("lon").Number(e.geo->lon);
    w.FieldIfSet("feature", e.geo->feature).FieldIfSet("admin1", e.geo->admin1).FieldIfSet("country", e.geo->country);
    w.EndObject();
  }
  w.Key("mentions").BeginArray();
  for (const auto& m : e.mentions) WriteMention(w, m);
  w.EndArray().EndObject();
}

void WriteQuantity(JsonWriter& w, const Quantity& q) {
  w.BeginObject().Key("kind").String(q.kind).Key("value").Number(q.value);
  if (q.max) w.Key("max").Number(*q.max);
  w.FieldIfSet("unit", q.unit).FieldIfSet("qualifier", q.qualifier).FieldIfSet("currency", q.currency);
  w.FieldIfSet("text", q.text).EndObject();
}

void WriteEvent(JsonWriter& w, const Event& e) {
  w.BeginObject().Key("id").String(e.id).Key("type").String(e.type).FieldIfSet("subtype", e.subtype);
  if (!e.actor.empty()) WriteRef(w.Key("actor"), e.actor);
  if (!e.target.empty()) WriteRef(w.Key("target"), e.target);
  if (!e.location.empty()) WriteRef(w.Key("location"), e.location);
  if (!e.date.value.empty()) {
    w.Key("date").BeginObject().Key("value").String(e.date.value).Key("precision").String(e.date.precision);
    w.Key("text").String(e.date.text).EndObject();
  }
  w.Key("quantities").BeginArray();
  for (const auto& q : e.quantities) WriteQuantity(w, q);
  w.EndArray();
  w.Key("attribution").BeginObject().FieldIfSet("source", e.attribution.source);
  w.Key("status").String(e.attribution.status.empty() ? "reported" : e.attribution.status).EndObject();
  WriteMention(w.Key("evidence"), e.evidence);
  w.Key("modality").String(e.modality).FieldIfSet("plover", e.plover);
  w.Key("rule").String(e.rule).Key("confidence").Number(e.confidence).EndObject();
}

}  // namespace

std::string ToJson(const Record& r, const JsonOptions& options) {
  const Document& d = r.doc;
  JsonWriter w(options.indent);
  // About what a record takes, so the string grows once or not at all.
  size_t guess = 1024 + (options.with_text ? d.text.size() : 0);
  for (const auto& e : r.entities) guess += 160 + 48 * e.mentions.size();
  for (const auto& e : r.events) guess += 640 + e.evidence.text.size();
  w.Reserve(options.indent < 0 ? guess : 2 * guess);
  w.BeginObject().Key("doc").BeginObject();
  w.Key("id").String(d.id).Key("source").String(d.source).Key("part").Int(d.part);
  w.FieldIfSet("title", d.title).FieldIfSet("outlet", d.outlet).FieldIfSet("url", d.url);
  w.FieldIfSet("published", d.published).FieldIfSet("format", d.format);
  w.Key("text_chars").Int(static_cast<int64_t>(d.TextChars()));
  w.Key("sentences").Int(static_cast<int64_t>(d.sentences.size()));
  if (!d.warnings.empty()) {
    w.Key("warnings").BeginArray();
    for (const auto& warning : d.warnings) w.String(warning);
    w.EndArray();
  }
  if (options.with_text) w.Key("text").String(d.text);
  w.EndObject();
  w.Key("entities").BeginArray();
  for (const auto& e : r.entities) WriteEntity(w, e);
  w.EndArray().Key("events").BeginArray();
  for (const auto& e : r.events) WriteEvent(w, e);
  w.EndArray().EndObject();
  return w.Take();
}

}  // namespace sitrep

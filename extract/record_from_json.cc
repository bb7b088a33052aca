// RecordFromJson: the inverse of ToJson, for `sitrep load`. Untrusted
// input: every field is type-checked, offsets are checked against the text.
#include <nlohmann/json.hpp>

#include "sitrep/record.h"
#include "sitrep/text.h"

namespace sitrep {

namespace {

using json = nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<double> Num(const json& j, const char* key) {
  auto it = j.find(key);
  if (it != j.end() && it->is_number()) return it->get<double>();
  return std::nullopt;
}

const json& Obj(const json& j, const char* key) {
  static const json kEmpty = json::object();
  auto it = j.find(key);
  return it != j.end() && it->is_object() ? *it : kEmpty;
}

const json& Arr(const json& j, const char* key) {
  static const json kEmpty = json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : kEmpty;
}

Status ReadSpan(const json& j, size_t text_size, const char* what, Mention* m) {
  auto start = Num(j, "start"), end = Num(j, "end");
  if (!start || !end || *start < 0 || *end < *start || *end > static_cast<double>(text_size)) {
    return Status::InvalidArgument(std::string(what) + " offsets are missing or outside doc.text");
  }
  m->start = static_cast<uint32_t>(*start);
  m->end = static_cast<uint32_t>(*end);
  m->text = Str(j, "text");
  return Status::OK();
}

Ref ReadRef(const json& j) {
  Ref r;
  r.name = Str(j, "name");
  r.entity = Str(j, "entity");
  r.country = Str(j, "country");
  r.lat = Num(j, "lat");
  r.lon = Num(j, "lon");
  r.admin1 = Str(j, "admin1");
  return r;
}

}  // namespace

Result<Record> RecordFromJson(std::string_view text) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("not a JSON object");
  const json& doc = Obj(j, "doc");
  Record r;
  Document& d = r.doc;
  auto text_it = doc.find("text");
  if (text_it == doc.end() || !text_it->is_string()) {
    return Status::InvalidArgument("doc.text is missing (extract with --with-text)");
  }
  // The text is cleaned again (a no-op on sitrep's own output) and its id
  // recomputed, so a hand-edited record cannot break the content-hash
  // identity that makes storing idempotent.
  std::vector<std::string> warnings;
  d.text = CleanText(text_it->get<std::string>(), &warnings);
  if (d.text != text_it->get<std::string>()) {
    return Status::InvalidArgument("doc.text is not clean text as sitrep writes it (offsets would not hold)");
  }
  d.id = ContentHash(d.text);
  d.tokens = Tokenize(d.text);
  d.sentences = SplitSentences(d.text, d.tokens);
  d.source = Str(doc, "source");
  d.part = static_cast<int>(Num(doc, "part").value_or(0));
  d.title = Str(doc, "title");
  d.outlet = Str(doc, "outlet");
  d.url = Str(doc, "url");
  d.published = Str(doc, "published");
  d.format = Str(doc, "format");
  for (const json& e : Arr(j, "entities")) {
    if (!e.is_object()) return Status::InvalidArgument("an entity is not an object");
    Entity en;
    en.id = Str(e, "id");
    en.type = Str(e, "type");
    en.name = Str(e, "name");
    if (en.id.empty() || en.type.empty() || en.name.empty()) return Status::InvalidArgument("an entity lacks id, type or name");
    for (const json& a : Arr(e, "aliases")) if (a.is_string()) en.aliases.push_back(a.get<std::string>());
    en.role = Str(e, "role");
    en.country = Str(e, "country");
    const json& g = Obj(e, "geo");
    if (!g.empty()) {
      Geo geo;
      auto lat = Num(g, "lat"), lon = Num(g, "lon");
      geo.has_coordinates = lat && lon;
      geo.lat = lat.value_or(0);
      geo.lon = lon.value_or(0);
      geo.feature = Str(g, "feature");
      geo.admin1 = Str(g, "admin1");
      geo.country = Str(g, "country");
      en.geo = geo;
    }
    for (const json& m : Arr(e, "mentions")) {
      Mention men;
      if (Status s = ReadSpan(m, d.text.size(), "a mention's", &men); !s.ok()) return s;
      en.mentions.push_back(std::move(men));
    }
    r.entities.push_back(std::move(en));
  }
  for (const json& e : Arr(j, "events")) {
    if (!e.is_object()) return Status::InvalidArgument("an event is not an object");
    Event ev;
    ev.id = Str(e, "id");
    ev.type = Str(e, "type");
    if (ev.type.empty()) return Status::InvalidArgument("an event lacks its type");
    ev.subtype = Str(e, "subtype");
    ev.actor = ReadRef(Obj(e, "actor"));
    ev.target = ReadRef(Obj(e, "target"));
    ev.location = ReadRef(Obj(e, "location"));
    const json& date = Obj(e, "date");
    ev.date = {Str(date, "value"), Str(date, "precision"), Str(date, "text")};
    for (const json& q : Arr(e, "quantities")) {
      Quantity qu;
      qu.kind = Str(q, "kind");
      auto value = Num(q, "value");
      if (qu.kind.empty() || !value) return Status::InvalidArgument("a quantity lacks kind or value");
      qu.value = *value;
      qu.max = Num(q, "max");
      qu.unit = Str(q, "unit");
      qu.qualifier = Str(q, "qualifier");
      qu.currency = Str(q, "currency");
      qu.text = Str(q, "text");
      ev.quantities.push_back(std::move(qu));
    }
    const json& a = Obj(e, "attribution");
    ev.attribution = {Str(a, "source"), Str(a, "status")};
    if (Status s = ReadSpan(Obj(e, "evidence"), d.text.size(), "an event's evidence", &ev.evidence); !s.ok()) return s;
    std::string modality = Str(e, "modality");
    if (!modality.empty()) ev.modality = modality;
    ev.plover = Str(e, "plover");
    ev.rule = Str(e, "rule");
    ev.confidence = Num(e, "confidence").value_or(0);
    r.events.push_back(std::move(ev));
  }
  return r;
}

}  // namespace sitrep

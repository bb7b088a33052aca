// JSON forms of incidents, entities and search hits: one shape for the CLI's
// --format json and for the HTTP API, so both say the same thing.
//
// The shape is written once, with util/json_writer: the API's lists are its
// hot path, and nlohmann::ordered_json spent more time building and freeing
// a page of incidents than SQLite spent finding it. The Json forms, for
// callers that assemble a larger document, are parsed back from that text.
#ifndef SITREP_SERVE_INCIDENT_JSON_H_
#define SITREP_SERVE_INCIDENT_JSON_H_

#include <nlohmann/json.hpp>

#include "sitrep/incident.h"
#include "util/json_writer.h"

namespace sitrep::serve {

using Json = nlohmann::ordered_json;

// An incident; with its reports and conflicts when they were loaded.
void WriteIncident(const Incident& incident, JsonWriter* w);
void WriteEntity(const EntityInfo& entity, JsonWriter* w);
void WriteSearchHit(const SearchHit& hit, JsonWriter* w);

Json IncidentJson(const Incident& incident);
Json EntityJson(const EntityInfo& entity);
Json SearchHitJson(const SearchHit& hit);
// A GeoJSON Feature for a located incident (null when it has no coordinates).
Json IncidentFeature(const Incident& incident);

// Serializes without ever throwing: invalid UTF-8 from stored text is replaced.
inline std::string Dump(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// Figures as people write them: 11000 -> "11,000", 11000-15000 -> "11,000–15,000".
std::string FormatFigure(double value, std::optional<double> max = std::nullopt);

}  // namespace sitrep::serve

#endif  // SITREP_SERVE_INCIDENT_JSON_H_

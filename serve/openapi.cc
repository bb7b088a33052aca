#include "serve/openapi.h"

namespace sitrep::serve {

namespace {

Json Param(const char* name, const char* in, const char* type, const char* description, bool required = false) {
  Json schema = {{"type", type}};
  if (std::string(type) == "date") schema = {{"type", "string"}, {"format", "date"}};
  return {{"name", name}, {"in", in}, {"required", required}, {"description", description}, {"schema", schema}};
}

Json Filters() {
  return Json::array({
      Param("type", "query", "string", "Event type: attack, interception, clash, territory, casualties, ..."),
      Param("place", "query", "string", "A place name or alias; places inside a region match too"),
      Param("actor", "query", "string", "An actor's name or country"),
      Param("outlet", "query", "string", "Only incidents this outlet reported"),
      Param("since", "query", "date", "First day, YYYY-MM-DD"),
      Param("until", "query", "date", "Last day, YYYY-MM-DD"),
      Param("min_sources", "query", "integer", "At least this many independent sources"),
      Param("conflicts", "query", "integer", "1: only incidents whose sources disagree"),
      Param("limit", "query", "integer", "Page size, 1 to the server's maximum (default 100)"),
      Param("cursor", "query", "string", "next_cursor of the previous page"),
  });
}

Json Op(const char* summary, Json params = Json::array()) {
  return {{"summary", summary},
          {"parameters", std::move(params)},
          {"responses",
           {{"200", {{"description", "OK"}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}}},
            {"400", {{"description", "A bad parameter: {\"error\": \"...\"}"}}},
            {"404", {{"description", "No such thing: {\"error\": \"...\"}"}}}}}};
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& ApiRoutes() {
  static const std::vector<std::pair<std::string, std::string>> routes = {
      {"get", "/healthz"},          {"get", "/api/incidents"}, {"get", "/api/incidents/{id}"},
      {"get", "/api/entities"},     {"get", "/api/entities/{id}"}, {"get", "/api/search"},
      {"get", "/api/conflicts"},    {"get", "/api/brief"},     {"get", "/api/stats"},
      {"get", "/api/timeline"},     {"get", "/api/openapi.json"}, {"post", "/api/ingest"},
  };
  return routes;
}

Json OpenApiDocument() {
  Json id = Json::array({Param("id", "path", "integer", "Numeric id", true)});
  Json paths = {
      {"/healthz", {{"get", Op("Liveness: {\"ok\": true}")}}},
      {"/api/incidents", {{"get", Op("Incidents, newest first, filtered and paged", Filters())}}},
      {"/api/incidents/{id}", {{"get", Op("One incident with its reports, evidence, figures and conflicts", id)}}},
      {"/api/entities",
       {{"get", Op("Entities by name or alias", Json::array({Param("q", "query", "string", "Name or alias", true),
                                                               Param("limit", "query", "integer", "At most")}))}}},
      {"/api/entities/{id}", {{"get", Op("One entity: aliases, role, incidents over time", id)}}},
      {"/api/search",
       {{"get", Op("Full-text search of articles",
                   Json::array({Param("q", "query", "string", "Words or FTS5 query", true),
                                Param("limit", "query", "integer", "At most")}))}}},
      {"/api/conflicts", {{"get", Op("Incidents whose sources disagree, with both sides", Filters())}}},
      {"/api/brief",
       {{"get", Op("Briefing of a day or period grouped by theme, with numbered sources",
                   Json::array({Param("date", "query", "date", "One day"),
                                Param("since", "query", "date", "From this day on")}))}}},
      {"/api/stats", {{"get", Op("Counts of articles, entities, events, incidents")}}},
      {"/api/timeline", {{"get", Op("Incidents per day and type", Filters())}}},
      {"/api/openapi.json", {{"get", Op("This document")}}},
      {"/api/ingest",
       {{"post", {{"summary", "Ingest one JSON article or JSON Lines (needs the server's token)"},
                  {"security", Json::array({{{"bearer", Json::array()}}})},
                  {"requestBody", {{"required", true},
                                   {"content", {{"application/json", {{"schema", {{"type", "object"}}}}},
                                                {"application/x-ndjson", {{"schema", {{"type", "string"}}}}}}}}},
                  {"responses", {{"200", {{"description", "Counts of articles stored"}}},
                                 {"401", {{"description", "Missing or wrong token"}}},
                                 {"403", {{"description", "Server is read-only"}}},
                                 {"413", {{"description", "Body too large"}}}}}}}}},
  };
  return {{"openapi", "3.0.3"},
          {"info", {{"title", "sitrep API"}, {"version", "0.1.0"},
                    {"description", "Sourced, reconciled incidents extracted from news reports."}}},
          {"components", {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}},
          {"paths", std::move(paths)}};
}

}  // namespace sitrep::serve

// The OpenAPI 3 description served at /api/openapi.json. A test checks it
// against the routes the server registers, so it stays true.
#ifndef SITREP_SERVE_OPENAPI_H_
#define SITREP_SERVE_OPENAPI_H_

#include <string>
#include <utility>
#include <vector>

#include "serve/incident_json.h"

namespace sitrep::serve {

// {method, OpenAPI path} of every API route, e.g. {"get", "/api/incidents/{id}"}.
const std::vector<std::pair<std::string, std::string>>& ApiRoutes();

Json OpenApiDocument();

}  // namespace sitrep::serve

#endif  // SITREP_SERVE_OPENAPI_H_

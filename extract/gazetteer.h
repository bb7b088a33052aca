// The gazetteer: countries, admin1 regions and cities with coordinates, read
// from data/gazetteer.tsv (built by scripts/build_gazetteer.js during
// `make setup`; format in data/README.md).
#ifndef SITREP_EXTRACT_GAZETTEER_H_
#define SITREP_EXTRACT_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::extract {

struct Place {
  std::string kind;  // country | region | city | village
  std::string name;
  std::vector<std::string> alt_names;
  std::string country;  // ISO 3166-1 alpha-2
  std::string admin1;
  double lat = 0, lon = 0;
  uint32_t population = 0;
};

// Parses gazetteer TSV text; `name` is used in error messages.
Result<std::vector<Place>> ParseGazetteer(std::string_view tsv, const std::string& name);

// Reads a gazetteer file. A missing file is NotFound with a message that
// says how to build it.
Result<std::vector<Place>> LoadGazetteer(const std::string& path);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_GAZETTEER_H_

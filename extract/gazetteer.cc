#include "extract/gazetteer.h"

#include <charconv>

#include "extract/tsv.h"

namespace sitrep::extract {

namespace {

bool ParseDouble(std::string_view s, double* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

Result<std::vector<Place>> ParseGazetteer(std::string_view tsv, const std::string& name) {
  std::vector<Place> places;
  Status error;
  ForEachRow(tsv, "kind", [&](const std::vector<std::string_view>& f, size_t line) {
    if (!error.ok()) return;
    if (f.size() < 8) {
      error = Status::Corruption(name + ":" + std::to_string(line) + ": expected 8 fields");
      return;
    }
    Place p;
    p.kind.assign(f[0]);
    p.name.assign(f[1]);
    for (auto alt : Split(f[2], '|')) {
      if (!alt.empty()) p.alt_names.emplace_back(alt);
    }
    p.country.assign(f[3]);
    p.admin1.assign(f[4]);
    uint32_t pop = 0;
    std::from_chars(f[7].data(), f[7].data() + f[7].size(), pop);
    p.population = pop;
    if (!ParseDouble(f[5], &p.lat) || !ParseDouble(f[6], &p.lon) || p.name.empty()) {
      error = Status::Corruption(name + ":" + std::to_string(line) + ": bad name or coordinates");
      return;
    }
    places.push_back(std::move(p));
  });
  if (!error.ok()) return error;
  return places;
}

Result<std::vector<Place>> LoadGazetteer(const std::string& path) {
  auto text = ReadFileToString(path);
  if (!text.ok()) {
    return Status::NotFound("gazetteer " + path +
                            " is missing; run `make setup` to build it from the npm packages");
  }
  return ParseGazetteer(*text, path);
}

}  // namespace sitrep::extract

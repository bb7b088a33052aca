#include "extract/gazetteer.h"

#include <charconv>

#include "extract/tsv.h"

namespace sitrep::extract {

namespace {

bool ParseDouble(std::string_view s, double* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Drops ' and the typographic ’ (U+2019) and ʹ (U+02B9) soft-sign marks.
std::string WithoutApostrophes(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '\'') continue;
    if (name.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    if (name.compare(i, 2, "\xCA\xB9") == 0) {
      i += 1;
      continue;
    }
    out += name[i];
  }
  return out;
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
    // The soft sign transliterated as an apostrophe ("Marhanets’", "Engel’s",
    // "Sel’tso") is dropped by the press: the bare spelling is a name too.
    if (std::string bare = WithoutApostrophes(p.name); bare != p.name) p.alt_names.push_back(std::move(bare));
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

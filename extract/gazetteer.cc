#include "extract/gazetteer.h"

#include <algorithm>
#include <cctype>
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

bool Vowel(char c) {
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// to_ukrainian: ya -> ia, yu -> iu, ye -> ie (not word-first), yi after a
// vowel -> i and a final y after a vowel -> i ("Dzhankoy" -> "Dzhankoi"). Otherwise the
// reverse of the first two (ia -> ya, iu -> yu). ASCII names only.
std::string Romanised(const std::string& name, bool to_ukrainian) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (static_cast<unsigned char>(c) >= 0x80) return name;
    bool word_first = i == 0 || !std::isalpha(static_cast<unsigned char>(name[i - 1]));
    char next = i + 1 < name.size() ? name[i + 1] : '\0';
    bool word_last = !std::isalpha(static_cast<unsigned char>(next));
    if (to_ukrainian && c == 'y' && !word_first) {
      if (next == 'a' || next == 'u' || next == 'e') {
        out += 'i';
        continue;
      }
      if (next == 'i' && i > 0 && Vowel(name[i - 1])) continue;  // "Chuhuyiv" -> "Chuhuiv", not "Kyiv"
      if (word_last && i > 0 && Vowel(name[i - 1])) {
        out += 'i';
        continue;
      }
    }
    if (!to_ukrainian && c == 'i' && !word_first && (next == 'a' || next == 'u') && i > 0 && !Vowel(name[i - 1])) {
      out += 'y';
      continue;
    }
    out += c;
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
    // Ukrainian and Russian places spelled the other way round: the
    // gazetteer's "Izyum", "Balakliya", "Dzhankoy" are the press's "Izium",
    // "Balakliia", "Dzhankoi" (Ukraine's official romanisation), and back.
    if (p.country == "UA" || p.country == "RU") {
      for (std::string v : {Romanised(p.name, true), Romanised(p.name, false)}) {
        if (v != p.name && std::find(p.alt_names.begin(), p.alt_names.end(), v) == p.alt_names.end()) {
          p.alt_names.push_back(std::move(v));
        }
      }
    }
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

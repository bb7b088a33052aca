// Lexicon::Load: reads data/lexicons/*.tsv and the gazetteer (formats in
// data/README.md) into one phrase table.
#include <xxhash.h>

#include <charconv>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicon.h"
#include "extract/tsv.h"

namespace sitrep::extract {

namespace {

std::vector<std::string_view> Alts(std::string_view field) {
  std::vector<std::string_view> out;
  for (auto a : Split(field, '|')) {
    while (!a.empty() && a.front() == ' ') a.remove_prefix(1);
    while (!a.empty() && a.back() == ' ') a.remove_suffix(1);
    if (!a.empty()) out.push_back(a);
  }
  return out;
}

std::string_view View(const std::vector<std::string_view>& f, size_t i) {
  return i < f.size() ? f[i] : std::string_view();
}

std::string Field(const std::vector<std::string_view>& f, size_t i) {
  if (i >= f.size()) return std::string();
  std::string_view s = f[i];
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

bool ParseCoord(const std::string& s, double* out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc();
}

// Gazetteer rows by name as written, to give coordinates to curated places
// (which use the gazetteer's spelling as their name or not at all).
using PlaceIndex = std::unordered_multimap<std::string_view, const Place*>;

PlaceIndex IndexPlaces(const std::vector<Place>& gaz) {
  PlaceIndex index(gaz.size());
  for (const Place& p : gaz) index.emplace(p.name, &p);
  return index;
}

// Korean, Chinese and Vietnamese names put the family name first.
std::string SurnameKey(std::string_view name, const std::string& country) {
  bool family_first = country == "KP" || country == "KR" || country == "CN" || country == "VN";
  size_t first = name.find(' '), last = name.rfind(' ');
  if (first != std::string_view::npos) name = family_first ? name.substr(0, first) : name.substr(last + 1);
  return NameKey(FoldKey(name));
}

}  // namespace

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& lexicon_dir,
                                               const std::string& gazetteer_path) {
  auto gaz = LoadGazetteer(gazetteer_path);
  if (!gaz.ok()) return gaz.status();
  auto lex = std::make_unique<Lexicon>();
  const std::string d = lexicon_dir + "/";
  for (Status s : {lex->LoadCountries(d + "countries.tsv", *gaz), lex->LoadPlaces(d + "places.tsv", *gaz),
                   lex->LoadNamed(d + "people.tsv", "person"),
                   lex->LoadNamed(d + "organizations.tsv", "organization"),
                   lex->LoadNamed(d + "weapons.tsv", "weapon"),
                   lex->LoadNamed(d + "units.tsv", "military_unit"), lex->LoadTitles(d + "titles.tsv"),
                   lex->LoadWordList(d + "not_entities.tsv", EntryKind::kStop),
                   lex->LoadWordList(d + "first_names.txt", EntryKind::kEntity)}) {
    if (!s.ok()) return s;
  }
  lex->AddGazetteer(*gaz);
  return lex;
}

Status Lexicon::LoadCountries(const std::string& path, const std::vector<Place>& gaz) {
  auto text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  std::map<std::string, const Place*> by_code;
  for (const Place& p : gaz) {
    if (p.kind == "country") by_code[p.country] = &p;
  }
  ForEachRow(*text, "code", [&](const std::vector<std::string_view>& f, size_t) {
    LexEntry e;
    e.type = "location";
    e.feature = "country";
    e.country = Field(f, 0);
    e.name = Field(f, 1);
    if (e.name.empty()) return;
    if (auto it = by_code.find(e.country); it != by_code.end()) {
      e.lat = it->second->lat, e.lon = it->second->lon, e.has_coordinates = true;
    }
    uint32_t id = AddEntry(e);
    AddPhrase(id, e.name, false);
    for (auto a : Alts(View(f, 2))) AddPhrase(id, a, false);
    LexEntry dem;
    dem.kind = EntryKind::kDemonym;
    dem.type = "group";
    dem.country = e.country;
    dem.name = e.name;
    uint32_t dem_id = AddEntry(dem);
    for (auto a : Alts(View(f, 3))) AddPhrase(dem_id, a, false);
  });
  return Status::OK();
}

Status Lexicon::LoadPlaces(const std::string& path, const std::vector<Place>& gaz) {
  auto text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  PlaceIndex index = IndexPlaces(gaz);
  ForEachRow(*text, "name", [&](const std::vector<std::string_view>& f, size_t) {
    LexEntry e;
    e.type = "location";
    e.name = Field(f, 0);
    e.feature = Field(f, 2);
    e.country = Field(f, 3);
    e.admin1 = Field(f, 4);
    if (e.name.empty()) return;
    e.has_coordinates = ParseCoord(Field(f, 5), &e.lat) && ParseCoord(Field(f, 6), &e.lon);
    auto range = index.equal_range(e.name);
    for (auto it = range.first; it != range.second; ++it) {
      const Place* p = it->second;
      if (p->country != e.country) continue;
      e.population = std::max(e.population, p->population);
      if (!e.has_coordinates) e.lat = p->lat, e.lon = p->lon, e.has_coordinates = true;
      if (e.admin1.empty()) e.admin1 = p->admin1;
    }
    uint32_t id = AddEntry(e);
    AddPhrase(id, e.name, false);
    for (auto a : Alts(View(f, 1))) AddPhrase(id, a, false);
  });
  return Status::OK();
}

Status Lexicon::LoadNamed(const std::string& path, const std::string& type) {
  auto text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  ForEachRow(*text, "name", [&](const std::vector<std::string_view>& f, size_t) {
    LexEntry e;
    e.type = type;
    e.name = Field(f, 0);
    e.country = Field(f, 2);
    if (type == "person") e.role = Field(f, 3);
    if (e.name.empty()) return;
    if (type == "person") e.surname_key = SurnameKey(e.name, e.country);
    uint32_t id = AddEntry(e);
    AddPhrase(id, e.name, false);
    for (auto a : Alts(View(f, 1))) AddPhrase(id, a, false);
  });
  return Status::OK();
}

Status Lexicon::LoadTitles(const std::string& path) {
  auto text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  ForEachRow(*text, "title", [&](const std::vector<std::string_view>& f, size_t) {
    LexEntry e;
    e.kind = EntryKind::kTitle;
    e.name = e.role = Field(f, 0);
    if (e.name.empty()) return;
    bool honorific = e.name.front() == '(';
    if (honorific) e.role.clear();
    uint32_t id = AddEntry(e);
    if (!honorific) AddPhrase(id, e.name, true);
    for (auto a : Alts(View(f, 1))) AddPhrase(id, a, true);
  });
  return Status::OK();
}

// not_entities.tsv (stop phrases) and first_names.txt (a key set).
Status Lexicon::LoadWordList(const std::string& path, EntryKind kind) {
  auto text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  uint32_t stop = 0;
  if (kind == EntryKind::kStop) {
    LexEntry e;
    e.kind = EntryKind::kStop;
    e.name = "(not an entity)";
    stop = AddEntry(e);
  }
  ForEachRow(*text, "word", [&](const std::vector<std::string_view>& f, size_t) {
    std::string w = Field(f, 0);
    if (w.empty()) return;
    if (kind == EntryKind::kStop) {
      AddPhrase(stop, w, true);
    } else {
      std::string key = FoldKey(w);
      first_names_.Insert(XXH3_64bits(key.data(), key.size()), 1);
    }
  });
  return Status::OK();
}

// Gazetteer places the curated lists do not already hold (same name, same
// country) become entries of their own.
void Lexicon::AddGazetteer(const std::vector<Place>& gaz) {
  std::unordered_set<std::string> curated;  // "key\tCC" of curated places, and "\tCC" of countries
  for (const LexEntry& e : entries_) {
    if (e.kind != EntryKind::kEntity || e.type != "location") continue;
    curated.insert(FoldKey(e.name) + '\t' + e.country);
    if (e.feature == "country") curated.insert('\t' + e.country);
  }
  for (const Place& p : gaz) {
    if (p.kind == "country" ? curated.count('\t' + p.country) > 0
                            : !curated.empty() && curated.count(FoldKey(p.name) + '\t' + p.country) > 0) {
      continue;
    }
    LexEntry e;
    e.type = "location";
    e.name = p.name;
    e.feature = p.kind;
    e.country = p.country;
    e.admin1 = p.admin1;
    e.lat = p.lat, e.lon = p.lon, e.has_coordinates = true;
    e.population = p.population;
    e.curated = false;
    uint32_t id = AddEntry(e);
    AddPhrase(id, p.name, false);
    for (const auto& a : p.alt_names) AddPhrase(id, a, false);
  }
}

}  // namespace sitrep::extract

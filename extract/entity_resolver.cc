#include "extract/entity_resolver.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include <xxhash.h>

namespace sitrep::extract {

namespace {

bool InFocus(const std::string& cc) {
  static const std::set<std::string> focus = {"UA", "RU", "BY", "MD", "PL", "RO", "LT", "LV", "EE"};
  return focus.count(cc) > 0;
}

std::string Words(const std::vector<Keyed>& items, const Candidate& c) {
  std::string s;
  for (uint32_t i = c.first; i < c.end; ++i) {
    if (!items[i].word) continue;
    if (!s.empty()) s += ' ';
    s += items[i].key;
  }
  return s;
}

std::string LastWordKey(const std::vector<Keyed>& items, const Candidate& c, bool first) {
  for (uint32_t n = 0; n < c.end - c.first; ++n) {
    const Keyed& k = items[first ? c.first + n : c.end - 1 - n];
    if (k.word && k.end - k.start > 1) return NameKey(k.key);
  }
  return {};
}

uint64_t EntryIdentity(uint32_t entry) { return (1ull << 63) | entry; }

// Things no lexicon entry names: by type and words (top bit clear).
uint64_t TextIdentity(std::string_view type, const std::string& words) {
  uint64_t h = XXH3_64bits_withSeed(words.data(), words.size(), XXH3_64bits(type.data(), type.size()));
  return (h & ~(1ull << 63)) | 1;
}

size_t WordCount(const std::vector<Keyed>& items, const Candidate& c) {
  size_t n = 0;
  for (uint32_t i = c.first; i < c.end; ++i) n += items[i].word && items[i].end - items[i].start > 1;
  return n;
}

}  // namespace

void EntityResolver::ChoosePlaces(const std::vector<Keyed>& items, std::vector<Candidate>* cands) const {
  std::set<std::string> countries;
  std::set<uint32_t> regions_named;  // regions written out: "Kursk region", "Kursk Oblast"
  for (const Candidate& c : *cands) {
    if (c.type == "group" || c.type == "demonym") countries.insert(c.country);
    if (c.entries.size() == 1 && lex_.entry(c.entries[0]).feature == "country") {
      countries.insert(lex_.entry(c.entries[0]).country);
    }
    if (c.end - c.first > 1 && std::find_if(c.entries.begin(), c.entries.end(), [&](uint32_t e) {
          return lex_.entry(e).feature == "region";
        }) != c.entries.end()) {
      for (uint32_t e : c.entries) {
        if (lex_.entry(e).feature == "region") regions_named.insert(e);
      }
    }
  }
  for (Candidate& c : *cands) {
    if (c.type != "location" || c.entries.size() < 2) continue;
    double best = -1e9;
    uint32_t pick = c.entries[0];
    for (uint32_t id : c.entries) {
      const LexEntry& e = lex_.entry(id);
      double score = e.feature == "country" ? 60 : 0;
      score += e.curated ? 30 : 0;
      score += e.population > 0 ? 5 * std::log10(static_cast<double>(e.population)) : 0;
      score += countries.count(e.country) ? 20 : 0;
      score += InFocus(e.country) ? 10 : 0;
      // A region written out elsewhere ("Kursk region") makes the bare name
      // ("Kursk") the region, unless the city is a large, well-known one.
      score += regions_named.count(id) ? 50 : 0;
      if (score > best) best = score, pick = id;
    }
    c.entries = {pick};
  }
}

void EntityResolver::JoinPeople(const std::vector<Keyed>& items, std::vector<Candidate>* cands) const {
  // Surnames of everyone named in full, to the identity of that person.
  std::unordered_map<std::string, uint64_t> surnames;
  for (Candidate& c : *cands) {
    if (c.type != "person" || c.weak) continue;
    if (!c.entries.empty()) {
      c.identity = EntryIdentity(c.entries[0]);
      const LexEntry& e = lex_.entry(c.entries[0]);
      surnames.emplace(e.surname_key, c.identity);
    } else if (WordCount(items, c) >= 2) {
      c.identity = TextIdentity("person", NameKey(Words(items, c)));
    }
    if (WordCount(items, c) >= 2) surnames.emplace(LastWordKey(items, c, false), c.identity);
  }
  // Full names not in the lexicon that end in a known surname join it.
  for (Candidate& c : *cands) {
    if (c.type != "person" || c.weak || !c.entries.empty() || WordCount(items, c) < 2) continue;
    auto it = surnames.find(LastWordKey(items, c, false));
    if (it != surnames.end()) c.identity = it->second;
  }
  for (Candidate& c : *cands) {
    if (c.type == "person" && (c.identity == 0)) {
      auto it = surnames.find(LastWordKey(items, c, false));
      if (it != surnames.end()) {
        c.identity = it->second;
        c.weak = false;
      } else if (!c.weak) {
        c.identity = TextIdentity("person", NameKey(Words(items, c)));  // "President Macron" alone
      }
    } else if (c.type == "location" && c.end - c.first == 1 && !c.entries.empty() &&
               !lex_.entry(c.entries[0]).curated) {
      // A town that is also the surname of someone in the article is the person.
      auto it = surnames.find(LastWordKey(items, c, false));
      if (it != surnames.end()) c.type = "person", c.identity = it->second, c.entries.clear(), c.weak = false;
    }
  }
  // Weak candidates that found nobody are dropped, and a weak candidate that
  // did find a person wins over a place on the same words.
  std::set<uint32_t> person_at;
  for (const Candidate& c : *cands) {
    if (c.type == "person" && c.weak == false && !(c.identity == 0)) person_at.insert(c.first);
  }
  cands->erase(std::remove_if(cands->begin(), cands->end(), [&](const Candidate& c) {
                 if (c.type == "person") return c.weak || (c.identity == 0);
                 return c.type == "location" && c.end - c.first == 1 && person_at.count(c.first) > 0;
               }), cands->end());
}

// "North Korean troops" names North Korea too: the adjective becomes a
// mention of the country. A bare adjective keeps its own span (entity -1)
// with the country, for the event pass.
void EntityResolver::AddDemonymCountries(std::vector<Candidate>* cands) const {
  std::vector<Candidate> out;
  out.reserve(cands->size());
  for (Candidate& c : *cands) {
    // Only forces ("North Korean troops") bring their state in as a place;
    // a bare adjective ("French President", "Chinese firms") does not.
    int country = c.type == "group" ? lex_.CountryEntry(c.country) : -1;
    if (country >= 0) {
      Candidate loc;
      loc.first = c.first;
      loc.end = c.demonym_end;
      loc.type = "location";
      loc.entries = {static_cast<uint32_t>(country)};
      loc.country = c.country;
      loc.identity = EntryIdentity(static_cast<uint32_t>(country));
      loc.no_span = c.type == "group";
      loc.from_demonym = true;
      out.push_back(std::move(loc));
    }
    out.push_back(std::move(c));
  }
  *cands = std::move(out);
}

// A village found from context ("X, a village north of Toretsk") is most
// likely in the country of the nearest known place around it.
void EntityResolver::GuessCountries(std::vector<Candidate>* cands) const {
  constexpr uint32_t kNear = 12;  // items
  auto& all = *cands;  // in text order: neighbours are near in the vector too
  for (size_t k = 0; k < all.size(); ++k) {
    Candidate& c = all[k];
    if (c.type != "location" || !c.entries.empty() || !c.country.empty()) continue;
    uint32_t best = kNear + 1;
    for (size_t m = k > 8 ? k - 8 : 0; m < all.size() && m <= k + 8; ++m) {
      const Candidate& o = all[m];
      if (o.type != "location" || o.entries.empty()) continue;
      const LexEntry& e = lex_.entry(o.entries[0]);
      uint32_t d = o.first >= c.end ? o.first - c.end : c.first >= o.end ? c.first - o.end : 0;
      if (d < best && !e.country.empty()) best = d, c.country = e.country;
    }
  }
}

namespace {

std::string FeatureOf(const std::string& f) {
  return f == "continent" ? "region" : f;
}

void FillFromEntry(const LexEntry& e, Entity* out) {
  out->name = e.name;
  if (out->country.empty()) out->country = e.country;
  if (out->role.empty()) out->role = e.role;
  if (e.type != "location") return;
  Geo geo;
  geo.feature = FeatureOf(e.feature);
  geo.admin1 = e.admin1;
  geo.country = e.country;
  geo.lat = e.lat, geo.lon = e.lon, geo.has_coordinates = e.has_coordinates;
  out->geo = geo;
}

}  // namespace

void EntityResolver::Resolve(const Document& doc, const std::vector<Keyed>& items,
                             std::vector<Candidate> cands, std::vector<Entity>* entities,
                             std::vector<EntitySpan>* spans) const {
  ChoosePlaces(items, &cands);
  JoinPeople(items, &cands);
  AddDemonymCountries(&cands);
  GuessCountries(&cands);
  // Identities of everything else; bound phrases need another mention.
  std::set<uint64_t> unbound;
  // A small place seen only as a sentence's first word is dropped ("Many").
  std::set<uint64_t> places_seen;
  for (Candidate& c : cands) {
    if (c.type == "location" && !c.weak && !c.entries.empty()) places_seen.insert(EntryIdentity(c.entries[0]));
  }
  cands.erase(std::remove_if(cands.begin(), cands.end(), [&](const Candidate& c) {
                return c.type == "location" && c.weak &&
                       (c.entries.empty() || !places_seen.count(EntryIdentity(c.entries[0])));
              }), cands.end());
  for (Candidate& c : cands) {
    if ((c.identity == 0)) {
      if (!c.entries.empty()) c.identity = EntryIdentity(c.entries[0]);
      else if (c.type == "group") c.identity = TextIdentity("group", c.country);
      else if (c.type != "demonym") c.identity = TextIdentity(c.type, Words(items, c));
    }
    if (!c.bound) unbound.insert(c.identity);
  }
  std::unordered_map<uint64_t, int> index;
  std::set<std::string> not_alias;  // demonyms: mentions of a country, not spellings of it
  std::vector<size_t> best_len;  // words of the longest mention of a rule-found entity
  for (const Candidate& c : cands) {
    EntitySpan span;
    span.first_token = items[c.first].token;
    span.end_token = items[c.end - 1].token + 1;
    span.type = c.type;
    span.country = c.country;
    if (c.type == "demonym") {
      span.type = "demonym";
      spans->push_back(std::move(span));
      continue;
    }
    if (c.bound && !unbound.count(c.identity)) continue;
    auto [it, fresh] = index.emplace(c.identity, static_cast<int>(entities->size()));
    if (fresh) {
      entities->emplace_back();
      best_len.push_back(0);
      Entity& e = entities->back();
      e.id = "e" + std::to_string(entities->size());
      e.type = c.type;
      e.country = c.country;
      e.role = c.role;
      if (!c.entries.empty()) {
        FillFromEntry(lex_.entry(c.entries[0]), &e);
        best_len.back() = 1000;  // a lexicon name is canonical
      }
      if (c.entries.empty() && c.type == "location") {
        e.geo = Geo();
        e.geo->feature = c.feature.empty() ? "village" : c.feature;
        e.geo->country = c.country;
      }
    }
    Entity& e = (*entities)[it->second];
    if (e.role.empty()) e.role = c.role;
    if (e.country.empty()) e.country = c.country;
    Mention m;
    m.start = items[c.first].start;
    m.end = c.byte_end ? c.byte_end : items[c.end - 1].end;
    m.text.assign(doc.Slice(m.start, m.end));
    size_t words = WordCount(items, c);
    if (c.entries.empty() && words > best_len[it->second]) {
      best_len[it->second] = words;
      e.name = m.text;
    }
    if (c.from_demonym) not_alias.insert(m.text);
    e.mentions.push_back(std::move(m));
    if (c.no_span) continue;
    span.entity = it->second;
    // The span's country marks a demonym group ("North Korean troops"), as
    // extract/annotations.h says; a place or a person keeps its country on
    // the entity, where the event pass reads it.
    span.country = c.type == "group" ? e.country : std::string();
    spans->push_back(std::move(span));
  }
  for (Entity& e : *entities) {
    for (const Mention& m : e.mentions) {
      if (m.text != e.name && !not_alias.count(m.text) && std::find(e.aliases.begin(), e.aliases.end(), m.text) == e.aliases.end()) {
        e.aliases.push_back(m.text);
      }
    }
  }
}

}  // namespace sitrep::extract

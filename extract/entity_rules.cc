// Context rules of the entity finder: what no list names.
#include <algorithm>
#include <string_view>

#include <xxhash.h>

#include "extract/flat_index.h"

#include "extract/entity_rules.h"

namespace sitrep::extract {

namespace {

bool OneOf(std::string_view k, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), k) != words.end();
}

// Word classes the rules test, looked up once per token by its key's hash.
enum WordClass : uint32_t {
  kOrgHead = 1, kConnector = 2, kUnitHead = 4, kSpeech = 8, kDirection = 16,
  kSettlement = 32, kRegionWord = 64, kParticle = 128, kLeadingHead = 256, kFacility = 512,
};

const FlatIndex& WordClasses() {
  static const FlatIndex* index = [] {
    auto* idx = new FlatIndex;
    auto add = [&](uint32_t cls, std::initializer_list<std::string_view> words) {
      for (auto w : words) idx->Insert(XXH3_64bits(w.data(), w.size()), 0) |= cls;
    };
    add(kOrgHead, {"ministry", "department", "council", "service", "agency", "committee", "commission",
                   "parliament", "institute", "group", "corporation", "company", "bank", "fund", "office",
                   "court", "university", "party", "directorate", "bureau", "administration", "assembly",
                   "organization", "organisation", "foundation", "centre", "center", "association",
                   "command", "staff", "guard", "navy", "army", "forces", "force", "authority",
                   "inspectorate", "headquarters", "initiative", "mission", "coalition"});
    add(kLeadingHead, {"ministry", "department", "office", "council", "committee", "commission", "bureau",
                       "directorate", "institute", "cabinet", "center", "centre", "agency", "headquarters"});
    add(kFacility, {"palace", "cathedral", "bridge", "airport", "dam", "stadium", "square", "barracks",
                    "monastery", "lavra", "base", "port", "refinery", "depot", "plant", "station", "terminal"});
    add(kConnector, {"of", "for", "and", "the", "on", "&"});
    add(kUnitHead, {"brigade", "battalion", "regiment", "division", "corps", "army", "fleet", "squadron",
                    "detachment", "flotilla"});
    add(kSpeech, {"said", "says", "told", "added", "stated", "wrote", "noted", "warned", "announced"});
    add(kDirection, {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                     "north-east", "north-west", "south-east", "south-west"});
    add(kSettlement, {"village", "villages", "town", "towns", "settlement", "settlements", "hamlet", "city"});
    add(kRegionWord, {"region", "oblast", "province", "district"});
    add(kParticle, {"von", "der", "van", "de", "bin", "al", "da", "di"});
    return idx;
  }();
  return *index;
}

uint32_t ClassOf(const SentenceState& s, size_t i) {
  if (i >= s.end) return 0;
  const uint32_t* c = WordClasses().Find(s.items[i].hash);
  return c ? *c : 0;
}

bool Is(const SentenceState& s, size_t i, WordClass c) { return (ClassOf(s, i) & c) != 0; }

bool IsOrdinal(std::string_view k) {
  size_t d = 0;
  while (d < k.size() && k[d] >= '0' && k[d] <= '9') ++d;
  return d > 0 && d + 2 == k.size() && OneOf(k.substr(d), {"st", "nd", "rd", "th"});
}

// True for a token that can be part of a person's name: a capitalized word
// or an initial ("W." as one token, or "W" and ".").
size_t NamePart(const SentenceState& s, size_t i) {
  if (!s.Capitalized(i)) return 0;
  const Keyed& k = s.items[i];
  if (k.end - k.start == 1) return i + 1 < s.end && s.key(i + 1) == "." ? 2 : 0;
  return 1;
}

Candidate Make(size_t first, size_t end, const char* type) {
  Candidate c;
  c.first = static_cast<uint32_t>(first);
  c.end = static_cast<uint32_t>(end);
  c.type = type;
  return c;
}

}  // namespace

// "Kharkiv Regional Military Administration", "Ministry of Foreign Affairs",
// "National Security Council": a capitalized run that ends with a head noun,
// or a head noun followed by "of" and capitalized words.
void FindOrganizations(SentenceState* s) {
  if (s->headline) return;
  for (size_t i = s->begin; i < s->end; ++i) {
    if (!s->Capitalized(i) || s->key(i) == "the" ||
        !(s->Free(i) || s->at(i) == Mark::kEntity || s->at(i) == Mark::kStop)) {
      continue;
    }
    size_t j = i, last_head = 0, words = 0;
    bool free_word = false;
    while (j < s->end) {
      // Words never entities alone ("Ministry", "State") still build names.
      bool usable = s->Free(j) || s->at(j) == Mark::kEntity || s->at(j) == Mark::kStop;
      if (s->Capitalized(j) && usable) {
        ++words;
        free_word |= s->Free(j) && !Is(*s, j, kOrgHead);
        if (Is(*s, j, kOrgHead)) last_head = j + 1;
        ++j;
        if (s->items[j - 1].possessive) break;  // "Ukraine's ..." starts another phrase
      } else if (Is(*s, j, kConnector) && words > 0 &&
                 (s->Capitalized(j + 1) || (s->key(j + 1) == "the" && s->Capitalized(j + 2)))) {
        j += s->Capitalized(j + 1) ? 1 : 2;
      } else {
        break;
      }
    }
    // "Institute for the Study of War": the name goes on after its head.
    if (last_head > i && last_head < j && !s->items[j - 1].possessive &&
        (s->key(last_head) == "of" || s->key(last_head) == "for")) {
      bool clean = true;
      for (size_t k = last_head; k < j; ++k) clean &= s->at(k) != Mark::kStop;
      if (clean) last_head = j;
    }
    // "Ministry of Defense": head first.
    if (Is(*s, i, kLeadingHead) && (s->key(i + 1) == "of" || s->key(i + 1) == "for") && j > i + 2) {
      last_head = j, free_word = true;
    }
    // "General Staff", "Presidential Office": a title word before the head.
    size_t start = i;
    if (i > s->begin && s->at(i - 1) == Mark::kTitle && s->Capitalized(i - 1) && last_head == i + 1) start = i - 1;
    if (start < i) free_word = true;
    if (last_head > start + 1 && free_word) {
      // An org's own place words ("Kharkiv Regional ...") are not places of
      // their own, but give the organization its country.
      std::string country;
      auto& f = s->found;
      for (const Candidate& c : f) {
        if (c.first >= start && c.end <= last_head && c.type == "location" && !c.entries.empty() && country.empty()) {
          country = s->lex.entry(c.entries[0]).country;
        }
      }
      bool inside_other = false;
      for (const auto& c : f) inside_other |= c.first < last_head && start < c.end && c.type != "location";
      if (inside_other) continue;
      f.erase(std::remove_if(f.begin(), f.end(), [&](const Candidate& c) {
                return c.first >= start && c.end <= last_head && c.type == "location";
              }), f.end());
      Candidate org = Make(start, last_head, "organization");
      org.country = country;
      f.push_back(std::move(org));
      s->Take(static_cast<uint32_t>(start), static_cast<uint32_t>(last_head), Mark::kEntity);
      i = last_head - 1;
    }
  }
}

// "a group that calls itself Atesh", "the movement, which called itself
// Freedom of Russia": a name the group gives itself.
void FindSelfNamedGroups(SentenceState* s) {
  for (size_t i = s->begin; i + 2 < s->end; ++i) {
    if (!OneOf(s->key(i), {"calls", "called", "call"}) || !OneOf(s->key(i + 1), {"itself", "themselves"})) continue;
    size_t j = i + 2;
    if (s->key(j) == "the") ++j;
    size_t e = j;
    while (e < s->end && e < j + 4 && s->Capitalized(e) && s->Free(e)) ++e;
    if (e == j) continue;
    s->found.push_back(Make(j, e, "organization"));
    s->Take(static_cast<uint32_t>(j), static_cast<uint32_t>(e), Mark::kEntity);
    i = e - 1;
  }
}

// Items of an ordinal at i: "47th" (1), or "47" "th" glued (2), else 0.
size_t OrdinalAt(const SentenceState& s, size_t i) {
  std::string_view a = s.key(i);
  if (IsOrdinal(a)) return 1;
  if (i + 1 >= s.end || s.items[i + 1].start != s.items[i].end) return 0;
  // "3" "rd" glued: the two keys together, joined on the stack (this runs
  // at every glued token, "Kyiv" ",", where a std::string cost most).
  std::string_view b = s.key(i + 1);
  if (a.empty()) return IsOrdinal(b) ? 2 : 0;
  if (a[0] < '0' || a[0] > '9') return 0;  // an ordinal starts with a digit
  char joined[32];
  if (a.size() + b.size() > sizeof joined) return IsOrdinal(std::string(a) + std::string(b)) ? 2 : 0;
  a.copy(joined, a.size());
  b.copy(joined + a.size(), b.size());
  return IsOrdinal(std::string_view(joined, a.size() + b.size())) ? 2 : 0;
}

// "47th Separate Mechanized Brigade", "3rd Army Corps"; and operational
// groupings named "X group of forces" ("Khortytsia group of forces").
void FindUnits(SentenceState* s) {
  for (size_t i = s->begin; i + 3 < s->end; ++i) {
    // "Western group of forces": a stop-listed word may name a group.
    if (!s->Capitalized(i) || !(s->Free(i) || s->at(i) == Mark::kStop)) continue;
    size_t e = i + 1;
    if (s->Capitalized(e) && s->Free(e)) ++e;
    if (e + 2 < s->end && s->key(e) == "group" && s->key(e + 1) == "of" &&
        (s->key(e + 2) == "forces" || s->key(e + 2) == "troops")) {
      s->found.push_back(Make(i, e + 3, "military_unit"));
      s->Take(static_cast<uint32_t>(i), static_cast<uint32_t>(e + 3), Mark::kEntity);
    }
  }
  for (size_t i = s->begin; i < s->end; ++i) {
    size_t ord = OrdinalAt(*s, i);
    // "the Third Separate Assault Brigade": an ordinal in words, capitalized
    // (five to eight letters ending in -st, -nd, -rd or -th: a test that
    // rejects almost every word before the list is read).
    if (ord == 0 && s->Capitalized(i)) {
      std::string_view a = s->key(i);
      if (a.size() >= 5 && a.size() <= 8 && (a.back() == 't' || a.back() == 'd' || a.back() == 'h') &&
          OneOf(a, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                    "tenth", "eleventh", "twelfth"})) {
        ord = 1;
      }
    }
    if (ord == 0 || !s->Free(i)) continue;
    for (size_t j = i + ord; j < s->end && j < i + ord + 6 && s->Capitalized(j) && s->Free(j); ++j) {
      if (!Is(*s, j, kUnitHead)) continue;
      size_t e = j + 1;
      while (e < s->end && e < j + 3 && s->Capitalized(e) && s->Free(e) && !Is(*s, e, kUnitHead)) ++e;
      if (e > j + 1 && s->key(j + 1) == "of") e = j + 1;
      s->found.push_back(Make(i, e, "military_unit"));
      s->Take(static_cast<uint32_t>(i), static_cast<uint32_t>(e), Mark::kEntity);
      i = e - 1;
      break;
    }
  }
}

// "the village of X", "the town of X and Y", "X, north of Y", "the X region".
void FindPlacesByContext(SentenceState* s) {
  auto capital_run = [&](size_t i) {
    size_t j = i;
    while (j < s->end && j < i + 3 && s->Capitalized(j) && s->Free(j)) ++j;
    return j;
  };
  auto add = [&](size_t i, size_t j, const char* feature) {
    Candidate c = Make(i, j, "location");
    c.feature = feature;
    for (const auto& g : s->gazetteer) {
      if (g.first == i && g.end == j) c.entries = g.entries;
    }
    s->Take(static_cast<uint32_t>(i), static_cast<uint32_t>(j), Mark::kEntity);
    s->found.push_back(std::move(c));
  };
  for (size_t i = s->begin; i + 2 < s->end; ++i) {
    std::string_view k = s->key(i);
    if (Is(*s, i, kSettlement) && s->key(i + 1) == "of") {
      const char* feature = k[0] == 'c' ? "city" : k[0] == 't' ? "city" : "village";
      for (size_t j = i + 2; j < s->end;) {
        size_t e = capital_run(j);
        if (e == j) break;
        add(j, e, feature);
        if (s->key(e) != "," && s->key(e) != "and") break;
        j = e + 1 + (s->key(e + 1) == "and");
      }
    }
  }
  for (size_t i = s->begin; i + 1 < s->end; ++i) {
    if (!s->Capitalized(i) || !s->Free(i)) continue;
    size_t e = capital_run(i);
    // "Udachne, a village 10 km south of ...": a place named by apposition.
    if (s->key(e) == "," && OneOf(s->key(e + 1), {"a", "the"}) && Is(*s, e + 2, kSettlement) &&
        s->key(e + 3) != "of") {  // not "Elsewhere, the village of X"
      add(i, e, s->key(e + 2)[0] == 'v' || s->key(e + 2)[0] == 'h' ? "village" : "city");
      continue;
    }
    // "the Elysee Palace", "Boryspil Airport": a capitalized run ending in a facility noun.
    // Not after a demonym: "Russian Oil Depot" describes, it does not name.
    bool described = i > s->begin && s->at(i - 1) == Mark::kDemonym;
    if (e > i + 1 && Is(*s, e - 1, kFacility) && s->at(i) == Mark::kFree && !s->headline && !described) {
      add(i, e, "facility");
      continue;
    }
    if (i == s->begin) continue;
    // "residents of Hrakove", "the people of Vovchansk": a place too small for the gazetteer.
    bool residents = i >= s->begin + 2 && s->key(i - 1) == "of" &&
                     OneOf(s->key(i - 2), {"residents", "inhabitants", "villagers", "outskirts"});
    if (residents && s->at(i) == Mark::kFree) {
      add(i, e, "village");
    } else if (s->key(e) == "," && Is(*s, e + 1, kDirection) && s->key(e + 2) == "of") {
      add(i, e, "village");
    } else if (s->key(e) == "," && s->key(e + 1) == "near" && e + 2 < s->end && s->Capitalized(e + 2) &&
               s->at(i) == Mark::kFree) {
      add(i, e, "village");  // "Hrakove, near Chuhuiv"
    } else if (Is(*s, e, kRegionWord) && s->key(i - 1) == "the" && s->at(i) == Mark::kFree) {
      add(i, e + 1, "region");
    } else if (i >= s->begin + 2 &&
               OneOf(s->key(i - 1), {"near", "outside", "seized", "captured", "liberated", "retook",
                                     "recaptured", "entered"}) &&
               !s->Capitalized(i - 2) &&
               e == i + 1 && s->at(i) == Mark::kFree && (e >= s->end || !s->Capitalized(e))) {
      add(i, e, "village");  // "repelled an assault near Robotyne": a name after "near" is a place
    }
  }
}

// People: a capitalized run with a known first name, a title before it, or
// a speech verb next to it. A lone capitalized word is kept as weak: the
// resolver makes it a person only when it is the surname of one named in full.
void FindPeople(SentenceState* s) {
  for (size_t i = s->begin; i < s->end; ++i) {
    if (!s->Free(i) || !NamePart(*s, i)) continue;
    size_t j = i, parts = 0;
    while (j < s->end && s->Free(j) && parts < 4) {
      size_t n = NamePart(*s, j);
      if (n == 0 && Is(*s, j, kParticle) && NamePart(*s, j + 1)) n = 1;
      if (n == 0) break;
      j += n;
      ++parts;
      if (s->items[j - 1].possessive) break;
    }
    int title = s->title_before[i - s->begin];
    bool first_name = s->lex.IsFirstName(s->items[i].hash);
    // "X Y said" is a person unless the words read as a body ("the ... said").
    bool speech = (Is(*s, j, kSpeech) || (i > s->begin && Is(*s, i - 1, kSpeech))) &&
                  !(i > s->begin && s->key(i - 1) == "the") && !Is(*s, j - 1, kOrgHead);
    // "Bruce Bennett, a senior analyst at ...": a title soon after the comma.
    int apposition = -1;
    if (parts >= 2 && s->key(j) == "," && (OneOf(s->key(j + 1), {"the", "a", "an", "who"}) ||
                                           (j + 1 < s->end && s->at(j + 1) == Mark::kTitle))) {
      for (size_t k = j + 1; k < s->end && k < j + 8 && apposition < 0; ++k) {
        if (s->at(k) == Mark::kTitle) {
          while (k + 1 < s->end && s->at(k + 1) == Mark::kTitle) ++k;
          if (k + 1 < s->end) apposition = s->title_before[k + 1 - s->begin];
        }
      }
    }
    if (title < 0 && apposition >= 0) title = apposition;
    if (s->headline) speech = false;
    bool person = parts >= 2 ? (first_name || title >= 0 || speech) : title >= 0 && !Is(*s, i, kOrgHead);
    if (!person) {
      // No evidence: the last word alone may still be the surname of someone
      // named in full elsewhere. Weak candidates take nothing from others.
      Candidate w = Make(j - 1 - (s->key(j - 1) == "."), j, "person");
      w.weak = true;
      if (s->key(w.first) != "." && w.end - w.first == 1) s->found.push_back(std::move(w));
      i = j - 1;
      continue;
    }
    Candidate c = Make(i, j, "person");
    if (title >= 0) {
      c.role = s->lex.entry(title).role;
      if (c.role.empty() && apposition >= 0) c.role = s->lex.entry(apposition).role;
      if (const std::string* cc = s->title_country[i - s->begin]) c.country = *cc;
    }
    s->Take(static_cast<uint32_t>(i), static_cast<uint32_t>(j), Mark::kEntity);
    s->found.push_back(std::move(c));
    i = j - 1;
  }
}

}  // namespace sitrep::extract

// See discourse.h.
#include "extract/discourse.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace sitrep::extract {

bool OnTheGround(std::string_view type) {
  return type == "attack" || type == "casualties" || type == "infrastructure" || type == "clash" ||
         type == "interception";
}

bool InsideQuotes(const Document& doc, const Sentence& s, uint32_t token) {
  int marks = 0;
  for (uint32_t t = s.first_token; t < token && t < s.end_token && t < doc.tokens.size(); ++t) {
    std::string_view w = doc.TokenText(doc.tokens[t]);
    marks += w == "\"" || w == "\u201c" || w == "\u201d";
  }
  return marks % 2 == 1;
}

namespace {

bool OneOf(std::string_view type, std::initializer_list<std::string_view> set) {
  for (auto t : set) {
    if (type == t) return true;
  }
  return false;
}

bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Whole-word, case-insensitive: is `name` inside `text`?
bool NamedIn(std::string_view name, std::string_view text) {
  if (name.empty() || name.size() > text.size()) return false;
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t at = 0; at + name.size() <= text.size(); ++at) {
    if (!SameName(text.substr(at, name.size()), name)) continue;
    bool left = at == 0 || !word_char(text[at - 1]);
    bool right = at + name.size() == text.size() || !word_char(text[at + name.size()]);
    if (left && right) return true;
  }
  return false;
}

// The entity a speaker string names ("Russian President Vladimir Putin"):
// the one with the longest name or alias inside it.
const Entity* EntityNamed(const std::vector<Entity>& entities, std::string_view source) {
  const Entity* best = nullptr;
  size_t best_len = 0;
  for (const auto& ent : entities) {
    auto consider = [&](const std::string& n) {
      if (n.size() > best_len && NamedIn(n, source)) {
        best = &ent;
        best_len = n.size();
      }
    };
    consider(ent.name);
    for (const auto& a : ent.aliases) consider(a);
  }
  return best;
}

const Entity* EntityById(const std::vector<Entity>& entities, std::string_view id) {
  if (id.empty()) return nullptr;
  for (const auto& ent : entities) {
    if (ent.id == id) return &ent;
  }
  return nullptr;
}

// A place below country level: a city, region or facility.
bool BelowCountry(const std::vector<Entity>& entities, const Ref& place) {
  if (place.empty()) return false;
  const Entity* ent = EntityById(entities, place.entity);
  if (ent == nullptr || !ent->geo) return !place.admin1.empty();
  return ent->geo->feature != "country";
}

// "North Korean forces", "North Korean troops", "North Koreans": one party.
static bool SameParty(const Ref& a, const Ref& b) {
  if (!a.entity.empty() && a.entity == b.entity) return true;
  if (!a.country.empty() && a.country == b.country && (a.entity.empty() || b.entity.empty())) return true;
  return a.name == b.name;
}

}  // namespace

void FillFromContext(const Document& doc, const std::vector<Entity>& entities,
                     const std::vector<Event>& earlier, const std::vector<size_t>& sentence_of,
                     const std::vector<ToldActor>& told_attackers, size_t si, const Ref& dateline,
                     bool saying_day, Event* e) {
  if (e->type == "statement" && !e->attribution.source.empty()) {
    const Entity* speaker = EntityNamed(entities, e->attribution.source);
    const Entity* actor = EntityById(entities, e->actor.entity);
    if (speaker != nullptr && speaker->type == "person" && (actor == nullptr || actor->type != "person")) {
      e->actor = Ref{speaker->name, speaker->id, speaker->country, {}, {}, {}};
    }
  }
  // "Air defence intercepted all 31 drones. A ballistic missile hit Odesa":
  // the subject carried over from the interception is the defender, never
  // the one who struck, nor who killed.
  if ((e->type == "attack" || e->type == "casualties") && !e->actor.empty()) {
    for (size_t i = earlier.size(); i-- > 0;) {
      if (si - sentence_of[i] > kActorWindow) break;
      if (earlier[i].type == "interception" && earlier[i].actor.name == e->actor.name &&
          earlier[i].actor.country == e->actor.country) {
        e->actor = Ref{};
        break;
      }
    }
  }
  if (e->actor.empty() &&
      OneOf(e->type, {"attack", "interception", "sanction", "aid", "mobilization", "deployment",
                      "arrest", "policy", "territory"})) {
    size_t from = si + 1;  // the sentence the actor came from
    for (size_t i = earlier.size(); i-- > 0;) {
      if (si - sentence_of[i] > kActorWindow) break;
      // A liberation does not take the actor of a withdrawal told before:
      // on the ground, one side's retreat is the other side's gain.
      if (e->type == "territory" && (earlier[i].subtype == "withdrawal") != (e->subtype == "withdrawal")) continue;
      if (earlier[i].type == e->type && !earlier[i].actor.empty()) {
        e->actor = earlier[i].actor;
        from = sentence_of[i];
        break;
      }
    }
    if (e->type == "attack" && !told_attackers.empty()) {
      const ToldActor& t = told_attackers.back();
      if (si - t.sentence <= kActorWindow && (from > si || t.sentence > from)) e->actor = t.actor;
    }
  }
  if (e->location.empty() &&
      OnTheGround(e->type)) {
    for (size_t i = earlier.size(); i-- > 0;) {
      if (si - sentence_of[i] > kPlaceWindow) break;
      const Event& x = earlier[i];
      if (!OnTheGround(x.type)) continue;
      if (!BelowCountry(entities, x.location)) continue;
      e->location = x.location;
      break;
    }
  }
  // "Reports suggest North Korean troops have been deployed": where the
  // same side's deployment told before went.
  if (e->location.empty() && e->type == "deployment") {
    for (size_t i = earlier.size(); i-- > 0;) {
      if (si - sentence_of[i] > kActorWindow) break;
      const Event& x = earlier[i];
      if (x.type == "deployment" && !x.location.empty() && SameParty(x.actor, e->actor)) {
        e->location = x.location;
        break;
      }
    }
  }
  // "Shelling also ruptured a gas pipeline in Nikopol": an event on the
  // ground with no day of its own happened on the day of the one before.
  // Jets scrambled "during the attack" are on its day too.
  bool scramble = e->type == "deployment" && e->subtype == "air_patrol";
  if ((e->date.value.empty() || saying_day) &&
      (scramble || OnTheGround(e->type))) {
    for (size_t i = earlier.size(); i-- > 0;) {
      if (si - sentence_of[i] > kPlaceWindow) break;
      const Event& x = earlier[i];
      if (!OnTheGround(x.type)) continue;
      // A day still to come ("blackouts would be needed on Friday") is not
      // the day of what happened next in the report.
      bool future = doc.published.size() >= 10 && x.date.value.size() >= 10 &&
                    x.date.value.compare(0, 10, doc.published, 0, 10) > 0;
      if (future) continue;
      if (x.date.precision == "day") e->date = x.date;
      break;
    }
  }
  if (e->location.empty()) e->location = dateline;
}

// A strike told again in looser words: "Russian forces launched a wave of
// strikes on Ukraine" after "Russian missiles hit power plants in Kharkiv"
// on the same day, the same attacker or none, and the same country or no
// place. Its figures, if any, are new and keep it apart.
static bool LooseRetelling(const std::vector<Entity>& entities, const Event& x, const Event& e) {
  if (e.type != "attack" || !e.quantities.empty() || x.type != e.type || x.modality != e.modality) return false;
  if (e.date.value.empty() || x.date.value != e.date.value) return false;
  if (!e.actor.empty() && !SameParty(x.actor, e.actor)) return false;
  if (e.location.empty()) return true;
  if (e.location.name == x.location.name) return true;
  const Entity* place = EntityById(entities, e.location.entity);
  return place && place->geo && place->geo->feature == "country" && x.location.country == place->geo->country;
}

bool FoldIntoEarlier(const std::vector<Entity>& entities, std::vector<Event>* earlier, const Event& e) {
  for (auto& x : *earlier) {
    if (LooseRetelling(entities, x, e)) return true;
  }
  // "Russian missiles struck a military institute in Poltava ... Zelensky
  // said two ballistic missiles hit it": the strike told again with the
  // count it lacked. The count joins it.
  if (e.type == "attack" && !e.quantities.empty() && !e.location.name.empty() && !e.date.value.empty()) {
    for (auto& x : *earlier) {
      if (x.type != "attack" || x.modality != e.modality || x.location.name != e.location.name ||
          x.date.value != e.date.value) {
        continue;
      }
      if (!x.actor.empty() && !e.actor.empty() && !SameParty(x.actor, e.actor)) continue;
      bool new_kinds = std::none_of(e.quantities.begin(), e.quantities.end(), [&](const Quantity& q) {
        return std::any_of(x.quantities.begin(), x.quantities.end(), [&](const Quantity& y) { return y.kind == q.kind; });
      });
      if (!new_kinds) continue;
      x.quantities.insert(x.quantities.end(), e.quantities.begin(), e.quantities.end());
      if (x.actor.empty()) x.actor = e.actor;
      return true;
    }
  }
  if (!e.quantities.empty() || e.location.name.empty()) return false;
  // An event with no figure of its own, at a place and on a day the report
  // already has an event of its type for, by no one else, adds nothing but
  // what it fills in ("the hospital had suffered a direct hit" after "a
  // missile struck the hospital"). A person's remarks are KeepFirstRemark's.
  if (e.actor.name.empty() || e.type != "statement") {
    for (auto& x : *earlier) {
      if (x.type != e.type || x.type == "statement" || x.modality != e.modality) continue;
      // Each side's claim of the same town is a claim of its own.
      if (!x.attribution.source.empty() && !e.attribution.source.empty() &&
          x.attribution.source != e.attribution.source) {
        continue;
      }
      if (x.location.name != e.location.name) continue;
      if (!x.date.value.empty() && !e.date.value.empty() && x.date.value != e.date.value) continue;
      if (!x.actor.empty() && !e.actor.empty() && !SameParty(x.actor, e.actor)) continue;
      if (!x.target.empty() && !e.target.empty() && x.target.name != e.target.name) continue;
      if (x.subtype != e.subtype && !x.subtype.empty() && !e.subtype.empty()) continue;
      if (x.actor.empty()) x.actor = e.actor;
      if (x.target.empty()) x.target = e.target;
      if (x.date.value.empty()) x.date = e.date;
      return true;
    }
  }
  if (e.actor.name.empty()) return false;
  for (auto& x : *earlier) {
    if (x.type != e.type || x.modality != e.modality || !x.quantities.empty()) continue;
    if (!x.attribution.source.empty() && !e.attribution.source.empty() &&
        x.attribution.source != e.attribution.source) {
      continue;
    }
    if (!SameParty(x.actor, e.actor) || x.location.name != e.location.name) continue;
    if (!x.target.empty() && !e.target.empty() && x.target.name != e.target.name) continue;  // two meetings
    if (!x.date.value.empty() && !e.date.value.empty() && x.date.value != e.date.value) continue;
    if (x.target.empty()) x.target = e.target;
    if (x.date.value.empty()) x.date = e.date;
    return true;
  }
  return false;
}

bool AddToToll(const std::vector<size_t>& sentence_of, size_t si, std::vector<Event>* earlier,
               const Event& e) {
  if (e.type != "casualties" || e.modality != "asserted" || e.quantities.empty()) return false;
  if (e.location.name.empty()) return false;
  for (size_t i = earlier->size(); i-- > 0;) {
    if (sentence_of[i] + kPlaceWindow < si) break;
    Event& x = (*earlier)[i];
    if (x.type != "casualties" || x.modality != "asserted" || x.quantities.empty()) continue;
    if (x.location.name != e.location.name || x.date.value != e.date.value) continue;
    bool disjoint = std::none_of(e.quantities.begin(), e.quantities.end(), [&](const Quantity& q) {
      return std::any_of(x.quantities.begin(), x.quantities.end(),
                         [&](const Quantity& y) { return y.kind == q.kind || y.kind == "casualties"; }) ||
             q.kind == "casualties";
    });
    if (!disjoint) return false;  // a second count of the same kind is its own claim
    x.quantities.insert(x.quantities.end(), e.quantities.begin(), e.quantities.end());
    return true;
  }
  return false;
}

bool FoldPartOf(const Document& doc, const std::vector<size_t>& sentence_of, size_t si,
                std::vector<Event>* earlier, const Event& e) {
  if (e.type != "attack" || si == 0 || si >= doc.sentences.size()) return false;
  const Sentence& s = doc.sentences[si];
  if (s.end_token < s.first_token + 4 || doc.sentences[si - 1].paragraph + 1 < s.paragraph) return false;
  auto is = [&](uint32_t t, std::initializer_list<std::string_view> words) {
    std::string_view w = doc.TokenText(doc.tokens[t]);
    return std::any_of(words.begin(), words.end(), [&](std::string_view x) { return SameName(w, x); });
  };
  if (!is(s.first_token, {"one", "two", "three", "some", "several", "many", "most"}) ||
      !is(s.first_token + 1, {"of"}) || !is(s.first_token + 2, {"them", "these", "those"})) {
    return false;
  }
  for (size_t i = earlier->size(); i-- > 0;) {
    if (sentence_of[i] + 1 < si) break;
    Event& x = (*earlier)[i];
    if (x.type != "attack" || x.modality != e.modality) continue;
    if (!x.date.value.empty() && !e.date.value.empty() && x.date.value != e.date.value) continue;
    if (!x.actor.empty() && !e.actor.empty() && !SameParty(x.actor, e.actor)) continue;
    if (x.actor.empty()) x.actor = e.actor;
    if (x.target.empty()) x.target = e.target;
    if (x.date.value.empty()) x.date = e.date;
    if (x.location.empty()) x.location = e.location;
    return true;
  }
  return false;
}

bool FoldNoCasualties(const std::vector<size_t>& sentence_of, size_t si, std::vector<Event>* earlier,
                      const Event& e) {
  if (e.rule != "casualties.none" || !e.quantities.empty()) return false;
  for (size_t i = earlier->size(); i-- > 0;) {
    if (sentence_of[i] + 2 < si) break;
    Event& x = (*earlier)[i];
    if (x.type != "attack" && x.type != "interception" && x.type != "infrastructure" && x.type != "clash") continue;
    bool counted = std::any_of(x.quantities.begin(), x.quantities.end(), [](const Quantity& q) {
      return q.kind == "killed" || q.kind == "wounded" || q.kind == "casualties";
    });
    if (counted) return true;  // the strike's own count says more
    Quantity none;
    none.kind = "casualties";
    none.value = 0;
    none.qualifier = "exact";
    none.text = "none reported";
    x.quantities.push_back(std::move(none));
    return true;
  }
  return false;
}

}  // namespace sitrep::extract

#include "reconcile/incident_rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string_view>

#include "util/calendar.h"

namespace sitrep::reconcile {

namespace {

constexpr std::string_view kPlaceWords[] = {"oblast", "region", "province", "krai", "republic", "district", "the",
                                           "city", "of", "raion", "governorate"};

bool IsPlaceWord(std::string_view w) {
  for (std::string_view p : kPlaceWords) if (w == p) return true;
  return false;
}

// FoldPlace's byte classes, as isalnum and tolower give them in the C
// locale (sitrep never sets another): 0 separates words, else the byte a
// word keeps (non-ASCII bytes as they are). A table, not two libc calls a
// byte: FoldPlace runs for most candidate pairs.
struct PlaceFold {
  char map[256];
  PlaceFold() {
    for (int c = 0; c < 256; ++c) {
      map[c] = c >= 0x80 ? static_cast<char>(c) : std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '\0';
    }
  }
};

bool HasPlace(const StoredEvent& e) { return e.location_entity || !e.location_name.empty(); }

// Places: -1 incompatible, 0 one unknown, 1 one inside the other, 2 same.
int PlaceFit(const StoredEvent& a, const StoredEvent& b) {
  if (!HasPlace(a) || !HasPlace(b)) return 0;
  if (a.location_entity && a.location_entity == b.location_entity) return 2;
  std::string fa = FoldPlace(a.location_name), fb = FoldPlace(b.location_name);
  if (!fa.empty() && fa == fb) return 2;
  // One inside the other: a city and its region, a place and its country.
  if (!fa.empty() && (fa == FoldPlace(b.admin1) || fa == FoldPlace(b.country))) return 1;
  if (!fb.empty() && (fb == FoldPlace(a.admin1) || fb == FoldPlace(a.country))) return 1;
  if (!a.admin1.empty() && FoldPlace(a.admin1) == FoldPlace(b.admin1)) return 1;
  // A report that names only the country holds every place in it.
  if (!a.country.empty() && a.country == b.country &&
      (a.location_feature == "country" || b.location_feature == "country")) {
    return 1;
  }
  return -1;
}

// Dates: -1 incompatible, 0 unknown, 1 within the window, 2 same day.
int DateFit(const StoredEvent& a, const StoredEvent& b) {
  if (!a.date_start.empty() && !b.date_start.empty()) {
    bool a_day = a.date_end.empty() || a.date_end == a.date_start;
    bool b_day = b.date_end.empty() || b.date_end == b.date_start;
    // Two reports dated to the day must name the same day: strikes on one
    // city on consecutive nights are different incidents.
    if (a_day && b_day) return a.date_start == b.date_start ? 2 : -1;
    // A range (a month, "last week") holds the other date, give or take the window.
    const std::string& a_end = a.date_end.empty() ? a.date_start : a.date_end;
    const std::string& b_end = b.date_end.empty() ? b.date_start : b.date_end;
    if (DaysBetween(a_end, b.date_start) > kDateWindowDays || DaysBetween(b_end, a.date_start) > kDateWindowDays) {
      return -1;
    }
    return 1;
  }
  // Year unknown on one side: compare month and day as written.
  auto month_day = [](const std::string& v) { return v.size() >= 10 ? v.substr(5, 5) : std::string(); };
  std::string ma = month_day(a.date_value), mb = month_day(b.date_value);
  if (!ma.empty() && !mb.empty()) return ma == mb ? 2 : -1;
  if (!a.day.empty() && !b.day.empty()) return std::abs(DaysBetween(a.day, b.day)) <= kDateWindowDays ? 1 : -1;
  return 0;
}

// Actors: -1 incompatible, 0 unknown, 1 same country, 2 same actor.
int ActorFit(const StoredEvent& a, const StoredEvent& b) {
  if (a.actor_entity && a.actor_entity == b.actor_entity) return 2;
  if (!a.actor_country.empty() && !b.actor_country.empty()) return a.actor_country == b.actor_country ? 1 : -1;
  if (!a.actor_name.empty() && !b.actor_name.empty()) {
    return FoldPlace(a.actor_name) == FoldPlace(b.actor_name) ? 2 : 0;
  }
  return 0;
}

}  // namespace

int DaysBetween(const std::string& a, const std::string& b) {
  auto da = ParseIsoDay(a), db = ParseIsoDay(b);
  if (!da || !db) return 1 << 20;
  return static_cast<int>(*db - *da);
}

std::string FoldPlace(const std::string& name) {
  // Words are written straight into `out`; a place word is cut off again
  // with the space before it.
  static const PlaceFold fold;
  std::string out;
  size_t word = std::string::npos;  // where the current word starts in out
  auto flush = [&]() {
    if (word == std::string::npos) return;
    if (IsPlaceWord(std::string_view(out).substr(word))) out.resize(word == 0 ? 0 : word - 1);
    word = std::string::npos;
  };
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = name[i];
    char f = fold.map[c];
    if (f != '\0') {
      if (word == std::string::npos) {
        if (!out.empty()) out += ' ';
        word = out.size();
      }
      out += f;
    } else if (c == '\'' && i + 1 < name.size() && (name[i + 1] == 's' || name[i + 1] == 'S')) {
      ++i;  // possessive
    } else {
      flush();
    }
  }
  flush();
  return out;
}

int IncidentMatchScore(const StoredEvent& a, const StoredEvent& b) {
  if (a.type != b.type) return -1;
  // Any misfit rules the pair out, so the cheap tests go first: most
  // candidates are another day (string compares), and PlaceFit folds
  // names. Was 17% of reconciling (callgrind, store_bench 2000).
  int date = DateFit(a, b);
  if (date < 0) return -1;
  int actor = ActorFit(a, b);
  if (actor < 0) return -1;
  int place = PlaceFit(a, b);
  if (place < 0) return -1;
  // Too vague to match: nothing positive in common.
  if (place == 0 && date == 0 && actor == 0) return -1;
  if (date == 0) {
    // Undated reports: fighting and strikes need a shared place; other
    // kinds (deployments, aid, sanctions) a shared actor and no place on
    // one side only, so "troops in Kursk" and "troops" stay apart.
    static const std::set<std::string> kKinetic = {"attack", "interception", "clash", "territory",
                                                   "casualties", "infrastructure", "arrest"};
    if (kKinetic.count(a.type) ? place < 1 : (actor < 1 || (place == 0 && HasPlace(a) != HasPlace(b)))) {
      return -1;
    }
    // "downed 15 of 16 drones" and "intercepted 27 of 49 drones over the
    // south", both undated: a country is no shared place for fighting with
    // no day, whether both name only it or one a region inside it.
    // (A day without its year, "XXXX-12-25" on both, still ties them.)
    if (kKinetic.count(a.type) && (a.location_feature == "country" || b.location_feature == "country") &&
        (a.date_value.empty() || a.date_value != b.date_value)) {
      return -1;
    }
  }
  if (!a.subtype.empty() && !b.subtype.empty() && a.subtype != b.subtype && date < 2) return -1;
  return place * 3 + date * 2 + actor;
}

namespace {

// True when two figures surely print the same ("%.15g", and the range
// form when max > value): bit-equal doubles (so -0 and 0, which print
// differently, are not taken as equal).
bool SameFigure(const IncidentFigure& a, const IncidentFigure& b) {
  auto same = [](double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; };
  bool a_range = a.max > a.value, b_range = b.max > b.value;
  return same(a.value, b.value) && a_range == b_range && (!a_range || same(a.max, b.max));
}

// Whether some kind has two figures that may differ. Most incidents have
// none, and this spares them the formatting and the maps below (which were
// 7% of reconciling: it runs on every incident an article touches).
bool MayDiffer(const std::vector<IncidentFigure>& figures) {
  std::vector<const IncidentFigure*> first;  // the first figure of each kind seen
  for (const auto& f : figures) {
    auto it = std::find_if(first.begin(), first.end(), [&](const IncidentFigure* g) { return g->kind == f.kind; });
    if (it == first.end()) first.push_back(&f);
    else if (!SameFigure(**it, f)) return true;
  }
  return false;
}

}  // namespace

std::vector<FigureConflict> FindFigureConflicts(const std::vector<IncidentFigure>& figures) {
  if (!MayDiffer(figures)) return {};
  // kind -> value text -> sources
  std::map<std::string, std::map<std::string, std::set<int64_t>>> by_kind;
  for (const auto& f : figures) {
    // "%.15g", or "%.15g-%.15g" for a range: std::to_chars with a
    // precision prints exactly as printf does in the C locale, in a tenth
    // of snprintf's instructions (2,000 a call, half of this function).
    char buf[64];
    char* end = std::to_chars(buf, buf + 30, f.value, std::chars_format::general, 15).ptr;
    if (f.max > f.value) {
      *end++ = '-';
      end = std::to_chars(end, buf + sizeof buf, f.max, std::chars_format::general, 15).ptr;
    }
    by_kind[f.kind][std::string(buf, end)].insert(f.source_group);
  }
  std::vector<FigureConflict> out;
  for (const auto& [kind, values] : by_kind) {
    if (values.size() < 2) continue;
    // Disagreement needs two different sources: one article giving two
    // numbers of one kind is not a conflict between outlets.
    std::set<int64_t> all;
    for (const auto& [v, sources] : values) all.insert(sources.begin(), sources.end());
    if (all.size() < 2) continue;
    // Sources that all give the same numbers ("70 individuals and 90
    // entities" in each) agree: some value must lack some source.
    bool differ = false;
    for (const auto& [v, sources] : values) differ |= sources.size() != all.size();
    if (!differ) continue;
    FigureConflict c;
    c.kind = kind;
    for (const auto& [v, sources] : values) c.sides.push_back({v, {sources.begin(), sources.end()}});
    out.push_back(std::move(c));
  }
  return out;
}

bool StatusesConflict(const std::vector<std::string>& statuses) {
  bool denied = false, asserted = false;
  for (const auto& s : statuses) {
    if (s == "denied") denied = true;
    else if (s == "claimed" || s == "confirmed" || s == "reported") asserted = true;
  }
  return denied && asserted;
}

}  // namespace sitrep::reconcile

// The quantity pass's closed-class word tables (see number_words.h).
#include "extract/number_words.h"

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace sitrep::extract {
namespace {

template <typename V>
using Entry = std::pair<std::string_view, V>;

// A table sorted once, on first use (thread-safe static initialization).
template <typename V>
class Table {
 public:
  Table(std::initializer_list<Entry<V>> entries) : entries_(entries) {
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry<V>& a, const Entry<V>& b) { return a.first < b.first; });
  }
  const V* Find(std::string_view w) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), w,
                               [](const Entry<V>& e, std::string_view k) { return e.first < k; });
    return it != entries_.end() && it->first == w ? &it->second : nullptr;
  }

 private:
  std::vector<Entry<V>> entries_;
};

const Table<int>& Numbers() {
  static const Table<int> t = {
      {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
      {"seventy", 70}, {"eighty", 80},  {"ninety", 90}};
  return t;
}

const Table<std::string_view>& Units() {
  static const Table<std::string_view> t = {
      // weapons and munitions
      {"drone", "drone"},
      {"drones", "drone"},
      {"uav", "drone"},
      {"uavs", "drone"},
      {"shahed", "shahed"},
      {"shaheds", "shahed"},
      {"missile", "missile"},
      {"missiles", "missile"},
      {"rocket", "rocket"},
      {"rockets", "rocket"},
      {"shell", "shell"},
      {"shells", "shell"},
      {"projectile", "projectile"},
      {"projectiles", "projectile"},
      {"bomb", "bomb"},
      {"bombs", "bomb"},
      {"munition", "munition"},
      {"munitions", "munition"},
      {"warhead", "warhead"},
      {"warheads", "warhead"},
      {"round", "round"},
      {"rounds", "round"},
      {"mine", "mine"},
      {"mines", "mine"},
      {"grenade", "grenade"},
      {"grenades", "grenade"},
      {"weapon", "weapon"},
      {"weapons", "weapon"},
      {"launcher", "launcher"},
      {"launchers", "launcher"},
      {"system", "system"},
      {"systems", "system"},
      {"howitzer", "howitzer"},
      {"howitzers", "howitzer"},
      {"gun", "gun"},
      {"guns", "gun"},
      // aircraft, vessels, vehicles
      {"aircraft", "aircraft"},
      {"plane", "plane"},
      {"planes", "plane"},
      {"jet", "jet"},
      {"jets", "jet"},
      {"helicopter", "helicopter"},
      {"helicopters", "helicopter"},
      {"fighter", "fighter"},
      {"fighters", "fighter"},
      {"bomber", "bomber"},
      {"bombers", "bomber"},
      {"ship", "ship"},
      {"ships", "ship"},
      {"vessel", "vessel"},
      {"vessels", "vessel"},
      {"boat", "boat"},
      {"boats", "boat"},
      {"tanker", "tanker"},
      {"tankers", "tanker"},
      {"submarine", "submarine"},
      {"submarines", "submarine"},
      {"warship", "warship"},
      {"warships", "warship"},
      {"tank", "tank"},
      {"tanks", "tank"},
      {"vehicle", "vehicle"},
      {"vehicles", "vehicle"},
      {"truck", "truck"},
      {"trucks", "truck"},
      {"train", "train"},
      {"trains", "train"},
      // people
      {"soldier", "soldier"},
      {"soldiers", "soldier"},
      {"troop", "troop"},
      {"troops", "troop"},
      {"serviceman", "serviceman"},
      {"servicemen", "serviceman"},
      {"member", "member"},
      {"members", "member"},
      {"personnel", "personnel"},
      {"militant", "militant"},
      {"militants", "militant"},
      {"mercenary", "mercenary"},
      {"mercenaries", "mercenary"},
      {"civilian", "civilian"},
      {"civilians", "civilian"},
      {"people", "people"},
      {"person", "person"},
      {"persons", "person"},
      {"child", "child"},
      {"children", "child"},
      {"man", "man"},
      {"men", "man"},
      {"woman", "woman"},
      {"women", "woman"},
      {"resident", "resident"},
      {"residents", "resident"},
      {"casualty", "casualty"},
      {"casualties", "casualty"},
      {"death", "death"},
      {"deaths", "death"},
      {"injury", "injury"},
      {"injuries", "injury"},
      {"prisoner", "prisoner"},
      {"prisoners", "prisoner"},
      {"pow", "pow"},
      {"pows", "pow"},
      {"captive", "captive"},
      {"captives", "captive"},
      {"hostage", "hostage"},
      {"hostages", "hostage"},
      {"agent", "agent"},
      {"agents", "agent"},
      {"spy", "spy"},
      {"spies", "spy"},
      {"saboteur", "saboteur"},
      {"saboteurs", "saboteur"},
      {"suspect", "suspect"},
      {"suspects", "suspect"},
      {"official", "official"},
      {"officials", "official"},
      {"officer", "officer"},
      {"officers", "officer"},
      {"commander", "commander"},
      {"commanders", "commander"},
      {"recruit", "recruit"},
      {"recruits", "recruit"},
      {"conscript", "conscript"},
      {"conscripts", "conscript"},
      {"volunteer", "volunteer"},
      {"volunteers", "volunteer"},
      {"worker", "worker"},
      {"workers", "worker"},
      {"employee", "employee"},
      {"employees", "employee"},
      {"journalist", "journalist"},
      {"journalists", "journalist"},
      {"medic", "medic"},
      {"medics", "medic"},
      {"rescuer", "rescuer"},
      {"rescuers", "rescuer"},
      {"policeman", "policeman"},
      {"policemen", "policeman"},
      {"individual", "individual"},
      {"individuals", "individual"},
      {"refugee", "refugee"},
      {"refugees", "refugee"},
      {"evacuee", "evacuee"},
      {"evacuees", "evacuee"},
      {"household", "household"},
      {"households", "household"},
      {"consumer", "consumer"},
      {"consumers", "consumer"},
      {"victim", "victim"},
      {"victims", "victim"},
      {"body", "body"},
      {"bodies", "body"},
      // people counted by nationality ("6 million Ukrainians")
      {"ukrainians", "ukrainian"},
      {"russians", "russian"},
      {"koreans", "korean"},
      {"belarusians", "belarusian"},
      {"americans", "american"},
      {"europeans", "european"},
      {"georgians", "georgian"},
      {"moldovans", "moldovan"},
      {"poles", "pole"},
      // units and organizations
      {"battalion", "battalion"},
      {"battalions", "battalion"},
      {"brigade", "brigade"},
      {"brigades", "brigade"},
      {"regiment", "regiment"},
      {"regiments", "regiment"},
      {"division", "division"},
      {"divisions", "division"},
      {"unit", "unit"},
      {"units", "unit"},
      {"entity", "entity"},
      {"entities", "entity"},
      {"company", "company"},
      {"companies", "company"},
      {"country", "country"},
      {"countries", "country"},
      {"nation", "nation"},
      {"nations", "nation"},
      {"package", "package"},
      {"packages", "package"},
      // places and structures
      {"building", "building"},
      {"buildings", "building"},
      {"house", "house"},
      {"houses", "house"},
      {"home", "home"},
      {"homes", "home"},
      {"apartment", "apartment"},
      {"apartments", "apartment"},
      {"school", "school"},
      {"schools", "school"},
      {"hospital", "hospital"},
      {"hospitals", "hospital"},
      {"village", "village"},
      {"villages", "village"},
      {"town", "town"},
      {"towns", "town"},
      {"settlement", "settlement"},
      {"settlements", "settlement"},
      {"city", "city"},
      {"cities", "city"},
      {"region", "region"},
      {"regions", "region"},
      {"oblast", "oblast"},
      {"oblasts", "oblast"},
      {"district", "district"},
      {"districts", "district"},
      {"facility", "facility"},
      {"facilities", "facility"},
      {"substation", "substation"},
      {"substations", "substation"},
      {"plant", "plant"},
      {"plants", "plant"},
      {"site", "site"},
      {"sites", "site"},
      {"target", "target"},
      {"targets", "target"},
      {"position", "position"},
      {"positions", "position"},
      {"bridge", "bridge"},
      {"bridges", "bridge"},
      {"airfield", "airfield"},
      {"airfields", "airfield"},
      {"base", "base"},
      {"bases", "base"},
      {"depot", "depot"},
      {"depots", "depot"},
      // actions
      {"attack", "attack"},
      {"attacks", "attack"},
      {"strike", "strike"},
      {"strikes", "strike"},
      {"assault", "assault"},
      {"assaults", "assault"},
      {"raid", "raid"},
      {"raids", "raid"},
      {"sortie", "sortie"},
      {"sorties", "sortie"},
      {"clash", "clash"},
      {"clashes", "clash"},
      {"explosion", "explosion"},
      {"explosions", "explosion"},
      // measures
      {"km", "km"},
      {"kilometre", "km"},
      {"kilometres", "km"},
      {"kilometer", "km"},
      {"kilometers", "km"},
      {"mile", "mile"},
      {"miles", "mile"},
      {"metre", "metre"},
      {"metres", "metre"},
      {"meter", "metre"},
      {"meters", "metre"},
      {"hectare", "hectare"},
      {"hectares", "hectare"},
      {"tonne", "tonne"},
      {"tonnes", "tonne"},
      {"ton", "tonne"},
      {"tons", "tonne"},
      {"barrel", "barrel"},
      {"barrels", "barrel"},
      {"day", "day"},
      {"days", "day"},
      {"week", "week"},
      {"weeks", "week"},
      {"month", "month"},
      {"months", "month"},
      {"year", "year"},
      {"years", "year"},
      {"hour", "hour"},
      {"hours", "hour"},
      {"minute", "minute"},
      {"minutes", "minute"}};
  return t;
}

const Table<bool>& StopWords() {
  static const Table<bool> t = {
      {"a", true},       {"about", true},    {"according", true}, {"across", true},
      {"after", true},   {"against", true},  {"all", true},       {"along", true},
      {"also", true},    {"among", true},    {"an", true},        {"and", true},
      {"are", true},     {"around", true},   {"as", true},        {"at", true},
      {"be", true},      {"been", true},     {"before", true},    {"being", true},
      {"between", true}, {"but", true},      {"by", true},        {"could", true},
      {"died", true},    {"downed", true},   {"during", true},    {"each", true},
      {"fired", true},   {"for", true},      {"from", true},      {"had", true},
      {"has", true},     {"have", true},     {"he", true},        {"her", true},
      {"his", true},     {"in", true},       {"including", true}, {"injured", true},
      {"into", true},    {"is", true},       {"it", true},        {"its", true},
      {"killed", true},  {"launched", true}, {"more", true},      {"near", true},
      {"of", true},      {"on", true},       {"or", true},        {"over", true},
      {"per", true},     {"said", true},     {"says", true},      {"shot", true},
      {"since", true},   {"than", true},     {"that", true},      {"the", true},
      {"their", true},   {"them", true},     {"these", true},     {"they", true},
      {"this", true},    {"those", true},    {"through", true},   {"to", true},
      {"toward", true},  {"towards", true},  {"under", true},     {"until", true},
      {"was", true},     {"were", true},     {"which", true},     {"while", true},
      {"who", true},     {"will", true},     {"with", true},      {"within", true},
      {"would", true},   {"wounded", true}};
  return t;
}

}  // namespace

int SmallNumberWord(std::string_view w) {
  if (const int* v = Numbers().Find(w)) return *v;
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return -1;
  const int* tens = Numbers().Find(w.substr(0, dash));
  const int* ones = Numbers().Find(w.substr(dash + 1));
  if (!tens || !ones || *tens < 20 || *tens % 10 != 0 || *ones < 1 || *ones > 9) return -1;
  return *tens + *ones;
}

int ScaleWord(std::string_view w, bool abbreviated) {
  if (w == "hundred") return 2;
  if (w == "thousand") return 3;
  if (w == "million") return 6;
  if (w == "billion") return 9;
  if (w == "trillion") return 12;
  if (!abbreviated) return -1;
  if (w == "k") return 3;
  if (w == "m" || w == "mn" || w == "mln") return 6;
  if (w == "b" || w == "bn" || w == "bln") return 9;
  if (w == "tn" || w == "trn") return 12;
  return -1;
}

double VaguePlural(std::string_view w) {
  static const Table<double> t = {{"dozens", 12},    {"scores", 20},     {"tens", 10},
                                  {"hundreds", 100}, {"thousands", 1e3}, {"millions", 1e6},
                                  {"billions", 1e9}};
  const double* v = t.Find(w);
  return v ? *v : 0;
}

double FractionWord(std::string_view w) {
  static const Table<double> t = {{"half", 0.5},     {"third", 1.0 / 3}, {"thirds", 1.0 / 3},
                                  {"quarter", 0.25}, {"quarters", 0.25}, {"fifth", 0.2},
                                  {"fifths", 0.2}};
  const double* v = t.Find(w);
  return v ? *v : 0;
}

std::string_view CurrencySymbol(std::string_view w) {
  if (w == "$") return "USD";
  if (w == "\xE2\x82\xAC") return "EUR";  // €
  if (w == "\xC2\xA3") return "GBP";      // £
  if (w == "\xE2\x82\xB4") return "UAH";  // ₴
  if (w == "\xE2\x82\xBD") return "RUB";  // ₽
  return {};
}

std::string_view CurrencyCode(std::string_view w) {
  static const Table<std::string_view> t = {{"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"},
                                            {"uah", "UAH"}, {"rub", "RUB"}, {"us$", "USD"}};
  const std::string_view* v = t.Find(w);
  return v ? *v : std::string_view();
}

std::string_view CurrencyNoun(std::string_view w) {
  static const Table<std::string_view> t = {
      {"dollar", "USD"},  {"dollars", "USD"},  {"euro", "EUR"},    {"euros", "EUR"},
      {"hryvnia", "UAH"}, {"hryvnias", "UAH"}, {"hryvnas", "UAH"}, {"ruble", "RUB"},
      {"rubles", "RUB"},  {"rouble", "RUB"},   {"roubles", "RUB"}};
  const std::string_view* v = t.Find(w);
  return v ? *v : std::string_view();
}

std::string_view UnitLemma(std::string_view w) {
  const std::string_view* v = Units().Find(w);
  return v ? *v : std::string_view();
}

bool UnitStopWord(std::string_view w) { return StopWords().Find(w) != nullptr; }

QualifierMatch MatchQualifier(const std::string_view* words, int count) {
  struct Phrase {
    std::string_view w[3];
    int n;
    std::string_view q;
  };
  // Longest phrases first, so "no more than" wins over "more than".
  static constexpr Phrase kPhrases[] = {{{"no", "more", "than"}, 3, "at_most"},
                                        {{"not", "more", "than"}, 3, "at_most"},
                                        {{"no", "fewer", "than"}, 3, "at_least"},
                                        {{"no", "less", "than"}, 3, "at_least"},
                                        {{"not", "less", "than"}, 3, "at_least"},
                                        {{"as", "many", "as"}, 3, "at_most"},
                                        {{"as", "much", "as"}, 3, "at_most"},
                                        {{"in", "excess", "of"}, 3, "at_least"},
                                        {{"a", "maximum", "of"}, 3, "at_most"},
                                        {{"a", "minimum", "of"}, 3, "at_least"},
                                        {{"at", "least"}, 2, "at_least"},
                                        {{"more", "than"}, 2, "at_least"},
                                        {{"upwards", "of"}, 2, "at_least"},
                                        {{"well", "over"}, 2, "at_least"},
                                        {{"just", "over"}, 2, "at_least"},
                                        {{"up", "to"}, 2, "at_most"},
                                        {{"fewer", "than"}, 2, "at_most"},
                                        {{"less", "than"}, 2, "at_most"},
                                        {{"just", "under"}, 2, "at_most"},
                                        {{"at", "most"}, 2, "at_most"},
                                        {{"close", "to"}, 2, "approx"},
                                        {{"an", "estimated"}, 2, "approx"},
                                        {{"about"}, 1, "approx"},
                                        {{"around"}, 1, "approx"},
                                        {{"approximately"}, 1, "approx"},
                                        {{"roughly"}, 1, "approx"},
                                        {{"some"}, 1, "approx"},
                                        {{"estimated"}, 1, "approx"},
                                        {{"approx."}, 1, "approx"},
                                        {{"circa"}, 1, "approx"},
                                        {{"nearly"}, 1, "at_most"},
                                        {{"almost"}, 1, "at_most"},
                                        {{"under"}, 1, "at_most"},
                                        {{"over"}, 1, "at_least"},
                                        {{"exactly"}, 1, "exact"},
                                        {{"precisely"}, 1, "exact"}};
  for (const Phrase& p : kPhrases) {
    if (p.n > count) continue;
    bool ok = true;
    for (int k = 0; k < p.n && ok; ++k) ok = words[count - p.n + k] == p.w[k];
    if (ok) return {p.n, p.q};
  }
  return {};
}

}  // namespace sitrep::extract

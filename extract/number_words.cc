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
  Table() = default;
  Table(std::initializer_list<Entry<V>> entries) : entries_(entries) { Sort(); }
  void Add(std::string_view w, V v) { entries_.emplace_back(w, v); }
  void Sort() {
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

// Unit nouns, groups separated by "|": the lemma first, then the other
// forms that map to it. "#" starts a comment line.
constexpr std::string_view kUnitData = R"(
# weapons and munitions
drone drones uav uavs | shahed shaheds | missile missiles | rocket rockets | shell shells
projectile projectiles | bomb bombs | munition munitions | warhead warheads | round rounds
mine mines | grenade grenades | weapon weapons | launcher launchers | system systems
howitzer howitzers | gun guns
# aircraft, vessels, vehicles
aircraft | plane planes | jet jets | helicopter helicopters | fighter fighters
bomber bombers | ship ships | vessel vessels | boat boats | tanker tankers
submarine submarines | warship warships | tank tanks | vehicle vehicles | truck trucks
train trains
# people
soldier soldiers | troop troops | serviceman servicemen | member members | personnel
militant militants | mercenary mercenaries | civilian civilians | people | person persons
child children | man men | woman women | resident residents | casualty casualties
death deaths | injury injuries | prisoner prisoners | pow pows | captive captives
hostage hostages | agent agents | spy spies | saboteur saboteurs | suspect suspects
official officials | officer officers | commander commanders | recruit recruits
conscript conscripts | volunteer volunteers | worker workers | employee employees
journalist journalists | medic medics | rescuer rescuers | policeman policemen
individual individuals | refugee refugees | evacuee evacuees | household households
consumer consumers | victim victims | body bodies
# people counted by nationality ("6 million Ukrainians")
# ("=": the singular is an adjective there, "31 Ukrainian drones", not a unit)
=ukrainian ukrainians | =russian russians | =korean koreans | =belarusian belarusians
=american americans | =european europeans | =georgian georgians | =moldovan moldovans
=pole poles
# units and organizations
battalion battalions | brigade brigades | regiment regiments | division divisions
unit units | entity entities | company companies | country countries | nation nations
package packages
# places and structures
building buildings | house houses | home homes | apartment apartments | school schools
hospital hospitals | village villages | town towns | settlement settlements | city cities
region regions | oblast oblasts | district districts | facility facilities
substation substations | plant plants | site sites | target targets | position positions
bridge bridges | airfield airfields | base bases | depot depots
# actions
attack attacks | strike strikes | assault assaults | raid raids | sortie sorties
clash clashes | explosion explosions
# measures
km kilometre kilometres kilometer kilometers | mile miles | metre metres meter meters
hectare hectares | tonne tonnes ton tons | barrel barrels | day days | week weeks
month months | year years | hour hours | minute minutes
)";

// The unit table, parsed once from kUnitData.
const Table<std::string_view>& Units() {
  static const Table<std::string_view> t = [] {
    Table<std::string_view> table;
    size_t pos = 0;
    while (pos < kUnitData.size()) {
      size_t eol = kUnitData.find('\n', pos);
      if (eol == std::string_view::npos) eol = kUnitData.size();
      std::string_view line = kUnitData.substr(pos, eol - pos);
      pos = eol + 1;
      if (line.empty() || line[0] == '#') continue;
      std::string_view lemma;
      size_t k = 0;
      while (k < line.size()) {
        size_t e = line.find(' ', k);
        if (e == std::string_view::npos) e = line.size();
        std::string_view word = line.substr(k, e - k);
        k = e + 1;
        if (word.empty()) continue;
        if (word == "|") {
          lemma = {};
          continue;
        }
        if (lemma.empty()) {
          lemma = word;
          if (word[0] == '=') {  // a lemma that is not itself a form
            lemma.remove_prefix(1);
            continue;
          }
        }
        table.Add(word, lemma);
      }
    }
    table.Sort();
    return table;
  }();
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

// Currency words that are also weights or ambiguous on their own: money
// only after a scale word ("350 million pounds", "7.5 billion kroner").
// "kroner" is read as Norwegian (NOK), the commoner donor in this field;
// Danish figures are usually given as "Danish kroner", which the unit
// text keeps.
std::string_view ScaledCurrencyNoun(std::string_view w) {
  static const Table<std::string_view> t = {
      {"pound", "GBP"},  {"pounds", "GBP"}, {"sterling", "GBP"}, {"kroner", "NOK"},
      {"krone", "NOK"},  {"kronor", "SEK"}, {"yen", "JPY"},      {"francs", "CHF"},
      {"zloty", "PLN"},  {"zlotys", "PLN"}};
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

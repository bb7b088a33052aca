// A deterministic generator of news-like war reports, for benchmarks and
// crash tests that need many distinct articles. Sentences are assembled
// from templates written for sitrep; places and numbers vary with the seed.
#ifndef SITREP_TESTS_SUPPORT_NEWS_GEN_H_
#define SITREP_TESTS_SUPPORT_NEWS_GEN_H_

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

namespace sitrep::testing {

class NewsGenerator {
 public:
  explicit NewsGenerator(uint32_t seed) : rng_(seed) {}

  // One article body of about `bytes` bytes (paragraphs of 2–4 sentences).
  std::string Article(size_t bytes) {
    std::string out;
    while (out.size() < bytes) {
      int n = 2 + Pick(3);
      for (int i = 0; i < n; ++i) {
        if (i) out += ' ';
        // Most of a report is context and comment; about one sentence in
        // four reports an event, as in the seed articles.
        out += Pick(4) == 0 ? Sentence() : Commentary();
      }
      out += "\n\n";
    }
    return out;
  }

  std::string Title() { return std::string(Pick(kTitles)) + " " + Pick(kCities); }
  std::string Date() {
    char buf[16];
    std::snprintf(buf, sizeof buf, "2024-%02d-%02d", 1 + Pick(12), 1 + Pick(28));
    return buf;
  }
  const char* Outlet() { return Pick(kOutlets); }

  // A sentence of analysis in varied words, so articles do not share most
  // of their text the way template-only output would.
  std::string Commentary() {
    std::string s = Pick(kOpeners);
    int words = 10 + Pick(14);
    for (int i = 0; i < words; ++i) {
      s += ' ';
      s += Pick(kWords);
    }
    return s + ".";
  }

  std::string Sentence() {
    char buf[512];
    switch (Pick(8)) {
      case 0:
        std::snprintf(buf, sizeof buf, "Ukraine's air force said it shot down %d of %d drones launched overnight, "
                      "most of them over the %s region.", 10 + Pick(40), 50 + Pick(40), Pick(kCities));
        break;
      case 1:
        std::snprintf(buf, sizeof buf, "A missile strike on %s on %s killed %d people and wounded %d others, "
                      "the regional governor said.", Pick(kCities), Pick(kDays), 1 + Pick(15), 2 + Pick(40));
        break;
      case 2:
        std::snprintf(buf, sizeof buf, "Russia's Defense Ministry claimed its troops had captured the village of "
                      "%s, a claim that could not be independently verified.", Pick(kVillages));
        break;
      case 3:
        std::snprintf(buf, sizeof buf, "%s announced a new aid package worth $%d million for Kyiv on %s.",
                      Pick(kDonors), 50 + Pick(900), Pick(kDays));
        break;
      case 4:
        std::snprintf(buf, sizeof buf, "Heavy fighting continued near %s, where Ukrainian units repelled %d "
                      "assaults, according to the General Staff.", Pick(kCities), 5 + Pick(30));
        break;
      case 5:
        std::snprintf(buf, sizeof buf, "About %d,000 households in %s were left without power after the attack "
                      "damaged a substation.", 10 + Pick(400), Pick(kCities));
        break;
      case 6:
        std::snprintf(buf, sizeof buf, "The SBU said it had detained %d suspected agents who were passing the "
                      "coordinates of air defence positions in %s.", 2 + Pick(12), Pick(kCities));
        break;
      default:
        std::snprintf(buf, sizeof buf, "Analysts said the pace of the advance toward %s had slowed in recent "
                      "weeks as both sides brought up reserves (report %u).", Pick(kCities),
                      static_cast<unsigned>(rng_()));
        break;
    }
    return buf;
  }

 private:
  int Pick(int n) { return static_cast<int>(rng_() % static_cast<uint32_t>(n)); }
  template <size_t N>
  const char* Pick(const char* const (&list)[N]) {
    return list[rng_() % N];
  }

  static constexpr const char* kCities[] = {"Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson",
                                            "Mykolaiv", "Poltava", "Kyiv", "Lviv", "Chernihiv", "Pokrovsk",
                                            "Kramatorsk", "Kupiansk", "Toretsk", "Izium"};
  static constexpr const char* kVillages[] = {"Lozova", "Novoselivka", "Petrivka", "Andriivka", "Stepove",
                                              "Mykolaivka", "Kalynivka", "Bohdanivka"};
  static constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                          "Sunday"};
  static constexpr const char* kDonors[] = {"Germany", "Norway", "The Netherlands", "Denmark", "Canada",
                                            "The United States", "Sweden"};
  static constexpr const char* kOutlets[] = {"Test Wire", "Sample Herald", "Bench Daily", "Synthetic Post"};
  static constexpr const char* kTitles[] = {"Overnight strikes hit", "Fighting intensifies near",
                                            "Aid pledged as winter nears in", "Power cuts spread across"};

  static constexpr const char* kOpeners[] = {"Commanders warned that", "Residents described how",
                                             "Officials in the region said", "Military analysts noted that",
                                             "Local volunteers reported that", "Diplomats in Brussels argued that"};
  static constexpr const char* kWords[] = {
      "reserves", "artillery", "shortages", "logistics", "morale", "winter", "trenches", "drones", "convoys",
      "bridges", "railway", "substations", "shelters", "evacuation", "volunteers", "brigades", "ammunition",
      "counterattack", "positions", "supply", "routes", "engineers", "mines", "fortifications", "rotation",
      "recruits", "training", "casualties", "hospitals", "generators", "heating", "schools", "curfew",
      "checkpoints", "villages", "farmland", "river", "crossing", "bombardment", "sirens", "alerts", "radar",
      "interceptors", "debris", "damage", "repairs", "pledges", "sanctions", "tankers", "exports", "grain",
      "ports", "corridor", "talks", "ceasefire", "negotiators", "envoys", "summit", "budget", "loans",
      "weapons", "deliveries", "tanks", "howitzers", "missiles", "launchers", "airfields", "depots", "fuel",
      "refinery", "slowly", "steadily", "again", "despite", "after", "before", "during", "while", "although",
      "across", "toward", "behind", "along", "near", "under", "pressure", "uncertain", "exhausted", "fresh",
      "heavy", "light", "northern", "southern", "eastern", "western", "several", "many", "few", "new", "old"};

  std::mt19937 rng_;
};

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_SUPPORT_NEWS_GEN_H_

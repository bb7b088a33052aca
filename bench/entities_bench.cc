// entities_bench: the entity stage alone (EntityRecognizer::Find) on a
// generated corpus of war-report-like articles, in MB/s on one core; and
// the time to open the lexicons and the gazetteer.
//
//   build/entities_bench [MEGABYTES]     (default 8)
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "extract/entity_recognizer.h"
#include "sitrep/text.h"

namespace {

// CPU time of this thread: the machine may be busy with other work, and
// "one core" is what the figure claims.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
  }
};

double Seconds(double a, double b) { return b - a; }

// Templates in the manner of wire reports; {P} person, {T} title, {C} city,
// {N} country, {D} demonym, {O} organization, {W} weapon, {X} a made-up village.
const char* kTemplates[] = {
    "{T} {P} said on Tuesday that {N} would keep supporting the defence of {C}.",
    "Overnight, {D} forces launched {#} drones and {#} {W} missiles at {C}, the air force said.",
    "The strike damaged a power substation in the village of {X}, {#} km north of {C}.",
    "According to the {O}, {#} people were wounded in {C} and {#} in nearby {X}.",
    "{P}, the {T} of {N}, met officials from the {O} to discuss air defence.",
    "{D} troops have been deployed near {C}, an official told reporters, speaking on condition of anonymity.",
    "The {O} reported that its units repelled {#} attacks near {X} and {C} over the past day.",
    "In a statement, {P} accused {N} of targeting civilian infrastructure with {W} strikes.",
    "Residents of {C} spent the night in shelters as sirens sounded across the region.",
    "Analysts at the {O} said the advance toward {C} had slowed since early December.",
};
// Sentences without names, as most of a report's sentences are.
const char* kFiller[] = {
    "The damage was still being assessed on Wednesday morning, and repair crews were waiting for the all-clear.",
    "Officials said the figures could not be independently verified and that the count was likely to rise.",
    "Schools in the area switched to remote lessons for the rest of the week after the latest attack.",
    "Power was restored to most households within hours, though some streets remained dark until evening.",
    "The claims could not be confirmed, and neither side gave details about losses among its own troops.",
    "Both sides have stepped up long-range strikes in recent weeks as winter sets in along the front.",
    "Emergency workers pulled two people from the rubble of a five-storey building, according to rescuers.",
    "The overnight barrage was one of the largest this month, with explosions heard across several districts.",
};
const char* kPeople[] = {"Volodymyr Zelenskyy", "Vladimir Putin", "Oleksandr Syrskyi", "Dmitry Peskov",
                         "Andrii Sybiha", "Mark Rutte", "Keir Starmer", "Olena Kovalenko", "Taras Melnyk",
                         "Ihor Terekhov", "Maria Zakharova", "Donald Tusk"};
const char* kTitles[] = {"President", "Foreign Minister", "spokesperson", "Gen.", "Prime Minister", "Governor"};
const char* kCities[] = {"Kharkiv", "Kyiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Sumy", "Belgorod",
                         "Kursk", "Lviv", "Pokrovsk", "Kramatorsk", "Mykolaiv", "Poltava"};
const char* kCountries[] = {"Ukraine", "Russia", "Poland", "Germany", "the United States", "Belarus", "Iran"};
const char* kDemonyms[] = {"Russian", "Ukrainian", "North Korean", "Belarusian"};
const char* kOrgs[] = {"Ukrainian General Staff", "Russian Defense Ministry", "NATO", "SBU", "European Union",
                       "Institute for the Study of War", "State Emergency Service", "United Nations"};
const char* kWeapons[] = {"Iskander", "Kalibr", "Kh-101", "Kinzhal", "Shahed"};
const char* kVillages[] = {"Novomykhailivka", "Stepove", "Berestky", "Kalynove", "Zelene Pole", "Ivanivka"};

template <size_t N>
const char* Pick(const char* (&list)[N], std::mt19937& rng) {
  return list[rng() % N];
}

std::string Article(std::mt19937& rng, size_t sentences, bool dense) {
  std::string out;
  for (size_t s = 0; s < sentences; ++s) {
    std::string t = !dense && rng() % 2 ? Pick(kFiller, rng) : Pick(kTemplates, rng);
    for (size_t at; (at = t.find('{')) != std::string::npos;) {
      size_t close = t.find('}', at);
      char k = t[at + 1];
      std::string v = k == 'P' ? Pick(kPeople, rng) : k == 'T' ? Pick(kTitles, rng) : k == 'C' ? Pick(kCities, rng)
                    : k == 'N' ? Pick(kCountries, rng) : k == 'D' ? Pick(kDemonyms, rng) : k == 'O' ? Pick(kOrgs, rng)
                    : k == 'W' ? Pick(kWeapons, rng) : k == 'X' ? Pick(kVillages, rng) : std::to_string(rng() % 90 + 2);
      t.replace(at, close - at + 1, v);
    }
    out += t;
    out += s % 4 == 3 ? "\n\n" : " ";
  }
  return out;
}

void Run(const sitrep::extract::EntityRecognizer& rec, const std::vector<sitrep::Document>& docs,
         size_t bytes, const char* label) {
  size_t entities = 0;
  auto t2 = Clock::now();
  for (const auto& doc : docs) {
    std::vector<sitrep::Entity> es;
    std::vector<sitrep::extract::EntitySpan> spans;
    rec.Find(doc, &es, &spans);
    entities += es.size();
  }
  auto t3 = Clock::now();
  // The same work in its three phases, to see where the time goes.
  sitrep::extract::EntityFinder finder(rec.lexicon());
  sitrep::extract::EntityResolver resolver(rec.lexicon());
  double keying = 0, finding = 0, resolving = 0;
  for (const auto& doc : docs) {
    auto a = Clock::now();
    auto items = sitrep::extract::KeyTokens(doc.text, doc.tokens);
    auto b = Clock::now();
    auto cands = finder.Find(doc, items);
    auto c = Clock::now();
    std::vector<sitrep::Entity> es;
    std::vector<sitrep::extract::EntitySpan> spans;
    resolver.Resolve(doc, items, std::move(cands), &es, &spans);
    auto d = Clock::now();
    keying += Seconds(a, b), finding += Seconds(b, c), resolving += Seconds(c, d);
  }
  double s = Seconds(t2, t3);
  std::printf("find (%s): %zu articles, %.1f MB, %zu entities in %.2f s: %.1f MB/s, %.0f articles/s "
              "(one core; keys %.0f ms, finder %.0f ms, resolver %.0f ms)\n",
              label, docs.size(), bytes / 1e6, entities, s, bytes / 1e6 / s, docs.size() / s,
              1000 * keying, 1000 * finding, 1000 * resolving);
}

}  // namespace

int main(int argc, char** argv) {
  double megabytes = argc > 1 ? std::atof(argv[1]) : 8;
  auto w0 = std::chrono::steady_clock::now();
  auto t0 = Clock::now();
  auto rec = sitrep::extract::EntityRecognizer::Open(std::string(SITREP_SOURCE_DIR) + "/data");
  auto t1 = Clock::now();
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
  if (!rec.ok()) {
    std::fprintf(stderr, "entities_bench: %s\n", rec.status().ToString().c_str());
    return 1;
  }
  std::printf("open: lexicons + gazetteer (%zu entries) in %.0f ms CPU, %.0f ms wall\n",
              (*rec)->lexicon().size(), 1000 * Seconds(t0, t1), 1000 * wall);

  // "news": half the sentences name nothing, as in wire reports; "dense":
  // every sentence names three or four things (a harder case).
  for (bool dense : {false, true}) {
    std::mt19937 rng(42);
    std::vector<sitrep::Document> docs;
    size_t bytes = 0;
    while (bytes < megabytes * 1e6) {
      sitrep::Article a;
      a.body = Article(rng, 30, dense);
      docs.push_back(sitrep::MakeDocument(std::move(a)));
      bytes += docs.back().text.size();
    }
    Run(**rec, docs, bytes, dense ? "dense" : "news");
  }
  return 0;
}

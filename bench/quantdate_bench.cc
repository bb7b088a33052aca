// quantdate_bench: throughput of the quantity and date passes.
//
// Builds a deterministic news-like corpus (war-report sentences from
// templates, about one in three carrying numbers or dates), turns it into
// Documents once, then times FindQuantities + FindDates over every sentence
// on one thread. Tokenizing is not timed: the figure is MB of text per second
// given tokens. Peer: the same corpus through a plain scan that only finds
// number tokens (the floor any quantity pass pays).
#include <time.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "extract/dates.h"
#include "extract/quantities.h"
#include "sitrep/text.h"

namespace {

// CPU time of this thread: the machine is shared, so wall time overstates.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint32_t Next() {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    return static_cast<uint32_t>(s >> 11);
  }
  template <size_t N>
  const char* Pick(const char* const (&a)[N]) {
    return a[Next() % N];
  }
};

const char* const kActors[] = {"Russia", "Ukraine's air force", "The Russian army", "Kyiv",
                               "Moscow", "The General Staff"};
const char* const kWeapons[] = {"drones",          "Shahed drones",
                                "cruise missiles", "ballistic missiles",
                                "glide bombs",     "artillery shells"};
const char* const kDates[] = {
    "overnight",         "on Saturday",      "on December 16", "last night",
    "earlier this week", "on Christmas Day", "yesterday",      "between December 20 and 25",
    "in early January",  "on Dec. 16, 2024"};
const char* const kQual[] = {"", "about ", "at least ", "more than ", "nearly ", "some "};
const char* const kPlaces[] = {"Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Sumy", "Kherson"};
const char* const kFiller[] = {
    "The governor said emergency crews were working at the scene and urged residents to stay in "
    "shelters until the alert was lifted.",
    "Officials in the capital did not immediately comment on the report, which could not be "
    "independently verified.",
    "The attack damaged residential buildings, a school and power lines, leaving parts of the city "
    "without electricity.",
    "Analysts said the strikes were part of a wider campaign against the energy system ahead of "
    "the winter.",
    "The foreign ministry condemned the shelling and called on partners to supply more air "
    "defence systems.",
    "Local authorities announced that schools would move to remote learning for the rest of the "
    "week."};

std::string Sentence(Rng& r) {
  char buf[512];
  switch (r.Next() % 6) {
    case 0: {
      unsigned n = 20 + r.Next() % 80, k = r.Next() % n;
      std::snprintf(buf, sizeof buf, "%s launched %s%u %s %s, and %u of %u were shot down over %s.",
                    r.Pick(kActors), r.Pick(kQual), n, r.Pick(kWeapons), r.Pick(kDates), k, n,
                    r.Pick(kPlaces));
      return buf;
    }
    case 1: {
      unsigned a = 1 + r.Next() % 900;
      std::snprintf(buf, sizeof buf, "Washington announced $%u million in new military aid %s.", a,
                    r.Pick(kDates));
      return buf;
    }
    case 2: {
      unsigned a = 1 + r.Next() % 40, b = a + r.Next() % 20;
      std::snprintf(buf, sizeof buf,
                    "Between %u,000 and %u,000 troops were deployed near %s %s, officials said.", a,
                    b, r.Pick(kPlaces), r.Pick(kDates));
      return buf;
    }
    default:
      return r.Pick(kFiller);
  }
}

}  // namespace

int main() {
  Rng rng;
  std::vector<sitrep::Document> docs;
  size_t bytes = 0;
  for (int a = 0; a < 3000; ++a) {
    sitrep::Article article;
    article.published = "2024-12-18";
    for (int p = 0; p < 6; ++p) {
      for (int s = 0; s < 3; ++s) article.body += Sentence(rng) + " ";
      article.body += "\n\n";
    }
    docs.push_back(sitrep::MakeDocument(std::move(article)));
    bytes += docs.back().text.size();
  }
  // Peer: a scan that only counts number tokens.
  auto t0 = std::chrono::steady_clock::now();
  size_t numbers = 0;
  for (const auto& doc : docs) {
    for (const auto& t : doc.tokens) numbers += t.kind == sitrep::TokenKind::kNumber;
  }
  auto t1 = std::chrono::steady_clock::now();
  double c1 = ThreadSeconds();
  size_t quantities = 0, dates = 0;
  const int kRounds = 3;
  for (int round = 0; round < kRounds; ++round) {
    for (const auto& doc : docs) {
      for (const auto& s : doc.sentences) {
        quantities += sitrep::extract::FindQuantities(doc, s).size();
        dates += sitrep::extract::FindDates(doc, s).size();
      }
    }
  }
  auto t2 = std::chrono::steady_clock::now();
  double cpu = (ThreadSeconds() - c1) / kRounds;
  double mb = bytes / 1e6;
  double scan = std::chrono::duration<double>(t1 - t0).count();
  double pass = std::chrono::duration<double>(t2 - t1).count() / kRounds;
  std::printf("corpus: %zu articles, %.1f MB, %zu number tokens\n", docs.size(), mb, numbers);
  std::printf("number-token scan (peer): %.0f MB/s\n", mb / scan);
  std::printf(
      "FindQuantities+FindDates: %.1f MB/s CPU time (%.1f MB/s wall), %zu quantities, "
      "%zu dates per round\n",
      mb / cpu, mb / pass, quantities / kRounds, dates / kRounds);
  return 0;
}

// events_bench: the event pass alone (patterns matched, events built) on a
// generated, already annotated corpus; single thread.
//
//   build/events_bench [articles [repeats]]   (default 2000 articles of ~3 KB, best of 5)
//
// Annotation (the stand-in passes of extract/event_testkit.h) is not timed.
// The peer is the whole pipeline's budget: sitrep must extract >= 10 MB/s,
// so this pass aims at >= 30 MB/s.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "extract/event_testkit.h"
#include "extract/events.h"

namespace {

const char* kEventful[] = {
    "Russian forces struck Kharkiv with ballistic missiles on December 16, the governor said.",
    "Ukraine's air force said it shot down 20 of 31 Russian drones overnight.",
    "At least 13 people were killed and 30 wounded in a Russian strike on Zaporizhzhia.",
    "Heavy fighting continued near Pokrovsk in the Donetsk region, according to the General Staff.",
    "Russian troops reportedly captured Kurakhove after weeks of fighting.",
    "North Korea has deployed about 11,000 troops to Russia.",
    "Norway unveiled a $242 million military assistance package for Kyiv.",
    "Britain slapped sanctions on 20 tankers that carry Russian crude.",
    "Tusk met Zelensky in Lviv on Friday to discuss security guarantees.",
    "The SBU exposed a spy network of 12 Russian agents in Kharkiv.",
    "About 500,000 people in Kharkiv were left without heating after the strike.",
    "A Moscow court ordered Yandex to obscure maps of oil refineries.",
    "Putin warned that Russia could strike Kyiv with new missiles.",
    "Officials said Russia had enlisted more than 427,000 contract soldiers over the year.",
};
const char* kFiller[] = {
    "The city has a population of about one million people and a long history of trade.",
    "Residents queued for water at distribution points set up by volunteers in the morning.",
    "The report was published on the ministry's website and shared widely on social media.",
    "Analysts noted that the picture keeps changing and that more details should follow.",
    "Schools moved classes online for the rest of the week because of the cold weather.",
    "The exhibition opened in the capital with works by young artists from across the region.",
    "Negotiators have yet to agree on the terms of a broader framework for economic cooperation.",
    "Local media published photographs showing long lines at the border crossing points.",
};

}  // namespace

int main(int argc, char** argv) {
  int articles = argc > 1 ? std::atoi(argv[1]) : 2000;
  int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
  std::string data = SITREP_SOURCE_DIR "/data";
  auto t0 = std::chrono::steady_clock::now();
  auto ex = sitrep::EventExtractor::Open(data);
  if (!ex.ok()) {
    std::fprintf(stderr, "events_bench: %s\n", ex.status().ToString().c_str());
    return 1;
  }
  double compile_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  auto lex = sitrep::extract::testkit::LoadLexicon(data + "/patterns/tests/lexicon.tsv");
  if (!lex.ok()) return 1;

  std::mt19937 rng(42);
  std::vector<sitrep::extract::testkit::Annotated> corpus;
  size_t bytes = 0;
  for (int a = 0; a < articles; ++a) {
    std::string text;
    while (text.size() < 3000) {
      for (int s = 0; s < 4; ++s) {
        bool eventful = rng() % 10 < 3;
        text += eventful ? kEventful[rng() % std::size(kEventful)] : kFiller[rng() % std::size(kFiller)];
        text += ' ';
      }
      text.back() = '\n';
      text += '\n';
    }
    bytes += text.size();
    corpus.push_back(sitrep::extract::testkit::Annotate(text, lex.value()));
  }

  size_t events = 0;
  std::clock_t cpu_start = std::clock();
  // The fastest repeat: the machine may be shared, and slower runs then
  // measure the neighbours.
  double s = 1e9;
  for (int r = 0; r < repeats; ++r) {
    auto t = std::chrono::steady_clock::now();
    for (const auto& a : corpus) events += (*ex)->Find(a.doc, a.ann, a.entities).size();
    s = std::min(s, std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count());
  }
  events /= repeats;
  // CPU time too: the machine may be shared, and wall time then lies.
  double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC / repeats;
  // Where the time goes: token features, then matching, then the rest.
  auto time = [&](auto&& body) {
    auto t = std::chrono::steady_clock::now();
    for (const auto& a : corpus) body(a);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  };
  const auto& m = (*ex)->matcher();
  double prepare_s = time([&](const auto& a) { auto in = m.Prepare(a.doc, a.ann); });
  size_t matches = 0;
  double match_s = time([&](const auto& a) {
    auto in = m.Prepare(a.doc, a.ann);
    std::vector<sitrep::extract::PatternMatch> out;
    for (const auto& sen : a.doc.sentences) m.Match(in, sen, &out);
    matches += out.size();
  });
  std::printf("events_bench: prepare %.0f%%, match %.0f%%, build and merge %.0f%% (%zu matches)\n",
              100 * prepare_s / s, 100 * (match_s - prepare_s) / s, 100 * (s - match_s) / s, matches);
  std::printf("events_bench: %d rules compiled in %.1f ms\n",
              static_cast<int>((*ex)->matcher().rules().size()), compile_ms);
  std::printf("events_bench: %d articles, %.1f MB, %zu events in %.3f s\n", articles, bytes / 1e6,
              events, s);
  std::printf("events_bench: %.1f MB/s, %.0f articles/s wall; %.1f MB/s by CPU time "
              "(single thread; target >= 30 MB/s)\n",
              bytes / 1e6 / s, articles / s, bytes / 1e6 / cpu);
  return 0;
}

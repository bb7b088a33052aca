// Full `sitrep extract` on one core: ingest (JSON Lines) → text → entities,
// quantities, dates, events → JSON record, on a generated corpus.
//
// The corpus: NewsGenerator (tests/support/news_gen.h) writes ~5 KB reports
// from sentence templates of war reporting (strikes, interceptions, claims,
// aid, outages, arrests) mixed with three times as many sentences of
// varied commentary; places, numbers and days vary with the seed. It is
// wrapped as JSON Lines so the ingest parser is timed too. Target: >= 10 MB/s.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include <nlohmann/json.hpp>

#include "sitrep/extract.h"
#include "sitrep/ingest.h"
#include "sitrep/record.h"
#include "sitrep/text.h"
#include "tests/support/news_gen.h"

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 4000;
  auto extractor = sitrep::Extractor::Open(SITREP_SOURCE_DIR "/data");
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().ToString().c_str());
    return 1;
  }
  sitrep::testing::NewsGenerator gen(3);
  std::string jsonl;
  for (int i = 0; i < n; ++i) {
    nlohmann::json j = {{"title", gen.Title()}, {"outlet", gen.Outlet()}, {"published", gen.Date()},
                        {"text", gen.Article(5000)}};
    jsonl += j.dump();
    jsonl += '\n';
  }
  size_t articles = 0, events = 0, entities = 0, out_bytes = 0;
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  sitrep::Status s = sitrep::ReadBuffer(
      "bench.jsonl", jsonl, sitrep::IngestOptions{},
      [&](sitrep::Article a) {
        sitrep::Record r = (*extractor)->Extract(sitrep::MakeDocument(std::move(a)));
        out_bytes += sitrep::ToJson(r).size();
        events += r.events.size();
        entities += r.entities.size();
        ++articles;
      },
      [](const sitrep::Status&) {});
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!s.ok()) return 1;
  double mb = jsonl.size() / 1e6;
  std::printf("corpus: %zu generated articles, %.1f MB of JSON Lines; %zu entities, %zu events (%.1f per 1000 words)\n",
              articles, mb, entities, events, 1000.0 * events / (jsonl.size() / 6.0));
  std::printf("sitrep extract, one thread: %.1f MB/s of CPU, %.1f MB/s wall, %.0f articles/s  %s\n", mb / cpu,
              mb / wall, articles / cpu, mb / cpu >= 10 ? "ok" : "UNDER 10 MB/s");
  return 0;
}

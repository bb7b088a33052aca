// Full `sitrep extract` on one core: ingest (JSON Lines) → text → entities,
// quantities, dates, events → JSON record, on a generated corpus.
//
// The corpus: NewsGenerator (tests/support/news_gen.h) writes ~5 KB reports
// from sentence templates of war reporting (strikes, interceptions, claims,
// aid, outages, arrests) mixed with three times as many sentences of
// varied commentary; places, numbers and days vary with the seed. It is
// wrapped as JSON Lines so the ingest parser is timed too. Target: >= 10 MB/s.
//
// `extract_bench 0 ROUNDS` times instead the articles written by hand for
// the project's tests (examples/corpus, tests/drill*, tests/eval*), read
// ROUNDS times: shorter (~2.5 KB), denser in names and figures, and slower
// per byte than the generated reports (about 840 instructions a byte
// against 590 by callgrind), so both figures are reported.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/extract.h"
#include "sitrep/ingest.h"
#include "sitrep/record.h"
#include "sitrep/text.h"
#include "tests/support/news_gen.h"

namespace {

// The articles written for the project's own tests, in plain text with
// their header lines: news text as reporters write it, with far fewer
// template repeats than the generator's. Held-out sets are read like the
// others (the program reads them; nobody looks).
std::vector<std::pair<std::string, std::string>> WrittenArticles() {
  std::vector<std::pair<std::string, std::string>> out;
  const char* dirs[] = {"examples/corpus", "tests/drill", "tests/drill2", "tests/eval", "tests/eval2", "tests/eval3",
                        "tests/eval4", "tests/eval5", "tests/eval6", "tests/eval7", "tests/eval8"};
  for (const char* d : dirs) {
    std::filesystem::path dir = std::filesystem::path(SITREP_SOURCE_DIR) / d;
    if (!std::filesystem::is_directory(dir)) continue;
    std::vector<std::filesystem::path> files;
    for (const auto& f : std::filesystem::directory_iterator(dir)) {
      if (f.path().extension() == ".txt") files.push_back(f.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.emplace_back(f.filename().string(), ss.str());
    }
  }
  return out;
}

// Extracts every article of `files` `rounds` times; prints MB/s of CPU.
void TimeWritten(const sitrep::Extractor& extractor, int rounds) {
  auto files = WrittenArticles();
  if (files.empty()) return;
  size_t bytes = 0, events = 0, articles = 0, out_bytes = 0;
  std::clock_t c0 = std::clock();
  for (int r = 0; r < rounds; ++r) {
    for (const auto& [name, text] : files) {
      (void)sitrep::ReadBuffer(
          name, text, sitrep::IngestOptions{},
          [&](sitrep::Article a) {
            sitrep::Record rec = extractor.Extract(sitrep::MakeDocument(std::move(a)));
            events += rec.events.size();
            out_bytes += sitrep::ToJson(rec).size();  // written, as `sitrep extract` does
            ++articles;
          },
          [](const sitrep::Status&) {});
      bytes += text.size();
    }
  }
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  std::printf("written corpus: %zu articles of the project's test sets, %.2f MB, read %d times; %.1f events an article, %.1f KB of JSON an article\n",
              files.size(), bytes / 1e6 / rounds, rounds, static_cast<double>(events) / articles,
              out_bytes / 1024.0 / articles);
  std::printf("sitrep extract on it, one thread: %.1f MB/s of CPU  %s\n", bytes / 1e6 / cpu,
              bytes / 1e6 / cpu >= 10 ? "ok" : "UNDER 10 MB/s");
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 4000;
  auto extractor = sitrep::Extractor::Open(SITREP_SOURCE_DIR "/data");
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().ToString().c_str());
    return 1;
  }
  if (argc > 2) {  // extract_bench N ROUNDS: the written corpus, ROUNDS times
    TimeWritten(**extractor, std::atoi(argv[2]));
    return 0;
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

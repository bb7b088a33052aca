// Ingest throughput per format, in MB/s and articles/s, next to its peer:
// nlohmann::json parsing the same lines (JSON Lines), zlib inflating the
// same bytes (gzip), expat alone on the same feed (RSS).
#include <expat.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/ingest.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr char kParagraph[] =
    "Air defence units reported shooting down most of the drones launched overnight, while debris "
    "damaged several houses on the edge of the city, the regional governor said on Tuesday morning. ";

std::string Body(int paragraphs) {
  std::string body;
  for (int i = 0; i < paragraphs; ++i) body += std::string(kParagraph) + "\n\n";
  return body;
}

std::string MakeJsonLines(int n) {
  std::string out;
  nlohmann::json line = {{"title", "Night Strike Report"}, {"url", "https://example.org/a"},
                         {"published", "2024-12-17"}, {"text", Body(8)}};
  for (int i = 0; i < n; ++i) out += line.dump() + "\n";
  return out;
}

std::string MakeListing(int n) {
  std::string out = "Connect with us\n\n";
  for (int i = 0; i < n; ++i) {
    out += "World News\n\nHeadline Number " + std::to_string(i) + " About the Front\n\nPublished\n\non\n\nBy\n\n";
    out += Body(8) + "Continue Reading\n\n";
  }
  return out;
}

std::string MakeRss(int n) {
  std::string out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench Wire</title>";
  for (int i = 0; i < n; ++i) {
    out += "<item><title>Item " + std::to_string(i) + "</title><link>https://example.org/" + std::to_string(i) +
           "</link><pubDate>Tue, 17 Dec 2024 06:00:00 GMT</pubDate><description>" + Body(8) +
           "</description></item>";
  }
  return out + "</channel></rss>";
}

std::string Gzip(const std::string& data) {
  uLongf cap = compressBound(data.size()) + 64;
  std::string out(cap, '\0');
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = data.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = cap;
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

template <typename F>
double Seconds(F&& f) {
  auto t0 = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

void Report(const char* what, size_t bytes, size_t articles, double secs) {
  std::printf("%-34s %8.1f MB/s %10.0f articles/s  (%zu articles, %.1f MB)\n", what, bytes / secs / 1e6,
              articles / secs, articles, bytes / 1e6);
}

void BenchReader(const char* what, const std::string& name, const std::string& bytes, size_t raw_bytes) {
  size_t articles = 0;
  sitrep::IngestOptions options;
  options.max_document_bytes = 1u << 30;
  double s = Seconds([&] {
    (void)sitrep::ReadBuffer(name, bytes, options, [&](sitrep::Article) { ++articles; },
                             [](const sitrep::Status& p) { std::fprintf(stderr, "%s\n", p.message().c_str()); });
  });
  Report(what, raw_bytes, articles, s);
}

}  // namespace

int main() {
  std::string jsonl = MakeJsonLines(20000);
  BenchReader("sitrep JSON Lines", "b.jsonl", jsonl, jsonl.size());
  size_t lines = 0;
  double s = Seconds([&] {
    size_t pos = 0;
    while (pos < jsonl.size()) {
      size_t nl = jsonl.find('\n', pos);
      auto j = nlohmann::json::parse(std::string_view(jsonl).substr(pos, nl - pos), nullptr, false);
      lines += j.is_object();
      pos = nl + 1;
    }
  });
  Report("  peer: nlohmann::json::parse", jsonl.size(), lines, s);

  std::string gz = Gzip(jsonl);
  BenchReader("sitrep JSON Lines + gzip", "b.jsonl.gz", gz, jsonl.size());
  s = Seconds([&] {
    std::string out(jsonl.size(), '\0');
    uLongf n = out.size();
    z_stream zs{};
    inflateInit2(&zs, 16 + MAX_WBITS);
    zs.next_in = reinterpret_cast<Bytef*>(gz.data());
    zs.avail_in = gz.size();
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = n;
    inflate(&zs, Z_FINISH);
    inflateEnd(&zs);
  });
  Report("  peer: zlib inflate alone", jsonl.size(), 0, s);

  std::string rss = MakeRss(5000);
  BenchReader("sitrep RSS 2.0", "b.rss", rss, rss.size());
  s = Seconds([&] {
    XML_Parser p = XML_ParserCreateNS(nullptr, ' ');
    XML_Parse(p, rss.data(), static_cast<int>(rss.size()), XML_TRUE);
    XML_ParserFree(p);
  });
  Report("  peer: expat alone, no handlers", rss.size(), 0, s);

  std::string listing = MakeListing(5000);
  BenchReader("sitrep listing text", "b.txt", listing, listing.size());
  std::string text = "TITLE: One Long Article\n\n" + Body(20000);
  BenchReader("sitrep plain text", "c.txt", text, text.size());
  return 0;
}

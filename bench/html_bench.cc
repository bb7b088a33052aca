// html_bench: ParseHtml + CleanText over ~50 MB of generated news pages, one
// thread. Peer: gumbo alone on the same bytes (raw, and after the prepass),
// the floor any gumbo-based reader pays.
//
//   build/html_bench [megabytes]
#include <gumbo.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "ingest/html.h"
#include "ingest/html_arena.h"
#include "ingest/html_content.h"
#include "ingest/html_dom.h"
#include "ingest/html_furniture.h"
#include "ingest/html_meta.h"
#include "ingest/html_text.h"
#include "ingest/html_prepass.h"
#include "sitrep/text.h"

namespace {

const char* const kWords[] = {
    "Russian", "Ukrainian", "forces", "shelled", "the", "village", "of", "near", "Kharkiv", "Zaporizhzhia",
    "drones", "missiles", "overnight", "officials", "said", "regional", "governor", "troops", "advanced",
    "positions", "artillery", "brigade", "front", "line", "defence", "ministry", "reported", "killed",
    "wounded", "civilians", "infrastructure", "energy", "strike", "attack", "on", "in", "and", "a", "were",
    "according", "to", "statement", "Kyiv", "Moscow", "Donetsk", "Bakhmut", "Avdiivka", "Kursk", "region",
    "military", "sources", "confirmed", "at", "least", "three", "people", "after", "with", "by", "units"};

class Gen {
 public:
  explicit Gen(unsigned seed) : rng_(seed) {}
  size_t N(size_t n) { return rng_() % n; }
  std::string Words(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += kWords[N(std::size(kWords))];
    }
    return s;
  }
  std::string Sentence() {
    std::string s = Words(12 + N(14));
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    if (N(3) == 0) s += ", <a href=\"/news/" + std::to_string(N(100000)) + "\">" + Words(3) + "</a>";
    if (N(4) == 0) s += " <em>" + Words(2) + "</em>";
    if (N(5) == 0) s += " (" + std::to_string(N(5000)) + " km)";
    return s + ".";
  }
  std::string Para() {
    std::string p = "<p>";
    for (size_t k = 2 + N(3); k-- > 0;) p += Sentence() + " ";
    return p + "</p>\n";
  }
  std::string Links(const char* cls, size_t n) {
    std::string s = std::string("<ul class=\"") + cls + "\">";
    for (size_t i = 0; i < n; ++i) s += "<li><a href=\"/s/" + std::to_string(N(99999)) + "\">" + Words(2 + N(3)) + "</a></li>";
    return s + "</ul>\n";
  }
  std::string Page(int id);

 private:
  std::mt19937 rng_;
};

std::string Gen::Page(int id) {
  std::string title = Words(6 + N(5));
  std::string h = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
                  " | Eastern Front Wire</title>\n<meta property=\"og:title\" content=\"" + title +
                  "\"><meta property=\"og:site_name\" content=\"Eastern Front Wire\">"
                  "<meta property=\"article:published_time\" content=\"2024-0" + std::to_string(1 + N(9)) + "-1" +
                  std::to_string(N(10)) + "T08:00:00Z\"><link rel=\"canonical\" href=\"https://efw.example/a/" +
                  std::to_string(id) + "\">\n<style>";
  for (int i = 0; i < 60; ++i) h += ".c" + std::to_string(i) + "{margin:0 auto;padding:4px 8px;color:#333;font:14px/1.4 sans-serif}\n";
  h += "</style>\n<script>window.dataLayer=window.dataLayer||[];";
  for (int i = 0; i < 80; ++i) h += "function f" + std::to_string(i) + "(a,b){if(a<b){return a+'</div>'+b;}return b;}\n";
  h += "</script><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
       "\"headline\":\"" + title + "\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Eastern Front Wire\"}}</script>"
       "</head><body class=\"single has-sidebar\">\n"
       "<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>\n"
       "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">Eastern Front Wire</a></div><nav class=\"main-menu\">" +
       Links("menu", 40) + "</nav></header>\n<div class=\"container\"><main><article class=\"post\">"
       "<header><h1>" + title + "</h1><div class=\"byline\">By " + Words(2) + " | <time datetime=\"2024-05-01\">1 May</time></div>"
       "<div class=\"social-share\"><a>Facebook</a><a>Telegram</a><a>X</a></div></header>\n"
       "<figure><img src=\"/img/" + std::to_string(id) + ".jpg\" alt=\"" + Words(5) + "\"><figcaption>" + Words(8) +
       "</figcaption></figure>\n<div class=\"entry-content\">";
  for (size_t k = 8 + N(8); k-- > 0;) {
    h += Para();
    if (N(6) == 0) h += "<h2>" + Words(3) + "</h2>";
    if (N(8) == 0) h += "<div class=\"ad-slot\"><p>Advertisement</p></div>";
    if (N(9) == 0) h += "<ul><li>" + Words(6) + "</li><li>" + Words(7) + "</li></ul>";
  }
  h += "<p>Continue Reading</p></div><footer class=\"entry-tags\">" + Links("tags", 6) + "</footer></article></main>\n"
       "<aside class=\"sidebar\"><h3>Most Viewed</h3>" + Links("popular", 10) + "<div class=\"newsletter\"><form>"
       "<input type=\"email\"><button>Subscribe</button></form></div></aside>\n<section class=\"related\"><h2>Related</h2>";
  for (int i = 0; i < 6; ++i) {
    h += "<article class=\"teaser\"><h3><a href=\"/r/" + std::to_string(N(9999)) + "\">" + Words(6) + "</a></h3><p>" +
         Words(14) + "</p></article>";
  }
  h += "</section></div>\n<footer class=\"site-footer\">";
  for (int c = 0; c < 4; ++c) h += Links("footer-links", 15);
  h += "<p>&copy; 2024 Eastern Front Wire. All rights reserved.</p></footer></body></html>\n";
  return h;
}

// CPU time of this thread: the machine is shared, and wall time would
// measure the neighbours too. Wall time is printed beside it.
struct Clock {
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
  double cpu = Cpu();
  static double Cpu() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
  }
};

void Report(const char* what, const Clock& start, size_t bytes, size_t pages) {
  double cpu = Clock::Cpu() - start.cpu;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start.wall).count();
  std::printf("%-30s cpu %6.3f s  %6.1f MB/s  %6.0f pages/s   (wall %6.3f s, %6.1f MB/s)\n", what, cpu,
              bytes / 1e6 / cpu, pages / cpu, wall, bytes / 1e6 / wall);
}

struct ParseStats {
  size_t articles = 0, text_bytes = 0, problems = 0;
};

ParseStats ParseAll(const std::vector<std::string>& pages) {
  sitrep::IngestOptions options;
  ParseStats st;
  for (const std::string& p : pages) {
    sitrep::Status s = sitrep::ingest::ParseHtml(
        "bench.html", p, options,
        [&](sitrep::Article a) {
          ++st.articles;
          st.text_bytes += sitrep::CleanText(a.body, &a.warnings).size();
        },
        [&](const sitrep::Status&) { ++st.problems; });
    (void)s;
  }
  return st;
}

// Where ParseHtml's time goes, phase by phase (CPU seconds).
void Phases(const std::vector<std::string>& pages, size_t bytes) {
  using namespace sitrep::ingest;  // NOLINT: a benchmark's main file
  double t[8] = {};
  const char* names[8] = {"prepass", "gumbo", "flatten", "furniture", "content", "meta", "render", "CleanText"};
  for (const std::string& p : pages) {
    double c0 = Clock::Cpu();
    PreparedHtml prep = PrepareHtml(p);
    double c1 = Clock::Cpu();
    GumboTree tree(prep.html);
    double c2 = Clock::Cpu();
    FlatDom dom(tree.root(), 1u << 24);
    double c3 = Clock::Cpu();
    MarkFurniture(dom, Furniture::kAll);
    DropTeasers(dom);
    double c4 = Clock::Cpu();
    std::vector<ContentPart> parts = FindContent(dom);
    double c5 = Clock::Cpu();
    PageMeta meta = CollectMeta(dom, prep.json_ld);
    double c6 = Clock::Cpu();
    std::string body = parts.empty() ? std::string() : RenderText(dom, parts[0].roots, true);
    double c7 = Clock::Cpu();
    std::string clean = sitrep::CleanText(body, nullptr);
    double c8 = Clock::Cpu();
    double c[9] = {c0, c1, c2, c3, c4, c5, c6, c7, c8};
    for (int i = 0; i < 8; ++i) t[i] += c[i + 1] - c[i];
  }
  std::printf("phases (cpu s):");
  for (int i = 0; i < 8; ++i) std::printf(" %s %.3f", names[i], t[i]);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  size_t target = (argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50) * 1000000ul;
  Gen gen(42);
  std::vector<std::string> pages;
  size_t bytes = 0;
  while (bytes < target) {
    pages.push_back(gen.Page(static_cast<int>(pages.size())));
    bytes += pages.back().size();
  }
  std::printf("corpus: %zu pages, %.1f MB, %.1f KB per page\n", pages.size(), bytes / 1e6,
              bytes / 1e3 / pages.size());

  // Two rounds; the second is reported, with the allocator and caches warm.
  ParseStats stats;
  Clock start;
  for (int round = 0; round < 2; ++round) {
    start = Clock();
    stats = ParseAll(pages);
  }
  Report("ParseHtml + CleanText", start, bytes, pages.size());
  std::printf("  %zu articles, %zu problems, %.1f MB of text\n", stats.articles, stats.problems,
              stats.text_bytes / 1e6);

  start = Clock();
  size_t kept = 0;
  for (const std::string& p : pages) kept += sitrep::ingest::PrepareHtml(p).html.size();
  Report("prepass alone", start, bytes, pages.size());
  std::printf("  prepass keeps %.0f%% of the bytes for gumbo\n", 100.0 * kept / bytes);

  GumboOptions go = kGumboDefaultOptions;
  go.max_errors = 0;
  start = Clock();
  for (const std::string& p : pages) gumbo_destroy_output(&go, gumbo_parse_with_options(&go, p.data(), p.size()));
  Report("gumbo alone (raw page)", start, bytes, pages.size());

  std::vector<std::string> prepared;
  for (const std::string& p : pages) prepared.push_back(sitrep::ingest::PrepareHtml(p).html);
  start = Clock();
  for (const std::string& p : prepared) gumbo_destroy_output(&go, gumbo_parse_with_options(&go, p.data(), p.size()));
  Report("gumbo alone (after prepass)", start, bytes, pages.size());

  start = Clock();
  for (const std::string& p : prepared) sitrep::ingest::GumboTree tree(p);
  Report("gumbo + arena (after prepass)", start, bytes, pages.size());
  Phases(pages, bytes);
  return 0;
}

// text_bench: the text stage (CleanText + Tokenize + SplitSentences, i.e.
// MakeDocument) on a deterministic ~100 MB news-like corpus, one article
// (~5 KB) at a time on one thread, timed in thread CPU time. Peer: utf8proc's own NFC pass
// (utf8proc_map with UTF8PROC_COMPOSE) over the same bytes.
//
//   build/text_bench [megabytes [runs]]
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "sitrep/text.h"

namespace {

// A fixed linear congruential generator: the corpus is the same everywhere.
struct Lcg {
  uint64_t state = 0x5eed;
  uint32_t Next() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  }
  template <size_t N>
  const char* Pick(const char* const (&list)[N]) {
    return list[Next() % N];
  }
};

const char* const kSubjects[] = {
    "Russian forces",
    "Ukrainian troops",
    "The general staff",
    "Lt. Gen. Oleksandr Syrskyi",
    "Zelenskyy’s office",
    "The U.S. State Department",
    "Officials in Kharkiv",
    "A spokesman",
    "The U.K. Ministry of Defence",
    "Gov. Vitaliy Kim",
    "The regional administration",
    "Air defence units",
    "Dr. Olena Petrenko, a surgeon,",
    "Moscow",
    "Kyiv",
    "NATO allies",
    "Військові ЗСУ",
    "The E.U.",
    "Residents of St. Petersburg",
    "Col. Mark Cancian of CSIS",
};
const char* const kVerbs[] = {
    "said",   "reported",  "shelled", "struck",    "shot down", "captured",  "repelled",
    "denied", "confirmed", "claimed", "evacuated", "targeted",  "announced",
};
const char* const kObjects[] = {
    "the outskirts of Avdiivka",
    "a fuel depot near Belgorod",
    "drones over Odesa",
    "positions east of Bakhmut",
    "the village of Krynky",
    "an energy facility in Kharkiv",
    "the Zaporizhzhia nuclear plant",
    "columns of armoured vehicles",
    "the bridge at Kherson",
    "Харків та Київ",
    "the port of Mykolaiv",
    "the Kerch bridge",
    "railway lines in Crimea",
};
const char* const kTails[] = {
    "on Monday",
    "overnight",
    "at 4 a.m. local time",
    "on Dec. 5",
    "earlier this week",
    "according to officials",
    "the statement said",
    "in a Telegram post",
    "on Jan. 14",
    "after heavy fighting",
    "near the front line",
    "for the third day",
    "",
};

// The same, for Ukrainian-language reports.
const char* const kUkSubjects[] = {
    "Російські війська", "Сили оборони", "Генштаб ЗСУ",      "Голова обласної адміністрації",
    "Повітряні сили",    "Прокуратура",  "Мешканці Харкова", "Речник командування",
};
const char* const kUkVerbs[] = {"обстріляли", "збили", "повідомили про", "відбили", "знищили"};
const char* const kUkObjects[] = {
    "околиці Покровська",   "енергетичні об’єкти",         "ударні дрони над Одесою",
    "позиції біля Бахмута", "житлові будинки в Запоріжжі", "колону техніки",
};

std::string MakeUkrainianArticle(Lcg& rng, size_t target) {
  std::string body = "Нічна атака на регіон\n\n";
  while (body.size() < target) {
    body += rng.Pick(kUkSubjects);
    body += ' ';
    body += rng.Pick(kUkVerbs);
    body += ' ';
    body += rng.Pick(kUkObjects);
    body +=
        rng.Next() % 3 ? ", загинули " + std::to_string(1 + rng.Next() % 20) + " людей. " : ". ";
    if (rng.Next() % 4 == 0) body += "\n\n";
  }
  return body;
}

void AppendNumberPhrase(Lcg& rng, std::string& out) {
  switch (rng.Next() % 5) {
    case 0:
      out += ", killing " + std::to_string(2 + rng.Next() % 40) + " people";
      break;
    case 1:
      out += " with " + std::to_string(1 + rng.Next() % 90) + ",000 troops";
      break;
    case 2:
      out += ", a package worth $" + std::to_string(1 + rng.Next() % 9) + "." +
             std::to_string(rng.Next() % 10) + " billion";
      break;
    case 3:
      out += " (" + std::to_string(10 + rng.Next() % 89) + "% of the total)";
      break;
    default:
      break;
  }
}

void AppendSentence(Lcg& rng, std::string& out) {
  const bool quote = rng.Next() % 6 == 0;
  if (quote) out += "“";
  out += rng.Pick(kSubjects);
  out += ' ';
  out += rng.Pick(kVerbs);
  out += ' ';
  out += rng.Pick(kObjects);
  AppendNumberPhrase(rng, out);
  const char* tail = rng.Pick(kTails);
  if (*tail) {
    out += ' ';
    out += tail;
  }
  out += quote ? (rng.Next() % 2 ? ",” he said." : ".”") : ".";
}

std::string MakeArticle(Lcg& rng, size_t target) {
  std::string body = "Strikes reported across the region\n\n";
  // One article in a hundred carries a decomposed accent (e + U+0301), as
  // text pasted from some editors does, and so pays for the NFC pass.
  if (rng.Next() % 100 == 0) body += "A cafe\xCC\x81 in Lyman was hit.\n\n";
  while (body.size() < target) {
    size_t sentences = 2 + rng.Next() % 4;
    for (size_t i = 0; i < sentences; ++i) {
      AppendSentence(rng, body);
      body += ' ';
    }
    body.back() = '\n';
    body += '\n';
  }
  return body;
}

// CPU time of this thread: the machine may be shared, and wall time would
// count the other processes' turns.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  }
};

double Seconds(double since) { return Clock::now() - since; }

struct StageTimes {
  double clean = 0, tokenize = 0, split = 0, total = 0;
  size_t tokens = 0, sentences = 0;
};

StageTimes RunStages(const std::vector<std::string>& corpus) {
  StageTimes t;
  const double start = Clock::now();
  for (const std::string& body : corpus) {
    const double t0 = Clock::now();
    std::string text = sitrep::CleanText(body, nullptr);
    const double t1 = Clock::now();
    std::vector<sitrep::Token> tok = sitrep::Tokenize(text);
    const double t2 = Clock::now();
    std::vector<sitrep::Sentence> sen = sitrep::SplitSentences(text, tok);
    const double t3 = Clock::now();
    t.clean += t1 - t0;
    t.tokenize += t2 - t1;
    t.split += t3 - t2;
    t.tokens += tok.size();
    t.sentences += sen.size();
  }
  t.total = Seconds(start);
  return t;
}

double RunDocuments(const std::vector<std::string>& corpus, size_t* checksum) {
  const double start = Clock::now();
  for (const std::string& body : corpus) {
    sitrep::Article a;
    a.body = body;
    sitrep::Document d = sitrep::MakeDocument(std::move(a));
    *checksum += d.sentences.size();
  }
  return Seconds(start);
}

double RunPeer(const std::vector<std::string>& corpus, size_t* checksum) {
  const double start = Clock::now();
  for (const std::string& body : corpus) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(body.data()),
                     static_cast<utf8proc_ssize_t>(body.size()), &out,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    *checksum += n > 0 ? out[0] : 0;
    std::free(out);
  }
  return Seconds(start);
}

}  // namespace

int main(int argc, char** argv) {
  const size_t megabytes = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100;
  const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  Lcg rng;
  std::vector<std::string> corpus;
  size_t bytes = 0;
  while (bytes < megabytes * 1000 * 1000) {
    corpus.push_back(MakeArticle(rng, 4500 + rng.Next() % 1000));
    bytes += corpus.back().size();
  }
  const double mb = bytes / 1e6;
  std::printf("corpus: %zu articles, %.1f MB\n", corpus.size(), mb);

  // Best of several runs: other processes share the machine.
  StageTimes best;
  double doc_s = 1e30;
  size_t checksum = 0;
  for (int rep = 0; rep < reps; ++rep) {
    StageTimes t = RunStages(corpus);
    if (rep == 0 || t.total < best.total) best = t;
    doc_s = std::min(doc_s, RunDocuments(corpus, &checksum));
  }
  const double peer_s = RunPeer(corpus, &checksum);

  std::printf("tokens: %zu, sentences: %zu (checksum %zu); best of %d runs, thread CPU time\n",
              best.tokens, best.sentences, checksum, reps);
  std::printf("CleanText       %8.1f MB/s\n", mb / best.clean);
  std::printf("Tokenize        %8.1f MB/s\n", mb / best.tokenize);
  std::printf("SplitSentences  %8.1f MB/s\n", mb / best.split);
  std::printf("three stages    %8.1f MB/s  %9.0f articles/s\n", mb / best.total,
              corpus.size() / best.total);
  std::printf("MakeDocument    %8.1f MB/s  %9.0f articles/s\n", mb / doc_s, corpus.size() / doc_s);
  std::printf("peer: utf8proc NFC alone %8.1f MB/s\n", mb / peer_s);

  std::vector<std::string> uk;
  size_t uk_bytes = 0;
  while (uk_bytes < megabytes * 1000 * 1000 / 5) {
    uk.push_back(MakeUkrainianArticle(rng, 4500 + rng.Next() % 1000));
    uk_bytes += uk.back().size();
  }
  double uk_s = 1e30;
  for (int rep = 0; rep < reps; ++rep) uk_s = std::min(uk_s, RunDocuments(uk, &checksum));
  std::printf("Ukrainian corpus (%.1f MB): MakeDocument %8.1f MB/s  %9.0f articles/s\n",
              uk_bytes / 1e6, uk_bytes / 1e6 / uk_s, uk.size() / uk_s);
  return 0;
}

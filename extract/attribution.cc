// Cue words for the source and status of a report; see attribution.h.
#include "extract/attribution.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include "extract/cue_table.h"
#include "extract/lemma.h"
#include "extract/lower_tokens.h"

namespace sitrep::extract {
namespace {

enum Rank { kNone, kReported, kConfirmed, kClaimed, kUnverified, kDenied };
constexpr const char* kStatusName[] = {"", "reported", "confirmed", "claimed", "unverified", "denied"};

constexpr std::string_view kSay[] = {
    "said", "says", "say", "saying", "told", "tells", "reported", "reports", "announced",
    "announces", "stated", "states", "wrote", "writes", "added", "adds", "posted", "noted",
    "acknowledged", "admitted", "insisted", "asserted", "estimated", "estimates", "assessed",
    "assesses", "warned", "warns", "accused", "accuses"};
constexpr std::string_view kClaim[] = {"claimed", "claims", "claim", "claiming", "alleged", "alleges"};
constexpr std::string_view kConfirm[] = {"confirmed", "confirms", "confirm", "confirming"};
constexpr std::string_view kDeny[] = {"denied", "denies", "deny", "denying"};
constexpr std::string_view kVerify[] = {"verify", "verified", "confirm", "confirmed", "corroborate",
                                        "corroborated", "independently"};
constexpr std::string_view kNot[] = {"not", "unable", "cannot", "no", "couldn't", "could't"};
// Lower-case words that may be part of a source's name: "the General Staff",
// "Ukraine's air force", "regional officials".
constexpr std::string_view kSourceWords[] = {
    "the", "'s", "of", "air", "force", "forces", "ministry", "military", "army", "officials",
    "official", "authorities", "governor", "spokesperson", "spokesman", "spokeswoman",
    "command", "staff", "general", "service", "intelligence", "president", "minister",
    "regional", "defense", "defence", "administration", "office", "mayor", "head", "chief",
    "police", "prosecutors", "prosecutor", "sources", "media", "state", "news", "agency",
    // "Ukraine's border guard service", "the state emergency service", "the
    // city council", "the grid operator", "a senior security official".
    "border", "guard", "guards", "emergency", "emergencies", "security", "foreign", "interior",
    "navy", "naval", "coast", "press", "secretary", "council", "department", "committee",
    "commission", "operator", "company", "utility", "commander", "envoy", "ambassador", "embassy",
    "government", "city", "district", "local", "senior", "national", "diplomats", "diplomat",
    "spokespeople", "representative", "rescuers", "monitors", "investigators", "engineers", "grid",
    "energy", "power", "railway", "railways"};

// Membership by hash: these run on every word of every sentence with an event.
// One table for every cue list: a word's bits say which lists hold it.
enum Cue : uint8_t { kSayCue = 1, kClaimCue = 2, kConfirmCue = 4, kDenyCue = 8, kVerifyCue = 16,
                     kNotCue = 32, kSourceCue = 64 };

const CueTable& Table() {
  static const CueTable* table = [] {
    auto* t = new CueTable();
    auto add = [t](const auto& list, uint8_t bit) {
      for (std::string_view w : list) {
        if (!t->Add(w, bit)) {  // a constant list outgrew the table: fail at once, loudly
          std::fprintf(stderr, "sitrep: internal error: cue word '%.*s' does not fit CueTable\n",
                       static_cast<int>(w.size()), w.data());
          std::abort();
        }
      }
    };
    add(kSay, kSayCue);
    add(kClaim, kClaimCue);
    add(kConfirm, kConfirmCue);
    add(kDeny, kDenyCue);
    add(kVerify, kVerifyCue);
    add(kNot, kNotCue);
    add(kSourceWords, kSourceCue);
    return t;
  }();
  return *table;
}

uint8_t Cues(std::string_view w) { return Table().Find(w); }

// The sentence's tokens in lower case, with their cue bits: views into the
// document's LowerTokens table (or one buffer of the sentence's own), not a
// std::string per token. This runs for every sentence with a match and the
// next one; allocating and lowering were a third of its instructions.
class SentenceWords {
 public:
  SentenceWords(const Document& doc, const Sentence& s) : doc_(doc), s_(s) {
    size_t n = s.end_token > s.first_token ? s.end_token - s.first_token : 0;
    words_.reserve(n);
    cues_.reserve(n);
    if (const LowerTokens* table = LowerTokens::For(doc)) {
      for (uint32_t t = s.first_token; t < s.end_token; ++t) words_.push_back((*table)[t]);
    } else {  // lowered here into one buffer, viewed once it is complete
      std::vector<size_t> ends;
      std::string lower;
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        LowerWordInto(doc.TokenText(doc.tokens[t]), &lower);
        buffer_ += lower;
        ends.push_back(buffer_.size());
      }
      for (size_t i = 0; i < ends.size(); ++i) {
        size_t begin = i == 0 ? 0 : ends[i - 1];
        words_.push_back(std::string_view(buffer_).substr(begin, ends[i] - begin));
      }
    }
    for (std::string_view w : words_) cues_.push_back(Cues(w));
  }
  size_t size() const { return words_.size(); }
  std::string_view operator[](size_t i) const { return words_[i]; }
  uint8_t cues(size_t i) const { return cues_[i]; }
  bool Capitalized(size_t i) const {
    std::string_view w = doc_.TokenText(doc_.tokens[s_.first_token + i]);
    return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0);
  }
  bool IsWord(size_t i) const { return doc_.tokens[s_.first_token + i].kind == TokenKind::kWord; }
  std::string Text(size_t a, size_t b) const {  // words [a, b)
    return std::string(doc_.Slice(doc_.tokens[s_.first_token + a].start,
                                  doc_.tokens[s_.first_token + b - 1].end));
  }

 private:
  const Document& doc_;
  const Sentence& s_;
  std::string buffer_;                  // the lower-case words without a LowerTokens table
  std::vector<std::string_view> words_;  // each token in lower case
  std::vector<uint8_t> cues_;
};

bool NameWord(const SentenceWords& w, size_t i) {
  return w.IsWord(i) && (w.Capitalized(i) || (w.cues(i) & kSourceCue));
}

// A run of name words ending just before `end` (skipping "has", "also").
std::string PhraseBefore(const SentenceWords& w, size_t end) {
  while (end > 0 && (w[end - 1] == "has" || w[end - 1] == "have" || w[end - 1] == "also" ||
                     w[end - 1] == "had" || w[end - 1] == "later")) {
    --end;
  }
  size_t a = end;
  while (a > 0 && end - a < 7 && NameWord(w, a - 1)) --a;
  while (a < end && (w[a] == "the" || w[a] == "of" || w[a] == "'s")) ++a;
  return a < end ? w.Text(a, end) : "";
}

// A run of name words starting at `start` ("said the regional governor").
std::string PhraseAfter(const SentenceWords& w, size_t start) {
  size_t b = start;
  while (b < w.size() && b - start < 7 && NameWord(w, b)) ++b;
  while (b > start && (w[b - 1] == "the" || w[b - 1] == "of")) --b;
  return b > start ? w.Text(start, b) : "";
}

// "according to the city's military administration": up to punctuation.
std::string PhraseTo(const SentenceWords& w, size_t start) {
  size_t a = start, b = start;
  while (b < w.size() && b - a < 8 && (w.IsWord(b) || w[b] == "'s")) ++b;
  while (a < b && w[a] == "the") ++a;
  return a < b ? w.Text(a, b) : "";
}

// Whether a sentence may say that something was (not) verified: it holds
// one of the stems of kVerify, "unverified" or "unconfirmed" in any case. A
// byte search, so the next sentence's words are built only when it may
// ("The claims could not be independently verified.").
bool MayTellVerification(const Document& doc, const Sentence& s) {
  std::string_view text = doc.Slice(s.start, s.end);
  for (std::string_view stem : {"erif", "onfirm", "orroborat", "ndependently"}) {
    if (text.find(stem) != std::string_view::npos) return true;
  }
  return false;
}

bool Unverified(const SentenceWords& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "unverified" || w[i] == "unconfirmed") return true;
    if (!(w.cues(i) & kVerifyCue)) continue;
    for (size_t j = i >= 4 ? i - 4 : 0; j < i; ++j) {
      if ((w.cues(j) & kNotCue) || w[j].ends_with("n't")) return true;
    }
  }
  return false;
}

}  // namespace

Attribution FindAttribution(const Document& doc, const Annotations& ann,
                            const std::vector<Entity>& entities, size_t si) {
  const Sentence& s = doc.sentences[si];
  SentenceWords w(doc, s);
  int rank = kNone;
  std::string source;
  for (size_t i = 0; i < w.size(); ++i) {
    int r = kNone;
    if (w[i] == "according" && i + 1 < w.size() && w[i + 1] == "to") {
      if (source.empty()) source = PhraseTo(w, i + 2);
      rank = std::max<int>(rank, kReported);
      continue;
    }
    if (w[i] == "reportedly" || w[i] == "purportedly") r = kReported;
    if (w[i] == "allegedly") r = kClaimed;
    if (r != kNone) {
      rank = std::max(rank, r);
      continue;
    }
    uint8_t cues = w.cues(i);
    if (cues & kSayCue) r = kReported;
    if (cues & kClaimCue) r = kClaimed;
    if (cues & kConfirmCue) r = kConfirmed;
    if (cues & kDenyCue) r = kDenied;
    if (r == kNone) continue;
    // "did not confirm" is no confirmation.
    if (r == kConfirmed && i > 0 && (w[i - 1] == "not" || w[i - 1].ends_with("n't"))) continue;
    // "aimed at denying Ukrainians heat": to deny someone a thing is no denial
    // of a report. A denial is of a claim: "denied that", "denied it",
    // "denied responsibility", "denied the reports".
    if (r == kDenied && i + 1 < w.size() && w.Capitalized(i + 1) && w[i + 1] != "that") continue;
    rank = std::max(rank, r);
    if (source.empty()) source = PhraseBefore(w, i);
    // "Dmytro Lubinets, Ukraine's human rights commissioner, said": the name
    // that opens the sentence, before the apposition.
    if (source.empty() && i > 1 && w[i - 1] == ",") {
      for (size_t j = i - 1; j-- > 0 && i - j < 14;) {
        if (w[j] != ",") continue;
        std::string name = j > 0 && w.Capitalized(j - 1) ? PhraseBefore(w, j) : "";
        if (!name.empty() && w.Text(0, j).size() == name.size()) source = std::move(name);
        break;
      }
    }
    if (source.empty() && i > 0 && w[i - 1] == ",") source = PhraseAfter(w, i + 1);
    if (source.empty() && i + 1 < w.size() && (w[i + 1] == "the" || w.Capitalized(i + 1))) {
      source = PhraseAfter(w, i + 1);
    }
  }
  bool unverified = Unverified(w);
  if (!unverified && si + 1 < doc.sentences.size() && MayTellVerification(doc, doc.sentences[si + 1])) {
    unverified = Unverified(SentenceWords(doc, doc.sentences[si + 1]));
  }
  if (unverified) rank = std::max<int>(rank, kUnverified);
  Attribution a;
  a.status = kStatusName[rank];
  a.source = std::move(source);
  return a;
}

}  // namespace sitrep::extract

// Suffix rules plus an exception table; the vocabulary of the caller
// decides between the candidates, so the rules may over-generate.
#include "extract/lemma.h"

#include <algorithm>
#include <array>
#include <utility>

namespace sitrep::extract {
namespace {

// Irregular forms common in conflict reporting, sorted by the first field.
constexpr std::array<std::pair<std::string_view, std::string_view>, 109> kIrregular = {{
    {"arose", "arise"}, {"began", "begin"}, {"begun", "begin"}, {"blew", "blow"},
    {"blown", "blow"}, {"bore", "bear"}, {"borne", "bear"}, {"bought", "buy"},
    {"broke", "break"}, {"broken", "break"}, {"brought", "bring"}, {"built", "build"},
    {"came", "come"}, {"casualties", "casualty"}, {"caught", "catch"}, {"children", "child"},
    {"chose", "choose"}, {"chosen", "choose"}, {"did", "do"}, {"died", "die"}, {"dies", "die"},
    {"done", "do"}, {"drawn", "draw"}, {"drew", "draw"}, {"drove", "drive"}, {"dying", "die"},
    {"fallen", "fall"}, {"fell", "fall"}, {"felt", "feel"}, {"fled", "flee"}, {"flew", "fly"},
    {"flown", "fly"}, {"forbade", "forbid"}, {"forbidden", "forbid"}, {"fought", "fight"},
    {"found", "find"}, {"froze", "freeze"}, {"frozen", "freeze"}, {"gave", "give"},
    {"given", "give"}, {"had", "have"}, {"has", "have"}, {"held", "hold"}, {"hid", "hide"},
    {"hidden", "hide"}, {"hit", "hit"}, {"is", "be"}, {"kept", "keep"}, {"knew", "know"},
    {"known", "know"}, {"laid", "lay"}, {"led", "lead"}, {"left", "leave"}, {"lent", "lend"},
    {"lost", "lose"}, {"made", "make"}, {"meant", "mean"}, {"men", "man"}, {"met", "meet"},
    {"militaries", "military"}, {"overran", "overrun"}, {"overtaken", "overtake"},
    {"overtook", "overtake"}, {"paid", "pay"}, {"people", "person"}, {"put", "put"},
    {"ran", "run"}, {"rebuilt", "rebuild"}, {"retaken", "retake"}, {"retook", "retake"},
    {"rose", "rise"}, {"said", "say"}, {"sank", "sink"}, {"saw", "see"}, {"seen", "see"},
    {"sent", "send"}, {"servicemen", "serviceman"}, {"set", "set"}, {"shot", "shoot"},
    {"sold", "sell"}, {"sought", "seek"}, {"sped", "speed"}, {"spent", "spend"},
    {"spoke", "speak"}, {"spoken", "speak"}, {"sprang", "spring"}, {"stole", "steal"},
    {"stolen", "steal"}, {"stood", "stand"}, {"struck", "strike"}, {"sunk", "sink"},
    {"swore", "swear"}, {"sworn", "swear"}, {"taken", "take"}, {"thought", "think"},
    {"threw", "throw"}, {"told", "tell"}, {"took", "take"}, {"underwent", "undergo"},
    {"was", "be"}, {"went", "go"}, {"were", "be"}, {"withdrawn", "withdraw"},
    {"withdrew", "withdraw"}, {"women", "woman"}, {"won", "win"}, {"wounded", "wound"},
    {"written", "write"}, {"wrote", "write"},
}};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void Push(std::vector<std::string>* out, std::string s) {
  if (s.size() >= 2 && std::find(out->begin(), out->end(), s) == out->end()) {
    out->push_back(std::move(s));
  }
}

// stem of "-ed"/"-ing" forms: "shell", "strik" -> "strike", "stopp" -> "stop".
void StemCandidates(std::string stem, std::vector<std::string>* out) {
  if (stem.size() < 2) return;
  size_t n = stem.size();
  Push(out, stem);
  Push(out, stem + "e");
  if (n >= 3 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1])) {
    Push(out, stem.substr(0, n - 1));
  }
  if (stem[n - 1] == 'i') Push(out, stem.substr(0, n - 1) + "y");
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string LowerWord(std::string_view word) {
  std::string out;
  LowerWordInto(word, &out);
  return out;
}

bool IsIrregularForm(std::string_view w) {
  auto it = std::lower_bound(kIrregular.begin(), kIrregular.end(), w,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  return it != kIrregular.end() && it->first == w;
}

void LowerWordInto(std::string_view word, std::string* out_ptr) {
  std::string& out = *out_ptr;
  // The common case, ASCII: one copy, then a scalar pass through a raw
  // pointer that stops at the first non-ASCII byte. Writing through out[i]
  // made the compiler reload both strings per byte (char aliases
  // everything), and a vectorised loop costs more than it saves on words
  // of a few letters (callgrind: about a third of the old instructions).
  out.assign(word);
  char* p = out.data();
  size_t n = out.size(), i = 0;
  for (; i < n; ++i) {
    char c = p[i];
    if (static_cast<unsigned char>(c) >= 0x80) break;
    if (c >= 'A' && c <= 'Z') p[i] = static_cast<char>(c + 32);
  }
  if (i == n) return;
  out.clear();
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = word[i];
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        static_cast<unsigned char>(word[i + 2]) == 0x99) {
      out += '\'';
      i += 2;
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
}

void LemmaCandidates(std::string_view w, std::vector<std::string>* out) {
  out->clear();
  auto it = std::lower_bound(kIrregular.begin(), kIrregular.end(), w,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  if (it != kIrregular.end() && it->first == w) Push(out, std::string(it->second));
  if (w.size() < 4) return;
  if (EndsWith(w, "ies")) Push(out, std::string(w.substr(0, w.size() - 3)) + "y");
  // "-es" is its own ending only after a hissing sound or "o" ("clashes",
  // "taxes", "losses", "heroes"); elsewhere the "e" is the stem's ("missiles",
  // "strikes"), and the likelier candidate comes first: Lemmatize, which
  // has no vocabulary to choose by, takes the first.
  // ("bases", "responses", "sizes" keep theirs: only "-sses" counts.)
  const bool es_ending = EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "ches") ||
                         EndsWith(w, "shes") || EndsWith(w, "oes");
  if (EndsWith(w, "es") && es_ending) Push(out, std::string(w.substr(0, w.size() - 2)));
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    Push(out, std::string(w.substr(0, w.size() - 1)));
  }
  if (EndsWith(w, "es") && !es_ending) Push(out, std::string(w.substr(0, w.size() - 2)));
  if (EndsWith(w, "ied")) Push(out, std::string(w.substr(0, w.size() - 3)) + "y");
  if (EndsWith(w, "ed")) StemCandidates(std::string(w.substr(0, w.size() - 2)), out);
  if (EndsWith(w, "ing") && w.size() >= 5) StemCandidates(std::string(w.substr(0, w.size() - 3)), out);
  // Remove the word itself if a rule produced it ("hit" from the table).
  out->erase(std::remove(out->begin(), out->end(), std::string(w)), out->end());
}

void InflectedForms(std::string_view v, std::vector<std::string>* out) {
  out->clear();
  for (const auto& [form, lemma] : kIrregular) {
    if (lemma == v) out->emplace_back(form);
  }
  if (v.empty()) return;
  std::string s(v);
  char last = s.back();
  for (const char* suffix : {"s", "es", "ed", "d", "ing"}) out->push_back(s + suffix);
  if (last == 'y') {
    out->push_back(s.substr(0, s.size() - 1) + "ies");
    out->push_back(s.substr(0, s.size() - 1) + "ied");
  }
  if (last == 'e') out->push_back(s.substr(0, s.size() - 1) + "ing");
  if (!IsVowel(last)) {
    out->push_back(s + last + "ed");
    out->push_back(s + last + "ing");
  }
}

std::string Lemmatize(std::string_view word) {
  std::string lower = LowerWord(word);
  std::vector<std::string> c;
  LemmaCandidates(lower, &c);
  return c.empty() ? lower : c.front();
}

}  // namespace sitrep::extract

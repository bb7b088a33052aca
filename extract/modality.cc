// Cue words before the trigger; see modality.h for the order of precedence.
#include "extract/modality.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>
#include <vector>

#include "extract/cue_table.h"
#include "extract/lemma.h"
#include "extract/lower_tokens.h"

namespace sitrep::extract {
namespace {

constexpr std::string_view kNegation[] = {
    "not", "never", "no", "without", "fail", "failed", "fails", "failing", "deny", "denied",
    "denies", "denying", "refuted", "nor", "neither", "cannot", "refused", "refuses", "refusing",
    "declined", "declines", "declining", "refrained", "refrains", "refraining", "unable", "blocked", "vetoed", "stop",
    "stopped", "stops", "cease", "ceased", "ceases", "halt", "halted", "halts"};
constexpr std::string_view kPossible[] = {"could", "may", "might", "would", "can", "possibly",
                                          "should", "must", "ought", "threatened", "threatens",
                                          "threatening",
                                          "potential", "potentially", "likely", "risk"};
constexpr std::string_view kPlannedAlone[] = {"will", "'ll", "shall", "upcoming", "planned", "plans",
                                              "planning", "scheduled", "intends",
                                              // "Russia was preparing new strikes on the grid"
                                              "preparing", "prepares", "readying", "readies"};
// Planned when followed by "to": "plans to", "set to", "expected to"...
constexpr std::string_view kPlannedTo[] = {
    "plan", "plans", "planning", "planned", "set", "intend", "intends", "intended", "intending",
    "prepare", "prepares", "preparing", "prepared", "expected", "expects", "aim", "aims",
    "aiming", "going", "threaten", "threatens", "threatened", "threatening", "vow", "vows",
    "vowed", "promise", "promised", "promises", "seek", "seeks", "sought", "ready", "due", "scheduled"};
constexpr std::string_view kClauseStop[] = {",", ";", ":", "—", "–", "-", "(", ")", "\""};
// Words that open another clause ("halted after a drone hit"). Not "as"
// ("as many as") nor "that" (what is denied is told after it).
constexpr std::string_view kSubordinators[] = {"after", "when", "because", "while", "following",
                                               "before", "until", "whereas", "once"};

// Membership by hash: these run on every word of every sentence with an event.
enum Cue : uint8_t { kNegationCue = 1, kPossibleCue = 2, kPlannedAloneCue = 4, kPlannedToCue = 8,
                     kStopCue = 16, kSubordinatorCue = 32 };

// One table for every cue list: a word's bits say which lists hold it.
uint8_t Cues(std::string_view w) {
  static const auto* table = [] {
    auto* t = new CueTable();
    auto add = [t](const auto& list, uint8_t bit) {
      for (std::string_view x : list) {
        if (!t->Add(x, bit)) {  // a constant list outgrew the table: fail at once, loudly
          std::fprintf(stderr, "sitrep: internal error: cue word '%.*s' does not fit CueTable\n",
                       static_cast<int>(x.size()), x.data());
          std::abort();
        }
      }
    };
    add(kNegation, kNegationCue);
    add(kPossible, kPossibleCue);
    add(kPlannedAlone, kPlannedAloneCue);
    add(kPlannedTo, kPlannedToCue);
    add(kClauseStop, kStopCue);
    add(kSubordinators, kSubordinatorCue);
    return t;
  }();
  return table->Find(w);
}

}  // namespace

std::string FindModality(const Document& doc, const Sentence& s, uint32_t trigger, uint32_t match_end) {
  bool negated = false, possible = false, planned = false;
  // One pass over the sentence: a condition before the trigger ("if the
  // talks fail, Russia would attack") or after it ("would attack Kharkiv if
  // the talks failed" — but what is said may be conditional, the saying is
  // not: "Miller said, 'If they cross ...'"); a verb of saying before the
  // trigger ("said France would supply").
  auto saying = [](std::string_view w) {
    return w == "said" || w == "says" || w == "announced" || w == "told" || w == "promised" || w == "pledged";
  };
  const bool said_trigger = trigger < s.end_token && saying(doc.TokenText(doc.tokens[trigger]));
  // Where the sentence's conditions and verbs of saying are: found once per
  // sentence and kept, as every match of the sentence asks (callgrind).
  struct Cached {
    const Document* doc = nullptr;
    const char* text = nullptr;
    uint32_t first = 0, end = 0;
    std::vector<uint32_t> conditions, sayings;
  };
  thread_local Cached cached;
  if (cached.doc != &doc || cached.text != doc.text.data() || cached.first != s.first_token ||
      cached.end != s.end_token) {
    cached.doc = &doc, cached.text = doc.text.data(), cached.first = s.first_token, cached.end = s.end_token;
    cached.conditions.clear();
    cached.sayings.clear();
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      std::string_view w = doc.TokenText(doc.tokens[t]);
      if (w == "if" || w == "If" || w == "unless" || w == "Unless") cached.conditions.push_back(t);
      if (saying(w)) cached.sayings.push_back(t);
    }
  }
  bool conditional = false, reported = false;
  for (uint32_t t : cached.conditions) conditional |= t < trigger || !said_trigger;
  for (uint32_t t : cached.sayings) reported |= t < trigger;
  // "watching whether Kyiv steps up its drone strikes": an open question,
  // when "whether" opens the trigger's clause.
  for (uint32_t t = trigger; t-- > s.first_token && t + 12 > trigger;) {
    std::string_view w = doc.TokenText(doc.tokens[t]);
    if (w == "," || w == ";" || w == ":") break;
    if (w == "whether" || w == "Whether") {
      conditional = true;
      break;
    }
  }
  possible = conditional;
  bool would_only = true;  // every cue of possibility is "would"
  std::string next;  // the word after the current one
  uint32_t lo = trigger >= s.first_token + 6 ? trigger - 6 : s.first_token;
  if (trigger >= s.end_token) return "asserted";
  // The trigger itself counts: "no casualties" anchors on "no".
  for (uint32_t t = trigger + 1; t-- > lo;) {
    std::string w = LowerToken(doc, t);  // the event pass's table (lower_tokens.h)
    if (t == trigger) {
      negated = w == "no" || w == "not" || w == "never";
      next = std::move(w);
      continue;
    }
    uint8_t cues = Cues(w);
    if (cues & kStopCue) break;
    // "Rail traffic was halted after a drone hit a power line": the cue
    // belongs to the clause before the subordinator, not to the trigger.
    if (cues & kSubordinatorCue) break;
    bool nt = w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0;
    // "left without power after debris damaged": "without" negates only
    // the word it stands before.
    // "was without electricity": an outage, not a negation.
    // "there has been no electricity since March": an outage too. (Only
    // these two words ask: this loop runs on every word before a trigger.)
    if ((cues & kNegationCue) && (w == "without" || w == "no")) {
      const bool supply = next == "power" || next == "electricity" || next == "heating" || next == "heat" ||
                          next == "water" || next == "gas" || next == "light" || next == "lights" ||
                          next == "internet" || next == "supply";
      if ((w == "without" && (t + 2 < trigger || supply)) || (w == "no" && t + 1 == trigger && supply)) {
        cues &= ~kNegationCue;
      }
    }
    // "stopped short of assigning blame", "fell short of calling it".
    bool short_of = w == "short" && next == "of";
    // "warned the West against sending troops": a thing warned of.
    if (w == "against" && t > s.first_token) {
      std::string before = LowerToken(doc, t - 1);
      std::string before2 = t > s.first_token + 1 ? LowerToken(doc, t - 2) : std::string();
      auto warn = [](const std::string& x) { return x == "warned" || x == "warn" || x == "warns" || x == "cautioned"; };
      if (warn(before) || warn(before2) || (t > s.first_token + 2 && warn(LowerToken(doc, t - 3)))) possible = true;
    }
    // "called on allies to lift restrictions": a thing asked for.
    if (t + 1 == trigger && w == "to") {
      for (uint32_t k = t; k-- > lo;) {
        std::string x = LowerToken(doc, k);
        if (x == "urged" || x == "urge" || x == "urges" || x == "called" || x == "calls" || x == "asked" ||
            x == "asks" || x == "pressed" || x == "demanded" || x == "appealed" || x == "begged") {
          possible = true;
          break;
        }
      }
    }
    if ((cues & kNegationCue) || nt || short_of) negated = true;
    if (cues & kPossibleCue) {
      possible = true;
      if (w != "would") would_only = false;
    }
    if ((cues & kPlannedAloneCue) || (next == "to" && (cues & kPlannedToCue))) planned = true;
    next = std::move(w);
  }
  if (negated) return "negated";
  // Reported speech puts "will" into "would": a plan told, not a guess.
  if (possible && !conditional && would_only && reported) return "planned";
  if (possible) return "possible";
  if (planned) return "planned";
  for (uint32_t t = trigger + 1; t < match_end && t < s.end_token; ++t) {
    std::string w = LowerToken(doc, t);
    if (w == "," || w == ";" || w == "and" || w == "but" || w == "said" || w == "says" || w == "that") break;
    if (w == "will" || w == "would" || w == "shall" || w == "'ll") return "planned";
    if (w == "could" || w == "may" || w == "might") return "possible";
  }
  return "asserted";
}

}  // namespace sitrep::extract

// Cue words for background, commentary and generic mentions; see
// event_filter.h.
#include "extract/event_filter.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extract/discourse.h"
#include "extract/lemma.h"
#include "extract/lower_tokens.h"
#include "extract/small_word_set.h"

namespace sitrep::extract {

using namespace std::string_view_literals;
namespace {

using WordSet = SmallWordSet;  // small_word_set.h: unordered_set<string_view>, faster

// Finite verbs of analysis: "the strike underscores...", "the capture
// demonstrates...". A trailing participle ("..., marking a shift") leaves
// the main clause an event, so only finite forms count.
const WordSet& Commentary() {
  static const WordSet s = {
      "underscores", "underscored", "underscore", "highlights", "highlighted", "reflects",
      "reflected", "demonstrates", "demonstrated", "illustrates", "illustrated", "symbolizes",
      "symbolises", "represents", "represented", "serves", "showcases", "signifies", "exemplifies",
      "epitomizes", "epitomises", "highlight", "reveals", "marks", "reflect", "demonstrate",
      "illustrate", "represent", "symbolize", "symbolise"};
  return s;
}

// Nouns and prepositions that make what follows a capacity, a worry or a
// backdrop, not a report: "ability to strike", "amid Russian strikes".
const WordSet& BackgroundCues() {
  static const WordSet s = {
      "ability", "abilities", "capacity", "capability", "capabilities", "willingness", "amid",
      "amidst", "threat", "threats", "fear", "fears", "concern", "concerns", "risk", "risks",
      "reliance", "possibility", "prospect", "prospects", "history", "tactic", "tactics",
      "strategy", "vulnerable", "vulnerability", "susceptible", "deter", "deterrence",
      "prevent", "preventing", "avoid", "avoiding", "protect", "protection",
      // habit rather than an occasion: "the relentless bombardment"
      "relentless", "constant", "continuous", "persistent", "near-daily", "nightly", "frequent"};
  return s;
}

// Plural nouns of violence that, bare, speak of a kind of event: "drone
// attacks on cities", "recent strikes have been damaging".
const WordSet& GenericPlurals() {
  static const WordSet s = {"strikes", "attacks", "assaults", "raids", "barrages", "offensives",
                            "bombings", "bombardments", "shellings", "airstrikes"};
  return s;
}

const WordSet& Determiners() {
  static const WordSet s = {"the", "a", "an", "this", "these", "those", "that", "its", "their",
                            "his", "her", "our", "'s", "’s", "wave", "volley", "salvo", "round",
                            "barrage", "overnight", "latest", "new", "two", "three", "several",
                            "multiple"};
  return s;
}

// Words that end the noun phrase of a bare plural on its left.
const WordSet& Openers() {
  static const WordSet s = {
      "on", "of", "in", "amid", "amidst", "against", "from", "by", "with", "to", "for", "about",
      "over", "despite", "after", "following", "including", "like", "than", "as",
      "such", "face", "facing", "suffer", "suffering", "endured", "enduring", "conduct",
      "stage", "is", "are", "was", "were", "be", "been", "have", "has"};
  return s;
}

// Participles that modify a plural rather than govern it: "repeated strikes".
const WordSet& ModifierParticiples() {
  static const WordSet s = {"repeated", "continued", "sustained", "renewed", "coordinated",
                            "combined", "targeted", "intensified", "concentrated", "escalated",
                            "increased", "unprovoked", "so-called", "alleged", "escalating", "increasing", "growing",
                            "mounting", "ongoing", "continuing", "devastating", "punishing",
                            "crippling", "unrelenting", "near-daily", "long-range"};
  return s;
}

// A view of token t in lower case: into the document's table (lower_tokens.h)
// while the event pass runs, else into a small ring of this thread's strings,
// so a few views may be held at once. No copy per word: these tests run on
// every word around every event.
std::string_view LowerSlow(const Document& doc, uint32_t t);

inline std::string_view Lower(const Document& doc, uint32_t t) {
  if (const LowerTokens* l = LowerTokens::For(doc)) [[likely]] return (*l)[t];
  return LowerSlow(doc, t);
}

[[gnu::noinline]] std::string_view LowerSlow(const Document& doc, uint32_t t) {
  thread_local std::string ring[8];
  thread_local unsigned next = 0;
  std::string& slot = ring[next++ % 8];
  slot = LowerTokenSlow(doc, t);
  return slot;
}

bool IsClauseStop(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "\"" || w == "—" ||
         w == "–" || w == "-" || w == "“" || w == "”";
}

const EntitySpan* EntityAt(const Annotations& ann, uint32_t t) {
  auto it = std::upper_bound(ann.entities.begin(), ann.entities.end(), t,
                             [](uint32_t x, const EntitySpan& e) { return x < e.first_token; });
  if (it == ann.entities.begin()) return nullptr;
  --it;
  return t < it->end_token ? &*it : nullptr;
}

// "recent attacks", "on Russian oil facilities": a plural with no
// determiner, number, possessor or governing verb before it.
bool BarePlural(const Document& doc, const Annotations& ann, const Sentence& s, uint32_t head) {
  // The subject of a past event verb is one occasion: "Russian strikes
  // killed one person", "drone attacks hit Odesa".
  if (head + 1 < s.end_token) {
    static const WordSet past = {"hit", "struck", "killed", "left", "cut", "tore", "set", "sent"};
    std::string_view next = Lower(doc, head + 1);
    if (past.count(next) || (next.size() > 4 && next.compare(next.size() - 2, 2, "ed") == 0)) {
      return false;
    }
  }
  uint32_t t = head;
  for (int steps = 0; steps < 6; ++steps) {
    if (t == s.first_token) return true;
    --t;
    if (doc.tokens[t].kind == TokenKind::kNumber) return false;
    std::string_view w = Lower(doc, t);
    if (Determiners().count(w)) return false;
    if (IsClauseStop(w)) return true;
    if (const EntitySpan* e = EntityAt(ann, t)) {
      if (e->country.empty()) return false;  // a subject: "Russia strikes Kyiv"
      t = e->first_token;                    // a demonym modifies: "Ukrainian strikes"
      continue;
    }
    // "a wave of strikes" is one event; "a series of strikes" is not.
    if (w == "of" && t > s.first_token && Determiners().count(Lower(doc, t - 1))) return false;
    if (Openers().count(w)) return true;
    bool participle = w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                       w.compare(w.size() - 3, 3, "ing") == 0);
    if (participle && !ModifierParticiples().count(w)) {
      return false;  // "Russia launched drone attacks", "repelling attacks"
    }
  }
  return false;
}

}  // namespace

// A sentence that dates itself to a day ("on Friday evening") tells an
// event, whatever comparison it makes ("the deadliest since the invasion began").
static bool DatedToTheDay(const Annotations& ann, const Sentence& s) {
  for (const auto& d : ann.dates) {
    if (d.first_token >= s.end_token) break;
    if (d.first_token >= s.first_token && d.date.precision == "day") return true;
  }
  return false;
}

// A running total, not an event: "Russia has launched more than 4,000
// drones since the start of the year", "have fired 300 missiles so far this
// year". The present perfect and a period that runs to now, with no day.
static bool RunningTotal(const Document& doc, const Annotations& ann, const Sentence& s, uint32_t anchor) {
  bool perfect = false;
  for (uint32_t t = anchor; t-- > s.first_token && t + 4 > anchor;) {
    std::string_view w = Lower(doc, t);
    if (w == "has" || w == "have") perfect = true;
    if (IsClauseStop(w)) break;
  }
  if (!perfect || DatedToTheDay(ann, s)) return false;
  for (uint32_t t = s.first_token; t + 1 < s.end_token; ++t) {
    std::string_view w = Lower(doc, t), x = Lower(doc, t + 1);
    if (w == "since" || (w == "so" && x == "far") || (w == "to" && x == "date") || (w == "this" && x == "year")) {
      return true;
    }
  }
  return false;
}

// "• Ensuring that Ukraine retains the right to reclaim ...": an item of a
// plan's list, told by what it would do, is a proposal, not an event.
static bool PlanItem(const Document& doc, const Sentence& s) {
  if (s.first_token + 1 >= s.end_token) return false;
  std::string_view bullet = doc.TokenText(doc.tokens[s.first_token]);
  if (bullet != "\u2022" && bullet != "-" && bullet != "*" && bullet != "\u2013") return false;
  std::string_view w = doc.TokenText(doc.tokens[s.first_token + 1]);
  return w.size() > 4 && w[0] >= 'A' && w[0] <= 'Z' && w.substr(w.size() - 3) == "ing";
}

// "14 times over the past day", "30 times on Tuesday": a count of one day.
static bool DayCount(const Document& doc, const Annotations& ann, const Sentence& s, uint32_t times) {
  for (uint32_t t = times + 1; t < std::min(times + 6, s.end_token); ++t) {
    std::string_view w = Lower(doc, t);
    if (w == "day" || w == "overnight" || w == "hours" || w == "night" || w == "yesterday" || w == "today") return true;
  }
  return DatedToTheDay(ann, s);
}

bool QuotedNonEvent(const Document& doc, const Sentence& s, const PatternMatch& m, const Event& e) {
  if (e.type == "statement" || e.modality == "asserted" || e.modality == "planned") return false;
  return InsideQuotes(doc, s, m.anchor);
}

bool NothingTold(const Document& doc, const Sentence& s, const PatternMatch& m, const Event& e) {
  const std::string_view type = e.type;
  if (type == "casualties"sv && !e.quantities.empty() && std::string_view(e.modality) == "negated"sv &&
      std::string_view(e.rule) != "casualties.none"sv) {
    return true;
  }
  // "no strike groups have been detected", "a strike force": a strike that
  // names a formation.
  if (type == "attack"sv && m.anchor + 1 < s.end_token) {
    std::string_view w = Lower(doc, m.anchor);
    static const WordSet formation = {"group", "groups", "force", "forces", "package", "capability",
                                      "capabilities", "team", "teams", "unit", "units"};
    if ((w == "strike" || w == "strikes") && formation.count(Lower(doc, m.anchor + 1))) return true;
  }
  // "comment on the arrests", "commented on the strike".
  uint32_t lo = m.anchor >= s.first_token + 4 ? m.anchor - 4 : s.first_token;
  for (uint32_t t = m.anchor; t-- > lo + 1;) {
    if (doc.TokenText(doc.tokens[t]) != "on") continue;
    std::string_view v = Lower(doc, t - 1);
    return v == "comment" || v == "commented" || v == "comments" || v == "commenting";
  }
  return false;
}

bool HypotheticalDeed(const Document& doc, const Sentence& s, const PatternMatch& m, const Event& e) {
  if (e.modality == "asserted" && e.type != "attack" && e.type != "clash" && e.type != "aid") return false;
  if (e.type != "attack" && e.type != "clash" && e.type != "casualties" && e.type != "territory" &&
      e.type != "aid") {
    return false;
  }
  uint32_t lo = m.anchor >= s.first_token + 8 ? m.anchor - 8 : s.first_token;
  for (uint32_t t = m.anchor; t-- > lo;) {
    std::string_view w = Lower(doc, t);
    if (w == "," || w == ";") break;
    // "if either country is attacked", "unless they are attacked".
    if (e.modality != "asserted" && (w == "if" || w == "unless")) return true;
    // "guarantees so that Russia could not attack again": a purpose.
    if (e.modality != "asserted" && w == "that" && t > s.first_token && Lower(doc, t - 1) == "so") return true;
    // "weapons to hit Russian supply lines", "needs them to strike".
    if (w == "to" && t + 1 == m.anchor && t > s.first_token && e.type != "aid") {
      // "missiles will be used to defend positions": what they are for.
      static const WordSet purpose = {"need", "needs", "needed", "want", "wants", "wanted", "weapons",
                                      "missiles", "means", "ability", "capability", "able", "capable",
                                      "designed", "enough", "permission", "allowed", "allow", "used",
                                      "implemented", "employed", "intended", "meant", "aimed", "aiming",
                                      "entitled", "right", "authorised", "authorized"};
      for (uint32_t k = t; k-- > (t >= s.first_token + 4 ? t - 4 : s.first_token);) {
        if (purpose.count(Lower(doc, k))) return true;
      }
    }
  }
  // "a ring that gathered information on Ukraine's supply of Western
  // weapons": the deed is what was spied on, not what was done.
  for (uint32_t t = m.anchor; t-- > lo;) {
    std::string_view w = Lower(doc, t);
    if ((w == "on" || w == "about") && t > s.first_token) {
      static const WordSet topic = {"information", "intelligence", "data", "details"};
      if (topic.count(Lower(doc, t - 1))) return true;
    }
  }
  return false;
}

// Whether the sentence holds a finite verb of analysis (Commentary). Asked
// for every match of a sentence, so the answer for the last sentence is
// kept: the scan over its words was a third of IsBackground (callgrind).
bool HasCommentary(const Document& doc, const Sentence& s) {
  thread_local const Document* last_doc = nullptr;
  thread_local const char* last_text = nullptr;
  thread_local uint32_t last_first = 0, last_end = 0;
  thread_local bool last = false;
  if (last_doc == &doc && last_text == doc.text.data() && last_first == s.first_token && last_end == s.end_token) {
    return last;
  }
  bool found = false;
  for (uint32_t t = s.first_token; t < s.end_token && !found; ++t) found = Commentary().count(Lower(doc, t)) > 0;
  last_doc = &doc, last_text = doc.text.data(), last_first = s.first_token, last_end = s.end_token, last = found;
  return found;
}

bool IsBackground(const Document& doc, const Annotations& ann, const Sentence& s,
                  const PatternMatch& m, const Event& e) {
  if (PlanItem(doc, s)) return true;
  // A section heading in capitals ("ALSO HIT", "WHAT WAS STRUCK") names what
  // follows; it tells no event of its own.
  if (s.end_token - s.first_token <= 5) {
    bool heading = true, letters = false;
    for (uint32_t t = s.first_token; t < s.end_token && heading; ++t) {
      for (char c : doc.TokenText(doc.tokens[t])) {
        if (c >= 'a' && c <= 'z') heading = false;
        if (c >= 'A' && c <= 'Z') letters = true;
      }
    }
    if (heading && letters) return true;
  }
  // "We will respond to every attack": any one, not one that happened.
  if ((e.type == "attack" || e.type == "clash") && m.anchor > s.first_token) {
    std::string_view b = Lower(doc, m.anchor - 1);
    if (b == "every" || b == "any" || b == "each") return true;
  }
  if (e.type == "attack" || e.type == "clash") {
    // "an attack on one Ally is considered an attack on all", "attacks on the
    // annexed areas would count as attacks on Russia": what an attack would
    // be, not one that happened. "The city is hit often": a habit, not a day.
    static const WordSet habit = {"often", "regularly", "frequently", "routinely", "usually", "sometimes",
                                  "constantly", "daily"};
    static const WordSet defining = {"considered", "deemed", "regarded", "treated", "count", "counts",
                                     "constitute", "constitutes", "amount", "amounts"};
    uint32_t hi = std::min<uint32_t>(m.anchor + 7, s.end_token);
    for (uint32_t t = m.anchor + 1; t < hi; ++t) {
      std::string_view w = Lower(doc, t);
      if (IsClauseStop(w)) break;
      if (habit.count(w)) return true;
      if (defining.count(w)) {
        std::string_view next = t + 1 < s.end_token ? Lower(doc, t + 1) : std::string_view();
        if (next == "as" || next == "an" || next == "a" || next == "to") return true;
      }
    }
    // "... is considered an attack on all", "would count as attacks on Russia".
    for (uint32_t t = m.anchor; t-- > s.first_token && t + 4 > m.anchor;) {
      if (defining.count(Lower(doc, t))) return true;
    }
  }
  // "The speed of the advance was striking": an adjective, not a strike.
  if (Lower(doc, m.anchor) == "striking" && m.anchor > s.first_token) {
    std::string_view b = Lower(doc, m.anchor - 1);
    if (b == "was" || b == "is" || b == "are" || b == "were" || b == "be" || b == "been" || b == "most" ||
        b == "more" || b == "very" || b == "particularly" || b == "equally" || b == "less" || b == "quite") {
      return true;
    }
  }
  if ((e.type == "attack" || e.type == "interception") && RunningTotal(doc, ann, s, m.anchor)) return true;
  // "regrouping forces withdrawn from around Kyiv": a participle naming
  // the forces, whose withdrawal is told as past, not as news.
  if (e.type == "territory" && m.anchor > s.first_token && Lower(doc, m.anchor) == "withdrawn") {
    static const WordSet troops = {"forces", "troops", "units", "soldiers", "servicemen", "brigades", "battalions"};
    if (troops.count(Lower(doc, m.anchor - 1))) return true;
  }
  if (!e.quantities.empty()) return false;
  if (HasCommentary(doc, s)) return true;
  // A cue within the clause before the trigger.
  uint32_t lo = m.anchor >= s.first_token + 6 ? m.anchor - 6 : s.first_token;
  for (uint32_t t = m.anchor; t-- > lo;) {
    std::string_view w = Lower(doc, t);
    if (IsClauseStop(w)) break;
    if (BackgroundCues().count(w)) return true;
    // "arrested on suspicion of plotting arson attacks": a plot charged,
    // not an attack made.
    if (e.type == "attack" && (w == "plotting" || w == "plotted" || w == "conspiring")) return true;
  }
  // "By targeting civilian infrastructure, Moscow aims to..."
  std::string_view trigger = Lower(doc, m.anchor);
  if (m.anchor > s.first_token && Lower(doc, m.anchor - 1) == "by" && trigger.size() > 4 &&
      trigger.compare(trigger.size() - 3, 3, "ing") == 0) {
    return true;
  }
  // Habit, not an event: "has struck the grid repeatedly since the start
  // of the invasion", "since the war began". Within the trigger's clause:
  // "have been attacked dozens of times since Russia left the grain deal"
  // makes the attacks a habit, not the leaving.
  auto subordinate = [](std::string_view w) {
    return w == "since" || w == "when" || w == "after" || w == "while" || w == "because" || w == "as";
  };
  uint32_t clause_lo = m.anchor, clause_hi = m.anchor + 1;
  while (clause_lo > s.first_token && !IsClauseStop(Lower(doc, clause_lo - 1)) &&
         !subordinate(Lower(doc, clause_lo - 1))) {
    --clause_lo;
  }
  if (clause_lo > s.first_token && subordinate(Lower(doc, clause_lo - 1))) --clause_lo;  // keep "since" itself
  while (clause_hi < s.end_token && !IsClauseStop(Lower(doc, clause_hi))) ++clause_hi;  // "since ..." stays in
  // Told only to say since when: "has been shelled since Ukrainian forces
  // were pushed out of Kursk" dates the shelling; the push is backdrop.
  // A date of its own keeps it: "since Russia left the grain deal in July 2023".
  if (clause_lo < m.anchor && Lower(doc, clause_lo) == "since") {
    bool dated = std::any_of(ann.dates.begin(), ann.dates.end(), [&](const DateSpan& d) {
      return d.first_token > clause_lo && d.first_token < clause_hi;
    });
    if (!dated) return true;
    // "Since the announcement of partial mobilisation on 21 September, ...":
    // the announcement dates what follows; it is not told as news.
    if (clause_lo + 2 < m.anchor && Lower(doc, clause_lo + 1) == "the") {
      std::string_view x = Lower(doc, clause_lo + 2);
      if (x == "announcement" || x == "start" || x == "beginning" || x == "launch" || x == "outbreak") return true;
    }
  }
  // "Japan has imposed sanctions on Russia since February 2022", "Moscow has
  // struck the energy system in waves since October": what has gone on
  // since a month or a year is a campaign, not an event (since a day,
  // "since Monday", it is news).
  for (uint32_t t = m.anchor; t > clause_lo && t + 4 > m.anchor; --t) {
    std::string_view w = doc.TokenText(doc.tokens[t - 1]);
    if (w != "has" && w != "have") continue;
    auto from = std::lower_bound(ann.dates.begin(), ann.dates.end(), m.anchor + 1,
                                 [](const DateSpan& d, uint32_t x) { return d.first_token < x; });
    for (auto it = from; it != ann.dates.end(); ++it) {
      const DateSpan& d = *it;
      if (d.first_token >= clause_hi) break;
      if (d.date.precision == "day" || d.date.precision == "range") continue;
      if (Lower(doc, d.first_token - 1) != "since" && Lower(doc, d.first_token) != "since") continue;
      // (Not "advanced faster this autumn than at any time since 2022": a comparison.)
      bool compared = false;
      for (uint32_t k = m.anchor + 1; k < d.first_token && !compared; ++k) compared = Lower(doc, k) == "than";
      if (!compared) return true;
    }
    break;
  }
  for (uint32_t t = clause_lo; t < clause_hi; ++t) {
    std::string_view w = Lower(doc, t);
    if (w == "repeatedly" || w == "routinely" || w == "regularly" || w == "regular" || w == "frequent" ||
        w == "constant") {
      return true;
    }
    // "more than a dozen times this year", "dozens of times since July";
    // not "shelled the town 14 times over the past day" (a day's count).
    if (w == "times" && t > s.first_token && !DayCount(doc, ann, s, t)) {
      std::string_view b = Lower(doc, t - 1);
      if (b == "dozen" || b == "of" || b == "many" || b == "several" || b == "numerous" ||
          doc.tokens[t - 1].kind == TokenKind::kNumber) {
        return true;
      }
    }
  }
  // "since the war began" marks the whole sentence as backdrop, wherever
  // it stands ("Since the war began, Russian forces have destroyed ...").
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    if (Lower(doc, t) != "since" || DatedToTheDay(ann, s)) continue;
    for (uint32_t k = t + 1; k < std::min(t + 5, s.end_token); ++k) {
      std::string_view x = Lower(doc, k);
      if (x == "start" || x == "began" || x == "beginning" || x == "outbreak" || x == "invasion") return true;
    }
  }
  // "The governor said two workers were taken to hospital", "said there
  // were no casualties": a report of events told by an official, not a
  // remark of their own.
  if (e.rule == "statement.remark") {
    static const WordSet report = {"killed", "wounded", "injured", "casualties", "damaged", "destroyed",
                                   "hit", "halted", "suspended", "struck", "downed", "hospital",
                                   "hospitalised", "hospitalized", "dead", "died", "fire", "evacuated"};
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (report.count(Lower(doc, t))) return true;
    }
  }
  // "firms accused of supplying drone parts", "he is accused of helping":
  // a charge against someone, told in the passive, is no one's statement.
  if (e.type == "statement" && m.anchor > s.first_token && m.anchor + 1 < s.end_token) {
    std::string_view w = Lower(doc, m.anchor);
    std::string_view before = Lower(doc, m.anchor - 1);
    if ((w == "accused" || w == "blamed" || w == "suspected") && Lower(doc, m.anchor + 1) == "of" &&
        (before == "is" || before == "are" || before == "was" || before == "were" || before == "been" ||
         before == "being" || doc.tokens[m.anchor - 1].kind == TokenKind::kWord)) {
      bool named_subject = false;  // "Kyiv accused Moscow of": an entity right before is the speaker
      for (const auto& sp : ann.entities) {
        if (sp.end_token == m.anchor) named_subject = true;
      }
      if (!named_subject) return true;
    }
  }
  // "three men accused of sabotage": a participle saying what they are
  // charged with; an accusation names whom it accuses before the "of".
  if (e.type == "statement" && e.subtype == "accusation" && m.anchor + 1 < s.end_token &&
      Lower(doc, m.anchor) == "accused" && Lower(doc, m.anchor + 1) == "of") {
    return true;
  }
  // A statement named by a noun: "an urgent call for", "García's call to action".
  if (e.type == "statement" && m.anchor > s.first_token) {
    std::string_view before = Lower(doc, m.anchor - 1);
    std::string_view w = Lower(doc, m.anchor);
    if ((w == "call" || w == "calls" || w == "demand" || w == "demands" || w == "appeal") &&
        (before == "a" || before == "an" || before == "'s" || before == "’s" || before == "urgent" ||
         before == "the" || before == "his" || before == "her" || before == "their")) {
      return true;
    }
  }
  // "the soldier, captured near Kursk": a person is taken, not a place.
  if (e.type == "territory" && e.subtype == "capture") {
    static const WordSet persons = {"soldier", "serviceman", "pilot", "fighter", "prisoner",
                                    "man", "woman", "officer", "commander", "civilian"};
    // "850 Ukrainian soldiers had been captured": people, in the passive
    // ("Russian troops captured the town" takes a place).
    static const WordSet people = {"soldiers", "servicemen", "pilots", "fighters", "prisoners", "men",
                                   "women", "officers", "commanders", "civilians", "troops", "marines",
                                   "people", "defenders", "mercenaries", "ukrainians", "russians",
                                   "captives", "hostages", "children", "pows"};
    std::string_view aux = m.anchor > s.first_token ? Lower(doc, m.anchor - 1) : std::string_view();
    bool passive = aux == "been" || aux == "were" || aux == "was" || aux == "are" || aux == "being";
    uint32_t from = m.anchor >= s.first_token + 4 ? m.anchor - 4 : s.first_token;
    for (uint32_t t = from; t < m.anchor; ++t) {
      if (persons.count(Lower(doc, t)) || (passive && people.count(Lower(doc, t)))) return true;
    }
  }
  // Only where the plural is the event itself: "repelled attacks on
  // Pokrovsk" and "joined Russian units in attacks on positions" are clashes.
  if (e.type != "attack" && e.type != "infrastructure" && e.rule != "clash.assault") return false;
  for (uint32_t t = m.first; t < m.end && t < s.end_token; ++t) {
    if (GenericPlurals().count(Lower(doc, t))) return BarePlural(doc, ann, s, t);
  }
  return false;
}

bool RestatesEarlier(const Document& doc, const Sentence& s, const PatternMatch& m,
                     const Event& e, const std::vector<Event>& earlier) {
  static const WordSet nouns = {"strike", "strikes", "attack", "attacks", "assault", "bombardment",
                                "barrage", "raid", "operation", "shelling"};
  static const WordSet definite = {"the", "this", "that", "these", "those", "such"};
  // The same numbers again: "a captured soldier" (captured=1) told twice.
  if (!e.quantities.empty()) {
    return std::any_of(earlier.begin(), earlier.end(), [&](const Event& x) {
      if (x.type != e.type || x.quantities.size() != e.quantities.size()) return false;
      if (!e.location.empty() && x.location.name != e.location.name) return false;
      for (const auto& q : e.quantities) {
        bool same = std::any_of(x.quantities.begin(), x.quantities.end(), [&](const Quantity& y) {
          return y.kind == q.kind && y.value == q.value;
        });
        if (!same) return false;
      }
      return true;
    });
  }
  // '"Putin chose Christmas for an attack," Zelenskyy said': a quoted
  // reaction that names no figure speaks of the strike told before it.
  // (Not a phrase quoted in a report: 'said it carried out a "massive strike"'.)
  std::string_view opening = s.first_token < s.end_token ? doc.TokenText(doc.tokens[s.first_token]) : "";
  const bool quote_opens = opening == "\"" || opening == "\xE2\x80\x9C";
  if ((e.type == "attack" || e.type == "clash") && !e.date.value.empty() && quote_opens &&
      InsideQuotes(doc, s, m.anchor) &&
      std::any_of(earlier.begin(), earlier.end(),
                  [&](const Event& x) { return x.type == e.type && x.date.value == e.date.value; })) {
    return true;
  }
  uint32_t head = m.anchor;
  while (head < m.end && !nouns.count(Lower(doc, head))) ++head;
  if (head >= m.end || head == s.first_token) return false;
  // "the strike", "the December 25 attack", "the Christmas strike"
  uint32_t t = head - 1;
  // "the overnight attack", "the latest strikes": describing words between.
  static const WordSet describing_words = {
      "overnight", "latest", "recent", "previous", "deadly", "massive", "same", "missile", "drone",
      "combined", "weekend", "morning", "large-scale", "major", "largest", "biggest", "heaviest",
      "deadliest", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "eleventh", "twelfth"};
  // "the station attack", "the hospital strike": one noun naming its target,
  // right before the head; "a new attack", "another strike" are new ones.
  static const WordSet fresh = {"new", "another", "fresh", "further", "separate", "renewed", "more"};
  for (int k = 0; k < 3 && t > s.first_token && !definite.count(Lower(doc, t)); ++k) {
    std::string_view w = doc.TokenText(doc.tokens[t]);
    bool modifier = k == 0 && doc.tokens[t].kind == TokenKind::kWord && !fresh.count(Lower(doc, t));
    if (doc.tokens[t].kind != TokenKind::kNumber && !(w[0] >= 'A' && w[0] <= 'Z') &&
        !describing_words.count(Lower(doc, t)) && !modifier) {
      break;
    }
    --t;
  }
  // "Saturday's attack", "yesterday's strike": a day's possessive is definite.
  static const WordSet days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                               "sunday", "yesterday", "today", "night", "weekend"};
  bool day_possessive = t > s.first_token && (Lower(doc, t) == "'s" || Lower(doc, t) == "’s") &&
                        days.count(Lower(doc, t - 1));
  if (day_possessive) --t;
  if (!day_possessive && !definite.count(Lower(doc, t))) return false;
  // Talked about, not told: "the strike was a response to...", "called the
  // attack inhumane", "during the attack" refer to an event the report
  // already has, wherever the sentence's own place is.
  static const WordSet described = {"was", "were", "is", "are", "lasted", "came", "showed",
                                    "marked", "appeared", "seemed", "had", "has", "also", "took",
                                    "happened", "occurred", "followed", "comes", "shows"};
  static const WordSet describing = {"called", "calls", "labeled", "labelled", "described",
                                     "describes", "condemned", "condemns", "branded", "denounced",
                                     "condemn", "condemning", "denounce", "call", "describe", "label",
                                     "said", "says",
                                     "during", "after", "amid", "following", "since", "before",
                                     "against", "about", "behind", "for", "of", "in", "by", "from",
                                     "was", "is", "were"};
  bool talked_about = (head + 1 < s.end_token && described.count(Lower(doc, head + 1))) ||
                      (t > s.first_token && describing.count(Lower(doc, t - 1)));
  // An attack told by its interception ("83 of 138 drones were downed")
  // is the one "the attack lasted until morning" speaks of.
  return std::any_of(earlier.begin(), earlier.end(), [&](const Event& x) {
    bool same_kind = x.type == e.type || (e.type == "attack" && x.type == "interception");
    return same_kind && (talked_about || e.location.empty() || x.location.name == e.location.name);
  });
}

void PruneSentenceEvents(std::vector<Event>* events) {
  auto has = [&](auto pred) { return std::any_of(events->begin(), events->end(), pred); };
  // "attacking Ukrainian positions", "repelled attacks": ground fighting,
  // not a strike. "downed 15 of 16 drones launched by Russia": the launch
  // is told by the interception, which has the right numbers.
  bool ground = has([](const Event& e) {
    return e.rule == "clash.attack_positions" || e.rule == "clash.repelled" || e.rule == "clash.assault_count" ||
           e.rule == "clash.beaten_back";
  });
  bool intercepted = has([](const Event& e) { return e.type == "interception"; });
  // "attacked Ukraine with 31 drones, of which 20 were shot down": the
  // attack's count is the interception's total.
  // "Ukraine used Storm Shadow missiles to strike a polymer plant there, and
  // its air defences shot down two of them": a strike that hit what the
  // sentence says was hit is more than the interception's launch.
  bool hit = has([](const Event& e) { return e.type == "infrastructure" && e.subtype == "damage"; });
  auto told_by_interception = [&](const Event& a) {
    if (a.type != "attack") return false;
    if (hit && a.quantities.empty() && a.rule != "attack.launch") return false;
    for (const auto& q : a.quantities) {
      bool same = has([&](const Event& e) {
        return e.type == "interception" &&
               std::any_of(e.quantities.begin(), e.quantities.end(), [&](const Quantity& x) {
                 return x.kind == "launched" && x.value == q.value;
               });
      });
      if (!same) return false;
    }
    return true;
  };
  bool attack = has([](const Event& e) { return e.type == "attack"; });
  // "the volunteer battalion has taken in 300 fighters": one figure read as
  // recruits and as captives is recruits.
  auto recruits_too = [&](const Event& c) {
    if (c.type != "casualties" || c.quantities.empty()) return false;
    return std::all_of(c.quantities.begin(), c.quantities.end(), [&](const Quantity& q) {
      return q.kind == "captured" && has([&](const Event& m) {
               return m.type == "mobilization" &&
                      std::any_of(m.quantities.begin(), m.quantities.end(),
                                  [&](const Quantity& x) { return x.value == q.value; });
             });
    });
  };
  // "All 18 missiles were shot down: six Kinzhals, nine Kalibrs and three
  // Iskanders": a part of the sentence's own count of the same weapons.
  const bool interceptions = std::count_if(events->begin(), events->end(), [](const Event& e) {
                               return e.type.size() == 12 && e.type == "interception";
                             }) > 1;
  auto part_of_count = [&](const Event& a) {
    if (!interceptions || a.quantities.size() != 1 || a.type != "interception" || a.quantities[0].kind != "intercepted") {
      return false;
    }
    // (Not "50 over Kyiv and 8 over Odesa": another place is another count.)
    return has([&](const Event& x) {
      if (&x == &a || x.type != "interception" || x.subtype != a.subtype) return false;
      if (!x.location.empty() && !a.location.empty() && x.location.name != a.location.name) return false;
      return std::any_of(x.quantities.begin(), x.quantities.end(), [&](const Quantity& q) {
        return q.kind == "intercepted" && q.value > a.quantities[0].value;
      });
    });
  };
  // "No deaths were reported, but two people were injured": the count says it.
  bool counted_casualties = has([](const Event& e) { return e.type == "casualties" && !e.quantities.empty(); });
  events->erase(std::remove_if(events->begin(), events->end(),
                               [&](const Event& e) {
                                 if (intercepted && (e.rule == "attack.launch" || told_by_interception(e))) {
                                   return true;
                                 }
                                 if (recruits_too(e)) return true;
                                 if (part_of_count(e)) return true;
                                 if (!e.quantities.empty()) return false;
                                 if (counted_casualties && e.rule == "casualties.none") return true;
                                 return (ground && e.rule == "attack.strike") ||
                                        (attack && e.rule == "clash.assault");
                               }),
                events->end());
}

void KeepFirstRemark(const std::vector<Event>& earlier, std::vector<Event>* events,
                     std::vector<Event>* held) {
  auto remark = [](const Event& e) { return e.rule == "statement.remark"; };
  if (std::none_of(events->begin(), events->end(), remark)) return;
  // A negated or hypothetical event in the sentence is what the remark says.
  // A plan told ("France would supply SCALP missiles, Macron said") is the
  // news of the remark as much as a deed is.
  bool other = std::any_of(events->begin(), events->end(), [&](const Event& e) {
    return !remark(e) && (e.modality == "asserted" || e.modality == "planned");
  });
  events->erase(std::remove_if(events->begin(), events->end(),
                               [&](const Event& e) {
                                 if (!remark(e)) return false;
                                 if (e.modality != "asserted") return true;  // "has not said whether"
                                 bool said_before = std::any_of(earlier.begin(), earlier.end(), [&](const Event& x) {
                                   return x.type == "statement" && x.actor.name == e.actor.name;
                                 });
                                 if (said_before) return true;
                                 if (other && held != nullptr && !e.actor.empty()) held->push_back(e);
                                 return other;
                               }),
                events->end());
}

}  // namespace sitrep::extract

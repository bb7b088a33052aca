// Building events from matches; see event_builder.h for the fallbacks.
#include "extract/event_builder.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <cmath>
#include <cstdlib>
#include <string_view>

#include "extract/dates.h"
#include "extract/discourse.h"
#include "extract/lemma.h"
#include "extract/lower_tokens.h"
#include "extract/modality.h"
#include "extract/plover.h"
#include "extract/small_word_set.h"
#include "sitrep/text.h"

namespace sitrep::extract {

using namespace std::string_view_literals;
namespace {

constexpr std::string_view kPlacePrepositions[] = {
    "in", "near", "at", "on", "from", "to", "into", "over", "of", "around", "across", "towards",
    "toward", "outside", "inside", "within", "throughout", "across", "against", "for"};
constexpr int kMaxActorDistance = 15;  // tokens between an actor and the trigger

// Whether a place ref names a country entity.
bool CountryRef(const std::vector<Entity>* entities, const Ref& r) {
  if (entities == nullptr || r.entity.empty()) return false;
  for (const Entity& e : *entities) {
    if (e.id == r.entity) return e.geo && e.geo->feature == "country";
  }
  return false;
}

// A defender known only by its side ("UA" or "RU").
Ref AirDefenceOf(const std::string& side) {
  Ref r;
  r.country = side;
  r.name = side == "UA" ? "Ukrainian air defence" : "Russian air defence";
  return r;
}

int FeatureRank(const Entity* e) {
  if (!e || !e->geo) return 1;
  const std::string& f = e->geo->feature;
  if (f == "city" || f == "village") return 0;  // a facility ranks with regions: "Clay Barracks in Wiesbaden"
  if (f == "country") return 2;
  return 1;
}

uint32_t Distance(uint32_t a, uint32_t first, uint32_t end) {
  if (a < first) return first - a;
  if (a >= end) return a - end + 1;
  return 0;
}

// "X was hit", "X has been struck": the words between a subject and the
// trigger make it a passive.
// "struck", "driven", "shelled": a past participle, as far as its form tells.
bool Participle(const std::string& w) {
  static constexpr std::string_view kIrregular[] = {"hit", "struck", "shot", "sent", "taken", "held",
                                                   "seized", "fought", "caught", "overrun", "beaten",
                                                   "brought", "built", "lost", "shut", "cut", "set"};
  return (w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 2, 2, "en") == 0)) ||
         std::find(std::begin(kIrregular), std::end(kIrregular), w) != std::end(kIrregular);
}

bool PassiveSubject(const Document& doc, uint32_t subject_end, uint32_t anchor) {
  if (anchor <= subject_end || anchor - subject_end > 3) return false;
  // Only a participle makes a passive: "Kharkiv was hit", not "North Korea
  // is preparing to send".
  if (!Participle(LowerWord(doc.TokenText(doc.tokens[anchor])))) return false;
  for (uint32_t t = subject_end; t < anchor; ++t) {
    // (Auxiliaries are lower case: no lowered copy.)
    std::string_view w = doc.TokenText(doc.tokens[t]);
    // "recommended that Ukraine be granted the status": "be" too.
    if (w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" || w == "be") {
      return true;
    }
  }
  return false;
}

}  // namespace

double EventConfidence(double weight, double filled, const std::string& modality,
                       const std::string& status) {
  double m = modality == "possible" ? 0.8 : (modality == "asserted" ? 1.0 : 0.9);
  double s = status == "claimed" ? 0.9 : status == "unverified" ? 0.8 : status == "denied" ? 0.7 : 1.0;
  double c = weight * (0.75 + 0.25 * std::clamp(filled, 0.0, 1.0)) * m * s;
  return std::round(std::clamp(c, 0.0, 1.0) * 100) / 100;
}

EventBuilder::EventBuilder(const Document& doc, const Annotations& ann,
                           const std::vector<Entity>& entities)
    : doc_(doc), ann_(ann), entities_(entities) {
  if (doc.published.size() >= 10) published_day_ = doc.published.substr(0, 10);
  // What the date fallback asks of every date, for every event: once here.
  date_flags_.resize(ann.dates.size());
  for (size_t i = 0; i < ann.dates.size(); ++i) {
    const DateSpan& d = ann.dates[i];
    uint8_t f = 0;
    if (DayOfSaying(doc_, d)) f |= kSayingDate;
    if (Compared(d)) f |= kComparedDate;
    if (InLead(d.first_token)) f |= kLeadDate;
    if (!published_day_.empty() && d.date.value.size() >= 10 && d.date.value.compare(0, 10, published_day_) > 0) {
      f |= kFutureDate;
    }
    date_flags_[i] = f;
  }
  // The report's town: the city named most often (the first named among
  // equals), which "the town" and "the city" stand for when a sentence
  // names no place of its own. A city's possessive ("Moscow's annexation")
  // names a government, not a place; a name in the lead counts twice.
  {
    std::unordered_map<std::string, std::pair<int, int>> count;  // entity id -> (mentions, first span)
    int best_count = 0;
    for (size_t i = 0; i < ann.entities.size(); ++i) {
      const EntitySpan& sp = ann.entities[i];
      if (sp.entity < 0 || static_cast<size_t>(sp.entity) >= entities.size()) continue;
      const Entity& ent = entities[sp.entity];
      if (!ent.geo || ent.geo->feature != "city") continue;
      auto& c = count.try_emplace(ent.id, 0, static_cast<int>(i)).first->second;
      if (sp.end_token < doc.tokens.size() && (WordIs(sp.end_token, "'s") || WordIs(sp.end_token, "\u2019s"))) continue;
      c.first += InLead(sp.first_token) ? 2 : 1;
      if (c.first > best_count || (c.first == best_count && c.second < focal_town_)) {
        best_count = c.first;
        focal_town_ = c.second;
      }
    }
    // Named once: no story's town, unless it is the only city the report names.
    if (best_count < 2 && count.size() != 1) focal_town_ = -1;
  }
  // A dateline: a place at the start of one of the first paragraphs, in
  // capitals or followed by a dash or "(" ("KYIV, Ukraine (AP) -", "Kharkiv —").
  for (const auto& s : doc.sentences) {
    if (s.paragraph > 2) break;
    if (s.first_token == 0 && s.paragraph != 0) continue;
    auto it = std::lower_bound(ann.entities.begin(), ann.entities.end(), s.first_token,
                               [](const EntitySpan& e, uint32_t t) { return e.first_token < t; });
    if (it == ann.entities.end() || it->first_token != s.first_token) continue;
    int span = static_cast<int>(it - ann.entities.begin());
    if (!IsPlace(span) || it->end_token >= s.end_token) continue;
    const Entity* ent = EntityOf(*it);
    if (FeatureRank(ent) == 2) continue;  // "Ukraine, a country at war" is no dateline
    // The place is followed by a dash or "(" within a few tokens:
    // "KYIV -", "KYIV, Ukraine (AP) -", "Kharkiv (Reuters) -", "KYIV, Sept
    // 22 (Northgate) -" (a day between).
    for (uint32_t t = it->end_token; t < std::min(it->end_token + 8, s.end_token); ++t) {
      std::string next = AsciiFold(doc.TokenText(doc.tokens[t]));
      if (next == "-" || next == "--" || next == "(") {
        dateline_ = span;
        break;
      }
      if (next != "," && next != "." && doc.tokens[t].kind != TokenKind::kWord &&
          doc.tokens[t].kind != TokenKind::kNumber) {
        break;
      }
    }
    if (dateline_ >= 0) break;
  }
}

bool EventBuilder::IsPlace(int span) const {
  const EntitySpan& sp = ann_.entities[span];
  return (EntityTypeFromName(sp.type) & kLocation) && sp.country.empty();
}

Ref EventBuilder::RefFromSpan(int span, uint32_t end_token, bool geo) const {
  const EntitySpan& sp = ann_.entities[span];
  const Entity* ent = EntityOf(sp);
  end_token = std::max(end_token, sp.end_token);
  bool tail = end_token > sp.end_token;
  Ref r;
  if (ent && !tail) {
    r.name = ent->name;
    r.entity = ent->id;
  } else {
    r.name = std::string(doc_.Slice(doc_.tokens[sp.first_token].start, doc_.tokens[end_token - 1].end));
  }
  if (!sp.country.empty()) {
    r.country = sp.country;
  } else if (ent) {
    r.country = !ent->country.empty() ? ent->country : ent->geo ? ent->geo->country : "";
  }
  if (geo && ent && ent->geo) {
    if (ent->geo->has_coordinates) {
      r.lat = ent->geo->lat;
      r.lon = ent->geo->lon;
    }
    r.admin1 = ent->geo->admin1;
  }
  return r;
}

// The end of an entity span with the head nouns after it ("Russian forces").
static uint32_t TailEnd(const Document& doc, uint32_t end, uint32_t limit) {
  uint32_t p = end;
  auto lower = [&](uint32_t t) { return LowerWord(doc.TokenText(doc.tokens[t])); };
  if (p + 1 < limit && lower(p) == "'s" && IsEntityHeadNoun(lower(p + 1))) ++p;
  uint32_t n = 0;
  while (p < limit && n < 3 && IsEntityHeadNoun(lower(p))) ++p, ++n;
  // "a Russian air strike": "air" heads a force ("air force", "air
  // defence"), not a strike.
  if (n && lower(p - 1) == "air" && p < limit) {
    std::string next = lower(p);
    if (next == "strike" || next == "strikes" || next == "raid" || next == "raids" || next == "attack" ||
        next == "attacks" || next == "bomb" || next == "bombs" || next == "bombing" || next == "space") {
      --p, --n;
    }
  }
  return n ? p : end;
}

Ref EventBuilder::FallbackActor(const Sentence& s, uint32_t anchor, uint32_t match_end,
                                const std::vector<int>& used, std::string_view type) const {
  // "X was hit": X is the target of a strike, but the victim of casualties.
  const bool passive_means_target = type == "attack" || type == "infrastructure" || type == "territory";
  // A speaker is the actor of a statement, a decision, a meeting; of a
  // strike or an outage only when a pronoun brings them back.
  const bool speaker_acts = type == "statement" || type == "policy" || type == "diplomacy" ||
                            type == "sanction" || type == "aid" || type == "arrest";
  // Ground changing hands does not take the subject of the sentence before.
  const bool carry_over = type != "territory";
  auto begin = EntitiesFrom(s.first_token);
  // A town or city stands for its government only as a sentence's subject
  // ("Moscow said", "Kyiv accused"); elsewhere it is where things happen.
  auto town = [&](int i, uint32_t sentence_first) {
    const EntitySpan& sp = ann_.entities[i];
    if (!IsPlace(i) || sp.first_token == sentence_first) return false;
    const Entity* ent = EntityOf(sp);
    return FeatureRank(ent) == 0;
  };
  std::string_view text = doc_.Slice(s.start, s.end);
  const bool quotes = text.find('"') != std::string_view::npos || text.find("\u201c") != std::string_view::npos ||
                      text.find("\u201d") != std::string_view::npos;
  const bool anchor_quoted = quotes && Quoted(s, anchor);
  auto usable = [&](int i) {
    // "said in a post on Telegram": a channel, not a doer.
    uint32_t first = ann_.entities[i].first_token;
    if (first > 0) {
      std::string_view before = doc_.TokenText(doc_.tokens[first - 1]);
      if ((before == "on" || before == "via") && ann_.entities[i].type == "organization") return false;
    }
    // A name inside quoted words does not do what the words outside them
    // tell. (A trigger inside them may be a phrase quoted: 'carried out a
    // "massive strike"'.)
    // ('- "Ukrainian sabotage groups" tried to cross the border': words
    // quoted as the sentence's own subject, before the trigger, still are.)
    if (quotes && !anchor_quoted && Quoted(s, first) && !QuotedSubject(s, first, anchor)) return false;
    return std::find(used.begin(), used.end(), i) == used.end() &&
           !(EntityTypeFromName(ann_.entities[i].type) & kWeapon);
  };
  // Passive: "... were shot down by Ukraine's air force".
  for (uint32_t t = anchor + 1; t < std::min(match_end + 3, s.end_token); ++t) {
    if (LowerWord(doc_.TokenText(doc_.tokens[t])) != "by") continue;
    for (auto it = begin; it != ann_.entities.end() && it->first_token < s.end_token; ++it) {
      int i = static_cast<int>(it - ann_.entities.begin());
      // "by Ukraine's air force", "by Defense Minister Sergei Shoigu"
      if (it->first_token >= t + 1 && it->first_token <= t + 4 && usable(i)) {
        return RefFromSpan(i, TailEnd(doc_, it->end_token, s.end_token), false);
      }
    }
  }
  // "the refinery ... had been hit along with a plant": a passive trigger
  // with no "by" names no actor in its sentence; the report's earlier
  // events may (extract/discourse.h).
  if (passive_means_target && anchor >= s.first_token + 2) {
    std::string w1 = LowerWord(doc_.TokenText(doc_.tokens[anchor - 1]));
    std::string w2 = LowerWord(doc_.TokenText(doc_.tokens[anchor - 2]));
    auto aux = [](const std::string& w) {
      return w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are";
    };
    bool participle = Participle(LowerWord(doc_.TokenText(doc_.tokens[anchor])));
    if (participle && (aux(w1) || (aux(w2) && (w1 == "also" || w1 == "reportedly" || w1 == "again")))) return Ref{};
  }
  // "Deputy Minister X was detained on Tuesday, the Investigative Committee
  // reported": who was detained did not detain; the speaker after the
  // clause, if any, did. (The subject of the passive is the entity that
  // ends right before its auxiliary.)
  uint32_t passive_subject_end = UINT32_MAX;
  if (type == "arrest" && anchor >= s.first_token + 2 && Participle(LowerWord(doc_.TokenText(doc_.tokens[anchor])))) {
    uint32_t aux_at = anchor - 1;
    auto aux = [&](uint32_t t) {
      return WordIs(t, "was") || WordIs(t, "were") || WordIs(t, "been") || WordIs(t, "being");
    };
    if (!aux(aux_at) && (WordIs(aux_at, "also") || WordIs(aux_at, "reportedly") || WordIs(aux_at, "then"))) --aux_at;
    if (aux(aux_at)) {
      while (aux_at > s.first_token && (aux(aux_at - 1) || WordIs(aux_at - 1, "had") || WordIs(aux_at - 1, "has") ||
                                        WordIs(aux_at - 1, "have"))) {
        --aux_at;
      }
      passive_subject_end = aux_at;
      int speaker = SpeakerAfter(s, anchor);
      if (speaker >= 0 && usable(speaker)) {
        return RefFromSpan(speaker, TailEnd(doc_, ann_.entities[speaker].end_token, s.end_token), false);
      }
    }
  }
  // "He accused Moscow of ...", '"...," she wrote': a person's pronoun right
  // before the trigger stands for the person named last in the sentence, or
  // first in the one before it in the paragraph.
  if (speaker_acts) {
    int person = PronounPerson(s, anchor);
    if (person >= 0) return RefFromSpan(person, TailEnd(doc_, ann_.entities[person].end_token, doc_.tokens.size()), false);
  }
  // The nearest entity before the trigger (or holding it: "a Moscow court")
  // that is not a place after "in".
  int best = -1;
  for (auto it = begin; it != ann_.entities.end() && it->first_token <= anchor; ++it) {
    int i = static_cast<int>(it - ann_.entities.begin());
    if (!usable(i) || (it->end_token <= anchor && anchor - it->end_token > kMaxActorDistance)) continue;
    if (PlaceAfterPreposition(i) || town(i, s.first_token)) continue;
    // "Biden labeled the strikes an outrageous attack", "the assault,
    // described by Zelensky as ...": the speaker did not do it.
    if (!speaker_acts && it->end_token <= anchor) {
      if (SpeechBetween(it->end_token, anchor, true)) continue;
      // "Mayor Ihor Terekhov said fifteen strikes had hit the city": a
      // person who tells of a strike did not launch it.
      // "X, spokesperson for the group, stated that fighting continued":
      // nor did one who tells of fighting fight.
      if ((type == "attack" || type == "clash") && it->type == "person" && SpeechBetween(it->end_token, anchor)) continue;
      // "a jet carrying Yevgeny Prigozhin crashed, killing all ten on board":
      // a person named near a toll is its victim or its teller, not its cause.
      if (type == "casualties" && it->type == "person") continue;
      // "described by (Ukrainian President) Volodymyr Zelenskyy as ..."
      bool judged_by = false;
      for (uint32_t k = it->first_token; k-- > s.first_token + 1 && k + 4 > it->first_token;) {
        std::string_view w = doc_.TokenText(doc_.tokens[k]);
        if (w == "by") {
          judged_by = SpeechBetween(k - 1, k, true);
          break;
        }
        if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) break;  // only a title between
      }
      if (judged_by) continue;
    }
    if (IsPlace(i) && PassiveSubject(doc_, it->end_token, anchor)) continue;
    // "Norway will give Ukraine $242 million": who receives aid does not give it.
    if (type == "aid" && Recipient(i)) continue;
    if (passive_subject_end != UINT32_MAX &&
        (it->end_token == passive_subject_end || TailEnd(doc_, it->end_token, anchor) == passive_subject_end)) {
      continue;
    }
    // "including a British journalist, after a missile hit a hotel": a
    // demonym of the people hurt or named is not who struck.
    if (!it->country.empty() && it->end_token < s.end_token && VictimNoun(it->end_token)) continue;
    best = i;
  }
  if (best >= 0) {
    best = Apposition(best, anchor, s.first_token);
    return RefFromSpan(best, TailEnd(doc_, ann_.entities[best].end_token, s.end_token), false);
  }
  // "Norway will give Ukraine 2.7 billion kroner, or about $242 million, in
  // new military support": a decision's subject opens the sentence, however
  // far its trigger runs on (not for a statement: its speaker is found).
  // Not an arrest's: its sentence often opens with who was held.
  if (speaker_acts && type != "statement" && type != "arrest" && begin != ann_.entities.end() &&
      begin->first_token < anchor && begin->end_token < s.end_token) {
    uint32_t first = begin->first_token;
    // Not a dateline ("BRUSSELS — ..."), nor one who only tells of it
    // ("Downing Street said Britain would send ...").
    std::string_view next = doc_.TokenText(doc_.tokens[begin->end_token]);
    bool dateline = next == "\xE2\x80\x94" || next == "\xE2\x80\x93" || next == "-" || next == ":" ||
                    (next == "," && IsPlace(static_cast<int>(begin - ann_.entities.begin())));
    if (!dateline && (first == s.first_token || (first == s.first_token + 1 && WordIs(s.first_token, "the")))) {
      int i = static_cast<int>(begin - ann_.entities.begin());
      if (usable(i) && !SpeechBetween(begin->end_token, anchor)) {
        return RefFromSpan(i, TailEnd(doc_, begin->end_token, s.end_token), false);
      }
    }
  }
  // "The Russian Defense Ministry said its forces had carried out a massive
  // strike": the forces are the speaker's, however far the trigger is.
  static const std::unordered_set<std::string_view> kOwnForces = {
      "forces", "troops", "army", "military", "units", "navy", "jets", "aircraft", "pilots", "fleet",
      "soldiers", "fighters", "air"};
  for (uint32_t t = s.first_token + 1; t + 1 < anchor; ++t) {
    std::string_view w = doc_.TokenText(doc_.tokens[t]);
    if ((w != "its" && w != "their" && w != "our") || !kOwnForces.count(doc_.TokenText(doc_.tokens[t + 1]))) continue;
    if (!SpeechBetween(s.first_token, t)) break;
    for (auto it = begin; it != ann_.entities.end() && it->first_token < t; ++it) {
      int i = static_cast<int>(it - ann_.entities.begin());
      if (usable(i) && !PlaceAfterPreposition(i) && !town(i, s.first_token)) {
        return RefFromSpan(i, TailEnd(doc_, it->end_token, s.end_token), false);
      }
    }
    break;
  }
  // "About 3,000 inmates had applied to join, the Justice Ministry said",
  // "All 27 leaders agreed a package, Council President Charles Michel has
  // announced": a clause with no doer of its own, told by an office or a
  // leader after it, is theirs: a decision, a measure, a call-up is
  // announced by whoever made it.
  if (speaker_acts || type == "mobilization") {
    int speaker = SpeakerAfter(s, anchor);
    if (speaker >= 0 && usable(speaker)) {
      return RefFromSpan(speaker, TailEnd(doc_, ann_.entities[speaker].end_token, s.end_token), false);
    }
  }
  // Else the subject carried over from the sentence before, in the same
  // paragraph ("The SBU said on Monday... The operation exposed 12 agents").
  // Not for ground changing hands: the sentence before may be the other
  // side's ("Russian troops shelled Kharkiv. Among the villages retaken...").
  // "It also said its troops had taken ...": a pronoun subject carries it.
  static const std::unordered_set<std::string_view> kSubjectPronoun = {"It", "They", "He", "She", "We"};
  if (!carry_over && !kSubjectPronoun.count(doc_.TokenText(doc_.tokens[s.first_token]))) return Ref{};
  size_t si = static_cast<size_t>(&s - doc_.sentences.data());
  if (si == 0 || si >= doc_.sentences.size() || doc_.sentences[si - 1].paragraph != s.paragraph) {
    return Ref{};
  }
  const Sentence& prev = doc_.sentences[si - 1];
  // '"... growing threats", the Defence Ministry said. It insisted that ...':
  // "It" or "They" opening the sentence is who closed the one before, the
  // speaker, not the first name it told.
  if (WordIs(s.first_token, "it") || WordIs(s.first_token, "they")) {
    int speaker = SpeakerAfter(prev, prev.first_token);
    if (speaker >= 0 && usable(speaker) && ann_.entities[speaker].type != "person") {
      return RefFromSpan(speaker, TailEnd(doc_, ann_.entities[speaker].end_token, prev.end_token), false);
    }
  }
  auto pb = EntitiesFrom(prev.first_token);
  // The governor who told the last sentence did not cut the power or kill.
  const bool on_the_ground = OnTheGround(type);
  for (auto it = pb; it != ann_.entities.end() && it->first_token < prev.end_token; ++it) {
    int i = static_cast<int>(it - ann_.entities.begin());
    if (!usable(i) || PlaceAfterPreposition(i) || town(i, prev.first_token)) continue;
    if (on_the_ground && it->type == "person") continue;
    return RefFromSpan(i, TailEnd(doc_, it->end_token, prev.end_token), false);
  }
  return Ref{};
}

// '..., the Justice Ministry said', '..., Council President Charles Michel
// has announced', '..., said the ministry's spokesman Ivan Petrov': the
// speaker of a clause told before the verb of saying, after the trigger and
// a comma. A person, an organization or a country; -1 when there is none.
int EventBuilder::SpeakerAfter(const Sentence& s, uint32_t anchor) const {
  static const std::unordered_set<std::string_view> kSaying = {
      "said", "says", "told", "reported", "reports", "announced", "announces", "stated", "states",
      "added", "wrote", "informs", "informed", "confirmed", "confirms"};
  bool comma = false;
  for (uint32_t t = anchor + 1; t < s.end_token; ++t) {
    std::string_view w = doc_.TokenText(doc_.tokens[t]);
    if (w == "," || w == "\u2014" || w == "-") comma = true;
    if (!comma || !kSaying.count(w)) continue;
    // The saying closes the sentence: "..., the ministry said (on Tuesday).",
    // not "..., and Kallas said Russia was ...", which tells more.
    auto closes = [&](uint32_t k) {
      if (k >= s.end_token) return true;
      std::string_view n = doc_.TokenText(doc_.tokens[k]);
      static const std::unordered_set<std::string_view> kAfter = {
          ",", ".", ";", ":", "(", "on", "in", "at", "late", "earlier", "yesterday", "today", "tonight",
          "last", "this", "during", "after", "via", "reporters", "journalists"};
      return kAfter.count(n) > 0;
    };
    // The speaker before the verb: "the Justice Ministry said", "Michel has announced".
    uint32_t end = t;
    if (end > anchor + 1 && (WordIs(end - 1, "has") || WordIs(end - 1, "have") || WordIs(end - 1, "had"))) --end;
    auto it = EntitiesFrom(anchor + 1);
    int before = -1;
    for (; it != ann_.entities.end() && it->first_token < end; ++it) {
      if (TailEnd(doc_, it->end_token, end) == end || it->end_token == end) before = static_cast<int>(it - ann_.entities.begin());
    }
    if (before >= 0 && closes(t + 1) && (!IsPlace(before) || FeatureRank(EntityOf(ann_.entities[before])) == 2)) {
      return before;
    }
    // After it: "said the Defence Ministry", "said Interior Minister Ihor Klymenko".
    for (auto a = EntitiesFrom(t + 1); a != ann_.entities.end() && a->first_token <= t + 5 && a->first_token < s.end_token; ++a) {
      bool only_words = true;
      for (uint32_t k = t + 1; k < a->first_token; ++k) only_words &= doc_.tokens[k].kind == TokenKind::kWord;
      if (!only_words) break;
      int i = static_cast<int>(a - ann_.entities.begin());
      if (!closes(TailEnd(doc_, a->end_token, s.end_token))) break;
      if (!IsPlace(i) || FeatureRank(EntityOf(*a)) == 2) return i;
    }
    return -1;
  }
  return -1;
}

int EventBuilder::CoordinatedSpeaker(const Sentence& s, uint32_t anchor) const {
  uint32_t t = anchor;
  if (t > s.first_token && WordIs(t - 1, "also")) --t;
  if (t <= s.first_token + 2) return -1;
  // "Lithuania expelled two diplomats, accusing them of espionage", "Grossi
  // visited the plant and warned that ...": a participle after a comma, or
  // a verb after "and" with no subject of its own, is the sentence
  // subject's: the first person, organization or country named, if it
  // opens the sentence.
  std::string_view trigger = doc_.TokenText(doc_.tokens[anchor]);
  const bool after_and = WordIs(t - 1, "and");
  bool participle = WordIs(t - 1, ",") && trigger.size() > 4 && trigger.ends_with("ing");
  if (participle || after_and) {
    auto first = EntitiesFrom(s.first_token);
    for (auto it = first; it != ann_.entities.end() && it->first_token < t && it->first_token < s.first_token + 8; ++it) {
      // "Ukraine's defence minister, Rustem Umerov, thanked ...": a country's
      // possessive names whose office, the name after it is the subject.
      if (it->end_token < s.end_token && (WordIs(it->end_token, "'s") || WordIs(it->end_token, "\u2019s"))) continue;
      if (TitleCountry(static_cast<int>(it - ann_.entities.begin()))) continue;  // "US President-elect Donald Trump"
      if (it->type == "person" || it->type == "organization" || (it->type == "location" && IsPlace(static_cast<int>(it - ann_.entities.begin())) &&
                                                                  !PlaceAfterPreposition(static_cast<int>(it - ann_.entities.begin())))) {
        if (participle || !SpeechBetween(it->end_token, t)) return static_cast<int>(it - ann_.entities.begin());
        break;
      }
    }
  }
  if (!after_and) return -1;
  // The nearest verb of saying before the "and", and the name right before it.
  static const std::unordered_set<std::string_view> kFirstVerbs = {
      "said", "says", "told", "wrote", "thanked", "welcomed", "praised", "accused", "condemned",
      "warned", "urged", "criticised", "criticized", "dismissed", "rejected", "denied", "insisted"};
  for (uint32_t v = t - 1; v-- > s.first_token;) {
    if (!kFirstVerbs.count(doc_.TokenText(doc_.tokens[v]))) continue;
    int best = -1;
    for (size_t i = 0; i < ann_.entities.size() && ann_.entities[i].first_token < v; ++i) {
      const EntitySpan& e = ann_.entities[i];
      if (e.first_token < s.first_token || e.end_token > v || v - e.end_token > 1) continue;
      if (e.type == "person" || e.type == "organization") best = static_cast<int>(i);
      // "The Russian embassy in Stockholm said ... and accused Sweden": the
      // office's country, before the place it sits in.
      if (best < 0 && IsPlace(static_cast<int>(i)) && PlaceAfterPreposition(static_cast<int>(i)) &&
          WordIs(e.first_token - 1, "in")) {
        for (size_t k = i; k-- > 0 && ann_.entities[k].first_token >= s.first_token;) {
          const EntitySpan& o = ann_.entities[k];
          if (o.end_token + 3 < e.first_token) break;
          if (o.type == "person" || o.type == "organization" || !o.country.empty()) {
            best = static_cast<int>(k);
            break;
          }
        }
      }
    }
    return best;
  }
  return -1;
}

bool EventBuilder::Quoted(const Sentence& s, uint32_t token) const { return InsideQuotes(doc_, s, token); }

// The quotation that opens the sentence (after a bullet's dash) holds the
// token and closes before the trigger, no verb of saying after it.
bool EventBuilder::QuotedSubject(const Sentence& s, uint32_t token, uint32_t anchor) const {
  uint32_t open = s.first_token;
  std::string_view w = doc_.TokenText(doc_.tokens[open]);
  if ((w == "-" || w == "\u2022" || w == "\u2014") && open + 1 < s.end_token) w = doc_.TokenText(doc_.tokens[++open]);
  if (w != "\"" && w != "\u201c") return false;
  for (uint32_t t = open + 1; t < anchor && t < s.end_token; ++t) {
    std::string_view x = doc_.TokenText(doc_.tokens[t]);
    if (x == "\"" || x == "\u201d") return token > open && token < t && !SpeechBetween(t, anchor);
  }
  return false;
}

int EventBuilder::PronounPerson(const Sentence& s, uint32_t anchor) const {
  auto pronoun_at = [&](uint32_t t) {
    std::string_view w = doc_.TokenText(doc_.tokens[t]);
    return w == "he" || w == "she" || w == "He" || w == "She";
  };
  uint32_t pronoun = anchor;
  for (uint32_t t = anchor; t-- > s.first_token && t + 3 >= anchor;) {
    if (pronoun_at(t)) {
      pronoun = t;
      break;
    }
  }
  // "He brought another half a billion dollars in military aid": the
  // pronoun that opens the clause, a few words before its trigger.
  if (pronoun == anchor && anchor > s.first_token && anchor <= s.first_token + 10 && pronoun_at(s.first_token)) {
    pronoun = s.first_token;
  }
  if (pronoun == anchor) return -1;
  // A person named in someone's words is not who "he" is ('"... allows
  // Putin to adapt," he told the gathering'): Quoted().
  auto first_entity = EntitiesFrom(s.first_token);
  int found = -1;
  for (auto it = first_entity; it != ann_.entities.end() && it->first_token < anchor; ++it) {
    if (it->first_token > pronoun) return -1;  // a name between: not a pronoun subject
    if (it->type == "person" && !Quoted(s, it->first_token)) found = static_cast<int>(it - ann_.entities.begin());
  }
  if (found >= 0) return found;
  // The sentences before, in the paragraph: the first person named outside
  // quotes; past a sentence whose subject is "he" too, up to three back.
  size_t si = static_cast<size_t>(&s - doc_.sentences.data());
  // "He brought another half a billion dollars" opening a paragraph (a
  // broadcast script's next cue): the person the paragraph before opened on.
  // (A cue line, "[ANCHOR]", may stand between as a paragraph of its own.)
  size_t para_start = si;
  while (para_start > 0 && doc_.sentences[para_start - 1].paragraph == s.paragraph) {
    const Sentence& cue = doc_.sentences[para_start - 1];
    auto e = EntitiesFrom(cue.first_token);
    if (cue.end_token > cue.first_token + 8 || (e != ann_.entities.end() && e->first_token < cue.end_token)) break;
    --para_start;
  }
  if (pronoun == s.first_token && para_start > 0 &&
      (para_start == 0 || doc_.sentences[para_start - 1].paragraph != s.paragraph)) {
    size_t open = para_start;
    for (int paragraphs = 0; paragraphs < 2 && open > 0; ++paragraphs) {
      const uint32_t p = doc_.sentences[open - 1].paragraph;
      size_t end = open;
      while (open > 0 && doc_.sentences[open - 1].paragraph == p) --open;
      for (size_t k = open; k < end; ++k) {
        const Sentence& x = doc_.sentences[k];
        for (auto it = EntitiesFrom(x.first_token); it != ann_.entities.end() && it->first_token < x.end_token; ++it) {
          if (it->type == "person" && !Quoted(x, it->first_token)) return static_cast<int>(it - ann_.entities.begin());
        }
      }
    }
    return -1;
  }
  for (size_t back = 1; back <= 3 && back <= si; ++back) {
    const Sentence& prev = doc_.sentences[si - back];
    if (prev.paragraph != s.paragraph) break;
    auto it = EntitiesFrom(prev.first_token);
    for (; it != ann_.entities.end() && it->first_token < prev.end_token; ++it) {
      if (it->type == "person" && !Quoted(prev, it->first_token)) return static_cast<int>(it - ann_.entities.begin());
    }
    bool also_he = false;
    for (uint32_t t = prev.first_token; t < prev.end_token && !also_he; ++t) also_he = pronoun_at(t);
    if (!also_he) break;
  }
  return -1;
}

// "Andrii Sybiha, the minister picked by Zelensky, will fly": an entity
// inside an apposition is not the subject; the one before the comma is.
int EventBuilder::Apposition(int span, uint32_t anchor, uint32_t sentence_first) const {
  const EntitySpan& sp = ann_.entities[span];
  auto text = [&](uint32_t t) { return doc_.TokenText(doc_.tokens[t]); };
  bool comma_after = false;
  for (uint32_t t = sp.end_token; t < anchor; ++t) comma_after |= text(t) == ",";
  if (!comma_after) return span;
  uint32_t lo = sp.first_token >= sentence_first + 16 ? sp.first_token - 16 : sentence_first;
  for (uint32_t t = sp.first_token; t-- > lo;) {
    if (text(t) != ",") continue;
    for (int i = span - 1; i >= 0 && ann_.entities[i].end_token >= t; --i) {
      // A country before the comma is a subject too: "Germany, Ukraine's
      // largest donor, said"; a city is a frame: "In Kharkiv, the mayor said".
      if (ann_.entities[i].end_token != t) continue;
      const Entity* ent = EntityOf(ann_.entities[i]);
      if (!IsPlace(i) || (FeatureRank(ent) == 2 && !PlaceAfterPreposition(i))) return i;
    }
    break;
  }
  return span;
}

bool EventBuilder::Recipient(int span) const {
  const EntitySpan& sp = ann_.entities[span];
  uint32_t t = sp.first_token;
  if (t == 0) return false;
  if (WordIs(t - 1, "the") && t >= 2) --t;  // "send the Ukrainian army"
  return WordIn(t - 1, {"to", "give", "gives", "gave", "giving", "send", "sends", "sent", "sending", "provide",
                        "provides", "provided", "providing", "offer", "offers", "offered", "hand", "hands",
                        "handed", "supply", "supplies", "supplied", "grant", "grants", "granted", "lend",
                        "lent", "loan", "loaned", "transfer", "transferred", "promised", "owes"});
}

bool EventBuilder::PlaceAfterPreposition(int span) const {
  const EntitySpan& sp = ann_.entities[span];
  if (!IsPlace(span) || sp.first_token == 0) return false;
  // "in nearby Marhanets", "in the occupied city of", "near the frontline town of"
  static constexpr std::string_view kModifiers[] = {
      "the", "nearby", "neighbouring", "neighboring", "occupied", "northern", "southern",
      "eastern", "western", "central", "frontline", "front-line", "border", "besieged"};
  uint32_t t = sp.first_token - 1;
  std::string prev = LowerWord(doc_.TokenText(doc_.tokens[t]));
  for (int k = 0; k < 3 && t > 0 &&
                  std::find(std::begin(kModifiers), std::end(kModifiers), prev) != std::end(kModifiers);
       ++k) {
    prev = LowerWord(doc_.TokenText(doc_.tokens[--t]));
  }
  return std::find(std::begin(kPlacePrepositions), std::end(kPlacePrepositions), prev) !=
         std::end(kPlacePrepositions);
}

// "the Donetsk city of Pokrovsk", "Kharkiv's village of X": the place after
// "city of" is the one meant ("the Kursk region of Russia" keeps Kursk).
bool EventBuilder::NarrowedBy(std::vector<EntitySpan>::const_iterator it, uint32_t end) const {
  static constexpr std::string_view kSettlement[] = {"city", "town", "village", "settlement",
                                                     "hamlet", "district", "suburb", "community"};
  uint32_t t = it->end_token;
  if (t < end && LowerWord(doc_.TokenText(doc_.tokens[t])) == "'s") ++t;
  if (t + 2 >= end) return false;
  std::string noun = LowerWord(doc_.TokenText(doc_.tokens[t]));
  if (std::find(std::begin(kSettlement), std::end(kSettlement), noun) == std::end(kSettlement) ||
      doc_.TokenText(doc_.tokens[t + 1]) != "of") {
    return false;
  }
  auto next = std::next(it);
  if (next == ann_.entities.end() || next->first_token != t + 2) return false;
  int i = static_cast<int>(next - ann_.entities.begin());
  const Entity* ent = EntityOf(*next);
  return IsPlace(i) && FeatureRank(ent) < 2;
}

int EventBuilder::BestPlace(uint32_t first, uint32_t end, uint32_t anchor,
                            const std::vector<int>& used, int max_rank, int* office_out) const {
  auto begin = EntitiesFrom(first);
  int best = -1, best_rank = 0;
  int office = -1;  // "Kharkiv City Mayor Ihor Terekhov reported ...": the last resort here
  uint32_t best_distance = 0;
  for (auto it = begin; it != ann_.entities.end() && it->first_token < end; ++it) {
    int i = static_cast<int>(it - ann_.entities.begin());
    if (!IsPlace(i) || std::find(used.begin(), used.end(), i) != used.end()) continue;
    // "DNIPRO, Ukraine — Two people were killed ... in Nikopol": the
    // dateline is where the report was filed, the last resort only.
    if (i == dateline_) continue;
    // "ZAPORIZHZHIA, Ukraine (Steppe Courier) —": the country of the dateline
    // is part of it.
    if (dateline_ >= 0 && i == dateline_ + 1 && ann_.entities[dateline_].end_token + 1 == it->first_token &&
        doc_.TokenText(doc_.tokens[ann_.entities[dateline_].end_token]) == ",") {
      continue;
    }
    if (NarrowedBy(it, end)) continue;
    if (NamesAnOffice(it->end_token)) {
      if (office < 0) office = i;
      continue;
    }
    // "flown to hospitals in Moscow", "taken to Dnipro": where the wounded
    // went, not where they were hurt.
    if (it->first_token >= 2) {
      std::string_view p1 = doc_.TokenText(doc_.tokens[it->first_token - 1]);
      std::string_view p2 = doc_.TokenText(doc_.tokens[it->first_token - 2]);
      // (But "a drone hit a hospital in Kharkiv" names where it struck:
      // a hospital counts only after "to", "in" or "at".)
      bool to_hospital = p2 == "hospital" || p2 == "hospitals" || p2 == "clinic";
      if (to_hospital && it->first_token >= 3) {
        uint32_t k = it->first_token - 3;
        std::string_view w = doc_.TokenText(doc_.tokens[k]);
        if ((w == "a" || w == "the") && k > 0) w = doc_.TokenText(doc_.tokens[k - 1]);
        to_hospital = w == "to" || w == "in" || w == "at";
      }
      if ((p1 == "in" || p1 == "to") && (to_hospital || p2 == "evacuated" || p2 == "flown" || p2 == "taken")) {
        continue;
      }
    }
    // "a Moscow correspondent for The Wall Street Journal": a beat, not a place.
    if (it->end_token < end) {
      std::string_view next = doc_.TokenText(doc_.tokens[it->end_token]);
      if (next == "correspondent" || next == "correspondents" || next == "bureau" || next == "reporter" ||
          next == "-based" || next == "based") {
        continue;
      }
    }
    // "a citizen of Uzbekistan": a nationality, not a place.
    if (it->first_token >= 2 && doc_.TokenText(doc_.tokens[it->first_token - 1]) == "of" &&
        WordIn(it->first_token - 2, {"citizen", "citizens", "national", "nationals", "native", "natives"})) {
      continue;
    }
    // "Hrakove, near Chuhuiv": the town after "near" only locates the one before.
    if (i > 0 && it->first_token >= 2 && IsPlace(i - 1) && ann_.entities[i - 1].end_token + 2 == it->first_token &&
        doc_.TokenText(doc_.tokens[it->first_token - 2]) == ",") {
      std::string_view w = doc_.TokenText(doc_.tokens[it->first_token - 1]);
      if (w == "near" || w == "outside") continue;
    }
    // "the Tver region, north of Moscow": so does the city after a compass
    // point.
    if (i > 0 && it->first_token >= 3 && IsPlace(i - 1) && ann_.entities[i - 1].end_token + 3 == it->first_token &&
        doc_.TokenText(doc_.tokens[it->first_token - 3]) == "," && WordIs(it->first_token - 1, "of") &&
        WordIn(it->first_token - 2, {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                     "southwest", "north-east", "north-west", "south-east", "south-west"})) {
      continue;
    }
    const Entity* ent = EntityOf(*it);
    int rank = FeatureRank(ent);
    if (rank > max_rank) continue;
    // "US President Joe Biden", "Russian Foreign Minister": a country in a
    // title says whose office it is, not where things happened.
    if (rank == 2 && it->end_token < end && NamesATitle(it->end_token)) continue;
    // "Pyongyang's growing involvement", "Moscow's offensive": a capital's
    // possessive stands for its government, not for a place.
    if (rank == 0 && it->end_token < end) {
      std::string_view after = doc_.TokenText(doc_.tokens[it->end_token]);
      std::string_view after2 = it->end_token + 1 < end ? doc_.TokenText(doc_.tokens[it->end_token + 1]) : "";
      if (after == "'s" || after == "\u2019s" || ((after == "'" || after == "\u2019") && after2 == "s")) {
        // ("Moscow's Basmanny District Court ordered": the court sits there.)
        bool court = false;
        for (uint32_t t = it->end_token + 1; t < std::min(it->end_token + 6, end) && !court; ++t) {
          court = WordIs(t, "court");
        }
        if (!court) continue;
      }
    }
    // "his first trip abroad since Russia's invasion": a country's deed, not a place.
    if (it->end_token + 1 < end && (WordIs(it->end_token, "'s") || WordIs(it->end_token, "\u2019s")) &&
        WordIn(it->end_token + 1, {"invasion", "war", "aggression", "annexation", "occupation", "offensive",
                                   "full-scale", "decision", "withdrawal", "demands", "proposal",
                                   // "summoned Russia's charge d'affaires": whose envoy, not where.
                                   "ambassador", "envoy", "charge", "chargé", "embassy", "diplomats"})) {
      continue;
    }
    // "the most advanced system Washington has agreed to give Kyiv": a city
    // that receives stands for its government, not for where things happen.
    if (rank == 0 && it->first_token > first && doc_.TokenText(doc_.tokens[it->first_token - 1]).size() >= 4 &&
        WordIn(it->first_token - 1, {"give", "gives", "gave", "giving", "send", "sends", "sent", "provide",
                                     "provides", "provided", "offer", "offers", "offered", "supply", "supplies",
                                     "supplied", "grant", "granted", "lend", "lent", "promised"})) {
      continue;
    }
    // "Kyiv did not comment", "Moscow denied it": a capital as the subject
    // of a verb is its government, unless a preposition makes it a place.
    if (rank == 0 && it->end_token < end && !PlaceAfterPreposition(i)) {
      static const std::unordered_set<std::string_view> kGovernmentVerbs = {
          "said", "says", "did", "does", "has", "have", "had", "denied", "denies", "claimed", "claims",
          "accused", "accuses", "insisted", "insists", "blamed", "blames", "responded", "warned", "warns",
          "announced", "announces", "confirmed", "confirms", "reported", "rejected", "rejects", "declined",
          "refused", "dismissed", "called", "calls", "sees", "saw", "wants", "wanted", "believed",
          "believes", "thinks", "thought", "argued", "argues", "maintains", "maintained", "estimated",
          "estimates", "assessed", "assesses", "expects", "expected", "fears", "feared", "vowed",
          "pledged", "promised", "agreed", "urged", "demanded", "hopes", "hoped", "signalled", "signaled"};
      // "Washington now believed the ship had been struck": past an adverb too.
      uint32_t verb = it->end_token;
      static const std::unordered_set<std::string_view> kAdverbs = {"now", "also", "still", "later",
                                                                     "quickly", "previously", "repeatedly",
                                                                     "initially", "privately", "publicly"};
      if (verb + 1 < end && kAdverbs.count(doc_.TokenText(doc_.tokens[verb]))) ++verb;
      if (kGovernmentVerbs.count(doc_.TokenText(doc_.tokens[verb]))) continue;
    }
    // "on behalf of Moscow", "in support of Kyiv": the government again.
    if (rank == 0 && it->first_token >= 2 && doc_.TokenText(doc_.tokens[it->first_token - 1]) == "of") {
      std::string_view w = doc_.TokenText(doc_.tokens[it->first_token - 2]);
      if (w == "behalf" || w == "support" || w == "side" || w == "ally" || w == "allies") continue;
    }
    // Reports put the place after the event ("killed one in Dnipro"), so
    // a place before the trigger counts as a little farther.
    uint32_t d = Distance(anchor, it->first_token, it->end_token) + (it->end_token <= anchor ? 2 : 0);
    if (best < 0 || rank < best_rank || (rank == best_rank && d < best_distance)) {
      best = i;
      best_rank = rank;
      best_distance = d;
    }
  }
  if (office_out != nullptr) *office_out = office;
  return best;
}

// "the town", "the city" (and with `settlement`, "the settlement"), or its
// office ("the city council"); not "the town of X", which names X.
bool EventBuilder::SaysTheTown(const Sentence& s, bool settlement) const {
  for (uint32_t t = s.first_token; t + 1 < s.end_token; ++t) {
    std::string_view the = doc_.TokenText(doc_.tokens[t]);
    if (the != "the" && the != "The") continue;
    // "the besieged city", "the occupied frontline town": words that describe it between.
    uint32_t n = t + 1;
    while (n + 1 < s.end_token && n < t + 3 && settlement && doc_.tokens[n].kind == TokenKind::kWord &&
           !WordIs(n, "town") && !WordIs(n, "city") && !WordIs(n, "settlement")) {
      std::string_view w = doc_.TokenText(doc_.tokens[n]);
      if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) break;
      ++n;
    }
    if (!WordIs(n, "town") && !WordIs(n, "city") && !(settlement && WordIs(n, "settlement"))) continue;
    if (settlement && n + 1 < s.end_token && WordIs(n + 1, "of")) continue;
    return true;
  }
  return false;
}

// The last city named in the paragraph before the sentence, else the
// story's town.
int EventBuilder::TownBefore(const Sentence& s, const std::vector<int>& used) const {
  auto it = EntitiesFrom(s.first_token);
  while (it != ann_.entities.begin()) {
    --it;
    int i = static_cast<int>(it - ann_.entities.begin());
    if (doc_.sentences[SentenceOf(it->first_token)].paragraph != s.paragraph) break;
    const Entity* ent = EntityOf(*it);
    if (ent && ent->geo && ent->geo->feature == "city" && i != dateline_ &&
        std::find(used.begin(), used.end(), i) == used.end()) {
      return i;
    }
  }
  return focal_town_;
}

Ref EventBuilder::FallbackLocation(const Sentence& s, uint32_t anchor, const std::vector<int>& used,
                                   std::string_view type) const {
  int office = -1;
  int best = BestPlace(s.first_token, s.end_token, anchor, used, 2, &office);
  size_t si = static_cast<size_t>(&s - doc_.sentences.data());
  // Only a country here: a city or region of the sentence before, in the
  // same paragraph, is the likelier place ("...around Kursk. There, ...
  // assaults against Ukraine").
  // The opening sentence of a paragraph continues the last one before it.
  // Not for aid, words and decisions: "aid for Ukraine" names who gets it,
  // and a town of the strike told before is not where the package was.
  const bool country_is_its_place = type == "aid" || type == "statement" || type == "policy" ||
                                    type == "sanction";
  if (best >= 0 && si > 0 && !country_is_its_place && doc_.sentences[si - 1].paragraph + 1 >= s.paragraph) {
    const EntitySpan& sp = ann_.entities[best];
    const Entity* ent = EntityOf(sp);
    if (FeatureRank(ent) == 2) {
      const Sentence& prev = doc_.sentences[si - 1];
      int near = BestPlace(prev.first_token, prev.end_token, prev.end_token, used, 1);
      if (near >= 0) best = near;
    }
  }
  // 'Wagner claimed control of the town', 'announced the "liberation" of the
  // settlement', "the city council told schools to ...": a sentence that
  // names no place but the town is about the town told last in the
  // paragraph, or the story's town; not about a place of the sentences
  // around it.
  if (best < 0 && SaysTheTown(s, true)) best = TownBefore(s, used);
  // Else a city or region named next to it in the paragraph: the sentence
  // before, the one before that, the one after.
  for (int delta : {-1, -2, 1}) {
    if (best >= 0) break;
    if ((delta < 0 && si < static_cast<size_t>(-delta)) || si + delta >= doc_.sentences.size()) continue;
    const Sentence& near = doc_.sentences[si + delta];
    if (near.paragraph != s.paragraph) continue;
    best = BestPlace(near.first_token, near.end_token, delta < 0 ? near.end_token : near.first_token,
                     used, 1);
  }
  // "Kharkiv City Mayor Ihor Terekhov reported that a glide bomb struck a
  // residential area": the city whose office speaks, when no sentence
  // around names another place; not for events on the ground, which take
  // the place of the event told before them first (extract/discourse.h),
  // as the head of a region often speaks of a town inside it.
  if (best < 0 && office >= 0 && !OnTheGround(type)) best = office;
  // "the town came under air attack: 60 bombs were dropped on it": not the
  // village named last before ("the villages of Lastochkyne and Sieverne")
  // but the last town named in the paragraph, or the story's town.
  if (best >= 0 && OnTheGround(type) && ann_.entities[best].first_token < s.first_token && IsVillage(best) &&
      SaysTheTown(s, false)) {
    int town = TownBefore(s, used);
    if (town >= 0) best = town;
  }
  // The dateline comes last, after the places of earlier events
  // (extract/discourse.h): see DatelinePlace().
  return best < 0 ? Ref{} : RefFromSpan(best, ann_.entities[best].end_token, true);
}

// A word for the weapons an interception meets ("drones", "cruise").
bool EventBuilder::WeaponWord(uint32_t t) const {
  return WordIn(t, {"drone", "drones", "missile", "missiles", "shahed", "shaheds", "rocket", "rockets", "uav",
                    "uavs", "cruise", "ballistic", "attack", "kamikaze", "guided", "glide", "bombs", "projectiles"});
}

bool EventBuilder::LaunchedBy(const Sentence& s, const Ref& actor, uint32_t anchor) const {
  // "Russia launched 167 drones, of which 95 were shot down": the actor's
  // mention stands right before a verb of launching, or is the adjective
  // of the weapons ("Iranian-made Shahed drones").
  for (auto it = EntitiesFrom(s.first_token); it != ann_.entities.end() && it->first_token < anchor; ++it) {
    if (it->end_token >= s.end_token) continue;
    const Entity* ent = EntityOf(*it);
    std::string_view text = doc_.Slice(doc_.tokens[it->first_token].start, doc_.tokens[it->end_token - 1].end);
    if (!(ent && !actor.entity.empty() && ent->id == actor.entity) && text != actor.name) continue;
    uint32_t t = it->end_token;
    if (WordIn(t, {"has", "had", "have"}) && t + 1 < s.end_token) ++t;
    if (WordIn(t, {"launched", "fired", "sent", "launches", "fires", "sends", "attacked", "used", "unleashed"})) {
      return true;
    }
    if (WeaponWord(it->end_token) || (it->end_token + 1 < s.end_token && WeaponWord(it->end_token + 1))) return true;
  }
  return false;
}

// The side ("UA" or "RU") that fired the weapons a sentence counts: "Russian
// missiles", "Russia fired 70 cruise missiles", "the enemy used 19
// missiles"; in the sentence, else in the one before it in the paragraph
// ("Russia fired 84 missiles. Air defences brought down 43 of them.").
std::string EventBuilder::SideOf(const EntitySpan& sp) const {
  if (!sp.country.empty()) return sp.country;
  const Entity* ent = EntityOf(sp);
  return ent && ent->geo && ent->geo->feature == "country" ? ent->geo->country : "";
}

std::string EventBuilder::LauncherSide(const Sentence& s, const Attribution& attribution) const {
  auto launcher_side = [&](const Sentence& in) -> std::string {
    for (auto it = EntitiesFrom(in.first_token); it != ann_.entities.end() && it->first_token < in.end_token; ++it) {
      if (it->end_token >= in.end_token) continue;
      std::string side = SideOf(*it);
      if (side != "UA" && side != "RU") continue;
      bool fired = WeaponWord(it->end_token) && !it->country.empty();
      uint32_t t = it->end_token;
      if (WordIn(t, {"has", "had", "have"}) && t + 1 < in.end_token) ++t;
      for (uint32_t k = t; !fired && k < std::min(t + 2, in.end_token); ++k) {
        fired = WordIn(k, {"fired", "launched", "launches", "fires", "unleashed", "attacked", "used", "sent"});
      }
      if (fired) return side;
    }
    // "the enemy used 19 missiles": a side named by its role (SideByRole).
    uint32_t at = 0;
    Ref role = SideByRole(in, in.end_token, attribution, &at);
    if (!role.empty()) {
      uint32_t t = at + 1;
      while (t < in.end_token && t < at + 4 && !WordIn(t, {"fired", "launched", "used", "attacked", "unleashed"})) ++t;
      if (t < in.end_token && t < at + 4) return role.country;
    }
    return "";
  };
  std::string side = launcher_side(s);
  size_t si = static_cast<size_t>(&s - doc_.sentences.data());
  if (si >= doc_.sentences.size()) return side;
  // A short line of a table or list ("Missiles: 122 launched / 87 shot
  // down") continues the sentence that introduced it, in its own paragraph.
  const bool table_line = s.end_token - s.first_token <= 12;
  for (size_t back = 1; side.empty() && back <= (table_line ? 3u : 1u) && back <= si; ++back) {
    const Sentence& before = doc_.sentences[si - back];
    if (!table_line && before.paragraph != s.paragraph) break;
    side = launcher_side(before);
  }
  return side;
}

Ref EventBuilder::Defender(const Sentence& s, const Attribution& attribution) const {
  Ref out;
  for (uint32_t t = s.first_token; t + 1 < s.end_token && out.empty(); ++t) {
    uint32_t end = t + 1;
    if (WordIs(t, "air") && WordIn(t + 1, {"defence", "defences", "defense", "defenses", "force"})) {
      end = t + 2;
    } else if (!WordIn(t, {"air-defence", "air-defense"})) {
      continue;
    }
    out.name = std::string(doc_.Slice(doc_.tokens[t].start, doc_.tokens[end - 1].end));
    // "Ukraine's air force", "the Ukrainian air force": whose.
    for (auto it = EntitiesFrom(s.first_token); it != ann_.entities.end() && it->first_token < t; ++it) {
      std::string_view between = it->end_token + 1 == t ? doc_.TokenText(doc_.tokens[t - 1]) : "";
      if (it->end_token != t && between != "'s" && between != "\u2019s") continue;
      if (std::string side = SideOf(*it); !side.empty()) out.country = side;
    }
  }
  // Else the source that reports it, unless a pronoun stands for it ("It said").
  static const SmallWordSet kPronouns = {"it", "they", "he", "she", "we", "i"};
  if (out.empty() && !attribution.source.empty() && !kPronouns.count(LowerWord(attribution.source))) {
    out.name = attribution.source;
  }
  if (!out.country.empty()) return out;
  // Whose defences, from whose weapons they met: "Ukrainian drones" were
  // met by Russia's, "Russian missiles" by Ukraine's.
  // Or from who fired them (LauncherSide).
  std::string side = LauncherSide(s, attribution);
  if (!side.empty()) out.country = side == "UA" ? "RU" : "UA";
  // Named by its side when the sentence names no defender ("Of those, 51
  // were shot down").
  if (out.name.empty() && !out.country.empty()) out = AirDefenceOf(out.country);
  return out;
}

Ref EventBuilder::SideByRole(const Sentence& s, uint32_t anchor, const Attribution& attribution, uint32_t* at) const {
  // Every event on the ground asks this: compare in place (WordIn), no
  // lowered copies of the words.
  for (uint32_t t = s.first_token; t < anchor && t + 1 < s.end_token; ++t) {
    std::string_view raw = doc_.TokenText(doc_.tokens[t]);
    if (raw.size() < 3 || raw.size() > 10) continue;
    char c = static_cast<char>(raw[0] | 0x20);
    if (c != 'o' && c != 'i' && c != 'a' && c != 'e' && c != 'k') continue;
    Ref r;
    uint32_t end = t + 1;
    bool enemy = false, ours = false, kyiv = false;
    if (WordIn(t, {"kyiv", "kiev"})) {
      // "the Kyiv regime struck a facility": Moscow's name for Ukraine's side.
      if (!WordIs(t + 1, "regime")) continue;
      end = t + 2;
      kyiv = true;
    } else if (WordIn(t, {"occupiers", "invaders", "aggressor"})) {
    } else if (WordIn(t, {"occupying", "occupation"})) {
      if (!WordIn(t + 1, {"forces", "troops", "army"})) continue;
      end = t + 2;
    } else if (WordIs(t, "enemy")) {
      if (t > s.first_token && !WordIs(t - 1, "the")) continue;
      if (WordIn(t + 1, {"forces", "troops", "units", "artillery", "aircraft"})) end = t + 2;
      enemy = true;
    } else if (WordIs(t, "our")) {
      if (!WordIn(t + 1, {"forces", "troops", "artillery", "units", "defenders", "soldiers", "army", "military",
                       "fighters", "air"})) {
        continue;
      }
      end = t + 2;
      // "our air defence", "our air force": the whole name.
      if (WordIs(t + 1, "air") && t + 2 < s.end_token &&
          WordIn(t + 2, {"defence", "defences", "defense", "defenses", "force"})) {
        end = t + 3;
      }
      ours = true;
    } else {
      continue;
    }
    // Whose words: a Russian source calls Ukraine's forces the enemy.
    std::string source = LowerWord(attribution.source);
    const bool russian_source = source.find("russia") != std::string::npos ||
                                source.find("moscow") != std::string::npos ||
                                source.find("kremlin") != std::string::npos;
    r.country = kyiv ? "UA" : enemy ? (russian_source ? "UA" : "RU") : ours ? (russian_source ? "RU" : "UA") : "RU";
    uint32_t first = t > s.first_token && WordIs(t - 1, "the") ? t - 1 : t;
    r.name = std::string(doc_.Slice(doc_.tokens[first].start, doc_.tokens[end - 1].end));
    if (at) *at = first;
    return r;
  }
  return Ref{};
}

bool EventBuilder::IsVillage(int span) const {
  const EntitySpan& sp = ann_.entities[span];
  const Entity* ent = EntityOf(sp);
  return ent && ent->geo && ent->geo->feature == "village";
}

size_t EventBuilder::SentenceOf(uint32_t token) const {
  auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  return it == doc_.sentences.begin() ? 0 : static_cast<size_t>(it - doc_.sentences.begin()) - 1;
}

bool EventBuilder::VictimNoun(uint32_t t) const {
  return t < doc_.tokens.size() &&
         WordIn(t, {"journalist", "journalists", "reporter", "reporters", "correspondent", "photographer",
                    "worker", "workers", "aid", "citizen", "citizens", "national", "nationals", "volunteer",
                    "volunteers", "tourist", "tourists", "student", "students", "doctor", "doctors", "medic",
                    "medics", "civilian", "civilians", "man", "woman", "men", "women", "boy", "girl", "child",
                    "children", "family", "families", "couple", "crew", "sailor", "sailors", "seafarer",
                    "seafarers", "engineer", "engineers", "diplomat", "diplomats", "passenger", "passengers",
                    "pilot", "resident", "residents", "mother", "father"});
}

bool EventBuilder::TitleCountry(int span) const {
  const EntitySpan& sp = ann_.entities[span];
  const Entity* ent = EntityOf(sp);
  return FeatureRank(ent) == 2 && NamesATitle(sp.end_token);
}

bool EventBuilder::NamesATitle(uint32_t place_end) const {
  if (place_end >= doc_.tokens.size()) return false;
  static constexpr std::string_view kTitleWords[] = {
      "president", "prime", "minister", "secretary", "envoy", "ambassador", "officials", "official",
      "spokesperson", "spokesman", "chancellor", "leader", "vice", "deputy", "foreign", "defence",
      "defense", "national", "special", "senior", "president-elect"};
  for (std::string_view w : kTitleWords) {
    if (WordIs(place_end, w)) return true;
  }
  return false;
}

// "the head of the Dnipropetrovsk regional military administration",
// "Kharkiv's regional prosecutor's office": a place that names who speaks,
// not where the event was.
bool EventBuilder::NamesAnOffice(uint32_t place_end) const {
  static constexpr std::string_view kOffice[] = {"administration", "prosecutor", "council",
                                                 "police", "authorities", "governor", "mayor", "regime"};
  for (uint32_t t = place_end; t < std::min<uint32_t>(place_end + 3, doc_.tokens.size()); ++t) {
    std::string w = LowerWord(doc_.TokenText(doc_.tokens[t]));
    if (std::find(std::begin(kOffice), std::end(kOffice), w) != std::end(kOffice)) return true;
    if (w != "regional" && w != "region" && w != "region's" && w != "city" && w != "military" &&
        w != "oblast" && w != "'s" && w != "’s" && w != "state") {
      return false;
    }
  }
  return false;
}

// "The governor described ...", "the defence minister thanked ...": a
// speaker named by office only; the words from the determiner to the title.
Ref EventBuilder::RoleActor(const Sentence& s, uint32_t anchor, uint32_t* first_out, uint32_t* last_out) const {
  static constexpr std::string_view kTitles[] = {
      "governor", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson", "president",
      "chief", "commander", "officials", "official", "ministry", "government", "administration",
      "envoy", "ambassador", "secretary", "adviser", "advisor", "prosecutor", "prosecutors", "chancellor", "premier",
      "police", "military", "army", "navy", "kremlin", "parliament", "council", "authorities",
      "court", "tribunal", "judge", "services", "investigators", "prosecutors", "guards", "regulator",
      "commission", "committee", "bank", "brigade", "agency"};
  uint32_t lo = anchor >= s.first_token + 5 ? anchor - 5 : s.first_token;
  for (uint32_t t = anchor + 1; t-- > lo;) {  // the trigger itself may be the office ("the court")
    std::string w = LowerWord(doc_.TokenText(doc_.tokens[t]));
    if (std::find(std::begin(kTitles), std::end(kTitles), w) == std::end(kTitles)) continue;
    uint32_t first = t;
    while (first > lo && doc_.tokens[first - 1].kind == TokenKind::kWord) {
      std::string p = LowerWord(doc_.TokenText(doc_.tokens[first - 1]));
      --first;
      if (p == "the" || p == "a" || p == "an") break;
    }
    // "The Bank of Russia", "the Ministry of Defence": the office's name.
    uint32_t last = t;
    auto capital = [&](uint32_t k) {
      std::string_view w = doc_.TokenText(doc_.tokens[k]);
      return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    };
    if (t + 2 < anchor && WordIs(t + 1, "of") && capital(t + 2)) {
      last = t + 2;
      while (last + 1 < anchor && capital(last + 1)) ++last;
    }
    if (first == lo && first > s.first_token && WordIs(first - 1, "the")) --first;
    Ref r;
    r.name = std::string(doc_.Slice(doc_.tokens[first].start, doc_.tokens[last].end));
    // "the foreign ministry in Berlin": whose office, from where it sits.
    if (last + 2 < s.end_token && WordIs(last + 1, "in")) {
      auto in = EntitiesFrom(last + 2);
      if (in != ann_.entities.end() && in->first_token == last + 2 && IsPlace(static_cast<int>(in - ann_.entities.begin()))) {
        const Entity* ent = EntityOf(*in);
        if (ent && ent->geo && !ent->geo->country.empty()) r.country = ent->geo->country;
      }
    }
    if (first_out) *first_out = first;
    if (last_out) *last_out = last;
    return r;
  }
  return Ref{};
}

// "In the Netherlands, the defence ministry said ...": the country that
// frames the sentence is the side that acts, for decisions, aid and talks.
Ref EventBuilder::FramingCountry(const Sentence& s, uint32_t anchor) const {
  uint32_t t = s.first_token;
  if (t + 2 >= anchor || LowerWord(doc_.TokenText(doc_.tokens[t])) != "in") return Ref{};
  ++t;
  if (LowerWord(doc_.TokenText(doc_.tokens[t])) == "the") ++t;
  for (size_t i = 0; i < ann_.entities.size(); ++i) {
    const EntitySpan& sp = ann_.entities[i];
    if (sp.first_token != t) continue;
    const Entity* ent = EntityOf(sp);
    if (!IsPlace(static_cast<int>(i)) || FeatureRank(ent) != 2 || sp.end_token >= anchor) return Ref{};
    if (doc_.TokenText(doc_.tokens[sp.end_token]) != ",") return Ref{};
    return RefFromSpan(static_cast<int>(i), sp.end_token, false);
  }
  return Ref{};
}

Ref EventBuilder::DatelinePlace() const {
  return dateline_ < 0 ? Ref{} : RefFromSpan(dateline_, ann_.entities[dateline_].end_token, true);
}

bool EventBuilder::SpeechBetween(uint32_t from, uint32_t to, bool judging_only) const {
  static const std::unordered_set<std::string_view> kSpeech = {
      "said", "says", "told", "called", "calls", "condemned", "condemns", "described", "describes",
      "denounced", "branded", "labelled", "labeled", "hailed", "blamed", "praised", "criticised",
      "criticized", "welcomed", "warned", "added", "wrote", "stated", "reported", "remarked"};
  // Words that judge what others did; "said" and "reported" often come
  // from the side that did it ("the air force said it had shot down").
  static const std::unordered_set<std::string_view> kJudging = {
      "called", "calls", "condemned", "condemns", "described", "describes", "denounced", "branded",
      "labelled", "labeled", "hailed", "praised", "criticised", "criticized", "welcomed"};
  const auto& verbs = judging_only ? kJudging : kSpeech;
  // "DTEK reported repeated strikes on its plants": reporting a strike as a
  // thing is judging it; "reported that ...", "reported shooting down ..."
  // may be the doer's own word.
  auto reports_a_thing = [&](uint32_t t) {
    if (doc_.TokenText(doc_.tokens[t]) != "reported" || t + 1 >= to) return false;
    std::string_view n = doc_.TokenText(doc_.tokens[t + 1]);
    return n != "that" && n != "it" && n != "they" && n != "having" && !n.ends_with("ing");
  };
  // "Warsaw said it had sent 40,000 soldiers": the pronoun is the speaker.
  // Only as the subject of what is said ("said it", "said that they"), not
  // "strikes on their plants".
  static const std::unordered_set<std::string_view> kPronoun = {"it", "he", "she", "they", "we"};
  bool speech = false;
  uint32_t said_at = 0;
  for (uint32_t t = from; t < to && t < doc_.tokens.size(); ++t) {
    std::string_view w = doc_.TokenText(doc_.tokens[t]);
    if (verbs.count(w) || (judging_only && reports_a_thing(t))) {
      speech = true;
      said_at = t;
    } else if (speech && kPronoun.count(w) && t <= said_at + 2) {
      speech = false;
    }
  }
  return speech;
}

// "Fifty-one were wounded, he said on Saturday": the day of the saying.
// Token t, lowered, equals `w` (ASCII; `w` is lower case). No allocation:
// the date and speaker checks run for every event on every earlier date.
bool EventBuilder::WordIs(uint32_t t, std::string_view w) const {
  std::string_view x = doc_.TokenText(doc_.tokens[t]);
  if (x.size() != w.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    char c = x[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != w[i]) return false;
  }
  return true;
}


bool EventBuilder::Compared(const DateSpan& d) const {
  // "the largest attack since March", "held since the first weeks of the
  // invasion": where a span of time begins, not the day of an event.
  // But "since July, when Moscow pulled out of the deal" dates what the
  // "when" tells.
  bool since = WordIs(d.first_token, "since") || (d.first_token > 0 && WordIs(d.first_token - 1, "since"));
  if (since) {
    uint32_t t = d.end_token;
    if (t < doc_.tokens.size() && doc_.TokenText(doc_.tokens[t]) == ",") ++t;
    return !(t < doc_.tokens.size() && WordIs(t, "when"));
  }
  // "the latest in a long series of attacks this year", "the tenth strike
  // this month": the current year or month is the span counted over, not
  // the day of an event ("earlier this year" still dates one).
  if (d.end_token == d.first_token + 2 && WordIs(d.first_token, "this") &&
      (WordIs(d.first_token + 1, "year") || WordIs(d.first_token + 1, "month")) &&
      !(d.first_token > 0 && (WordIs(d.first_token - 1, "earlier") || WordIs(d.first_token - 1, "early") ||
                              WordIs(d.first_token - 1, "late") || WordIs(d.first_token - 1, "later")))) {
    return true;
  }
  for (uint32_t k = 1; k <= 2 && d.first_token >= k; ++k) {
    uint32_t t = d.first_token - k;
    if (WordIs(t, "than") || WordIs(t, "compared")) return true;
    if (!WordIs(t, "in") && !WordIs(t, "with") && !WordIs(t, "to")) break;
  }
  return false;
}

EventDate EventBuilder::FallbackDate(size_t si, uint32_t anchor, bool skip_saying, bool told_as_done,
                                     bool own_saying_counts) const {
  const Sentence& s = doc_.sentences[si];
  int best = -1, saying = -1, earlier = -1;
  uint32_t best_distance = 0;
  const size_t first_in_sentence = static_cast<size_t>(
      std::lower_bound(ann_.dates.begin(), ann_.dates.end(), s.first_token,
                       [](const DateSpan& d, uint32_t t) { return d.first_token < t; }) -
      ann_.dates.begin());
  // An earlier date, kept in case the sentence has none: the last one told
  // before it. The day something was said ("officials said on Tuesday") is
  // not the day of what the next sentences tell, unless the lead said it:
  // the lead sets the story's day. A year ("so far this year") does not
  // replace the day told before it. Read backwards: the dates before are
  // many, and only the last that counts matters.
  int latest_year = -1;
  for (size_t i = first_in_sentence; i-- > 0;) {
    const DateSpan& d = ann_.dates[i];
    const uint8_t f = date_flags_[i];
    if (skip_saying && !(f & kLeadDate) && (f & kSayingDate)) continue;
    if (f & kComparedDate) continue;
    // A day still to come ("would hand the city over on May 25") is not the
    // day of what the next sentences tell as done.
    if (told_as_done && (f & kFutureDate)) continue;
    if (d.date.precision == "year") {
      if (latest_year < 0) latest_year = static_cast<int>(i);
      continue;
    }
    earlier = d.date.precision == "day" || latest_year < 0 ? static_cast<int>(i) : latest_year;
    break;
  }
  if (earlier < 0) earlier = latest_year;
  for (size_t i = first_in_sentence; i < ann_.dates.size(); ++i) {
    const DateSpan& d = ann_.dates[i];
    if (d.first_token >= s.end_token) break;
    const uint8_t f = date_flags_[i];
    // "ten times more than in 2024": a comparison, not the event's date.
    if (f & kComparedDate) continue;
    // A day still to come ranks after any other for what is told as done.
    bool to_come = told_as_done && (f & kFutureDate) && d.date.precision == "day";
    // The day of a saying yields to any other date of the sentence
    // ("confirmed on Wednesday that it had sent missiles last month") and
    // to a day told before it in the paragraph or lead, but stands when
    // there is none ("said on December 23 that its forces had seized Lozova").
    if (skip_saying && (f & kSayingDate)) {
      if (saying < 0) saying = static_cast<int>(i);
      continue;
    }
    // "Scholz said Tuesday he had halted the pipeline, a project finished
    // last year", "said Sunday it would donate 19 jets, eight more in
    // 2024": a bare year well past the trigger, in a sentence whose saying
    // names its day, tells a detail of what the trigger is about.
    if (saying >= 0 && d.date.precision == "year" && d.first_token > anchor + 6 &&
        ann_.dates[saying].date.precision == "day") {
      continue;
    }
    uint32_t dist = Distance(anchor, d.first_token, d.end_token);
    // "detained a man over yesterday's bombing": a possessive date is the
    // day of the thing it stands before, not of another event the sentence
    // tells of it.
    if (d.end_token + 1 < s.end_token) {
      // (The span may hold the "'s" or end before it.)
      uint32_t p = d.end_token;
      std::string_view poss = doc_.TokenText(doc_.tokens[p]);
      if (poss != "'s" && poss != "\u2019s") poss = doc_.TokenText(doc_.tokens[--p]);
      const bool possessive = poss == "'s" || poss == "\u2019s" ||
                              (poss.size() > 2 && (poss.substr(poss.size() - 2) == "'s"));
      // Only across a word that ties the sentence's event to that other
      // thing ("over", "for", "after"); "wounded in Friday's attack" is one.
      if (possessive && (anchor <= p || anchor > p + 4) && d.first_token > s.first_token) {
        const uint32_t b = d.first_token - 1;
        if (WordIs(b, "over") || WordIs(b, "for") || WordIs(b, "after") || WordIs(b, "since") ||
            WordIs(b, "following") || WordIs(b, "behind") || WordIs(b, "about")) {
          continue;
        }
      }
    }
    // "began mourning on Monday after two missiles struck the city on Palm
    // Sunday": a date across "after"/"when" is another clause's.
    if (d.end_token <= anchor) {
      for (uint32_t t = d.end_token; t < anchor; ++t) {
        std::string_view w = doc_.TokenText(doc_.tokens[t]);
        if (w.size() < 4 || w.size() > 6) continue;  // the cheap test first: most words fail it
        if (WordIs(t, "after") || WordIs(t, "when") || WordIs(t, "before") || WordIs(t, "while")) {
          dist += 12;
          break;
        }
      }
    }
    if (to_come) dist += 1000;
    // "KYIV, April 13 (Wire) - The SBU detained X ... on Tuesday": the day the
    // report was filed ranks after any day the sentence tells.
    if (FilingDay(s, d)) dist += 500;
    if (best < 0 || dist < best_distance) {
      best = static_cast<int>(i);
      best_distance = dist;
    }
  }
  // "said on Saturday that Wagner had taken the city and would hand it over
  // on May 25": the day it was said, not the day still to come.
  if (best >= 0 && best_distance >= 1000 && saying >= 0) return ann_.dates[saying].date;
  if (best >= 0) return ann_.dates[best].date;
  // ... and, for ground changing hands, before any day told earlier.
  if (own_saying_counts && saying >= 0) return ann_.dates[saying].date;
  const EventDate none = saying >= 0 ? ann_.dates[saying].date : EventDate{};  // the saying's day, if any
  if (earlier < 0) return none;
  // The same paragraph, or the lead (the first two paragraphs, headline and
  // opening) when no other date comes between: the lead sets the story's day.
  const DateSpan& told = ann_.dates[earlier];
  auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), told.first_token,
                             [](uint32_t t, const Sentence& x) { return t < x.first_token; });
  if (it == doc_.sentences.begin()) return none;
  uint32_t paragraph = std::prev(it)->paragraph;
  uint32_t lead = doc_.sentences.empty() ? 0 : doc_.sentences.front().paragraph + 1;
  if (paragraph != s.paragraph && paragraph > lead) return none;
  // The lead's day, not its week: a day the sentence was said on is closer
  // than "last week" told two paragraphs up.
  if (paragraph != s.paragraph && saying >= 0 && told.date.precision != "day") return none;
  // "said on Monday that troops had retaken the village": what was told as
  // done on Monday was not done on the Tuesday the lead is about.
  if (saying >= 0 && told_as_done && told.date.precision == "day" &&
      ann_.dates[saying].date.precision == "day" && told.date.value > ann_.dates[saying].date.value) {
    return none;
  }
  return told.date;
}

// Whether the sentence's first day of a saying comes before the trigger
// ("announced on Monday that it would contribute ...").
bool EventBuilder::SaidBefore(const Sentence& s, uint32_t anchor) const {
  auto it = std::lower_bound(ann_.dates.begin(), ann_.dates.end(), s.first_token,
                             [](const DateSpan& d, uint32_t t) { return d.first_token < t; });
  for (; it != ann_.dates.end() && it->first_token < s.end_token; ++it) {
    if (date_flags_[it - ann_.dates.begin()] & kSayingDate) return it->end_token <= anchor;
  }
  return false;
}

// Whether a span "since <date>" follows the trigger in its sentence.
bool EventBuilder::CountsSince(const Sentence& s, uint32_t anchor) const {
  auto it = std::lower_bound(ann_.dates.begin(), ann_.dates.end(), anchor,
                             [](const DateSpan& d, uint32_t t) { return d.first_token < t; });
  for (; it != ann_.dates.end() && it->first_token < s.end_token; ++it) {
    if (WordIs(it->first_token, "since") || (it->first_token > anchor && WordIs(it->first_token - 1, "since"))) {
      return true;
    }
  }
  return false;
}

// "announced on Saturday its largest package", "unveiled on Monday a new
// round of sanctions": a day right after a verb of announcing whose object,
// a few words on, is the trigger (no "that" clause between). -1 if none.
int EventBuilder::AnnouncedOn(const Sentence& s, uint32_t anchor) const {
  static const std::unordered_set<std::string_view> kAnnounce = {
      "announced", "unveiled", "approved", "adopted", "pledged", "agreed", "signed", "imposed", "presented"};
  auto it = std::lower_bound(ann_.dates.begin(), ann_.dates.end(), s.first_token,
                             [](const DateSpan& d, uint32_t t) { return d.first_token < t; });
  // "Germany announced on Saturday its package", the trigger the verb itself.
  const bool anchor_announces = kAnnounce.count(doc_.TokenText(doc_.tokens[anchor])) > 0;
  for (; it != ann_.dates.end() && it->first_token < s.end_token; ++it) {
    if (anchor_announces && it->first_token > anchor && it->first_token <= anchor + 2 && it->date.precision == "day") {
      return static_cast<int>(it - ann_.dates.begin());
    }
    if (it->end_token > anchor) break;
    if (it->date.precision != "day" || anchor - it->end_token > 6) continue;
    uint32_t v = it->first_token;
    if (v > s.first_token && (WordIs(v - 1, "on") || WordIs(v - 1, "late") || WordIs(v - 1, "early"))) --v;
    if (v <= s.first_token || !kAnnounce.count(doc_.TokenText(doc_.tokens[v - 1]))) continue;
    bool clause = false;
    for (uint32_t t = it->end_token; t < anchor && !clause; ++t) {
      clause = WordIs(t, "that") || WordIs(t, "it") || WordIs(t, "they") || WordIs(t, "he") || WordIs(t, "she") ||
               doc_.TokenText(doc_.tokens[t]) == ",";
    }
    if (!clause) return static_cast<int>(it - ann_.dates.begin());
  }
  return -1;
}

// "KYIV, April 13 (Harrowgate Wire) -": a day in a dateline, after the
// place that opens the report and before the dash that ends the dateline.
bool EventBuilder::FilingDay(const Sentence& s, const DateSpan& d) const {
  if (s.paragraph > 2 || d.first_token < s.first_token + 2 || d.first_token > s.first_token + 6) return false;
  auto it = EntitiesFrom(s.first_token);
  if (it == ann_.entities.end() || it->first_token != s.first_token || !IsPlace(static_cast<int>(it - ann_.entities.begin()))) {
    return false;
  }
  for (uint32_t t = d.end_token; t < std::min(d.end_token + 8, s.end_token); ++t) {
    std::string_view w = doc_.TokenText(doc_.tokens[t]);
    if (w == "-" || w == "--" || w == "\u2014" || w == "\u2013") return true;
    if (w == "(" || w == ")" || doc_.tokens[t].kind == TokenKind::kWord) continue;
    return false;
  }
  return false;
}

// The day of saying in sentence si + 1 of the same paragraph: a day right
// after a verb of saying or announcing, or after its object ("announced the
// drive on Thursday"). -1 if none.
int EventBuilder::NextSayingDay(size_t si) const {
  if (si + 1 >= doc_.sentences.size()) return -1;
  const Sentence& next = doc_.sentences[si + 1];
  // The lead's last sentence goes on in the next paragraph ("President X has
  // signed a decree ... \n\n The decree, published on Monday, ...").
  if (next.paragraph != doc_.sentences[si].paragraph &&
      !(next.paragraph == doc_.sentences[si].paragraph + 1 && InLead(doc_.sentences[si].first_token))) {
    return -1;
  }
  static const std::unordered_set<std::string_view> kTold = {"said", "says", "announced", "confirmed", "told",
                                                             "reported", "stated", "published"};
  auto it = std::lower_bound(ann_.dates.begin(), ann_.dates.end(), next.first_token,
                             [](const DateSpan& d, uint32_t t) { return d.first_token < t; });
  for (; it != ann_.dates.end() && it->first_token < next.end_token; ++it) {
    if (it->date.precision != "day") continue;
    for (uint32_t k = it->first_token; k > next.first_token && k + 5 > it->first_token; --k) {
      if (kTold.count(doc_.TokenText(doc_.tokens[k - 1]))) return static_cast<int>(it - ann_.dates.begin());
    }
  }
  return -1;
}

bool EventBuilder::InLead(uint32_t token) const {
  if (doc_.sentences.empty()) return false;
  auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                             [](uint32_t t, const Sentence& x) { return t < x.first_token; });
  return it != doc_.sentences.begin() && std::prev(it)->paragraph <= doc_.sentences.front().paragraph + 1;
}

bool EventBuilder::SayingDay(size_t si, const EventDate& date) const {
  if (date.value.empty()) return false;
  const Sentence& s = doc_.sentences[si];
  bool saying = false;
  auto from = std::lower_bound(ann_.dates.begin(), ann_.dates.end(), s.first_token,
                               [](const DateSpan& d, uint32_t t) { return d.first_token < t; });
  for (auto it = from; it != ann_.dates.end(); ++it) {
    const DateSpan& d = *it;
    if (d.first_token >= s.end_token) break;
    if (d.date.value != date.value) continue;
    if (!(date_flags_[it - ann_.dates.begin()] & kSayingDate)) return false;
    saying = true;
  }
  return saying;
}

void EventBuilder::AddQuantities(const PatternElement& el, const Binding& b, Event* e) const {
  if (el.slot.empty()) return;
  auto read = [&](int span) {
    const QuantitySpan& q = ann_.quantities[span];
    Quantity out = q.quantity;
    if (out.text.empty()) {
      out.text = std::string(doc_.Slice(doc_.tokens[q.first_token].start, doc_.tokens[q.end_token - 1].end));
    }
    return out;
  };
  Quantity value = read(b.span);
  // "80 percent of the capital's residents": a share, not a count of them.
  if (value.unit == "percent" && el.kind == PatternElement::Kind::kQuantity) return;
  // "$37 million for drone-detection systems": a sum is no count of things.
  if (!value.currency.empty() && el.slot != "money") return;
  // "sentenced him to five years", "a 30-kilometre zone": a span of time or
  // a distance counts no people and no weapons.
  static const std::unordered_set<std::string> kMeasures = {
      "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
      "minutes", "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres"};
  if (kMeasures.count(value.unit) && el.slot != "money") return;
  value.kind = el.slot;
  std::vector<Quantity> add;
  if (el.kind == PatternElement::Kind::kQuantityOf) {
    Quantity total;
    if (b.span2 >= 0) {
      total = read(b.span2);
    } else if (auto t = QuantityTotal(ann_.quantities[b.span])) {
      total = value;
      total.value = *t;
      total.max.reset();
    }
    total.kind = el.slot2;
    if (value.unit.empty()) value.unit = total.unit;
    if (total.unit.empty()) total.unit = value.unit;
    add.push_back(std::move(total));
  }
  add.push_back(std::move(value));
  for (auto& q : add) {
    bool seen = std::any_of(e->quantities.begin(), e->quantities.end(),
                            [&](const Quantity& x) { return x.kind == q.kind; });
    if (!seen) e->quantities.push_back(std::move(q));
  }
}

// The noun a quantity counts: its unit lemma, else the word after it.
static std::string CountedNoun(const Document& doc, const QuantitySpan& q, uint32_t end) {
  if (!q.unit_lemma.empty()) return q.unit_lemma;
  if (q.end_token >= end) return "";
  return Lemmatize(LowerWord(doc.TokenText(doc.tokens[q.end_token])));
}

void EventBuilder::AnaphoricTotal(size_t si, int span, Event* e) const {
  bool has = std::any_of(e->quantities.begin(), e->quantities.end(),
                         [](const Quantity& q) { return q.kind == "launched"; });
  const QuantitySpan& q = ann_.quantities[span];
  const Sentence& s = doc_.sentences[si];
  if (has || q.total) return;
  // A bare number that opens its sentence ("Forty-one were shot down")
  // counts what the sentence before launched.
  // "Of those, 51 were shot down": the same, after a pointer back.
  uint32_t opening = s.first_token;
  if (q.first_token == s.first_token + 3 && LowerWord(doc_.TokenText(doc_.tokens[s.first_token])) == "of") {
    std::string those = LowerWord(doc_.TokenText(doc_.tokens[s.first_token + 1]));
    if (those == "those" || those == "them" || those == "these" || those == "which") opening = q.first_token;
  }
  // "82 missiles and drones were launched, of which 57 were intercepted".
  if (q.first_token >= s.first_token + 2 && WordIs(q.first_token - 1, "which") && WordIs(q.first_token - 2, "of")) {
    opening = q.first_token;
  }
  // "shot down at least four of them": the same, the pointer after it.
  if (q.end_token + 1 < s.end_token && doc_.TokenText(doc_.tokens[q.end_token]) == "of") {
    std::string them = LowerWord(doc_.TokenText(doc_.tokens[q.end_token + 1]));
    if (them == "them" || them == "those" || them == "these") opening = q.first_token;
  }
  if (q.first_token == opening && q.unit_lemma.empty()) {
    // The weapons counted in [from, to): the first count at least as large.
    auto total_in = [&](uint32_t from, uint32_t to) {
      for (const QuantitySpan& p : ann_.quantities) {
        if (p.first_token < from) continue;
        if (p.first_token >= to) break;
        std::string noun = CountedNoun(doc_, p, to);
        if ((noun != "drone" && noun != "missile" && noun != "rocket" && noun != "shahed") ||
            p.quantity.value < q.quantity.value) {
          continue;
        }
        Quantity total = p.quantity;
        total.kind = "launched";
        e->quantities.insert(e->quantities.begin(), std::move(total));
        return true;
      }
      return false;
    };
    // "Russia launched 38 missiles, the air force said, and 30 of them
    // were shot down": the count earlier in the sentence, else the one before.
    if (q.first_token > s.first_token && total_in(s.first_token, q.first_token)) return;
    if (si > 0) total_in(doc_.sentences[si - 1].first_token, doc_.sentences[si - 1].end_token);
    return;
  }
  // Only "N of the <noun>" points back, the noun inside the span or after it.
  uint32_t t = q.first_token;
  while (t < q.end_token && doc_.TokenText(doc_.tokens[t]) != "of") ++t;
  if (t == q.end_token && (t >= s.end_token || doc_.TokenText(doc_.tokens[t]) != "of")) return;
  if (t + 2 >= s.end_token || LowerWord(doc_.TokenText(doc_.tokens[t + 1])) != "the") return;
  std::string noun = t < q.end_token && !q.unit_lemma.empty()
                         ? q.unit_lemma
                         : Lemmatize(LowerWord(doc_.TokenText(doc_.tokens[t + 2])));
  if (noun.empty()) return;
  // The count told earlier in the sentence ("Russia launched 85 drones and
  // a missile, the air force said; 61 of the drones were downed"), else in
  // the sentence before.
  auto total_of_noun = [&](uint32_t from, uint32_t to) {
    for (const QuantitySpan& p : ann_.quantities) {
      if (p.first_token < from) continue;
      if (p.first_token >= to) break;
      if (p.quantity.value < q.quantity.value) continue;
      // "91 cruise and ballistic missiles": the noun may follow its modifiers.
      bool counts_it = CountedNoun(doc_, p, to) == noun;
      for (uint32_t k = p.end_token; !counts_it && k < std::min(p.end_token + 5, to); ++k) {
        if (doc_.tokens[k].kind == TokenKind::kNumber) break;
        counts_it = Lemmatize(LowerWord(doc_.TokenText(doc_.tokens[k]))) == noun;
      }
      if (!counts_it) continue;
      Quantity total = p.quantity;
      total.kind = "launched";
      if (total.text.empty()) {
        total.text = std::string(doc_.Slice(doc_.tokens[p.first_token].start, doc_.tokens[p.end_token - 1].end));
      }
      e->quantities.insert(e->quantities.begin(), std::move(total));
      return true;
    }
    return false;
  };
  if (total_of_noun(s.first_token, q.first_token) || si == 0) return;
  total_of_noun(doc_.sentences[si - 1].first_token, doc_.sentences[si - 1].end_token);
}

Ref EventBuilder::ActorCountryIn(const Sentence& s, const Ref& actor) const {
  for (size_t i = 0; i < ann_.entities.size(); ++i) {
    const EntitySpan& sp = ann_.entities[i];
    if (sp.first_token < s.first_token || sp.first_token >= s.end_token) continue;
    const Entity* ent = EntityOf(sp);
    if (ent && ent->id == actor.entity && IsPlace(static_cast<int>(i)) && FeatureRank(ent) == 2) {
      return RefFromSpan(static_cast<int>(i), sp.end_token, true);
    }
  }
  return Ref{};
}

// A slot the pattern bound that the sentence says is not what the slot
// means. Each test is one reading of English the matcher cannot see.
bool EventBuilder::RefusedBinding(const PatternRule& rule, const PatternElement& el, const Binding& b,
                                  const PatternMatch& m, const Sentence& s) const {
  const EntitySpan& bound = ann_.entities[b.span];
  if (el.slot == "actor") {
    // "Kharkiv was hit by missiles": the place is hit, not hitting;
    // "positions in Kursk and had suffered": a place, not the subject.
    if (IsPlace(b.span) && (PassiveSubject(doc_, b.end, m.anchor) || PlaceAfterPreposition(b.span))) return true;
    // "Deputy Minister X was detained": the detainee, not who detained.
    const std::string_view type = rule.type;
    if ((type == "attack"sv || type == "infrastructure"sv || type == "territory"sv || type == "arrest"sv) &&
        PassiveSubject(doc_, b.end, m.anchor)) {
      return true;
    }
    // "Biden called the bombardment outrageous", "Zelensky said the
    // strike...": the speaker is not the one who struck.
    if (rule.type != "statement" && SpeechBetween(b.end, m.anchor)) return true;
    // "bans imports of Russian primary aluminium": a demonym used as an
    // adjective of a thing is not an agent.
    if (!bound.country.empty() && b.end == bound.end_token && b.end < s.end_token && b.end < m.anchor) {
      std::string_view next = doc_.TokenText(doc_.tokens[b.end]);
      if (doc_.tokens[b.end].kind == TokenKind::kWord && !next.empty() && next[0] >= 'a' && next[0] <= 'z') return true;
    }
    // "the G7 summit, where he held talks": the pronoun is the subject.
    if (b.end < m.anchor && m.anchor >= s.first_token + 3) {
      for (uint32_t t = std::max(b.end, m.anchor - 3); t < m.anchor; ++t) {
        if (WordIs(t, "he") || WordIs(t, "she")) return true;
      }
    }
    // '"... allows Putin to adapt," he told the gathering': a name in the
    // words quoted is not who speaks them.
    if (rule.type == "statement" && Quoted(s, b.first) && !Quoted(s, m.anchor)) return true;
    // "The Kremlin said Medvedchuk was not a Russian citizen": a name right
    // after "said" that a verb follows is who is spoken of, not the speaker
    // (", said Zelensky." is).
    if (rule.type == "statement" && b.first > m.anchor && b.end < s.end_token) {
      uint32_t t = TailEnd(doc_, b.end, s.end_token);
      if (t < s.end_token && (WordIs(t, "was") || WordIs(t, "is") || WordIs(t, "were") || WordIs(t, "are") ||
                              WordIs(t, "had") || WordIs(t, "has") || WordIs(t, "would") || WordIs(t, "will") ||
                              WordIs(t, "could") || WordIs(t, "should") || WordIs(t, "did") || WordIs(t, "must"))) {
        return true;
      }
    }
  }
  // "talks with US President Joe Biden": a country in a title is no place.
  if ((el.slot == "location" || el.slot == "target") && TitleCountry(b.span)) return true;
  // "his first trip abroad since Russia's invasion": a country's deed, no place.
  if (el.slot == "location" && b.end + 1 < s.end_token && (WordIs(b.end, "'s") || WordIs(b.end, "\u2019s")) &&
      WordIn(b.end + 1, {"invasion", "war", "aggression", "annexation", "occupation", "offensive", "full-scale"})) {
    return true;
  }
  return false;
}

Event EventBuilder::Build(const PatternRule& rule, const PatternMatch& m, size_t si,
                          const Attribution& attribution) const {
  const Sentence& s = doc_.sentences[si];
  const auto& line = rule.matches[m.line];
  Event e;
  e.type = rule.type;
  // The type as a view: compared to literals a dozen times below, a size
  // check first instead of a strlen and a memcmp each time (callgrind).
  const std::string_view type = rule.type;
  e.subtype = rule.subtype;
  e.plover = rule.plover.empty() ? std::string(DefaultPlover(rule.type)) : rule.plover == "none" ? "" : rule.plover;
  e.rule = rule.id;
  std::vector<int> used, used_as_place;  // slot spans, for the fallbacks
  int date_span = -1;
  for (const Binding& b : m.bindings) {
    const PatternElement& el = line[b.element];
    switch (el.kind) {
      case PatternElement::Kind::kEntity:
        used.push_back(b.span);
        // A target place ("a strike on Odesa") may still be the location.
        if (el.slot != "target") used_as_place.push_back(b.span);
        if (RefusedBinding(rule, el, b, m, s)) {
          used.pop_back();
          if (el.slot != "target") used_as_place.pop_back();  // a target was never one
          break;
        }
        if (el.slot == "actor") {
          int span = Apposition(b.span, m.anchor, s.first_token);
          e.actor = span == b.span ? RefFromSpan(span, b.end, false)
                                   : RefFromSpan(span, TailEnd(doc_, ann_.entities[span].end_token, s.end_token), false);
        }
        if (el.slot == "target") e.target = RefFromSpan(b.span, b.end, false);
        if (el.slot == "location") {
          int span = b.span;
          if (NarrowedBy(ann_.entities.begin() + span, s.end_token)) ++span;  // "Donetsk city of Pokrovsk"
          e.location = RefFromSpan(span, ann_.entities[span].end_token, true);
        }
        break;
      case PatternElement::Kind::kQuantity:
      case PatternElement::Kind::kQuantityOf:
        AddQuantities(el, b, &e);
        if (el.slot == "intercepted" && el.kind == PatternElement::Kind::kQuantity) {
          AnaphoricTotal(si, b.span, &e);
        }
        break;
      case PatternElement::Kind::kDate:
        date_span = b.span;
        break;
      default:
        break;
    }
  }
  for (const auto& [kind, value] : rule.constants) {
    bool seen = std::any_of(e.quantities.begin(), e.quantities.end(),
                            [&](const Quantity& x) { return x.kind == kind; });
    if (seen) continue;
    Quantity q;
    q.kind = kind;
    q.value = value;
    q.qualifier = "exact";
    e.quantities.push_back(std::move(q));
  }
  const bool location_bound = !e.location.empty();
  // "Biden said Putin had made threats and accused Russia of ...": the
  // second verb of the sentence's speaker is theirs, whoever the first one's
  // words named.
  if (type == "statement") {
    int speaker = CoordinatedSpeaker(s, m.anchor);
    if (speaker >= 0) {
      speaker = Apposition(speaker, m.anchor, s.first_token);
      e.actor = RefFromSpan(speaker, TailEnd(doc_, ann_.entities[speaker].end_token, s.end_token), false);
    }
  }
  // "Security services arrested three men", "The court sentenced ...": an
  // office named right before the trigger, with no name before it, is the
  // doer, not the subject of the sentence before.
  const bool by_office = type == "statement" || type == "policy" || type == "arrest" ||
                         type == "diplomacy" || type == "sanction";
  if (e.actor.empty() && by_office) {
    auto first = EntitiesFrom(s.first_token);
    if (first == ann_.entities.end() || first->first_token >= m.anchor) e.actor = RoleActor(s, m.anchor);
  }
  // "... would be treated as terrorists, the President warned", "In Oslo,
  // the prime minister said": an office right before the verb of saying,
  // no name after it, speaks; not a name told earlier in the sentence.
  if (type == "statement" && m.anchor >= s.first_token + 2) {
    uint32_t first = 0, last = 0;
    Ref office = RoleActor(s, m.anchor, &first, &last);
    auto after = EntitiesFrom(m.anchor + 1);
    const bool name_after = after != ann_.entities.end() && after->first_token == m.anchor + 1 &&
                            after->type == "person";
    // (An office the recognizer named, "The Russian Defence Ministry", is
    // the entity the pattern or the fallback finds; "the Kremlin" is both.)
    auto inside = EntitiesFrom(first + 1);
    const bool named = inside != ann_.entities.end() && inside->first_token < last;
    if (!office.empty() && last + 1 == m.anchor && WordIs(first, "the") && !name_after && !named) {
      e.actor = std::move(office);
    }
  }
  if (e.actor.empty()) {
    e.actor = FallbackActor(s, m.anchor, m.end, used, e.type);
    if (e.actor.empty() && by_office) e.actor = RoleActor(s, m.anchor);
    if (e.actor.empty() && type != "attack" && type != "clash" && type != "interception" &&
        type != "casualties" && type != "infrastructure") {
      e.actor = FramingCountry(s, m.anchor);
    }
  }
  // A sanction happens where it is decided, which the sentence names or not;
  // the country it is against, or a town told before, is not its place.
  if (e.location.empty() && type != "sanction") e.location = FallbackLocation(s, m.anchor, used_as_place, e.type);
  // "Polish authorities detained nine people suspected of spying for
  // Russia": whom they worked for is not where they were caught; the
  // country of those who caught them is, when the report names it.
  if (type == "arrest" && !location_bound && !e.location.entity.empty() && !e.actor.country.empty() &&
      e.location.country != e.actor.country) {
    for (auto it = EntitiesFrom(s.first_token); it != ann_.entities.end() && it->first_token < s.end_token; ++it) {
      const Entity* ent = EntityOf(*it);
      if (ent == nullptr || ent->id != e.location.entity || it->first_token == 0 || !WordIs(it->first_token - 1, "for")) {
        continue;
      }
      e.location = Ref{};
      for (size_t i = 0; i < ann_.entities.size(); ++i) {
        const Entity* home = EntityOf(ann_.entities[i]);
        if (home && IsPlace(static_cast<int>(i)) && FeatureRank(home) == 2 && home->geo &&
            home->geo->country == e.actor.country) {
          e.location = RefFromSpan(static_cast<int>(i), ann_.entities[i].end_token, true);
          break;
        }
      }
      break;
    }
  }
  // "Russia recruited 427,000 people": a country's call-up is in the country,
  // whatever other place the sentence names ("since the invasion of Ukraine").
  if (type == "mobilization" && !location_bound && !e.actor.entity.empty()) {
    Ref home = ActorCountryIn(s, e.actor);
    bool actor_is_place = !home.empty();
    if (actor_is_place) e.location = std::move(home);
    // "Putin signed a decree calling up 160,000 men": the leader's country,
    // when the report names it; a build-up stays where the troops mass.
    bool callup = e.subtype != "buildup";
    for (size_t i = 0; callup && !actor_is_place && !e.actor.country.empty() && i < ann_.entities.size(); ++i) {
      const EntitySpan& sp = ann_.entities[i];
      const Entity* ent = EntityOf(sp);
      if (ent && IsPlace(static_cast<int>(i)) && FeatureRank(ent) == 2 && ent->geo &&
          ent->geo->country == e.actor.country) {
        e.location = RefFromSpan(static_cast<int>(i), sp.end_token, true);
        break;
      }
    }
  }
  // "Poland scrambled fighter jets as Russian missiles flew near its
  // border": jets scrambled over the country that scrambles them.
  bool scrambled_at_home = false;
  if (type == "deployment" && e.subtype == "air_patrol" && !location_bound && !e.actor.entity.empty()) {
    Ref home = ActorCountryIn(s, e.actor);
    scrambled_at_home = !home.empty();
    if (scrambled_at_home) e.location = std::move(home);
  }
  // Troops sent abroad are where they went: "North Korea deployed 11,000
  // troops to assist Russia" is in Russia, not Pyongyang; "sent troops to
  // train with Russian forces" too: the first country after the trigger
  // that is not the sender's. Troops moved at home keep their place.
  if (type == "deployment" && !location_bound && !scrambled_at_home && !e.actor.country.empty() &&
      (e.location.empty() || e.location.country == e.actor.country || e.location.country == "US")) {
    Ref destination;
    for (size_t i = 0; i < ann_.entities.size() && destination.empty(); ++i) {
      const EntitySpan& sp = ann_.entities[i];
      if (sp.first_token <= m.anchor || sp.first_token >= s.end_token) continue;
      std::string code = sp.country;  // a demonym group ("Russian forces")
      const Entity* ent = EntityOf(sp);
      if (code.empty() && ent && IsPlace(static_cast<int>(i)) && ent->geo) code = ent->geo->country;
      if (code.empty() || code == e.actor.country) continue;
      if (IsPlace(static_cast<int>(i))) {
        destination = RefFromSpan(static_cast<int>(i), sp.end_token, true);
        break;
      }
      for (size_t j = 0; j < ann_.entities.size(); ++j) {  // the country a demonym names
        const Entity* c = ann_.entities[j].entity >= 0 ? &entities_[ann_.entities[j].entity] : nullptr;
        if (c && IsPlace(static_cast<int>(j)) && FeatureRank(c) == 2 && c->geo && c->geo->country == code) {
          destination = RefFromSpan(static_cast<int>(j), ann_.entities[j].end_token, true);
          break;
        }
      }
    }
    if (!destination.empty()) e.location = destination;
  }
  // A town or a region does not strike, fight or shoot down: such an actor
  // is a place misread (the report's earlier events may name the side).
  if ((type == "attack" || type == "clash" || type == "interception") && !e.actor.entity.empty()) {
    for (const Entity& ent : entities_) {
      if (ent.id == e.actor.entity && ent.type == "location" && FeatureRank(&ent) < 2) e.actor = Ref{};
    }
  }
  // "the enemy again shelled the Korabelnyi district", "our artillery
  // destroyed the crossings": a side named by its role, in the words of
  // one of the sides.
  // (A speaker the fallback took for the actor yields to it: "the ministry
  // said the enemy attacked its positions".)
  if (OnTheGround(e.type) || type == "deployment" || type == "territory") {
    uint32_t at = 0;
    Ref side = SideByRole(s, m.anchor, attribution, &at);
    if (!side.empty() && (e.actor.empty() || SpeechBetween(s.first_token, at))) e.actor = std::move(side);
  }
  // Who shot down: the air defences or air force the sentence names, else
  // the source that reports it ("21 were shot down, the air force said");
  // never the side that launched.
  if (type == "interception") {
    // (The launcher may be the subject carried from the sentence before:
    // "Russia fired 84 missiles. Air defences brought down 43 of them.")
    const bool carried_launcher =
        !e.actor.empty() && si > 0 && doc_.sentences[si - 1].paragraph == s.paragraph &&
        LaunchedBy(doc_.sentences[si - 1], e.actor, doc_.sentences[si - 1].end_token);
    // ("The enemy used 12 missiles; air defence destroyed 8": the side
    // named by its role fired them.)
    const bool role_launcher = !e.actor.empty() && e.actor.entity.empty() && !e.actor.country.empty() &&
                               e.actor.country == LauncherSide(s, attribution);
    if (!e.actor.empty() && (LaunchedBy(s, e.actor, m.anchor) || carried_launcher || role_launcher)) {
      e.actor = Ref{};
    }
    if (e.actor.empty()) e.actor = Defender(s, attribution);
    // "All 18 missiles fired at Kyiv were shot down": with no defender or
    // side named, the defences are those of the country they were over.
    if (e.actor.empty() && (e.location.country == "UA" || e.location.country == "RU")) {
      e.actor = AirDefenceOf(e.location.country);
    }
    // "Russia fired 70 missiles and air defences downed 58": the country
    // that fired is not where they were shot down.
    if (!location_bound && !e.location.empty() && CountryRef(&entities_, e.location) &&
        LaunchedBy(s, e.location, m.anchor)) {
      e.location = Ref{};
    }
  }
  // (A statement's modality is its saying's, not that of what it tells.)
  e.modality = FindModality(doc_, s, m.anchor, type == "statement" ? 0 : m.end);
  // "tried to push our units from their positions", "made 39 attempts to
  // advance": ground tried for is not ground taken (an assault tried is
  // still fighting, so only for territory).
  if (type == "territory" && e.modality == "asserted") {
    for (uint32_t t = m.anchor; t-- > s.first_token && t + 5 > m.anchor;) {
      if (!WordIs(t, "to")) continue;
      if (t > s.first_token && WordIn(t - 1, {"tried", "tries", "try", "trying", "attempt", "attempts", "attempted",
                                              "attempting", "sought", "seeking", "failed"})) {
        e.modality = WordIs(t - 1, "failed") ? "negated" : "possible";
      }
      break;
    }
  }
  // "Germany announced on Saturday its largest package": for aid, sanctions
  // and decisions an announcement whose object is the trigger is the deed,
  // and its day the event's.
  if (date_span < 0 && (type == "aid" || type == "sanction" || type == "policy" || type == "diplomacy")) {
    date_span = AnnouncedOn(s, m.anchor);
  }
  e.date = date_span >= 0 ? ann_.dates[date_span].date
                          : FallbackDate(si, m.anchor, type != "statement",
                                         e.modality == "asserted" || e.modality == "negated",
                                         // "Russian forces now control 70 per cent of the town,
                                         // the governor said on Tuesday": ground changes hands on
                                         // the day it is claimed or owned to.
                                         // "announced on Monday that it would contribute 500
                                         // million euros": a pledge is made the day it is said.
                                         // (Only a day said before the pledge: not "on top of an
                                         // earlier pledge announced on Friday" after it.)
                                         type == "territory" ||
                                             (e.modality == "planned" && (type == "aid" || type == "sanction") &&
                                              SaidBefore(s, m.anchor)) ||
                                             // "said on 3 April that 100,000 had signed contracts since
                                             // 1 January": a running total, as of the day it was said.
                                             (SaidBefore(s, m.anchor) && CountsSince(s, m.anchor)));
  // A report that has told no day at all before this sentence ("09:10 - All
  // 18 missiles fired at Kyiv were shot down"): what it tells as done on
  // the ground is news of its own day.
  // (So is what it says has been done, said or decided: "Zelensky has
  // accused Moscow of terrorism", "Ukraine has begun recruiting".)
  // ("Belarus has also summoned reservists", the trigger the noun: up to four
  // words back, within the clause.)
  bool has_done = false;
  for (uint32_t t = m.anchor; t > s.first_token && t + 4 >= m.anchor && !has_done; --t) {
    if (doc_.tokens[t - 1].kind != TokenKind::kWord) break;
    std::string_view w = doc_.TokenText(doc_.tokens[t - 1]);  // auxiliaries are lower case
    has_done = w == "has" || w == "have" || w == "Has" || w == "Have";
  }
  // "Belarus has summoned reservists. Its Defence Ministry said on Thursday
  // that ...", "Ukraine has begun recruiting volunteers. The minister
  // announced the drive on Thursday": what has been done, told with no day,
  // is of the day the next sentence says it was told.
  if (e.date.value.empty() && std::string_view(e.modality) == "asserted"sv && has_done) {
    int told = NextSayingDay(si);
    if (told >= 0) e.date = ann_.dates[told].date;
  }
  // (Dates the sentence holds but its event does not take, "over
  // yesterday's bombing", do not stop this.)
  if (e.date.value.empty() && std::string_view(e.modality) == "asserted"sv && (OnTheGround(e.type) || has_done) &&
      !published_day_.empty() && (ann_.dates.empty() || ann_.dates.front().first_token >= s.first_token)) {
    e.date.value = published_day_;
    e.date.precision = "day";
  }
  e.attribution = attribution;
  e.evidence.start = s.start;
  e.evidence.end = s.end;
  e.evidence.text = std::string(doc_.Slice(s.start, s.end));
  double filled = (!e.actor.empty() + !e.location.empty() + !e.date.value.empty()) / 3.0;
  e.confidence = EventConfidence(rule.weight, filled, e.modality, e.attribution.status);
  return e;
}

namespace {

// Every figure of x (kind and value) is one of y's; x has at least one.
static bool FiguresWithin(const Event& x, const Event& y) {
  return !x.quantities.empty() &&
         std::all_of(x.quantities.begin(), x.quantities.end(), [&](const Quantity& q) {
           return std::any_of(y.quantities.begin(), y.quantities.end(),
                              [&](const Quantity& r) { return r.kind == q.kind && r.value == q.value; });
         });
}

static bool Mergeable(const std::vector<Entity>* entities, const Event& a, const Event& b) {
  if (a.type != b.type || a.evidence.start != b.evidence.start) return false;
  // "Russia will call up 150,000 conscripts in its autumn draft": one
  // actor's event told by two triggers, one with its figure and the verb
  // that says how sure it is; the other's far trigger misses the "will".
  const bool one_counted = a.quantities.empty() != b.quantities.empty();
  const bool same_actor = !a.actor.empty() && a.actor.name == b.actor.name;
  // The very same figures read twice ("will give Ukraine 3 billion pounds a
  // year in military aid"): one event, whoever the second reading guessed
  // as its actor and however near a "will" its trigger stood; the first
  // reading's actor and modality stand.
  if (a.type != "statement" && FiguresWithin(a, b) && FiguresWithin(b, a)) return true;
  if (a.modality != b.modality && !(one_counted && same_actor && a.type != "statement")) return false;
  // "called the strike a response ... and threatened to use ...": two statements.
  if (a.type == "statement" && !a.subtype.empty() && !b.subtype.empty() && a.subtype != b.subtype) return false;
  // "Peskov said ..., and Medvedev wrote that ...": two speakers, two statements.
  if (a.type == "statement" && !a.actor.empty() && !b.actor.empty() && a.actor.name != b.actor.name) return false;
  // One actor's event told by two rules, one with its numbers: one event
  // ("North Korea deployed 11,000 troops to assist Russia").
  if (one_counted && same_actor) return true;
  // "intercepted all 31 drones" read by two rules, one with the total too:
  // the same figures are the same event, whatever place each guessed.
  if (a.type != "statement" && (FiguresWithin(a, b) || FiguresWithin(b, a)) &&
      (a.actor.empty() || b.actor.empty() || same_actor)) {
    return true;
  }

  // "due to meet in Jeddah, Saudi Arabia": a country holds its city.
  if (!a.location.empty() && !b.location.empty() && a.location.name != b.location.name) {
    bool nested = !a.location.country.empty() && a.location.country == b.location.country &&
                  (CountryRef(entities, a.location) || CountryRef(entities, b.location));
    if (!nested) return false;
  }
  for (const auto& x : a.quantities) {
    for (const auto& y : b.quantities) {
      if (x.kind == y.kind && x.value != y.value) return false;
    }
  }
  return true;
}

static void MergeInto(const std::vector<Entity>* entities, Event& a, Event b) {
  // The city, not the country that holds it (Mergeable).
  if (!a.location.empty() && !b.location.empty() && a.location.name != b.location.name &&
      CountryRef(entities, a.location) && !CountryRef(entities, b.location)) {
    a.location = b.location;
  }
  // Told by two triggers, the one with the figure holds the verb (Mergeable).
  if (a.modality != b.modality && a.quantities.empty() && !b.quantities.empty()) a.modality = b.modality;
  // Both figures of a kind stay when the second came from its own span
  // ("70 individuals and 90 entities"); Mergeable kept clashing ones apart.
  for (auto& q : b.quantities) {
    bool seen = std::any_of(a.quantities.begin(), a.quantities.end(),
                            [&](const Quantity& x) { return x.kind == q.kind && x.value == q.value; });
    if (!seen) a.quantities.push_back(std::move(q));
  }
  if (a.actor.empty()) a.actor = std::move(b.actor);
  if (a.target.empty()) a.target = std::move(b.target);
  if (a.location.empty()) a.location = std::move(b.location);
  if (a.date.value.empty()) a.date = std::move(b.date);
  // "The strikes knocked out power": what the hit did (an outage) says
  // more than that something was hit.
  if (a.rule == "infrastructure.struck" && b.type == "infrastructure" && b.rule != a.rule && !b.subtype.empty()) {
    a.subtype = b.subtype;
    a.rule = b.rule;
  }
  if (a.subtype.empty()) a.subtype = std::move(b.subtype);
  if (b.confidence > a.confidence) {
    a.confidence = b.confidence;
    a.rule = std::move(b.rule);
  }
}

}  // namespace

void AddNewFigures(Event more, Event* e) {
  for (auto& q : more.quantities) {
    bool seen = std::any_of(e->quantities.begin(), e->quantities.end(), [&](const Quantity& x) {
      return x.kind == q.kind && x.value == q.value;
    });
    if (!seen) e->quantities.push_back(std::move(q));
  }
}

void MergeSentenceEvents(std::vector<Event>* events, const std::vector<Entity>* entities) {
  if (events->size() < 2) return;
  std::vector<Event> out;
  out.reserve(events->size());  // an Event is large: no moves on growth
  for (auto& e : *events) {
    auto it = std::find_if(out.begin(), out.end(), [&](const Event& x) { return Mergeable(entities, x, e); });
    if (it == out.end()) {
      out.push_back(std::move(e));
    } else {
      MergeInto(entities, *it, std::move(e));
    }
  }
  *events = std::move(out);
}

}  // namespace sitrep::extract

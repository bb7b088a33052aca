#include "extract/entity_finder.h"

#include <xxhash.h>

#include <algorithm>

#include "extract/entity_rules.h"

namespace sitrep::extract {

namespace {

// Nouns after a demonym that make it a group of that country's people.
bool IsGroupNoun(std::string_view k) {
  static const std::vector<std::string_view> nouns = {
      "troops", "forces", "soldiers", "servicemen", "military", "army", "units", "personnel",
      "fighters", "troop", "soldier", "officers", "commanders", "mercenaries", "infantry",
      "navy", "marines", "special", "paratroopers", "pilots", "sailors", "armed"};
  return std::find(nouns.begin(), nouns.end(), k) != nouns.end();
}

constexpr size_t kMaxSentenceItems = 400;

int TypeRank(std::string_view type) {
  static const char* order[] = {"person", "organization", "military_unit", "weapon", "location"};
  for (int i = 0; i < 5; ++i) {
    if (type == order[i]) return i;
  }
  return 5;
}

}  // namespace

void SentenceState::Take(uint32_t first, uint32_t last, Mark m) {
  for (uint32_t i = first; i < last; ++i) at(i) = m;
  auto overlaps = [&](const Candidate& c) { return c.first < last && first < c.end; };
  gazetteer.erase(std::remove_if(gazetteer.begin(), gazetteer.end(), overlaps), gazetteer.end());
}

// "UN-backed", "Kyiv-based", "U.S.-led": a hyphenated word that is nothing
// as a whole may start with a curated name. Returns that candidate, or one
// with no entries.
static Candidate HyphenPrefix(const SentenceState& s, size_t i) {
  Candidate c;
  const Keyed& item = s.items[i];
  size_t dash = item.key.find('-');
  if (!item.word || dash == std::string::npos || dash == 0 || item.shape == CaseShape::kLower) return c;
  std::string_view text_word = std::string_view(item.key).substr(0, dash);
  Keyed part = item;
  part.key.assign(text_word);
  std::string_view word = s.text.substr(item.start, item.end - item.start);
  part.shape = ShapeOf(word.substr(0, word.find('-')));
  part.hash = XXH3_64bits(part.key.data(), part.key.size());
  std::vector<Keyed> one{part};
  std::vector<const Phrase*> phrases;
  if (s.lex.Longest(one, 0, 1, &phrases) != 1) return c;
  for (const Phrase* p : phrases) {
    const LexEntry& e = s.lex.entry(p->entry);
    if (!e.curated || p->bound || (e.kind != EntryKind::kEntity && e.kind != EntryKind::kDemonym)) continue;
    c.first = static_cast<uint32_t>(i);
    c.end = static_cast<uint32_t>(i + 1);
    c.type = e.kind == EntryKind::kDemonym ? std::string_view("demonym") : std::string_view(e.type);
    c.country = e.kind == EntryKind::kDemonym ? e.country : std::string();
    if (e.kind == EntryKind::kDemonym) c.demonym_entry = p->entry, c.demonym_end = c.end;
    else c.entries.push_back(p->entry);
    if (e.kind == EntryKind::kDemonym) c.entries.clear();
    break;
  }
  return c;
}

// Lexicon pass: the longest phrase at each position wins; curated names
// are taken at once, gazetteer-only names wait for the person rule.
static void LexiconPass(SentenceState* s) {
  std::vector<const Phrase*> phrases;
  for (size_t i = s->begin; i < s->end;) {
    size_t n = s->lex.Longest(s->items, i, s->end, &phrases);
    if (n == 0) {
      Candidate part = HyphenPrefix(*s, i);
      if (!part.type.empty()) {
        // The key may have lost characters (apostrophes), so find the dash in the text.
        std::string_view word(s->text.data() + s->items[i].start, s->items[i].end - s->items[i].start);
        part.byte_end = s->items[i].start + static_cast<uint32_t>(word.find('-'));
        s->at(i) = part.type == "demonym" ? Mark::kDemonym : Mark::kEntity;
        s->found.push_back(std::move(part));
      }
      ++i;
      continue;
    }
    Candidate c;
    c.first = static_cast<uint32_t>(i);
    c.end = static_cast<uint32_t>(i + n);
    c.bound = true;
    bool curated = false, stop = false;
    int title = -1, demonym = -1;
    for (const Phrase* p : phrases) {
      const LexEntry& e = s->lex.entry(p->entry);
      if (e.kind == EntryKind::kStop) stop = true;
      if (e.kind == EntryKind::kTitle) title = static_cast<int>(p->entry);
      if (e.kind == EntryKind::kDemonym) demonym = static_cast<int>(p->entry);
      if (e.kind != EntryKind::kEntity) continue;
      if (c.type.empty() || TypeRank(e.type) < TypeRank(c.type)) { c.type = e.type; c.entries.clear(); }
      if (e.type != c.type) continue;
      c.entries.push_back(p->entry);
      c.bound &= p->bound;
      curated |= e.curated;
    }
    // A small gazetteer place as a sentence's first word is more often an
    // ordinary word with a capital ("Many fled..."): not taken alone there.
    bool opening = i == s->begin || !s->items[i - 1].word;
    if (!curated && n == 1 && opening) {
      uint32_t largest = 0;
      for (uint32_t e : c.entries) largest = std::max(largest, s->lex.entry(e).population);
      c.weak = largest < 100000;  // kept only if named again elsewhere
    }
    if (!c.entries.empty() && (curated || (!stop && title < 0 && demonym < 0))) {
      if (curated) {
        s->found.push_back(std::move(c));
        for (size_t k = i; k < i + n; ++k) s->at(k) = Mark::kEntity;
      } else {
        s->gazetteer.push_back(std::move(c));
        for (size_t k = i; k < i + n; ++k) s->at(k) = Mark::kGazetteer;
      }
    } else if (stop) {
      for (size_t k = i; k < i + n; ++k) s->at(k) = Mark::kStop;
    } else if (demonym >= 0) {
      Candidate d;
      d.first = c.first;
      d.end = c.end;
      d.country = s->lex.entry(demonym).country;
      d.demonym_entry = static_cast<uint32_t>(demonym);
      d.type = "demonym";
      d.demonym_end = c.end;
      if (i + n < s->end && IsGroupNoun(s->key(i + n))) {
        d.type = "group";
        d.end += 1;
        if (s->key(i + n) == "armed" || s->key(i + n) == "special") d.end += d.end < s->end;
      }
      for (size_t k = d.first; k < d.end; ++k) s->at(k) = Mark::kDemonym;
      s->found.push_back(std::move(d));
    } else if (title >= 0) {
      for (size_t k = i; k < i + n; ++k) s->at(k) = Mark::kTitle;
      if (i + n < s->end) s->title_before[i + n - s->begin] = title;
      // "his Turkish counterpart, Hakan Fidan": a title, a comma, a name.
      if (i + n + 1 < s->end && s->key(i + n) == ",") s->title_before[i + n + 1 - s->begin] = title;
    }
    i += n;
  }
}

// Titles carry over chains ("Prime Minister Donald" ← "Polish"), and a
// country before a title ("Moldova's Prime Minister", "Polish President")
// becomes the person's country.
static void LinkTitles(SentenceState* s) {
  for (size_t i = s->begin; i < s->end; ++i) {
    if (s->title_before[i - s->begin] < 0) continue;
    size_t t = i;
    while (t > s->begin && s->at(t - 1) == Mark::kTitle) --t;
    // The first title of a chain is the role: "press secretary Maj. Gen. X".
    for (size_t k = t + 1; k <= i; ++k) {
      if (s->title_before[k - s->begin] >= 0) {
        s->title_before[i - s->begin] = s->title_before[k - s->begin];
        break;
      }
    }
    if (t == s->begin) continue;
    for (const Candidate& c : s->found) {
      if (c.end != t) continue;
      if (c.type == "demonym" || (c.type == "location" && s->items[t - 1].possessive)) {
        s->title_country[i - s->begin] =
            c.type == "demonym" ? &s->lex.entry(c.demonym_entry).country : &s->lex.entry(c.entries[0]).country;
      }
    }
  }
}

void EntityFinder::FindInSentence(std::string_view text, const std::vector<Keyed>& items, size_t begin, size_t end,
                                  std::vector<Candidate>* out) const {
  thread_local std::vector<Mark> mark;
  thread_local std::vector<int> title_before;
  thread_local std::vector<const std::string*> title_country;
  thread_local std::vector<Candidate> found, gazetteer;
  mark.assign(end - begin, Mark::kFree);
  title_before.assign(end - begin, -1);
  title_country.assign(end - begin, nullptr);
  found.clear();
  gazetteer.clear();
  SentenceState s{lex_, text, items, begin, end, mark, title_before, title_country, found, gazetteer, begin};
  size_t words = 0, capitals = 0;
  for (size_t i = begin; i < end; ++i) {
    words += items[i].word && items[i].shape != CaseShape::kOther;
    capitals += items[i].word && (items[i].shape == CaseShape::kCapitalized || items[i].shape == CaseShape::kAllCaps);
  }
  s.headline = words >= 4 && capitals * 10 >= words * 7;
  LexiconPass(&s);
  LinkTitles(&s);
  // A title in the article wins over the lexicon's role for a known person.
  for (Candidate& c : s.found) {
    int title = s.title_before[c.first - begin];
    if (c.type != "person" || title < 0 || lex_.entry(title).role.empty()) continue;
    c.role = lex_.entry(title).role;
    if (const std::string* cc = s.title_country[c.first - begin]) c.country = *cc;
  }
  FindUnits(&s);
  FindOrganizations(&s);
  FindSelfNamedGroups(&s);
  FindPlacesByContext(&s);
  FindPeople(&s);
  for (auto& c : s.gazetteer) s.found.push_back(std::move(c));
  std::sort(s.found.begin(), s.found.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  for (auto& c : s.found) out->push_back(std::move(c));
}

std::vector<Candidate> EntityFinder::Find(const Document& doc, const std::vector<Keyed>& items) const {
  std::vector<Candidate> out;
  size_t i = 0;
  for (const Sentence& sentence : doc.sentences) {
    while (i < items.size() && items[i].token < sentence.first_token) ++i;
    size_t j = i;
    while (j < items.size() && items[j].token < sentence.end_token) ++j;
    // Budget: rules look around within a sentence, so a "sentence" that is
    // really a whole page without stops is cut into windows.
    for (size_t k = i; k < j; k += kMaxSentenceItems) {
      FindInSentence(doc.text, items, k, std::min(j, k + kMaxSentenceItems), &out);
    }
    i = j;
  }
  return out;
}

}  // namespace sitrep::extract

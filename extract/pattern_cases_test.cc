// Runs the analysts' example cases in data/patterns/tests/*.tsv against the
// rules in data/patterns, through the stand-in annotators of event_testkit.h.
// The format is documented in data/patterns/README.md.
#include <gtest/gtest.h>


#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "extract/event_testkit.h"
#include "extract/events.h"
#include "extract/pattern_lang.h"

namespace sitrep {
std::vector<Token> Tokenize(std::string_view text);  // sitrep/text.h (whose SplitSentences clashes with the testkit's)
}  // namespace sitrep

namespace sitrep::extract {
namespace {

const std::string kData = SITREP_SOURCE_DIR "/data";

struct Case {
  std::string file;
  int line = 0;
  std::string sentence, expect;
  std::vector<std::pair<std::string, std::string>> fields;
};

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

std::vector<Case> ReadCases() {
  std::vector<Case> cases;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(kData + "/patterns/tests")) {
    if (e.path().extension() == ".tsv" && e.path().filename() != "lexicon.tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (Trim(line).empty() || line[0] == '#') continue;
      auto cells = SplitOn(line, '\t');
      cells.resize(3);
      Case c{path.filename().string(), n, cells[0], Trim(cells[1]), {}};
      size_t p;
      while ((p = c.sentence.find("\\n")) != std::string::npos) c.sentence.replace(p, 2, "\n");
      for (const auto& f : SplitOn(cells[2], ';')) {
        std::string t = Trim(f);
        if (t.empty()) continue;
        size_t eq = t.find('=');
        c.fields.emplace_back(Trim(t.substr(0, eq)), eq == std::string::npos ? "" : Trim(t.substr(eq + 1)));
      }
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

bool RefAgrees(const Ref& r, const std::string& want) {
  if (want == "none") return r.empty();
  return (!r.name.empty() && Lower(r.name).find(Lower(want)) != std::string::npos) || r.country == want ||
         (!r.admin1.empty() && Lower(r.admin1).find(Lower(want)) != std::string::npos);
}

bool FieldAgrees(const Event& e, const std::string& key, const std::string& want) {
  if (key == "actor") return RefAgrees(e.actor, want);
  if (key == "target") return RefAgrees(e.target, want);
  if (key == "location") return RefAgrees(e.location, want);
  if (key == "date") return want == "none" ? e.date.value.empty() : e.date.value.rfind(want, 0) == 0;
  if (key == "modality") return e.modality == want;
  if (key == "status") return e.attribution.status == want;
  if (key == "source") return Lower(e.attribution.source).find(Lower(want)) != std::string::npos;
  if (key == "subtype") return e.subtype == want;
  if (key == "rule") return e.rule == want;
  if (key == "plover") return e.plover == want;
  for (const auto& q : e.quantities) {
    if (q.kind == key && (q.value == std::stod(want) || (q.max && *q.max == std::stod(want)))) return true;
  }
  return false;
}

std::string Describe(const std::vector<Event>& events) {
  std::string out;
  for (const auto& e : events) {
    out += "\n  " + e.type + "/" + e.subtype + " rule=" + e.rule + " actor=" + e.actor.name + "(" +
           e.actor.country + ") target=" + e.target.name + " location=" + e.location.name +
           " date=" + e.date.value + " modality=" + e.modality + " status=" + e.attribution.status +
           " source=" + e.attribution.source;
    for (const auto& q : e.quantities) out += " " + q.kind + "=" + std::to_string(q.value);
  }
  return out.empty() ? " (no events)" : out;
}

TEST(PatternCases, EveryRuleCompiles) {
  auto rules = LoadPatternDir(kData + "/patterns");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  std::set<std::string> types;
  for (const auto& r : rules.value()) types.insert(r.type);
  EXPECT_EQ(types.size(), 14u) << "every event type has at least one rule";
  auto ex = EventExtractor::Open(kData);
  ASSERT_TRUE(ex.ok()) << ex.status().ToString();
}

// A rule line pasted onto the end of a comment is silently dead: the
// comment swallows it (interception.pat lost a match line that way).
TEST(PatternCases, NoRuleLineHidesInAComment) {
  for (const auto& f : std::filesystem::directory_iterator(kData + "/patterns")) {
    if (f.path().extension() != ".pat") continue;
    std::ifstream in(f.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      size_t hash = line.find_first_not_of(" \t");
      if (hash == std::string::npos || line[hash] != '#') continue;
      for (const char* key : {" match [", " match \"", "  match ", "  unless ", "  weight ", "  type "}) {
        EXPECT_EQ(line.find(key), std::string::npos) << f.path().filename().string() << ":" << n << ": " << line;
      }
    }
  }
}

// A word the tokenizer cuts in two ("16th" is "16" and "th", "155mm" is
// "155" and "mm") never equals one token, so a rule naming it is dead.
TEST(PatternCases, EveryRuleWordIsOneToken) {
  auto rules = LoadPatternDir(kData + "/patterns");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  int words = 0;
  for (const PatternRule& rule : *rules) {
    auto check = [&](const std::string& w) {
      ++words;
      std::vector<Token> tokens = ::sitrep::Tokenize(w);  // the engine's tokenizer, not the testkit's
      EXPECT_EQ(tokens.size(), 1u) << rule.id << ": \"" << w << "\" is " << tokens.size() << " tokens";
    };
    for (const auto& line : rule.matches) {
      for (const PatternElement& e : line) {
        for (const std::string& w : e.words) check(w);
      }
    }
    for (const std::string& w : rule.unless) check(w);
  }
  EXPECT_GT(words, 1000);
}

TEST(PatternCases, EveryExampleCasePasses) {
  auto ex = EventExtractor::Open(kData);
  ASSERT_TRUE(ex.ok()) << ex.status().ToString();
  auto lex = testkit::LoadLexicon(kData + "/patterns/tests/lexicon.tsv");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto cases = ReadCases();
  std::map<std::string, int> positives;
  int negatives = 0;
  for (size_t i = 0; i < cases.size();) {
    // Consecutive lines with the same sentence are one case.
    size_t j = i;
    while (j < cases.size() && cases[j].sentence == cases[i].sentence) ++j;
    testkit::Annotated a = testkit::Annotate(cases[i].sentence, lex.value());
    std::vector<Event> events = (*ex)->Find(a.doc, a.ann, a.entities);
    std::vector<bool> used(events.size(), false);
    for (size_t k = i; k < j; ++k) {
      const Case& c = cases[k];
      std::string where = c.file + ":" + std::to_string(c.line) + ": " + c.sentence;
      if (c.expect == "none") {
        ++negatives;
        EXPECT_TRUE(events.empty()) << where << "\n expected no event, found:" << Describe(events);
        continue;
      }
      if (c.expect[0] == '!') {
        ++negatives;
        bool any = std::any_of(events.begin(), events.end(),
                               [&](const Event& e) { return e.type == c.expect.substr(1); });
        EXPECT_FALSE(any) << where << "\n expected no " << c.expect.substr(1) << ":" << Describe(events);
        continue;
      }
      ++positives[c.expect];
      bool found = false;
      for (size_t e = 0; e < events.size() && !found; ++e) {
        if (used[e] || events[e].type != c.expect) continue;
        bool all = std::all_of(c.fields.begin(), c.fields.end(),
                               [&](const auto& f) { return FieldAgrees(events[e], f.first, f.second); });
        if (all) found = used[e] = true;
      }
      EXPECT_TRUE(found) << where << "\n expected " << c.expect << " with the given fields, found:"
                         << Describe(events);
    }
    i = j;
  }
  for (const char* t : {"attack", "interception", "clash", "territory", "casualties", "deployment",
                        "mobilization", "aid", "sanction", "diplomacy", "statement", "arrest",
                        "infrastructure", "policy"}) {
    EXPECT_GE(positives[t], 5) << "each event type needs at least 5 example sentences: " << t;
  }
  EXPECT_GE(negatives, 20) << "keep negative examples";
}

}  // namespace
}  // namespace sitrep::extract

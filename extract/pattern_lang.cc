// Parser of the pattern files: a rule per block, one setting per line.
#include "extract/pattern_lang.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/lemma.h"
#include "extract/plover.h"

namespace sitrep::extract {
namespace {

constexpr std::string_view kEventTypes[] = {
    "attack", "interception", "clash", "territory", "casualties", "deployment", "mobilization",
    "aid", "sanction", "diplomacy", "statement", "arrest", "infrastructure", "policy"};
constexpr std::string_view kEntitySlots[] = {"actor", "target", "location", "weapon"};
constexpr std::string_view kQuantityKinds[] = {
    "launched", "intercepted", "killed", "wounded", "captured", "missing", "casualties",
    "troops", "personnel", "people", "agents", "ships", "entities", "money", "count"};

template <size_t N>
bool OneOf(std::string_view s, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::vector<std::string_view> Fields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

Status Bad(std::string_view element, std::string_view why) {
  return Status::InvalidArgument("element '" + std::string(element) + "': " + std::string(why));
}

Status ParseBracket(std::string_view inner, std::string_view element, PatternElement* e) {
  std::string_view slot, what = inner;
  if (size_t colon = inner.find(':'); colon != std::string_view::npos) {
    slot = inner.substr(0, colon);
    what = inner.substr(colon + 1);
  }
  if (what == "DATE") {
    e->kind = PatternElement::Kind::kDate;
    return slot.empty() ? Status::OK() : Bad(element, "a date takes no slot: write [DATE]");
  }
  if (what == "QTY" || what == "QTY_OF") {
    e->kind = what == "QTY" ? PatternElement::Kind::kQuantity : PatternElement::Kind::kQuantityOf;
    auto kinds = Split(slot, '/');
    if (what == "QTY_OF" && kinds.size() != 2) {
      return Bad(element, "write [value_kind/total_kind:QTY_OF], e.g. [intercepted/launched:QTY_OF]");
    }
    if (what == "QTY" && kinds.size() != 1) return Bad(element, "write [kind:QTY], e.g. [killed:QTY]");
    for (auto k : kinds) {
      if (!k.empty() && !OneOf(k, kQuantityKinds)) return Bad(element, "unknown quantity kind");
    }
    e->slot = std::string(kinds[0]);
    if (kinds.size() == 2) e->slot2 = std::string(kinds[1]);
    return Status::OK();
  }
  e->kind = PatternElement::Kind::kEntity;
  for (auto t : Split(what, '|')) {
    uint32_t bit = EntityTypeFromName(t);
    if (bit == 0) return Bad(element, "unknown entity type (PER ORG LOC WEAPON UNIT GROUP ANY)");
    e->entity_types |= bit;
  }
  if (!slot.empty() && !OneOf(slot, kEntitySlots)) {
    return Bad(element, "unknown slot (actor target location weapon)");
  }
  e->slot = std::string(slot);
  return Status::OK();
}

Status ParseWords(std::string_view element, PatternElement* e) {
  int quoted = 0, bare = 0;
  for (auto alt : Split(element, '|')) {
    if (alt.size() >= 2 && alt.front() == '"' && alt.back() == '"') {
      alt = alt.substr(1, alt.size() - 2);
      ++quoted;
    } else {
      ++bare;
    }
    if (alt.empty()) return Bad(element, "empty alternative");
    for (char c : alt) {
      if (c == '"' || c == '[' || c == ']' || c == ':') return Bad(element, "stray punctuation");
    }
    e->words.push_back(LowerWord(alt));
  }
  if (quoted && bare) return Bad(element, "quote all alternatives or none");
  e->kind = quoted ? PatternElement::Kind::kWord : PatternElement::Kind::kLemma;
  return Status::OK();
}

Status ParseElement(std::string_view element, PatternElement* e) {
  if (element.size() > 1 && element.back() == '?') {
    e->optional = true;
    element.remove_suffix(1);
  }
  if (element.substr(0, 3) == "...") {
    if (e->optional) return Bad(element, "a gap is already optional");
    e->kind = PatternElement::Kind::kGap;
    e->max_gap = 4;
    std::string_view n = element.substr(3);
    if (!n.empty()) {
      auto r = std::from_chars(n.data(), n.data() + n.size(), e->max_gap);
      if (r.ec != std::errc() || r.ptr != n.data() + n.size() || e->max_gap < 1 ||
          e->max_gap > kMaxGap) {
        return Bad(element, "a gap is ... or ...N with N from 1 to 12");
      }
    }
    return Status::OK();
  }
  if (element.front() == '[') {
    if (element.back() != ']') return Bad(element, "missing ]");
    return ParseBracket(element.substr(1, element.size() - 2), element, e);
  }
  return ParseWords(element, e);
}

}  // namespace

uint32_t EntityTypeFromName(std::string_view n) {
  if (n == "PER" || n == "person") return kPerson;
  if (n == "ORG" || n == "organization") return kOrganization;
  if (n == "LOC" || n == "location") return kLocation;
  if (n == "WEAPON" || n == "weapon") return kWeapon;
  if (n == "UNIT" || n == "military_unit") return kMilitaryUnit;
  if (n == "GROUP" || n == "group") return kGroup;
  if (n == "ANY") return kAnyEntity;
  return 0;
}

bool IsEventType(std::string_view type) { return OneOf(type, kEventTypes); }

Result<std::vector<PatternElement>> ParseElements(std::string_view line) {
  std::vector<PatternElement> out;
  bool has_anchor = false;
  for (auto field : Fields(line)) {
    PatternElement e;
    if (Status s = ParseElement(field, &e); !s.ok()) return s;
    bool word = e.kind == PatternElement::Kind::kLemma || e.kind == PatternElement::Kind::kWord;
    has_anchor |= word && !e.optional;
    out.push_back(std::move(e));
  }
  if (out.empty()) return Status::InvalidArgument("empty match line");
  if (out.size() > static_cast<size_t>(kMaxElements)) {
    return Status::InvalidArgument("more than 24 elements; split the rule");
  }
  if (out.front().kind == PatternElement::Kind::kGap || out.back().kind == PatternElement::Kind::kGap) {
    return Status::InvalidArgument("a match may not start or end with a gap");
  }
  if (!has_anchor) {
    return Status::InvalidArgument("a match needs at least one required word or lemma to anchor it");
  }
  return out;
}

Result<std::vector<PatternRule>> ParsePatterns(std::string_view text, const std::string& file) {
  std::vector<PatternRule> rules;
  int line_no = 0;
  auto fail = [&](std::string_view why) {
    return Status::InvalidArgument(file + ":" + std::to_string(line_no) + ": " + std::string(why));
  };
  for (std::string_view raw : Split(text, '\n')) {
    ++line_no;
    std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    auto fields = Fields(line);
    std::string_view key = fields[0];
    std::string_view value = Trim(line.substr(key.size()));
    if (key == "rule") {
      if (value.empty() || fields.size() != 2) return fail("write: rule <type>.<name>");
      for (const auto& r : rules) {
        if (r.id == value) return fail("rule " + std::string(value) + " is defined twice");
      }
      rules.emplace_back();
      rules.back().id = std::string(value);
      rules.back().file = file;
      rules.back().line = line_no;
      continue;
    }
    if (rules.empty()) return fail("a setting before the first 'rule' line");
    PatternRule& r = rules.back();
    if (key == "type") {
      if (!IsEventType(value)) return fail("unknown event type '" + std::string(value) + "'");
      r.type = std::string(value);
    } else if (key == "subtype") {
      r.subtype = std::string(value);
    } else if (key == "plover") {
      // "none": the event has no PLOVER counterpart (a plain public remark).
      if (value != "none" && !IsPloverType(value)) return fail("unknown PLOVER type '" + std::string(value) + "'");
      r.plover = std::string(value);
    } else if (key == "weight") {
      std::string v(value);
      char* end = nullptr;
      r.weight = std::strtod(v.c_str(), &end);
      if (end == v.c_str() || *end != '\0' || r.weight <= 0 || r.weight > 1) {
        return fail("weight is a number in (0, 1]");
      }
    } else if (key == "match") {
      auto elements = ParseElements(value);
      if (!elements.ok()) return fail(elements.status().message());
      r.matches.push_back(std::move(elements.value()));
    } else if (key == "unless") {
      for (auto f : Fields(value)) {
        for (auto w : Split(f, '|')) {
          if (!w.empty()) r.unless.push_back(LowerWord(w));
        }
      }
    } else if (key == "quantity") {
      for (auto f : Fields(value)) {
        size_t eq = f.find('=');
        std::string kind(f.substr(0, eq)), v(eq == std::string_view::npos ? "" : f.substr(eq + 1));
        char* end = nullptr;
        double x = std::strtod(v.c_str(), &end);
        if (!OneOf(kind, kQuantityKinds) || v.empty() || *end != '\0') {
          return fail("write: quantity <kind>=<number>, e.g. quantity captured=1");
        }
        r.constants.emplace_back(kind, x);
      }
    } else {
      return fail("unknown setting '" + std::string(key) +
                  "' (type subtype plover weight match unless quantity)");
    }
  }
  for (const auto& r : rules) {
    if (r.type.empty() || r.matches.empty()) {
      return Status::InvalidArgument(file + ":" + std::to_string(r.line) + ": rule " + r.id +
                                     " needs a type and at least one match line");
    }
  }
  return rules;
}

Result<std::vector<PatternRule>> LoadPatternDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".pat") files.push_back(entry.path());
  }
  if (ec) return Status::NotFound("pattern folder " + dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound("no *.pat files in " + dir);
  std::sort(files.begin(), files.end());
  std::vector<PatternRule> all;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    if (!in && !in.eof()) return Status::IOError("cannot read " + path.string());
    auto rules = ParsePatterns(buf.str(), path.filename().string());
    if (!rules.ok()) return rules.status();
    for (auto& r : rules.value()) {
      for (const auto& seen : all) {
        if (seen.id == r.id) return Status::InvalidArgument(r.file + ": rule " + r.id + " is defined twice");
      }
      all.push_back(std::move(r));
    }
  }
  return all;
}

}  // namespace sitrep::extract

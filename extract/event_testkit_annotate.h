// Test-only, part of event_testkit.h: the stand-in annotators.
#ifndef SITREP_EXTRACT_EVENT_TESTKIT_ANNOTATE_H_
#define SITREP_EXTRACT_EVENT_TESTKIT_ANNOTATE_H_

#include <cmath>
#include <cstdlib>
#include <map>

namespace sitrep::extract::testkit {

inline std::string TokenLower(const Document& d, size_t t) {
  return LowerWord(d.TokenText(d.tokens[t]));
}

inline void AnnotateDates(Annotated& a) {
  static constexpr std::string_view kMonths[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};
  const Document& d = a.doc;
  std::string year = d.published.size() >= 4 ? d.published.substr(0, 4) : "XXXX";
  for (size_t t = 0; t < d.tokens.size(); ++t) {
    std::string w = TokenLower(d, t);
    if (w == "today" || w == "yesterday") {
      if (d.published.size() < 10) continue;
      std::string v = d.published.substr(0, 10);
      if (w == "yesterday") {
        int day = std::atoi(v.substr(8).c_str()) - 1;  // good enough for tests
        char buf[3];
        std::snprintf(buf, sizeof buf, "%02d", day < 1 ? 1 : day);
        v = v.substr(0, 8) + buf;
      }
      a.ann.dates.push_back({uint32_t(t), uint32_t(t + 1), {v, "day", std::string(d.TokenText(d.tokens[t]))}});
      continue;
    }
    if (!w.empty() && w.back() == '.') w.pop_back();
    int month = -1;
    for (int m = 0; m < 12; ++m) {
      if (w.size() >= 3 && kMonths[m].substr(0, w.size()) == w && (w.size() == 3 || w.size() >= 4 || w == "may")) month = m;
    }
    if (month < 0 || (w.size() < 3)) continue;
    if (w == "may" && (t + 1 >= d.tokens.size() || d.tokens[t + 1].kind != TokenKind::kNumber)) continue;
    size_t end = t + 1;
    char buf[32];
    std::string value, precision = "day";
    if (end < d.tokens.size() && d.tokens[end].kind == TokenKind::kNumber &&
        d.TokenText(d.tokens[end]).size() <= 2) {
      int day = std::atoi(std::string(d.TokenText(d.tokens[end])).c_str());
      ++end;
      std::string y = year;
      if (end + 1 < d.tokens.size() && d.TokenText(d.tokens[end]) == "," &&
          d.TokenText(d.tokens[end + 1]).size() == 4) {
        y = std::string(d.TokenText(d.tokens[end + 1]));
        end += 2;
      }
      std::snprintf(buf, sizeof buf, "%s-%02d-%02d", y.c_str(), month + 1, day);
      value = buf;
    } else if (end < d.tokens.size() && d.TokenText(d.tokens[end]).size() == 4 &&
               d.tokens[end].kind == TokenKind::kNumber) {
      std::snprintf(buf, sizeof buf, "%s-%02d", std::string(d.TokenText(d.tokens[end])).c_str(), month + 1);
      value = buf;
      precision = "month";
      ++end;
    } else {
      continue;
    }
    if (t > 0 && TokenLower(d, t - 1) == "on") --t;
    a.ann.dates.push_back({uint32_t(t), uint32_t(end),
                           {value, precision, std::string(d.Slice(d.tokens[t].start, d.tokens[end - 1].end))}});
    t = end - 1;
  }
}

inline bool InDate(const Annotated& a, size_t t) {
  for (const auto& s : a.ann.dates) {
    if (t >= s.first_token && t < s.end_token) return true;
  }
  return false;
}

inline double NumberValue(const Document& d, size_t t) {
  static const std::map<std::string, double> kWords = {
      {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
      {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
      {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"fifty", 50}, {"dozens", 24}, {"hundreds", 200}};
  if (d.tokens[t].kind == TokenKind::kNumber) {
    std::string s;
    for (char c : d.TokenText(d.tokens[t])) if (c != ',') s += c;
    return std::atof(s.c_str());
  }
  auto it = kWords.find(TokenLower(d, t));
  return it == kWords.end() ? -1 : it->second;
}

inline void AnnotateQuantities(Annotated& a) {
  const Document& d = a.doc;
  size_t n = d.tokens.size();
  for (size_t t = 0; t < n; ++t) {
    if (InDate(a, t)) continue;
    size_t first = t;
    Quantity q;
    q.qualifier = "exact";
    std::string w = TokenLower(d, t);
    std::string w2 = t + 1 < n ? TokenLower(d, t + 1) : "";
    if (w == "between" && t + 3 < n && NumberValue(d, t + 1) >= 0 && TokenLower(d, t + 2) == "and" &&
        NumberValue(d, t + 3) >= 0) {
      q.value = NumberValue(d, t + 1);
      q.max = NumberValue(d, t + 3);
      q.qualifier = "range";
      q.text = std::string(d.Slice(d.tokens[t].start, d.tokens[t + 3].end));
      a.ann.quantities.push_back({uint32_t(t), uint32_t(t + 4), q});
      t += 3;
      continue;
    }
    if (w == "about" || w == "around" || w == "some" || w == "nearly" || w == "approximately" ||
        w == "roughly" || w == "almost") {
      q.qualifier = "approx"; ++t;
    } else if ((w == "at" && w2 == "least") || (w == "more" && w2 == "than")) {
      q.qualifier = "at_least"; t += 2;
    } else if (w == "over") {
      q.qualifier = "at_least"; ++t;
    } else if (w == "up" && w2 == "to") {
      q.qualifier = "at_most"; t += 2;
    }
    if (t < n && d.TokenText(d.tokens[t]) == "$") { q.currency = "USD"; ++t; }
    if (t < n && d.TokenText(d.tokens[t]) == "€") { q.currency = "EUR"; ++t; }
    double v = t < n ? NumberValue(d, t) : -1;
    if (v < 0 || InDate(a, t)) { t = first; continue; }
    if (v == 1 && t > 0 && TokenLower(d, t - 1) == "no") { t = first; continue; }  // "no one", as the engine
    if (d.tokens[t].kind == TokenKind::kNumber && d.TokenText(d.tokens[t]).size() == 4 && v >= 1900 && v <= 2100) {
      t = first; continue;  // a year
    }
    size_t end = t + 1;
    auto scale = [&](size_t i) {
      std::string m = i < n ? TokenLower(d, i) : "";
      return m == "million" ? 1e6 : m == "billion" ? 1e9 : m == "thousand" ? 1e3 : (m == "bn" ? 1e9 : 0);
    };
    if (double m = scale(end); m > 0) { v *= m; ++end; }
    q.value = v;
    // A range: "11,000 to 15,000", "11,000-15,000".
    if (end + 1 < n && (TokenLower(d, end) == "to" || TokenLower(d, end) == "-") &&
        d.tokens[end + 1].kind == TokenKind::kNumber) {
      double hi = NumberValue(d, end + 1);
      end += 2;
      if (double m = scale(end); m > 0) { hi *= m; ++end; }
      q.max = hi;
      q.qualifier = "range";
    }
    std::string unit = end < n ? TokenLower(d, end) : "";
    if (unit == "dollars") { q.currency = "USD"; ++end; }
    if (unit == "euros") { q.currency = "EUR"; ++end; }
    if (!q.currency.empty()) q.kind = "money";
    q.text = std::string(d.Slice(d.tokens[first].start, d.tokens[end - 1].end));
    a.ann.quantities.push_back({uint32_t(first), uint32_t(end), q});
    t = end - 1;
  }
}

inline void AnnotateEntities(Annotated& a, const Lexicon& lex) {
  const Document& d = a.doc;
  std::map<std::string, int> ids;  // canonical name -> entity index
  // Each name's words, indexed by its first word.
  std::multimap<std::string, std::pair<const LexiconItem*, std::vector<std::string>>> by_first;
  for (const auto& item : lex) {
    std::vector<std::string> words;
    for (const Token& p : Tokenize(item.name)) {
      words.emplace_back(std::string_view(item.name).substr(p.start, p.end - p.start));
    }
    if (!words.empty()) by_first.emplace(words[0], std::make_pair(&item, words));
  }
  for (size_t t = 0; t < d.tokens.size();) {
    const LexiconItem* best = nullptr;
    size_t best_end = t;
    auto range = by_first.equal_range(std::string(d.TokenText(d.tokens[t])));
    for (auto it = range.first; it != range.second; ++it) {
      const auto& words = it->second.second;
      if (t + words.size() > d.tokens.size() || words.size() <= best_end - t) continue;
      bool ok = true;
      for (size_t k = 0; k < words.size() && ok; ++k) ok = d.TokenText(d.tokens[t + k]) == words[k];
      if (ok) {
        best = it->second.first;
        best_end = t + words.size();
      }
    }
    if (!best) { ++t; continue; }
    EntitySpan span{uint32_t(t), uint32_t(best_end), -1, best->type, ""};
    if (best->type == "demonym") {
      span.type = "group";
      span.country = best->country;
    } else {
      auto [it, added] = ids.emplace(best->canonical, int(a.entities.size()));
      if (added) {
        Entity e;
        e.id = "e" + std::to_string(a.entities.size() + 1);
        e.type = best->type;
        e.name = best->canonical;
        e.country = best->country;
        if (!best->feature.empty()) {
          e.geo = Geo{};
          e.geo->feature = best->feature;
          e.geo->country = best->country;
          e.geo->lat = 1;
          e.geo->lon = 2;
          e.geo->has_coordinates = true;
        }
        a.entities.push_back(std::move(e));
      }
      span.entity = it->second;
      a.entities[it->second].mentions.push_back(
          {d.tokens[t].start, d.tokens[best_end - 1].end, std::string(d.Slice(d.tokens[t].start, d.tokens[best_end - 1].end))});
    }
    a.ann.entities.push_back(span);
    t = best_end;
  }
}

// The whole stand-in pipeline over one text.
inline Annotated Annotate(std::string_view text, const Lexicon& lex, std::string published = "2024-12-25") {
  Annotated a;
  a.doc.text = std::string(text);
  a.doc.published = std::move(published);
  a.doc.tokens = Tokenize(a.doc.text);
  a.doc.sentences = SplitSentences(a.doc.text, a.doc.tokens);
  AnnotateEntities(a, lex);
  AnnotateDates(a);
  AnnotateQuantities(a);
  return a;
}

}  // namespace sitrep::extract::testkit

#endif  // SITREP_EXTRACT_EVENT_TESTKIT_ANNOTATE_H_

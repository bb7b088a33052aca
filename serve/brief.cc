#include "serve/brief.h"

#include <algorithm>
#include <map>

#include "serve/incident_json.h"

namespace sitrep::serve {

namespace {

const char* const kThemes[] = {"Front line", "Strikes and air defence", "Casualties", "Infrastructure",
                               "Diplomacy and aid", "Sanctions", "Other"};

std::string Figures(const Incident& incident) {
  // kind -> distinct figures, in the order first seen.
  std::vector<std::pair<std::string, std::vector<std::string>>> kinds;
  for (const auto& r : incident.reports) {
    if (r.modality != "asserted") continue;
    for (const auto& q : r.quantities) {
      std::string f = q.kind == "money" ? q.currency + " " + FormatFigure(q.value, q.max) : FormatFigure(q.value, q.max);
      auto it = std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == q.kind; });
      if (it == kinds.end()) kinds.push_back({q.kind, {f}});
      else if (std::find(it->second.begin(), it->second.end(), f) == it->second.end()) it->second.push_back(f);
    }
  }
  std::string out;
  for (const auto& [kind, values] : kinds) {
    if (!out.empty()) out += "; ";
    out += kind + " ";
    for (size_t i = 0; i < values.size(); ++i) out += (i ? " / " : "") + values[i];
  }
  return out;
}

}  // namespace

std::string BriefPeriod(const std::string& date, const std::string& since, IncidentQuery* query) {
  if (!date.empty()) {
    query->since = query->until = date;
    return date;
  }
  if (!since.empty()) {
    query->since = since;
    return "since " + since;
  }
  return "all dates";
}

std::string ThemeOf(const std::string& t) {
  if (t == "clash" || t == "territory" || t == "deployment" || t == "mobilization") return kThemes[0];
  if (t == "attack" || t == "interception") return kThemes[1];
  if (t == "casualties") return kThemes[2];
  if (t == "infrastructure") return kThemes[3];
  if (t == "diplomacy" || t == "aid" || t == "statement" || t == "policy") return kThemes[4];
  if (t == "sanction" || t == "arrest") return kThemes[5];
  return kThemes[6];
}

Brief MakeBrief(const std::string& period, const std::vector<Incident>& incidents) {
  Brief brief;
  brief.period = period;
  std::map<std::string, int> source_index;  // outlet|url|title -> 1-based
  std::map<std::string, std::vector<BriefLine>> by_theme;
  for (const auto& incident : incidents) {
    if (incident.reports.empty()) continue;
    BriefLine line;
    line.incident = incident.id;
    line.conflict = incident.conflict;
    line.figures = Figures(incident);
    // The most confident asserted report speaks for the incident.
    const IncidentReport* best = &incident.reports.front();
    for (const auto& r : incident.reports) {
      if ((r.modality == "asserted") > (best->modality == "asserted") ||
          ((r.modality == "asserted") == (best->modality == "asserted") && r.confidence > best->confidence)) {
        best = &r;
      }
    }
    line.text = best->evidence.text;
    for (const auto& r : incident.reports) {
      std::string key = r.outlet + "|" + r.url + "|" + r.title + "|" + r.source;
      auto [it, added] = source_index.emplace(key, static_cast<int>(brief.sources.size()) + 1);
      if (added) brief.sources.push_back({r.outlet.empty() ? r.source : r.outlet, r.title, r.url, r.published});
      if (std::find(line.refs.begin(), line.refs.end(), it->second) == line.refs.end()) line.refs.push_back(it->second);
    }
    std::sort(line.refs.begin(), line.refs.end());
    by_theme[ThemeOf(incident.type)].push_back(std::move(line));
  }
  for (const char* theme : kThemes) {
    auto it = by_theme.find(theme);
    if (it != by_theme.end()) brief.sections.push_back({theme, std::move(it->second)});
  }
  return brief;
}

std::string BriefText(const Brief& brief) {
  std::string out = "Briefing: " + brief.period + "\n";
  if (brief.sections.empty()) return out + "\nNo incidents in this period.\n";
  for (const auto& section : brief.sections) {
    out += "\n" + section.theme + "\n";
    for (const auto& line : section.lines) {
      out += "  - " + line.text;
      if (!line.figures.empty()) out += " [" + line.figures + "]";
      if (line.conflict) out += " (sources disagree)";
      out += " ";
      for (int r : line.refs) {  // appended piece by piece: GCC 12 warns falsely on "[" + to_string
        out += '[';
        out += std::to_string(r);
        out += ']';
      }
      out += "\n";
    }
  }
  out += "\nSources\n";
  for (size_t i = 0; i < brief.sources.size(); ++i) {
    const auto& s = brief.sources[i];
    out += "  [" + std::to_string(i + 1) + "] " + s.outlet;
    if (!s.title.empty()) out += ", \"" + s.title + "\"";
    if (!s.published.empty()) out += ", " + s.published;
    if (!s.url.empty()) out += ", " + s.url;
    out += "\n";
  }
  return out;
}

}  // namespace sitrep::serve

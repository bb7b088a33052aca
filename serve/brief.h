// A readable briefing of a period: incidents grouped by theme, each line
// with numbered references to its sources, listed at the end like a
// digest's "Related Sources".
#ifndef SITREP_SERVE_BRIEF_H_
#define SITREP_SERVE_BRIEF_H_

#include <string>
#include <vector>

#include "sitrep/incident.h"

namespace sitrep::serve {

struct BriefLine {
  int64_t incident = 0;
  std::string text;          // what happened, from the best report's evidence
  std::string figures;       // "killed 1; wounded 6" (conflicts as "11,000 / 12,000")
  std::vector<int> refs;     // indexes into Brief::sources, 1-based
  bool conflict = false;
};

struct BriefSection {
  std::string theme;  // "Front line", "Strikes and air defence", ...
  std::vector<BriefLine> lines;
};

struct BriefSource {
  std::string outlet, title, url, published;
};

struct Brief {
  std::string period;  // "2024-12-25", "since 2024-12-20", "all dates"
  std::vector<BriefSection> sections;
  std::vector<BriefSource> sources;
};

// Sets the query's days for a briefing of one day (`date`) or from a day on
// (`since`), and returns the period's name ("2024-12-25", "since
// 2024-12-20", "all dates").
std::string BriefPeriod(const std::string& date, const std::string& since, IncidentQuery* query);

// At most this many incidents go into one briefing.
inline constexpr size_t kMaxBriefIncidents = 5000;

// The theme an event type is briefed under.
std::string ThemeOf(const std::string& event_type);

// Builds the briefing from incidents loaded with their reports.
Brief MakeBrief(const std::string& period, const std::vector<Incident>& incidents);

// Plain text, for the terminal.
std::string BriefText(const Brief& brief);

}  // namespace sitrep::serve

#endif  // SITREP_SERVE_BRIEF_H_

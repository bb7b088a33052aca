// sitrep/incident.h — one real-world event as reported by many articles.
//
// Extraction gives events per article; reconciliation groups the events that
// are the same real-world incident, counts its independent sources (near-
// duplicate articles count once) and keeps conflicting figures and statuses
// side by side.
#ifndef SITREP_INCIDENT_H_
#define SITREP_INCIDENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/record.h"

namespace sitrep {

// An event as stored, with what matching needs to know.
struct StoredEvent {
  int64_t id = 0, article_id = 0, incident_id = 0;
  int64_t source_group = 0;  // article_id, or the article it is a near-duplicate of
  std::string type, subtype;
  std::string actor_name, actor_country;
  int64_t actor_entity = 0;
  std::string location_name, admin1, country;
  std::string location_feature;  // the place entity's feature: country, region, city, ...
  int64_t location_entity = 0;
  std::optional<double> lat, lon;
  std::string date_value, date_start, date_end;
  std::string day;  // date_start, else the article's publication day, else empty
  std::string status, attribution_source;
};

// One figure of an incident as one source gives it.
struct IncidentFigure {
  std::string kind;  // killed, launched, troops, ...
  double value = 0;
  double max = 0;    // 0 when not a range
  int64_t source_group = 0;
};

// One article's report of an incident.
struct IncidentReport {
  int64_t event_id = 0, article_id = 0;
  int64_t duplicate_of = 0;  // the earlier near-identical article, if any
  std::string outlet, url, title, published, source;
  std::string status, attribution_source, modality, rule;
  double confidence = 0;
  Mention evidence;
  std::vector<Quantity> quantities;
  std::string date_value, date_text;
};

// Sources that disagree on one figure or on the status.
struct FigureConflict {
  std::string kind;  // a quantity kind, or "status"
  struct Side {
    std::string value;                 // "11000", "11000-15000", "denied"
    std::vector<int64_t> article_ids;  // the sources that say so
  };
  std::vector<Side> sides;
};

struct Incident {
  int64_t id = 0;
  std::string type, subtype;
  std::string location_name, admin1, country;
  int64_t location_entity = 0;
  std::optional<double> lat, lon;
  std::string actor_name, actor_country;
  std::string date_value, date_start, date_end;
  int sources = 0;   // independent sources (near-duplicates count once)
  int articles = 0;  // articles that report it
  int events = 0;    // event reports grouped into it
  bool conflict = false;
  std::string summary;  // one line: the evidence of its most confident report
  std::vector<IncidentReport> reports;      // filled by Store::GetIncident
  std::vector<FigureConflict> conflicts;    // filled by Store::GetIncident
};

// Filters of `sitrep events` and /api/incidents. Empty fields do not filter.
struct IncidentQuery {
  std::string type;
  std::string place;   // a place name or alias; matches the place and places inside it
  std::string actor;   // a name, alias or country
  std::string outlet;
  std::string since, until;  // YYYY-MM-DD, inclusive
  int min_sources = 0;
  bool conflicts_only = false;
  int limit = 100;
  // Paging: incidents come newest first (by date, then id); `cursor` is the
  // next_cursor of the previous page, empty for the first page.
  std::string cursor;
};

// A page of incidents and the cursor of the next page (empty at the end).
struct IncidentPage {
  std::vector<Incident> incidents;
  std::string next_cursor;
};

// An entity as the database knows it, across articles.
struct EntityInfo {
  int64_t id = 0;
  std::string type, name, role, country;
  std::optional<double> lat, lon;
  std::string feature, admin1;
  std::vector<std::string> aliases;
  int64_t mentions = 0, articles = 0, incidents = 0;
  std::vector<std::pair<std::string, int64_t>> incidents_by_month;  // "2024-12" -> count
};

// A full-text search hit: an article, with the matched words marked.
struct SearchHit {
  int64_t article_id = 0;
  std::string title, outlet, url, published, source;
  std::string snippet;  // matched words between \x02 and \x03 markers (the caller renders them)
  double rank = 0;      // lower is better (FTS5 bm25)
};

// Incidents per day and type, for timelines.
struct TimelineBucket {
  std::string day, type;
  int64_t incidents = 0;
};

}  // namespace sitrep

#endif  // SITREP_INCIDENT_H_

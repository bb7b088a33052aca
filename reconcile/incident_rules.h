// When two event reports are one real-world incident, and when the sources
// of an incident disagree. Pure functions over plain values, so the rules can
// be read and tested apart from the database.
//
// Two reports are the same incident when they have
//  - the same event type;
//  - compatible places: the same entity or name, one inside the other (a
//    city and its oblast, a place and its country), or one of them unknown;
//  - compatible dates: the same day when both are dated to the day; a range
//    (a month, "last week") that holds the other date, give or take
//    kDateWindowDays;
//    for dates whose year is unknown ("XXXX-12-25") the same month and day;
//    an undated report falls back to its article's publication day;
//  - compatible actors: not two different countries, not two different
//    named actors of the same kind.
// A report with neither place nor date nor actor joins nothing: it is too
// vague to be matched safely.
#ifndef SITREP_RECONCILE_INCIDENT_RULES_H_
#define SITREP_RECONCILE_INCIDENT_RULES_H_

#include <string>
#include <vector>

#include "sitrep/incident.h"

namespace sitrep::reconcile {

inline constexpr int kDateWindowDays = 2;

// How well b fits a's incident: < 0 incompatible, otherwise higher is better.
int IncidentMatchScore(const StoredEvent& a, const StoredEvent& b);

// Days between two "YYYY-MM-DD" dates (b - a); a large number if either does not parse.
int DaysBetween(const std::string& a, const std::string& b);

// "Kharkiv Oblast", "the Kharkiv region" -> "kharkiv": a place name folded for comparison.
std::string FoldPlace(const std::string& name);

// Kinds whose figures differ between sources, each side listed once.
std::vector<FigureConflict> FindFigureConflicts(const std::vector<IncidentFigure>& figures);

// True when one source denies what another reports, claims or confirms.
bool StatusesConflict(const std::vector<std::string>& statuses);

}  // namespace sitrep::reconcile

#endif  // SITREP_RECONCILE_INCIDENT_RULES_H_

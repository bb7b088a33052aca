// Query parameters of the API, checked: a bad value is a 400 that says
// which parameter and what it should be.
#ifndef SITREP_SERVE_PARAMS_H_
#define SITREP_SERVE_PARAMS_H_

#include <httplib.h>

#include <string>

#include "sitrep/incident.h"
#include "sitrep/status.h"

namespace sitrep::serve {

// A whole number in [lo, hi], or the fallback when absent.
Status IntParam(const httplib::Request& req, const char* name, int lo, int hi, int fallback, int* out);
// A "YYYY-MM-DD" date, or empty when absent.
Status DateParam(const httplib::Request& req, const char* name, std::string* out);
// Free text, at most max_bytes, or empty when absent.
Status TextParam(const httplib::Request& req, const char* name, size_t max_bytes, std::string* out);

// The filters of /api/incidents (and the timeline and conflicts routes).
Status IncidentQueryParams(const httplib::Request& req, int max_page, IncidentQuery* q);

// True when "YYYY-MM-DD" names a real calendar day.
bool IsIsoDate(const std::string& s);

}  // namespace sitrep::serve

#endif  // SITREP_SERVE_PARAMS_H_

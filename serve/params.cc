#include "serve/params.h"

#include <cstdio>
#include <cstdlib>

#include "store/date_range.h"

namespace sitrep::serve {

bool IsIsoDate(const std::string& s) {
  return s.size() == 10 && !store::DateRange(s).first.empty();
}

Status IntParam(const httplib::Request& req, const char* name, int lo, int hi, int fallback, int* out) {
  *out = fallback;
  if (!req.has_param(name)) return Status::OK();
  std::string v = req.get_param_value(name);
  char* end = nullptr;
  long n = v.empty() ? 0 : std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || n < lo || n > hi) {
    return Status::InvalidArgument(std::string(name) + " must be a whole number from " + std::to_string(lo) +
                                   " to " + std::to_string(hi) + ", not '" + v.substr(0, 40) + "'");
  }
  *out = static_cast<int>(n);
  return Status::OK();
}

Status DateParam(const httplib::Request& req, const char* name, std::string* out) {
  out->clear();
  if (!req.has_param(name)) return Status::OK();
  std::string v = req.get_param_value(name);
  if (!IsIsoDate(v)) {
    return Status::InvalidArgument(std::string(name) + " must be a date as YYYY-MM-DD, not '" + v.substr(0, 40) + "'");
  }
  *out = v;
  return Status::OK();
}

Status TextParam(const httplib::Request& req, const char* name, size_t max_bytes, std::string* out) {
  out->clear();
  if (!req.has_param(name)) return Status::OK();
  std::string v = req.get_param_value(name);
  if (v.size() > max_bytes) {
    return Status::InvalidArgument(std::string(name) + " is longer than " + std::to_string(max_bytes) + " bytes");
  }
  *out = v;
  return Status::OK();
}

Status IncidentQueryParams(const httplib::Request& req, int max_page, IncidentQuery* q) {
  Status s;
  if (s = TextParam(req, "type", 40, &q->type); !s.ok()) return s;
  if (s = TextParam(req, "place", 200, &q->place); !s.ok()) return s;
  if (s = TextParam(req, "actor", 200, &q->actor); !s.ok()) return s;
  if (s = TextParam(req, "outlet", 200, &q->outlet); !s.ok()) return s;
  if (s = TextParam(req, "cursor", 100, &q->cursor); !s.ok()) return s;
  if (s = DateParam(req, "since", &q->since); !s.ok()) return s;
  if (s = DateParam(req, "until", &q->until); !s.ok()) return s;
  if (s = IntParam(req, "min_sources", 0, 100000, 0, &q->min_sources); !s.ok()) return s;
  if (s = IntParam(req, "limit", 1, max_page, std::min(100, max_page), &q->limit); !s.ok()) return s;
  int conflicts = 0;
  if (s = IntParam(req, "conflicts", 0, 1, 0, &conflicts); !s.ok()) return s;
  q->conflicts_only = conflicts == 1;
  return Status::OK();
}

}  // namespace sitrep::serve

// A fast path for the usual JSON Lines record: one flat object whose
// values are all strings ({"title": "...", "text": "..."}).
//
// nlohmann::json builds a tree and appends string bytes one at a time;
// on the extract benchmark that was about a tenth of the CPU time. This
// reader copies runs of plain bytes at once. It accepts only what it is
// sure of and says "not flat" on anything else -- nested or non-string
// values, duplicate keys, invalid UTF-8, bad escapes, any syntax error --
// so the caller falls back to nlohmann::json, which then gives the same
// result or error message as before.
#ifndef SITREP_INGEST_JSON_FLAT_H_
#define SITREP_INGEST_JSON_FLAT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::ingest {

using FlatObject = std::vector<std::pair<std::string, std::string>>;

// True when `text` is one JSON object of string values (with optional
// surrounding whitespace); *out then holds its members in order.
bool ParseFlatObject(std::string_view text, FlatObject* out);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_JSON_FLAT_H_

// Small helpers to read the plain-text data files under data/.
#ifndef SITREP_EXTRACT_TSV_H_
#define SITREP_EXTRACT_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::extract {

// Reads a whole file; NotFound names the path.
Result<std::string> ReadFileToString(const std::string& path);

// Splits s at every `sep`, keeping empty fields.
std::vector<std::string_view> Split(std::string_view s, char sep);

// Calls fn(fields, line_number) for every line that is not blank, not a
// '#' comment and not the header (a first row whose first field is
// `header`). Fields are tab-separated and trimmed of '\r'.
template <typename Fn>
void ForEachRow(std::string_view text, std::string_view header, Fn fn) {
  size_t line_no = 0;
  bool first = true;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto fields = Split(line, '\t');
    if (first && fields[0] == header) { first = false; continue; }
    first = false;
    fn(fields, line_no);
  }
}

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_TSV_H_

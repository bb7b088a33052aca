#include <cctype>

#include "ingest/formats.h"

namespace sitrep::ingest {

namespace {
std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}
}  // namespace

Status ParsePlainText(const std::string& name, std::string_view bytes, const IngestOptions& options,
                      const ArticleSink& sink, const ProblemSink& problems) {
  Article a;
  a.source = name;
  a.format = "text";
  // Header lines.
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) break;
    std::string_view key = line.substr(0, colon), value = Trim(line.substr(colon + 1));
    if (key == "URL") a.url = value;
    else if (key == "TITLE") a.title = value;
    else if (key == "OUTLET") a.outlet = value;
    else if (key == "DATE") a.published = value;
    else break;
    pos = eol + 1;
  }
  a.body = std::string(bytes.substr(std::min(pos, bytes.size())));
  if (a.published.empty()) a.published = options.default_published;
  if (a.outlet.empty()) a.outlet = options.default_outlet;
  sink(std::move(a));
  return Status::OK();
}

}  // namespace sitrep::ingest

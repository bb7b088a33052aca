// Static files of the web page: a request path is mapped to a file only if
// it stays inside the web folder. "..", encoded dots, absolute paths, NUL
// bytes, hidden files and links that lead outside all get "no file".
#ifndef SITREP_SERVE_STATIC_FILES_H_
#define SITREP_SERVE_STATIC_FILES_H_

#include <optional>
#include <string>

namespace sitrep::serve {

// The file under root for a URL path ("/", "/app.js", "/vendor/leaflet.css"),
// or nullopt. `path` is the raw, still percent-encoded request path.
std::optional<std::string> ResolveStatic(const std::string& root, const std::string& path);

// Content type by file extension.
const char* ContentType(const std::string& file);

}  // namespace sitrep::serve

#endif  // SITREP_SERVE_STATIC_FILES_H_

#include "serve/static_files.h"

#include <algorithm>
#include <filesystem>

namespace sitrep::serve {

namespace fs = std::filesystem;

std::optional<std::string> ResolveStatic(const std::string& root, const std::string& path) {
  if (path.empty() || path[0] != '/' || path.size() > 512) return std::nullopt;
  // Only plain names: letters, digits, "-", "_", "." inside a segment, "/"
  // between segments. No percent-encoding at all, so "%2e%2e" never decodes
  // into "..", and no segment may start with a dot.
  std::string rel;
  bool segment_start = true;
  for (size_t i = 1; i < path.size(); ++i) {
    char c = path[i];
    if (c == '?' || c == '#') break;
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || c == '.' || c == '/';
    if (!ok) return std::nullopt;
    if (segment_start && (c == '.' || c == '/')) return std::nullopt;
    segment_start = c == '/';
    rel += c;
  }
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  std::error_code ec;
  fs::path base = fs::weakly_canonical(root, ec);
  if (ec) return std::nullopt;
  fs::path file = fs::weakly_canonical(base / rel, ec);
  if (ec) return std::nullopt;
  // Still inside after links are resolved?
  auto [b, f] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (b != base.end()) return std::nullopt;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  return file.string();
}

const char* ContentType(const std::string& file) {
  auto ends = [&](const char* ext) {
    size_t n = std::char_traits<char>::length(ext);
    return file.size() >= n && file.compare(file.size() - n, n, ext) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json") || ends(".geojson")) return "application/json";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  return "application/octet-stream";
}

}  // namespace sitrep::serve

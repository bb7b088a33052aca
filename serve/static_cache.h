// The web page's files held in memory with their gzip form, made once at
// the best level, so a page load costs neither disk reads nor compression.
// A file changed on disk (size or modification time) is read again.
#ifndef SITREP_SERVE_STATIC_CACHE_H_
#define SITREP_SERVE_STATIC_CACHE_H_

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sitrep::serve {

struct StaticFile {
  std::shared_ptr<const std::string> body;
  std::shared_ptr<const std::string> gzip;  // null when gzip would not be smaller
  const char* content_type = "";
  std::filesystem::file_time_type mtime;
  uintmax_t size = 0;
};

class StaticCache {
 public:
  // Files larger than this are not served: a budget on what one request
  // can make the server read and hold.
  static constexpr uintmax_t kMaxFileBytes = 32 << 20;
  static constexpr size_t kMaxFiles = 1024;

  // The file at `path`, a path ResolveStatic gave; null when it cannot be read.
  std::shared_ptr<const StaticFile> Get(const std::string& path);

 private:
  std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const StaticFile>> files_;
};

}  // namespace sitrep::serve

#endif  // SITREP_SERVE_STATIC_CACHE_H_

#include "serve/static_cache.h"

#include <fstream>
#include <iterator>

#include "serve/http_body.h"
#include "serve/static_files.h"

namespace sitrep::serve {

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const StaticFile> Load(const std::string& path, fs::file_time_type mtime, uintmax_t size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return nullptr;
  auto file = std::make_shared<StaticFile>();
  file->content_type = ContentType(path);
  file->mtime = mtime;
  file->size = size;
  std::string gz = Gzip(body, 9);
  if (!gz.empty() && gz.size() < body.size()) file->gzip = std::make_shared<const std::string>(std::move(gz));
  file->body = std::make_shared<const std::string>(std::move(body));
  return file;
}

}  // namespace

std::shared_ptr<const StaticFile> StaticCache::Get(const std::string& path) {
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  if (ec || size > kMaxFileBytes) return nullptr;
  fs::file_time_type mtime = fs::last_write_time(path, ec);
  if (ec) return nullptr;
  {
    std::lock_guard lock(mu_);
    auto it = files_.find(path);
    if (it != files_.end() && it->second->size == size && it->second->mtime == mtime) return it->second;
  }
  // Read and compressed outside the lock: two first requests for one file
  // may both do it, and neither holds up requests for other files.
  auto file = Load(path, mtime, size);
  if (!file) return nullptr;
  std::lock_guard lock(mu_);
  if (files_.size() >= kMaxFiles) files_.clear();
  files_[path] = file;
  return file;
}

}  // namespace sitrep::serve

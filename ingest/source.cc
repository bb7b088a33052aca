#include "ingest/source.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace sitrep::ingest {

namespace {

constexpr size_t kChunk = 64 << 10;

class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owns, std::string name) : fd_(fd), owns_(owns), name_(std::move(name)) {}
  ~FdSource() override {
    if (owns_) ::close(fd_);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    for (;;) {
      ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) return static_cast<size_t>(got);
      if (errno != EINTR) return Status::IOError(name_ + ": read failed (" + std::strerror(errno) + ")");
    }
  }

 private:
  int fd_;
  bool owns_;
  std::string name_;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min(n, bytes_.size());
    std::memcpy(buf, bytes_.data(), k);
    bytes_.remove_prefix(k);
    return k;
  }

 private:
  std::string_view bytes_;
};

class PrefixedSource : public ByteSource {
 public:
  PrefixedSource(std::string head, std::unique_ptr<ByteSource> rest)
      : head_(std::move(head)), rest_(std::move(rest)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ < head_.size()) {
      size_t k = std::min(n, head_.size() - pos_);
      std::memcpy(buf, head_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    return rest_->Read(buf, n);
  }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

}  // namespace

std::unique_ptr<ByteSource> NewFdSource(int fd, bool owns, std::string name) {
  return std::make_unique<FdSource>(fd, owns, std::move(name));
}

std::unique_ptr<ByteSource> NewMemorySource(std::string_view bytes) {
  return std::make_unique<MemorySource>(bytes);
}

std::unique_ptr<ByteSource> NewPrefixedSource(std::string head, std::unique_ptr<ByteSource> rest) {
  return std::make_unique<PrefixedSource>(std::move(head), std::move(rest));
}

bool IsGzip(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

Result<std::string> ReadUpTo(ByteSource& source, size_t n) {
  std::string out(n, '\0');
  size_t have = 0;
  while (have < n) {
    auto got = source.Read(out.data() + have, n - have);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    have += *got;
  }
  out.resize(have);
  return out;
}

Result<std::string> ReadAll(ByteSource& source, size_t budget, const std::string& name) {
  std::string out;
  for (;;) {
    size_t old = out.size();
    // Past 1 MB, take the whole budget at once: pages not written stay
    // unused, and no doubling copy ever holds the text twice.
    if (out.capacity() < old + kChunk && old >= (1u << 20)) out.reserve(budget + kChunk);
    out.resize(old + kChunk);
    auto got = source.Read(out.data() + old, kChunk);
    if (!got.ok()) return got.status();
    out.resize(old + *got);
    if (*got == 0) return out;
    if (out.size() > budget) {
      return Status::TooLarge(name + ": more than " + HumanBytes(budget) +
                              ", over the budget for one document; raise --max-document-bytes or split it");
    }
  }
}

bool LineReader::Fill() {
  if (eof_ || !status_.ok()) return false;
  if (pos_ > 0) {  // keep only the unread tail
    buf_.erase(0, pos_);
    scan_ -= pos_;
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  auto got = source_.Read(buf_.data() + old, kChunk);
  buf_.resize(old + (got.ok() ? *got : 0));
  if (!got.ok()) status_ = got.status();
  else if (*got == 0) eof_ = true;
  return got.ok() && *got > 0;
}

bool LineReader::Next(std::string* line, bool* too_long) {
  *too_long = false;
  line->clear();
  for (;;) {
    size_t nl = buf_.find('\n', scan_);
    if (nl != std::string::npos) {
      if (!*too_long) line->assign(buf_, pos_, nl - pos_);
      pos_ = scan_ = nl + 1;
      break;
    }
    scan_ = buf_.size();
    if (buf_.size() - pos_ > max_line_) {  // drop it, and go on looking for its end
      *too_long = true;
      buf_.clear();
      pos_ = scan_ = 0;
    }
    if (!Fill()) {
      if (!status_.ok() || (pos_ == buf_.size() && !*too_long)) return false;
      if (!*too_long) line->assign(buf_, pos_, std::string::npos);
      pos_ = scan_ = buf_.size();
      break;
    }
  }
  ++line_number_;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  if (line->size() > max_line_) {
    *too_long = true;
    line->clear();
  }
  return true;
}

std::string HumanBytes(uint64_t n) {
  auto fmt = [](double v, const char* unit) {
    char buf[32];
    std::snprintf(buf, sizeof buf, v < 10 && v != static_cast<uint64_t>(v) ? "%.1f %s" : "%.0f %s", v, unit);
    return std::string(buf);
  };
  if (n >= (1ull << 30)) return fmt(static_cast<double>(n) / (1ull << 30), "GB");
  if (n >= (1ull << 20)) return fmt(static_cast<double>(n) / (1ull << 20), "MB");
  if (n >= (1ull << 10)) return fmt(static_cast<double>(n) / (1ull << 10), "KB");
  return std::to_string(n) + " bytes";
}

}  // namespace sitrep::ingest

// Internal to ingest/: inputs as streams of bytes, so that no file is held
// in memory whole unless its format needs it, and then only up to a budget.
#ifndef SITREP_INGEST_SOURCE_H_
#define SITREP_INGEST_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes into buf; 0 means the end. Errors name the input.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// Reads a file descriptor (closed at the end when `owns`).
std::unique_ptr<ByteSource> NewFdSource(int fd, bool owns, std::string name);
// Reads a buffer the caller keeps alive.
std::unique_ptr<ByteSource> NewMemorySource(std::string_view bytes);
// Gives `head` first, then the rest of `rest`: puts peeked bytes back.
std::unique_ptr<ByteSource> NewPrefixedSource(std::string head, std::unique_ptr<ByteSource> rest);
// Inflates gzip data (one or more members). Stops with a TooLarge status
// when the output outgrows the input by more than kMaxGzipRatio past
// `ratio_floor` output bytes: only a decompression bomb does that.
std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> compressed, std::string name,
                                          uint64_t ratio_floor);
constexpr uint64_t kMaxGzipRatio = 500;

bool IsGzip(std::string_view head);

// Reads up to n bytes (fewer only at the end).
Result<std::string> ReadUpTo(ByteSource& source, size_t n);

// Reads the rest of the source. More than `budget` bytes -> TooLarge, with
// at most budget + one chunk read.
Result<std::string> ReadAll(ByteSource& source, size_t budget, const std::string& name);

// Lines of a source, each without its "\n" (or "\r\n"). A line longer than
// max_line is skipped as it streams past (never held whole): Next() then
// reports it with *too_long set and an empty line.
class LineReader {
 public:
  LineReader(ByteSource& source, size_t max_line) : source_(source), max_line_(max_line) {}
  // False at the end or on a read error (then status() says which).
  bool Next(std::string* line, bool* too_long);
  const Status& status() const { return status_; }
  uint64_t line_number() const { return line_number_; }

 private:
  bool Fill();

  ByteSource& source_;
  size_t max_line_;
  std::string buf_;
  size_t pos_ = 0;   // start of the unread bytes
  size_t scan_ = 0;  // where to look for the next newline
  bool eof_ = false;
  uint64_t line_number_ = 0;
  Status status_;
};

// "200 MB", "64 MB", "512 KB", "90 bytes": sizes in messages.
std::string HumanBytes(uint64_t n);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_SOURCE_H_

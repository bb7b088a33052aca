#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace sitrep::cli {

Progress::Progress(std::string verb, size_t total_units)
    : verb_(std::move(verb)), total_(total_units), enabled_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() {
  if (enabled_) std::fprintf(stderr, "\r\033[K");
}

void Progress::Update(size_t articles, size_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? articles / secs : 0;
  std::fprintf(stderr, "\r\033[K%s %zu articles, %.0f articles/s", verb_.c_str(), articles, rate);
  if (total_ > 0 && done > 0 && done <= total_) {
    double eta = secs * (static_cast<double>(total_) / done - 1);
    std::fprintf(stderr, ", %.0f%%, ETA %.0fs", 100.0 * done / total_, eta);
  }
  std::fflush(stderr);
}

}  // namespace sitrep::cli

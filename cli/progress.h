// A progress line for long jobs: articles/s and ETA on a terminal, nothing
// when stderr is piped or redirected.
#ifndef SITREP_CLI_PROGRESS_H_
#define SITREP_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace sitrep::cli {

class Progress {
 public:
  // total_units: how much work there is (e.g. input bytes); 0 if unknown.
  Progress(std::string verb, size_t total_units);
  ~Progress();  // clears the line

  // Call after each article; `units_done` is the work done so far.
  void Update(size_t articles, size_t units_done);
  bool enabled() const { return enabled_; }

 private:
  std::string verb_;
  size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace sitrep::cli

#endif  // SITREP_CLI_PROGRESS_H_

// When a long ingest commits: after `max_articles` articles, or once the
// open transaction is `max_seconds` old, whichever comes first.
//
// Big transactions are cheaper per article: the same index and full-text
// pages are written to the WAL once a commit instead of once for every
// small batch (bench/store_bench: 64 articles a commit ~770 articles/s,
// 1,024 ~890/s). The time bound keeps what a kill or a crash throws away,
// and what a reader of the database waits for, to about a second.
//
//   CommitPacer pacer(kDefaultCommitArticles, kDefaultCommitSeconds);
//   ... BeginBatch(); pacer.Begin(); ...
//   if (pacer.Due(++in_batch)) CommitBatch();
#ifndef SITREP_CLI_COMMIT_PACER_H_
#define SITREP_CLI_COMMIT_PACER_H_

#include <chrono>
#include <cstddef>
#include <functional>

namespace sitrep::cli {

// What `sitrep ingest` and `sitrep load` use unless told otherwise.
inline constexpr size_t kDefaultCommitArticles = 1024;
inline constexpr double kDefaultCommitSeconds = 1.0;

class CommitPacer {
 public:
  using Clock = std::chrono::steady_clock;

  CommitPacer(size_t max_articles, double max_seconds, std::function<Clock::time_point()> now = Clock::now)
      : max_articles_(max_articles),
        max_age_(std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(max_seconds))),
        now_(std::move(now)) {}

  // A transaction opens now.
  void Begin() { begun_ = now_(); }

  // Whether a transaction holding `in_batch` articles should commit now.
  bool Due(size_t in_batch) const { return in_batch >= max_articles_ || now_() - begun_ >= max_age_; }

 private:
  size_t max_articles_;
  Clock::duration max_age_;
  std::function<Clock::time_point()> now_;
  Clock::time_point begun_{};
};

}  // namespace sitrep::cli

#endif  // SITREP_CLI_COMMIT_PACER_H_

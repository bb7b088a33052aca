#include "cli/commit_pacer.h"

#include <gtest/gtest.h>

namespace sitrep::cli {
namespace {

using Clock = CommitPacer::Clock;

TEST(CommitPacer, CommitsWhenTheBatchIsFull) {
  Clock::time_point t{};
  CommitPacer pacer(3, 10.0, [&] { return t; });
  pacer.Begin();
  EXPECT_FALSE(pacer.Due(1));
  EXPECT_FALSE(pacer.Due(2));
  EXPECT_TRUE(pacer.Due(3));
  EXPECT_TRUE(pacer.Due(4));
}

TEST(CommitPacer, CommitsWhenTheTransactionIsOldEnough) {
  Clock::time_point t{};
  CommitPacer pacer(1000, 1.5, [&] { return t; });
  pacer.Begin();
  t += std::chrono::milliseconds(1499);
  EXPECT_FALSE(pacer.Due(1));
  t += std::chrono::milliseconds(1);
  EXPECT_TRUE(pacer.Due(1));
  // A new transaction starts the clock again.
  pacer.Begin();
  EXPECT_FALSE(pacer.Due(1));
  t += std::chrono::seconds(2);
  EXPECT_TRUE(pacer.Due(1));
}

TEST(CommitPacer, ZeroSecondsCommitsEveryArticle) {
  CommitPacer pacer(1000, 0.0);
  pacer.Begin();
  EXPECT_TRUE(pacer.Due(1));
}

}  // namespace
}  // namespace sitrep::cli

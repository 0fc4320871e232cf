#include "checker/review/review_journal.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "checker/base/file_io.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class ReviewJournalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = ::testing::TempDir() + "journal_" + info->name() + "_" +
           std::to_string(::getpid());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = ReviewJournalPath(dir_);
  }
  static ReviewStep Change(const std::string& id, CurationStatus from,
                           CurationStatus to) {
    ReviewStep step{ReviewStep::kChange, id, {}, {}};
    step.before.set_id(id);
    step.before.set_status(from);
    step.after.set_id(id);
    step.after.set_status(to);
    return step;
  }
  std::string dir_;
  std::string path_;
};

TEST_F(ReviewJournalTest, LivesInsideADirectoryBaseAndBesideAFile) {
  EXPECT_EQ(ReviewJournalPath("claims/"), "claims/.review-journal");
  EXPECT_EQ(ReviewJournalPath("claims"), "claims/.review-journal");
  EXPECT_EQ(ReviewJournalPath("a/one.textproto"),
            "a/one.textproto.review-journal");
}

TEST_F(ReviewJournalTest, StepsSurviveReopeningInOrderAndPopsAreApplied) {
  {
    ReviewJournal journal = ReviewJournal::Open(path_).value();
    EXPECT_TRUE(journal.steps().empty());
    ASSERT_TRUE(journal.Push(Change("c1", EXTRACTED, CONFIRMED)).ok());
    ASSERT_TRUE(journal.Push({ReviewStep::kSkip, "c2", {}, {}}).ok());
    ASSERT_TRUE(journal.Push({ReviewStep::kSkip, "c3", {}, {}}).ok());
    ASSERT_TRUE(journal.Pop().ok());  // c3's skip undone
  }
  ReviewJournal journal = ReviewJournal::Open(path_).value();
  ASSERT_EQ(journal.steps().size(), 2u);
  EXPECT_EQ(journal.steps()[0].kind, ReviewStep::kChange);
  EXPECT_EQ(journal.steps()[0].claim_id, "c1");
  EXPECT_EQ(journal.steps()[0].before.status(), EXTRACTED);
  EXPECT_EQ(journal.steps()[0].after.status(), CONFIRMED);
  EXPECT_EQ(journal.steps()[1].kind, ReviewStep::kSkip);
  EXPECT_EQ(journal.steps()[1].claim_id, "c2");
  // Reopening compacted it: one line per step, no pop left.
  const std::string text = ReadFile(path_).value();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_THAT(text, Not(HasSubstr("pop")));
}

TEST_F(ReviewJournalTest, TwoServersOnOneBaseGetTwoJournals) {
  absl::StatusOr<ReviewJournal> first = ReviewJournal::OpenFree(dir_);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->path(), path_);
  EXPECT_TRUE(absl::IsUnavailable(ReviewJournal::Open(path_).status()));
  absl::StatusOr<ReviewJournal> second = ReviewJournal::OpenFree(dir_);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->path(), path_ + ".2");
  ASSERT_TRUE(first->Push({ReviewStep::kSkip, "mine", {}, {}}).ok());
  EXPECT_TRUE(second->steps().empty());
  // Once the first server is gone, a restart gets its journal back.
  first = absl::UnavailableError("closed");
  absl::StatusOr<ReviewJournal> restarted = ReviewJournal::OpenFree(dir_);
  ASSERT_TRUE(restarted.ok()) << restarted.status();
  EXPECT_EQ(restarted->path(), path_);
  ASSERT_EQ(restarted->steps().size(), 1u);
  EXPECT_EQ(restarted->steps()[0].claim_id, "mine");
}

TEST_F(ReviewJournalTest, ALineCutShortByAKillIsIgnored) {
  {
    ReviewJournal journal = ReviewJournal::Open(path_).value();
    ASSERT_TRUE(journal.Push({ReviewStep::kSkip, "c1", {}, {}}).ok());
  }
  // The kill came in the middle of the next append: no newline at the end.
  std::string text = ReadFile(path_).value();
  text += R"({"op":"push","kind":"change","id":"c2","bef)";
  ASSERT_TRUE(WriteFileAtomically(path_, text).ok());
  {
    ReviewJournal journal = ReviewJournal::Open(path_).value();
    ASSERT_EQ(journal.steps().size(), 1u);
    EXPECT_EQ(journal.steps()[0].claim_id, "c1");
    // And the torn bytes are gone, so the next append starts a clean line.
    ASSERT_TRUE(journal.Push({ReviewStep::kSkip, "c3", {}, {}}).ok());
  }
  EXPECT_EQ(ReviewJournal::Open(path_).value().steps().size(), 2u);
}

TEST_F(ReviewJournalTest, ADamagedLineIsAnErrorNamingItsLine) {
  ASSERT_TRUE(WriteFileAtomically(path_,
                                  "{\"op\":\"push\",\"kind\":\"skip\","
                                  "\"id\":\"c1\"}\n"
                                  "edited by hand\n"
                                  "{\"op\":\"pop\"}\n")
                  .ok());
  absl::StatusOr<ReviewJournal> journal = ReviewJournal::Open(path_);
  ASSERT_TRUE(absl::IsInvalidArgument(journal.status())) << journal.status();
  EXPECT_THAT(journal.status().message(), HasSubstr(path_ + ":2:"));
  EXPECT_THAT(journal.status().message(), HasSubstr("Move the file away"));
  // A pop with nothing to pop is damage too, not a silent no-op.
  ASSERT_TRUE(WriteFileAtomically(path_, "{\"op\":\"pop\"}\n").ok());
  EXPECT_TRUE(absl::IsInvalidArgument(ReviewJournal::Open(path_).status()));
}

TEST_F(ReviewJournalTest, ReconcileDropsOnlyTheNewestStepsThatNeverLanded) {
  {
    ReviewJournal journal = ReviewJournal::Open(path_).value();
    ASSERT_TRUE(journal.Push(Change("landed", EXTRACTED, CONFIRMED)).ok());
    ASSERT_TRUE(journal.Push(Change("lost_old", EXTRACTED, REJECTED)).ok());
    ASSERT_TRUE(journal.Push(Change("kept", EXTRACTED, REJECTED)).ok());
    ASSERT_TRUE(journal.Push(Change("lost_new", EXTRACTED, CONFIRMED)).ok());
  }
  {
    ReviewJournal journal = ReviewJournal::Open(path_).value();
    const auto landed = [](const ReviewStep& step) {
      return step.claim_id.rfind("lost", 0) != 0;
    };
    ASSERT_TRUE(journal.Reconcile(landed).ok());
    // Only the newest is dropped: "lost_old" lies under a landed step, and
    // Undo checks it when it gets there.
    ASSERT_EQ(journal.steps().size(), 3u);
    EXPECT_EQ(journal.steps().back().claim_id, "kept");
  }
  EXPECT_EQ(ReviewJournal::Open(path_).value().steps().size(), 3u);
}

}  // namespace
}  // namespace checker

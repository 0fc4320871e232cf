#include "checker/store/claim_file_edit.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "checker/base/file_io.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

Claim MakeClaim(const std::string& textproto) {
  Claim claim;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(textproto, &claim))
      << textproto;
  return claim;
}

// A claim file as a person leaves it: a header, comments between and inside
// blocks, a hand-formatted claim on one line, UTF-8 in a note, a '#' and
// braces inside strings.
constexpr char kHandFile[] =
    "# Claims from the camp report.  Reviewed by A.\n"
    "\n"
    "source { id: \"report\" title: \"Report # 3 {draft}\" }\n"
    "\n"
    "# first figure: checked against the archive\n"
    "claim { id: \"c1\" status: CONFIRMED quantity { value: 500 }\n"
    "        note: \"vérifié — page 12\" }\n"
    "claim {\n"
    "  id: \"c2\"\n"
    "  # still to look at\n"
    "  status: EXTRACTED\n"
    "  quantity { value: 7 }\n"
    "}\n"
    "# trailing remark\n";

TEST(LocateClaimBlocksTest, FindsTopLevelClaimsAndTheirIdsOnly) {
  // A source, a claim with "claim {" inside a string, and a claim in the
  // angle-bracket form whose only "id" is in a comment.
  const std::string text =
      "# a note\n"
      "\n"
      "source { id: \"s\" }\n"
      "    \n"
      "claim { id: \"a\" note: \"claim {\" }\n"
      "claim<\n  status: EXTRACTED # id: \"x\"\n>";
  const auto blocks = LocateClaimBlocks(text);
  ASSERT_TRUE(blocks.ok()) << blocks.status();
  ASSERT_EQ(blocks->size(), 2u);
  EXPECT_EQ(
      text.substr((*blocks)[0].begin, (*blocks)[0].end - (*blocks)[0].begin),
      "claim { id: \"a\" note: \"claim {\" }");
  EXPECT_EQ(text.substr((*blocks)[0].id_begin,
                        (*blocks)[0].id_end - (*blocks)[0].id_begin),
            "id: \"a\"");
  // The second has no id: the one in its comment does not count.
  EXPECT_EQ(text.substr((*blocks)[1].begin),
            "claim<\n  status: EXTRACTED # id: \"x\"\n>");
  EXPECT_EQ((*blocks)[1].id_end, 0u);
  EXPECT_FALSE(LocateClaimBlocks("claim: [{ id: \"a\" }]").ok());
}

TEST(UpsertClaimTextTest, ReplacesOnlyTheBlockWithTheIdAndKeepsItsComments) {
  absl::StatusOr<std::string> out = UpsertClaimText(
      kHandFile, MakeClaim("id: 'c2' status: CONFIRMED quantity { value: 8 }"));
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "# Claims from the camp report.  Reviewed by A.\n"
            "\n"
            "source { id: \"report\" title: \"Report # 3 {draft}\" }\n"
            "\n"
            "# first figure: checked against the archive\n"
            "claim { id: \"c1\" status: CONFIRMED quantity { value: 500 }\n"
            "        note: \"vérifié — page 12\" }\n"
            "claim {\n"
            "  # still to look at\n"
            "  id: \"c2\"\n"
            "  quantity {\n"
            "    value: 8\n"
            "  }\n"
            "  status: CONFIRMED\n"
            "}\n"
            "# trailing remark\n");
}

TEST(UpsertClaimTextTest, WritesUtf8AsUtf8) {
  absl::StatusOr<std::string> out = UpsertClaimText(
      "", MakeClaim("id: 'n' note: 'Ольга — 40 days' status: CONFIRMED"));
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "claim {\n"
            "  id: \"n\"\n"
            "  status: CONFIRMED\n"
            "  note: \"Ольга — 40 days\"\n"
            "}\n");
}

TEST(UpsertClaimTextTest, EqualClaimLeavesTheTextAsItIs) {
  absl::StatusOr<std::string> out = UpsertClaimText(
      kHandFile,
      MakeClaim("id: 'c1' status: CONFIRMED quantity { value: 500 } note: "
                "'vérifié — page 12'"));
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out, kHandFile);
}

TEST(UpsertClaimTextTest, NewIdIsAppendedAtTheEnd) {
  absl::StatusOr<std::string> out =
      UpsertClaimText("claim { id: \"a\" }  # no newline at the end",
                      MakeClaim("id: 'b' status: REJECTED"));
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "claim { id: \"a\" }  # no newline at the end\n"
            "claim {\n"
            "  id: \"b\"\n"
            "  status: REJECTED\n"
            "}\n");
}

TEST(UpsertClaimTextTest, RefusesBadInputWithAReason) {
  struct Row {
    int line;
    std::string text;
    std::string id;
    std::string message_part;
  };
  const Row rows[] = {
      {__LINE__, "claim { id: 'x' } claim { id: 'x' }", "x",
       "two claims have the id \"x\""},
      {__LINE__, "claim { id: 'x' ", "x", "cannot be parsed"},
      {__LINE__, "claim: [ { id: 'x' }, { id: 'y' } ]", "x", "as a list"},
      {__LINE__, "claim { id: 'x' }", "", "has no id"},
  };
  for (const Row& row : rows) {
    absl::StatusOr<std::string> out =
        UpsertClaimText(row.text, MakeClaim(absl::StrCat("id: '", row.id,
                                                         "' status: "
                                                         "CONFIRMED")));
    ASSERT_FALSE(out.ok()) << "line " << row.line;
    EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument)
        << "line " << row.line;
    EXPECT_NE(out.status().message().find(row.message_part), std::string::npos)
        << "line " << row.line << ": " << out.status();
  }
}

TEST(RemoveClaimTextTest, RemovesTheBlockAndItsLineOnly) {
  absl::StatusOr<std::string> out = RemoveClaimText(kHandFile, "c2");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "# Claims from the camp report.  Reviewed by A.\n"
            "\n"
            "source { id: \"report\" title: \"Report # 3 {draft}\" }\n"
            "\n"
            "# first figure: checked against the archive\n"
            "claim { id: \"c1\" status: CONFIRMED quantity { value: 500 }\n"
            "        note: \"vérifié — page 12\" }\n"
            "# trailing remark\n");
  EXPECT_EQ(RemoveClaimText(kHandFile, "nope").status().code(),
            absl::StatusCode::kNotFound);
}

// A value written as nan (lint refuses it, but a person may have typed it)
// is left as it is: editing another claim of that file still works.
TEST(RemoveClaimTextTest, AClaimWithANanValueDoesNotBlockEditsOfOthers) {
  const std::string file =
      "claim { id: \"odd\" duration { amount: nan unit: UNIT_DAY } }\n"
      "claim { id: \"c2\" quantity { value: 7 } }\n";
  absl::StatusOr<std::string> out = RemoveClaimText(file, "c2");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "claim { id: \"odd\" duration { amount: nan unit: UNIT_DAY } "
            "}\n");
}

// Text format lets a ',' or ';' follow a field, even on a later line.
// Removing the field removes its separator too; a separator left behind
// alone would not parse.
TEST(RemoveClaimTextTest, RemovesTheSeparatorAfterTheBlockWhereverItStands) {
  const std::string file =
      "claim { id: \"a\" }\n"
      "# kept\n"
      "claim { id: \"b\" }\n"
      ",\n"
      "claim { id: \"c\" }\n"
      "  # a comment between\n"
      "  ; claim { id: \"d\" }\n";
  absl::StatusOr<std::string> out = RemoveClaimText(file, "b");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "claim { id: \"a\" }\n"
            "# kept\n"
            "claim { id: \"c\" }\n"
            "  # a comment between\n"
            "  ; claim { id: \"d\" }\n");
  out = RemoveClaimText(*out, "c");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "claim { id: \"a\" }\n"
            "# kept\n"
            "  # a comment between\n"
            "   claim { id: \"d\" }\n");
  out = RemoveClaimText("claim { id: \"e\" },\n", "e");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out, "");
}

TEST(UpsertSourceTextTest, NewSourceGoesWithTheSourcesChangedOneInPlace) {
  Source source;
  source.set_id("other");
  // Before the first claim and the comment about it, after the header.
  absl::StatusOr<std::string> out =
      UpsertSourceText("# head\n\n# about a\nclaim { id: 'a' }\n", source);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "# head\n\nsource {\n  id: \"other\"\n}\n# about a\nclaim { id: "
            "'a' }\n");
  // After the last source when there is one.
  out = UpsertSourceText(
      "source { id: 's' }  # kept\nclaim { id: 'a' }\nsource { id: 't' }",
      source);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out,
            "source { id: 's' }  # kept\nclaim { id: 'a' }\nsource { id: 't' "
            "}\nsource {\n  id: \"other\"\n}\n");
  source.set_id("report");
  source.set_title("Report 3");
  out = UpsertSourceText(kHandFile, source);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_NE(out->find("source {\n  id: \"report\"\n  title: \"Report 3\"\n}\n"),
            std::string::npos)
      << *out;
  EXPECT_EQ(out->find("Report # 3 {draft}"), std::string::npos) << *out;
  EXPECT_NE(out->find("# first figure"), std::string::npos) << *out;
}

class ClaimFileEditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           absl::StrCat(
               "claim_file_edit_", ::getpid(), "_",
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "x.textproto").string();
  }
  void TearDown() override {
    SetBeforeReplaceHookForTesting({});
    fs::remove_all(dir_);
  }
  std::string Slurp() {
    absl::StatusOr<std::string> text = ReadFile(path_);
    return text.ok() ? *text : "<missing>";
  }
  void Put(const std::string& text) {
    std::ofstream(path_, std::ios::binary) << text;
  }
  fs::path dir_;
  std::string path_;
};

TEST_F(ClaimFileEditTest, UpsertWritesWhenUnchangedAndReturnsTheNewPrint) {
  Put(kHandFile);
  IssueList issues;
  absl::StatusOr<ClaimFileSnapshot> snap =
      ReadClaimFileSnapshot(path_, &issues);
  ASSERT_TRUE(snap.ok()) << snap.status();
  EXPECT_EQ(snap->text, kHandFile);
  ASSERT_EQ(snap->file.claim_size(), 2);
  absl::StatusOr<FileFingerprint> after = UpsertClaimInFile(
      path_, MakeClaim("id: 'c3' status: REJECTED"), snap->fingerprint);
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(Slurp(), absl::StrCat(kHandFile,
                                  "claim {\n  id: \"c3\"\n  status: "
                                  "REJECTED\n}\n"));
  absl::StatusOr<FileFingerprint> now = FingerprintFile(path_);
  ASSERT_TRUE(now.ok());
  EXPECT_EQ(*after, *now);
  // The returned fingerprint allows the next write.
  after = RemoveClaimFromFile(path_, "c3", *after);
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(Slurp(), kHandFile);
}

TEST_F(ClaimFileEditTest, MissingFileIsCreatedWhenExpectedMissing) {
  absl::StatusOr<FileFingerprint> after = UpsertClaimInFile(
      path_, MakeClaim("id: 'a' status: CONFIRMED"), FileFingerprint());
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(Slurp(), "claim {\n  id: \"a\"\n  status: CONFIRMED\n}\n");
}

TEST_F(ClaimFileEditTest, RemoveNamesTheFileWhenItOrTheClaimIsMissing) {
  absl::StatusOr<FileFingerprint> gone =
      RemoveClaimFromFile(path_, "c1", FileFingerprint());
  EXPECT_EQ(gone.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(gone.status().message(), absl::StrCat(path_, ": no such file"));
  EXPECT_EQ(Slurp(), "<missing>");  // and nothing was created
  Put(kHandFile);
  absl::StatusOr<FileFingerprint> read = FingerprintFile(path_);
  ASSERT_TRUE(read.ok());
  absl::StatusOr<FileFingerprint> unknown =
      RemoveClaimFromFile(path_, "nope", *read);
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(unknown.status().message().substr(0, path_.size() + 2),
            absl::StrCat(path_, ": "));
  EXPECT_EQ(Slurp(), kHandFile);
}

TEST_F(ClaimFileEditTest, RefusesWhenTheFileChangedSinceItWasRead) {
  Put(kHandFile);
  absl::StatusOr<FileFingerprint> read = FingerprintFile(path_);
  ASSERT_TRUE(read.ok());
  // A person saves the file with an editor meanwhile (same size, other
  // bytes).
  std::string edited = kHandFile;
  edited.replace(edited.find("value: 7"), 8, "value: 9");
  Put(edited);
  absl::StatusOr<FileFingerprint> after =
      UpsertClaimInFile(path_, MakeClaim("id: 'c2' status: REJECTED"), *read);
  EXPECT_EQ(after.status().code(), absl::StatusCode::kFailedPrecondition)
      << after.status();
  EXPECT_NE(after.status().message().find("changed since it was read"),
            std::string::npos);
  EXPECT_EQ(Slurp(), edited);
  // A file created since it was seen missing is a change too.
  fs::remove(path_);
  FileFingerprint missing;
  Put("claim { id: 'z' }\n");
  EXPECT_EQ(
      UpsertClaimInFile(path_, MakeClaim("id: 'a'"), missing).status().code(),
      absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Slurp(), "claim { id: 'z' }\n");
}

TEST_F(ClaimFileEditTest, WriteInjectedBetweenReadAndRenameIsNeverLost) {
  Put(kHandFile);
  absl::StatusOr<FileFingerprint> read = FingerprintFile(path_);
  ASSERT_TRUE(read.ok());
  const std::string review = absl::StrCat(kHandFile, "# saved by a reviewer\n");
  SetBeforeReplaceHookForTesting([&](const std::string& path) {
    std::ofstream(path, std::ios::binary) << review;
  });
  absl::StatusOr<FileFingerprint> after =
      UpsertClaimInFile(path_, MakeClaim("id: 'c2' status: REJECTED"), *read);
  EXPECT_EQ(after.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Slurp(), review);
  EXPECT_FALSE(fs::exists(path_ + ".tmp." + std::to_string(::getpid())));
}

TEST_F(ClaimFileEditTest, OfTwoWritersWhoReadTheSameFileExactlyOneWins) {
  for (int round = 0; round < 50; ++round) {
    Put(kHandFile);
    absl::StatusOr<FileFingerprint> read = FingerprintFile(path_);
    ASSERT_TRUE(read.ok());
    absl::StatusOr<FileFingerprint> results[2] = {FileFingerprint(),
                                                  FileFingerprint()};
    std::vector<std::thread> writers;
    for (int w = 0; w < 2; ++w) {
      writers.emplace_back([&, w] {
        results[w] = UpsertClaimInFile(
            path_, MakeClaim(absl::StrCat("id: 'by", w, "' status: CONFIRMED")),
            *read);
      });
    }
    for (std::thread& t : writers) t.join();
    ASSERT_NE(results[0].ok(), results[1].ok())
        << "round " << round << ": " << results[0].status() << " / "
        << results[1].status();
    const int winner = results[0].ok() ? 0 : 1;
    EXPECT_EQ(results[1 - winner].status().code(),
              absl::StatusCode::kFailedPrecondition);
    const std::string text = Slurp();
    EXPECT_NE(text.find(absl::StrCat("id: \"by", winner, "\"")),
              std::string::npos);
    EXPECT_EQ(text.find(absl::StrCat("id: \"by", 1 - winner, "\"")),
              std::string::npos);
  }
}

TEST_F(ClaimFileEditTest, ByteIdenticalReplaceDoesNotTouchTheFile) {
  Put(kHandFile);
  struct timespec old_times[2] = {{1000000, 0}, {1000000, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, path_.c_str(), old_times, 0), 0);
  absl::StatusOr<FileFingerprint> read = FingerprintFile(path_);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->mtime_ns, 1000000LL * 1000000000);
  absl::StatusOr<FileFingerprint> after =
      ReplaceFileIfUnchanged(path_, kHandFile, *read);
  ASSERT_TRUE(after.ok()) << after.status();
  struct stat st;
  ASSERT_EQ(::stat(path_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mtim.tv_sec, 1000000);
  EXPECT_EQ(*after, *read);
}

TEST_F(ClaimFileEditTest, UnparsableFileShowsWhereInTheStatus) {
  // (protobuf places an unknown enum value at the token after it, so the
  // test keeps that token on the same line.)
  Put("claim {\n  id: \"a\"\n  status: MAYBE note: \"x\"\n}\n");
  IssueList issues;
  absl::StatusOr<ClaimFileSnapshot> snap =
      ReadClaimFileSnapshot(path_, &issues);
  ASSERT_EQ(snap.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(snap.status().message().find(path_ + ":3:"), std::string::npos)
      << snap.status();
  EXPECT_NE(snap.status().message().find("MAYBE"), std::string::npos)
      << snap.status();
  EXPECT_EQ(issues.error_count(), 1);
}

TEST_F(ClaimFileEditTest, StaleTempFilesOfDeadWritersAreRemovedLiveOnesKept) {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ASSERT_GT(child, 0);
  ::waitpid(child, nullptr, 0);
  const std::string dead = path_ + ".tmp." + std::to_string(child);
  const std::string live = path_ + ".tmp." + std::to_string(::getppid());
  const std::string other = (dir_ / "notes.txt.tmp.1").string();
  for (const std::string& p : {dead, live, other}) {
    std::ofstream(p) << "half";
  }
  EXPECT_EQ(RemoveStaleTempFiles(dir_.string()), 1);
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(other));
}

}  // namespace
}  // namespace checker

namespace checker {
namespace {

// Random claim files in the many shapes people write textproto in, and
// random edits of them: every edit must succeed, parse back to the intended
// claims, and leave each block and comment it did not edit byte for byte.
class RandomClaimFile {
 public:
  explicit RandomClaimFile(uint32_t seed) : random_(seed) {}

  // A file of `claims` claim blocks (ids c0, c1, ...) and a source, with
  // comments and blank lines between; `blocks` gets each block's text.
  std::string Make(int claims, std::vector<std::string>* blocks) {
    std::string file;
    for (int i = 0; i < claims; ++i) {
      file += Filler();
      blocks->push_back(Block(i));
      file += blocks->back() + (Pick(4) == 0 ? "  # trailing\n" : "\n");
      if (i == claims / 2) file += "source { id: \"s\" title: \"S {1}\" }\n";
    }
    return file + Filler();
  }

 private:
  int Pick(int n) { return static_cast<int>(random_() % n); }
  std::string Filler() {
    switch (Pick(4)) {
      case 0:
        return "# a comment with } and { and \"quotes\"\n";
      case 1:
        return "\n";
      case 2:
        return "#\n\n# two — lines\n";
      default:
        return "";
    }
  }
  std::string Block(int i) {
    const std::string id = "\"c" + std::to_string(i) + "\"";
    const std::string text =
        Pick(2) == 0 ? "'it\\'s }{ # not a comment'" : "\"Ольга: 40 days\"";
    switch (Pick(4)) {
      case 0:  // as printed
        return "claim {\n  id: " + id + "\n  text: " + text +
               "\n  provenance {\n    begin: 3\n    end: 9\n  }\n  status: "
               "CONFIRMED\n}";
      case 1:  // one line, ';' separators, angle brackets
        return "claim < id: " + id + "; text: " + text +
               "; provenance < begin: 3 > ; status: REJECTED >";
      case 2:  // a comment inside, colon before the message
        return "claim: {\n  # why\n  id: " + id + " note: " + text +
               "\n  quantity { value: 1e3 }\n}";
      default:  // adjacent strings, hand spacing
        return "claim   {id:" + id + "   text: \"a\" \"b\"   status:EXTRACTED}";
    }
  }
  std::mt19937 random_;
};

TEST(ApplyClaimFileEditsTest, RandomFilesAndEditsKeepEveryOtherByte) {
  for (uint32_t seed = 1; seed <= 300; ++seed) {
    RandomClaimFile maker(seed);
    std::mt19937 random(seed);
    const int claims = 1 + static_cast<int>(random() % 6);
    std::vector<std::string> blocks;
    const std::string file = maker.Make(claims, &blocks);
    ClaimBaseFile before;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(file, &before))
        << "seed " << seed << ":\n"
        << file;
    ClaimFileEdits edits;
    std::vector<bool> edited(claims, false);
    for (int i = 0; i < claims; ++i) {
      switch (random() % 3) {
        case 0: {
          Claim claim = before.claim(i);
          claim.set_note("edited — " + std::to_string(seed));
          edits.upsert_claims.push_back(claim);
          edited[i] = true;
          break;
        }
        case 1:
          edits.remove_claims.push_back(before.claim(i).id());
          edited[i] = true;
          break;
        default:
          break;
      }
    }
    edits.upsert_claims.push_back(MakeClaim("id: 'new' status: CONFIRMED"));
    absl::StatusOr<std::string> out = ApplyClaimFileEdits(file, edits);
    ASSERT_TRUE(out.ok()) << "seed " << seed << ": " << out.status() << "\n"
                          << file;
    ClaimBaseFile after;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(*out, &after))
        << "seed " << seed << ":\n"
        << *out;
    std::vector<std::string> ids;
    for (const Claim& c : after.claim()) ids.push_back(c.id());
    std::vector<std::string> want;
    for (int i = 0; i < claims; ++i) {
      const bool removed =
          std::find(edits.remove_claims.begin(), edits.remove_claims.end(),
                    before.claim(i).id()) != edits.remove_claims.end();
      if (!removed) want.push_back(before.claim(i).id());
      if (!edited[i]) {
        EXPECT_NE(out->find(blocks[i]), std::string::npos)
            << "seed " << seed << ": untouched block changed:\n"
            << blocks[i] << "\nin\n"
            << *out;
      }
    }
    want.push_back("new");
    EXPECT_EQ(ids, want) << "seed " << seed;
    EXPECT_NE(out->find("source { id: \"s\" title: \"S {1}\" }\n"),
              std::string::npos)
        << "seed " << seed;
    // Comments outside the edited blocks all survive.
    for (const std::string comment :
         {"# a comment with } and { and \"quotes\"\n", "# two — lines\n"}) {
      size_t count_before = 0, count_after = 0;
      for (size_t at = file.find(comment); at != std::string::npos;
           at = file.find(comment, at + 1)) {
        ++count_before;
      }
      for (size_t at = out->find(comment); at != std::string::npos;
           at = out->find(comment, at + 1)) {
        ++count_after;
      }
      EXPECT_EQ(count_after, count_before) << "seed " << seed << "\n" << *out;
    }
  }
}

}  // namespace
}  // namespace checker

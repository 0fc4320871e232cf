#include "checker/review/review_api.h"

#include <memory>
#include <string>
#include <vector>

#include "checker/base/file_io.h"
#include "checker/review/claim_writer.h"
#include "checker/review/review_journal.h"
#include "checker/review/review_test_base.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace checker {
namespace {

using ::testing::HasSubstr;
using Json = nlohmann::json;

constexpr char kHost[] = "127.0.0.1:4000";

class ReviewApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = WriteFloodBase();
    api_ = OpenApi(dir_ + "/docs");
  }
  std::unique_ptr<ReviewApi> OpenApi(const std::string& docs) {
    IssueList issues;
    auto session = ReviewSession::Open(dir_ + "/base", docs, &issues);
    EXPECT_TRUE(session.ok()) << session.status();
    auto api = std::make_unique<ReviewApi>(*std::move(session), "t0ken");
    api->SetAllowedHosts({kHost});
    return api;
  }
  static HttpRequest Get(const std::string& path) {
    HttpRequest r{"GET", path, {}, {{"host", kHost}}, ""};
    return r;
  }
  static HttpRequest Post(const std::string& path, const Json& body) {
    return HttpRequest{"POST",
                       path,
                       {},
                       {{"host", kHost},
                        {"x-checker-token", "t0ken"},
                        {"origin", std::string("http://") + kHost},
                        {"content-type", "application/json"}},
                       body.dump()};
  }
  Json State(ReviewApi& api) {
    HttpResponse r = api.Handle(Get("/api/state"));
    EXPECT_EQ(r.status, 200) << r.body;
    return Json::parse(r.body);
  }
  // Decides on the current item of `api` and returns the answer.
  HttpResponse DecideCurrent(ReviewApi& api, const std::string& action,
                             Json extra = Json::object()) {
    const Json state = State(api);
    extra["id"] = state["item"]["id"];
    extra["version"] = state["item"]["version"];
    extra["action"] = action;
    return api.Handle(Post("/api/decide", extra));
  }
  Claim OnDisk(const std::string& id) {
    return ReadClaimFromFile(dir_ + "/base/flood.textproto", id).value();
  }

  std::string dir_;
  std::unique_ptr<ReviewApi> api_;
};

TEST_F(ReviewApiTest, OffersTheConflictingClaimsFirstInTheirSentence) {
  const Json state = State(*api_);
  // flood_40 and flood_55 conflict (40 vs 55 days); the less confident of
  // the two comes first.
  EXPECT_EQ(state["item"]["id"], "flood_40");
  EXPECT_EQ(state["item"]["verdict"], "CONFLICT");
  EXPECT_EQ(state["progress"]["left"], 4);
  EXPECT_EQ(state["progress"]["done"], 0);
  const Json& context = state["item"]["context"];
  EXPECT_EQ(context["before"], "The Millbrook flood lasted ");
  EXPECT_EQ(context["figure"], "about 40 days");
  // The next sentence, up to its full stop.
  EXPECT_EQ(context["after"], ". The county almanac says it lasted 55 days.");
  EXPECT_EQ(context["begin"], 0);
  EXPECT_EQ(context["from_document"], true);
  EXPECT_EQ(state["item"]["source_title"], "Flood report, 1931");
}

TEST_F(ReviewApiTest, WithoutDocumentsTheContextIsTheStoredQuote) {
  auto api = OpenApi("");
  const Json context = State(*api)["item"]["context"];
  EXPECT_EQ(context["before"], "Millbrook flood lasted ");
  EXPECT_EQ(context["figure"], "about 40 days");
  EXPECT_EQ(context["after"], ". The county alm");
  EXPECT_EQ(context["begin"], 4);  // quote_begin 20 less a 16-byte prefix
  EXPECT_EQ(context["from_document"], false);
}

TEST_F(ReviewApiTest, AcceptWritesAtOnceAndMovesOn) {
  HttpResponse r = DecideCurrent(*api_, "accept");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(OnDisk("flood_40").status(), CONFIRMED);
  const Json state = Json::parse(r.body);
  EXPECT_EQ(state["item"]["id"], "flood_55");
  EXPECT_EQ(state["progress"]["done"], 1);
  EXPECT_EQ(state["progress"]["left"], 3);
  EXPECT_THAT(ReadFile(dir_ + "/base/flood.textproto").value(),
              HasSubstr("# This comment must survive every write."));
}

TEST_F(ReviewApiTest, RejectingOneSideOfAConflictChangesTheVerdictLive) {
  ASSERT_EQ(DecideCurrent(*api_, "reject").status, 200);  // flood_40
  EXPECT_EQ(OnDisk("flood_40").status(), REJECTED);
  const Json state = State(*api_);
  // Only the almanac's 55 days is left: one source, no conflict. It no
  // longer decides a verdict, so the less confident death toll (0.4) comes
  // before it (0.95).
  EXPECT_EQ(state["item"]["id"], "flood_deaths");
  HttpRequest duration = Get("/api/state");
  duration.params["attribute"] = "duration";
  const Json fifty_five = Json::parse(api_->Handle(duration).body);
  EXPECT_EQ(fifty_five["item"]["id"], "flood_55");
  EXPECT_EQ(fifty_five["item"]["verdict"], "SINGLE_SOURCE");
  bool conflict = false;
  for (const Json& f : state["findings"])
    conflict |= f["verdict"] == "CONFLICT";
  EXPECT_FALSE(conflict);
}

TEST_F(ReviewApiTest, TheQueueAfterDecisionsIsTheQueueARestartBuilds) {
  ASSERT_EQ(DecideCurrent(*api_, "reject").status, 200);  // tiers change
  ASSERT_EQ(DecideCurrent(*api_, "accept").status, 200);
  HttpRequest all = Get("/api/queue");
  all.params["status"] = "";
  const Json live = Json::parse(api_->Handle(all).body)["ids"];
  auto restarted = OpenApi(dir_ + "/docs");
  EXPECT_EQ(Json::parse(restarted->Handle(all).body)["ids"], live);
  // flood_55 left the conflict tier: the death toll (0.4) now leads.
  EXPECT_EQ(live, Json::array({"flood_deaths", "flood_40", "flood_55",
                               "flood_by_hand"}));
}

TEST_F(ReviewApiTest, TheVerdictChangeIsReported) {
  HttpResponse r = DecideCurrent(*api_, "reject");
  const Json changes = Json::parse(r.body)["outcome"]["changes"];
  ASSERT_EQ(changes.size(), 1u) << r.body;
  EXPECT_THAT(changes[0].get<std::string>(),
              HasSubstr("millbrook_flood duration: CONFLICT -> "));
}

TEST_F(ReviewApiTest, EditReparsesTheValueAsTheExtractorReadsIt) {
  HttpResponse r = DecideCurrent(*api_, "edit",
                                 {{"entity", "millbrook_flood"},
                                  {"attribute", "duration"},
                                  {"value", "about 50 days"},
                                  {"qualifiers", {{"phase", "main"}}},
                                  {"note", "checked against the map"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const Claim claim = OnDisk("flood_40");
  EXPECT_EQ(claim.status(), CORRECTED);
  EXPECT_EQ(claim.text(), "about 50 days");
  EXPECT_EQ(claim.hedge(), "about");
  EXPECT_EQ(claim.duration().amount(), 50);
  EXPECT_EQ(claim.duration().unit(), UNIT_DAY);
  EXPECT_EQ(claim.subject().qualifier().at("phase"), "main");
  EXPECT_EQ(claim.note(), "checked against the map");
}

TEST_F(ReviewApiTest, EditRefusesAValueTheAttributeCannotTake) {
  const std::string before = ReadFile(dir_ + "/base/flood.textproto").value();
  HttpResponse r = DecideCurrent(*api_, "edit",
                                 {{"entity", "millbrook_flood"},
                                  {"attribute", "duration"},
                                  {"value", "212 people"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.body, HasSubstr("takes VALUE_DURATION"));
  r = DecideCurrent(*api_, "edit",
                    {{"entity", "millbrook_flood"},
                     {"attribute", "duration"},
                     {"value", "a long while"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.body, HasSubstr("no figure, date or duration"));
  r = DecideCurrent(*api_, "edit",
                    {{"entity", "atlantis"}, {"attribute", "duration"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_THAT(r.body, HasSubstr("unknown entity"));
  EXPECT_EQ(ReadFile(dir_ + "/base/flood.textproto").value(), before);
}

TEST_F(ReviewApiTest, UndoPutsTheClaimBack) {
  const Claim before = OnDisk("flood_40");
  ASSERT_EQ(DecideCurrent(*api_, "accept").status, 200);
  ASSERT_EQ(DecideCurrent(*api_, "skip").status, 200);
  EXPECT_EQ(State(*api_)["item"]["id"], "flood_deaths");
  ASSERT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 200);
  EXPECT_EQ(State(*api_)["item"]["id"], "flood_55");  // the skip undone
  ASSERT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 200);
  EXPECT_EQ(OnDisk("flood_40").DebugString(), before.DebugString());
  EXPECT_EQ(State(*api_)["item"]["id"], "flood_40");
  EXPECT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 409);
}

TEST_F(ReviewApiTest, ProgressUnderEachFilterFollowsEveryDecision) {
  // {done, left, skipped} for a filter, as the page asks for it.
  const auto progress = [&](const std::string& key, const std::string& value) {
    HttpRequest r = Get("/api/state");
    if (!key.empty()) r.params[key] = value;
    const Json p = Json::parse(api_->Handle(r).body)["progress"];
    return std::vector<int>{p["done"], p["left"], p["skipped"]};
  };
  using V = std::vector<int>;
  // Asked once before the decisions, so each count is kept, not recounted.
  EXPECT_EQ(progress("", ""), V({0, 4, 0}));
  EXPECT_EQ(progress("verdict", "CONFLICT"), V({0, 2, 0}));
  EXPECT_EQ(progress("attribute", "duration"), V({0, 2, 0}));
  EXPECT_EQ(progress("attribute", "deaths"), V({0, 1, 0}));

  // Rejecting flood_40 ends the conflict: flood_55 stands alone.
  ASSERT_EQ(DecideCurrent(*api_, "reject").status, 200);
  EXPECT_EQ(progress("", ""), V({1, 3, 0}));
  EXPECT_EQ(progress("verdict", "CONFLICT"), V({0, 0, 0}));
  EXPECT_EQ(progress("attribute", "duration"), V({1, 1, 0}));
  // The least confident link is next: the death toll, skipped.
  ASSERT_EQ(State(*api_)["item"]["id"], "flood_deaths");
  ASSERT_EQ(DecideCurrent(*api_, "skip").status, 200);
  EXPECT_EQ(progress("", ""), V({1, 3, 1}));
  EXPECT_EQ(progress("attribute", "deaths"), V({0, 1, 1}));

  // Undoing both brings every count back.
  ASSERT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 200);
  ASSERT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 200);
  EXPECT_EQ(progress("", ""), V({0, 4, 0}));
  EXPECT_EQ(progress("verdict", "CONFLICT"), V({0, 2, 0}));
  EXPECT_EQ(progress("attribute", "duration"), V({0, 2, 0}));
  EXPECT_EQ(progress("attribute", "deaths"), V({0, 1, 0}));
}

TEST_F(ReviewApiTest, SkipsAndUndoSurviveARestart) {
  ASSERT_EQ(DecideCurrent(*api_, "skip").status, 200);    // flood_40
  ASSERT_EQ(DecideCurrent(*api_, "reject").status, 200);  // flood_55
  api_.reset();  // a restart: the old server is gone, its journal free
  api_ = OpenApi(dir_ + "/docs");
  Json state = State(*api_);
  EXPECT_EQ(state["item"]["id"], "flood_deaths");
  EXPECT_EQ(state["progress"]["done"], 1);
  EXPECT_EQ(state["progress"]["left"], 3);
  EXPECT_EQ(state["progress"]["skipped"], 1);
  // Undo reaches the decisions taken before the restart, newest first.
  ASSERT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 200);
  EXPECT_EQ(OnDisk("flood_55").status(), EXTRACTED);
  EXPECT_EQ(State(*api_)["item"]["id"], "flood_55");
  ASSERT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 200);
  state = State(*api_);
  EXPECT_EQ(state["item"]["id"], "flood_40");
  EXPECT_EQ(state["progress"]["skipped"], 0);
  EXPECT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 409);
}

TEST_F(ReviewApiTest, ADecisionKilledBeforeItsFileWriteIsNotUndoneLater) {
  // What a kill -9 between the journal append and the claim write leaves:
  // the step in the journal, the claim file as before.
  const Claim flood_40 = OnDisk("flood_40");
  api_.reset();
  {
    ReviewJournal journal =
        ReviewJournal::Open(ReviewJournalPath(dir_ + "/base")).value();
    ReviewStep step{ReviewStep::kChange, "flood_40", flood_40, flood_40};
    step.after.set_status(CONFIRMED);
    ASSERT_TRUE(journal.Push(step).ok());
  }
  api_ = OpenApi(dir_ + "/docs");
  EXPECT_EQ(State(*api_)["item"]["id"], "flood_40");  // still undecided
  HttpResponse r = api_->Handle(Post("/api/undo", Json::object()));
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("nothing to undo"));
  EXPECT_EQ(OnDisk("flood_40").DebugString(), flood_40.DebugString());
}

TEST_F(ReviewApiTest, UndoLeavesAClaimChangedElsewhereAlone) {
  ASSERT_EQ(DecideCurrent(*api_, "accept").status, 200);  // flood_40
  // Another reviewer rejects it afterwards, from their own server.
  Claim theirs = OnDisk("flood_40");
  const std::string version = ClaimVersion(theirs);
  theirs.set_status(REJECTED);
  ASSERT_TRUE(WriteReviewedClaim(dir_ + "/base/flood.textproto", "flood_40",
                                 version, &theirs)
                  .ok());
  api_.reset();
  api_ = OpenApi(dir_ + "/docs");
  HttpResponse r = api_->Handle(Post("/api/undo", Json::object()));
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("changed elsewhere"));
  EXPECT_EQ(OnDisk("flood_40").status(), REJECTED);  // their decision stays
  // The step is gone from the history.
  EXPECT_EQ(api_->Handle(Post("/api/undo", Json::object())).status, 409);
}

TEST_F(ReviewApiTest, AddsAMissedClaimFromASelection) {
  // "90 wounded" selected in the context of flood_deaths: bytes 117..127.
  ASSERT_EQ(DecideCurrent(*api_, "skip").status, 200);
  ASSERT_EQ(DecideCurrent(*api_, "skip").status, 200);
  ASSERT_EQ(State(*api_)["item"]["id"], "flood_deaths");
  HttpResponse r = api_->Handle(Post("/api/add", {{"near", "flood_deaths"},
                                                  {"begin", 117},
                                                  {"end", 127},
                                                  {"entity", "millbrook_flood"},
                                                  {"attribute", "wounded"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  const Claim claim = OnDisk("flood_117_119");
  EXPECT_EQ(claim.status(), CORRECTED);
  EXPECT_EQ(claim.text(), "90");
  EXPECT_EQ(claim.quantity().value(), 90);
  EXPECT_EQ(claim.provenance().begin(), 117u);
  EXPECT_EQ(claim.provenance().end(), 119u);
  EXPECT_EQ(claim.source(), "report");
  // The quote holds the figure where the provenance says.
  const std::string text(kFloodText);
  EXPECT_EQ(text.substr(claim.provenance().quote_begin(),
                        claim.provenance().quote().size()),
            claim.provenance().quote());
  // A selection outside the shown text is refused.
  r = api_->Handle(Post("/api/add", {{"near", "flood_deaths"},
                                     {"begin", 0},
                                     {"end", 9000},
                                     {"entity", "millbrook_flood"},
                                     {"attribute", "wounded"}}));
  EXPECT_EQ(r.status, 400);
}

TEST_F(ReviewApiTest, TheSecondReviewerOfAChangedClaimIsRefused) {
  auto second = OpenApi(dir_ + "/docs");  // a second server, same base
  const Json seen_by_second = State(*second);
  ASSERT_EQ(DecideCurrent(*api_, "accept").status, 200);
  HttpResponse r = second->Handle(
      Post("/api/decide", {{"id", seen_by_second["item"]["id"]},
                           {"version", seen_by_second["item"]["version"]},
                           {"action", "reject"}}));
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("changed by someone else"));
  EXPECT_EQ(OnDisk("flood_40").status(), CONFIRMED);
  // Its session now shows the first reviewer's decision.
  EXPECT_EQ(State(*second)["item"]["id"], "flood_55");
}

TEST_F(ReviewApiTest, AStaleVersionFromThePageIsRefused) {
  const Json state = State(*api_);
  HttpResponse r = api_->Handle(
      Post("/api/decide",
           {{"id", "flood_40"}, {"version", "stale"}, {"action", "accept"}}));
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(OnDisk("flood_40").status(), EXTRACTED);
}

TEST_F(ReviewApiTest, WritesWithoutTheTokenOrFromAnotherSiteAreRefused) {
  HttpRequest no_token =
      Post("/api/decide", {{"id", "flood_40"}, {"action", "accept"}});
  no_token.headers.erase("x-checker-token");
  EXPECT_EQ(api_->Handle(no_token).status, 403);
  HttpRequest wrong = no_token;
  wrong.headers["x-checker-token"] = "guess";
  EXPECT_EQ(api_->Handle(wrong).status, 403);
  HttpRequest foreign = Post("/api/undo", Json::object());
  foreign.headers["origin"] = "http://evil.example";
  EXPECT_EQ(api_->Handle(foreign).status, 403);
  HttpRequest form = Post("/api/undo", Json::object());
  form.headers["content-type"] = "text/plain";
  EXPECT_EQ(api_->Handle(form).status, 415);
  HttpRequest rebound = Get("/api/state");
  rebound.headers["host"] = "evil.example:4000";
  EXPECT_EQ(api_->Handle(rebound).status, 403);
  EXPECT_EQ(OnDisk("flood_40").status(), EXTRACTED);
}

TEST_F(ReviewApiTest, FiltersNarrowTheQueue) {
  HttpRequest r = Get("/api/state");
  r.params["attribute"] = "deaths";
  Json state = Json::parse(api_->Handle(r).body);
  EXPECT_EQ(state["item"]["id"], "flood_deaths");
  EXPECT_EQ(state["progress"]["left"], 1);
  r.params = {{"verdict", "CONFLICT"}, {"status", "CONFIRMED"}};
  state = Json::parse(api_->Handle(r).body);
  EXPECT_TRUE(state["item"].is_null());
}

TEST_F(ReviewApiTest, TheGazetteerComesOnlyWhenAsked) {
  EXPECT_FALSE(State(*api_).contains("gazetteer"));
  HttpRequest r = Get("/api/state");
  r.params["gazetteer"] = "1";
  const Json g = Json::parse(api_->Handle(r).body)["gazetteer"];
  ASSERT_EQ(g["entities"].size(), 2u);
  EXPECT_EQ(g["entities"][0]["id"], "millbrook_flood");
  EXPECT_EQ(g["entities"][0]["name"], "Millbrook flood");
  EXPECT_EQ(g["attributes"].size(), 4u);
  EXPECT_EQ(g["documents"], Json::array({"flood.txt"}));
}

TEST_F(ReviewApiTest, ThePageCarriesTheTokenAndItsAssets) {
  HttpResponse page = api_->Handle(Get("/"));
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body,
              HasSubstr("<meta name=\"checker-token\" content=\"t0ken\">"));
  EXPECT_THAT(page.body, HasSubstr("<script src=\"/review.js\">"));
  EXPECT_EQ(api_->Handle(Get("/review.js")).content_type,
            "text/javascript; charset=utf-8");
  EXPECT_EQ(api_->Handle(Get("/nothing")).status, 404);
}

}  // namespace
}  // namespace checker

namespace checker {
namespace {

TEST(ReviewSessionOpenTest, ABrokenClaimFileStopsTheSessionWithItsLocation) {
  const std::string dir = WriteFloodBase();
  ASSERT_TRUE(
      WriteFileAtomically(dir + "/base/broken.textproto",
                          "claim {\n  id: \"x\"\n  colour: \"red\"\n}\n")
          .ok());
  IssueList issues;
  auto session = ReviewSession::Open(dir + "/base", "", &issues);
  EXPECT_TRUE(absl::IsInvalidArgument(session.status())) << session.status();
  EXPECT_THAT(std::string(session.status().message()),
              HasSubstr("fix them (see `checker lint`)"));
  ASSERT_FALSE(issues.empty());
  EXPECT_THAT(issues.issues()[0].location.file, HasSubstr("broken.textproto"));
  EXPECT_EQ(issues.issues()[0].location.line, 3);
}

TEST(ReviewSessionOpenTest, TheBinaryFormIsRefused) {
  IssueList issues;
  auto session = ReviewSession::Open("base.binpb", "", &issues);
  EXPECT_TRUE(absl::IsInvalidArgument(session.status()));
  EXPECT_THAT(std::string(session.status().message()),
              HasSubstr("textproto claim base directory"));
}

}  // namespace
}  // namespace checker

#include "checker/review/review_api.h"

#include <algorithm>
#include <random>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/review/claim_writer.h"
#include "checker/review/review_assets.h"
#include "google/protobuf/util/json_util.h"
#include "nlohmann/json.hpp"

namespace checker {
namespace {

using Json = nlohmann::json;

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

HttpResponse JsonResponse(int status, const Json& json) {
  return HttpResponse{status, "application/json", Dump(json)};
}

HttpResponse Error(int status, absl::string_view message) {
  return JsonResponse(status, Json{{"error", std::string(message)}});
}

int HttpStatusOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
      return 400;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kFailedPrecondition:
      return 409;
    default:
      return 500;
  }
}

Json ProtoJson(const google::protobuf::Message& message) {
  std::string text;
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  if (!google::protobuf::util::MessageToJsonString(message, &text, options)
           .ok()) {
    return Json::object();
  }
  return Json::parse(text, nullptr, false);
}

std::string StringField(const Json& json, const char* key) {
  auto it = json.find(key);
  return it != json.end() && it->is_string() ? it->get<std::string>() : "";
}

QueueFilter FilterFrom(const std::map<std::string, std::string>& params) {
  QueueFilter filter;
  auto get = [&](const char* key, std::string* out) {
    auto it = params.find(key);
    if (it != params.end()) *out = it->second;
  };
  get("document", &filter.document);
  get("entity", &filter.entity);
  get("attribute", &filter.attribute);
  get("status", &filter.status);
  get("verdict", &filter.verdict);
  return filter;
}

QueueFilter FilterFrom(const Json& json) {
  std::map<std::string, std::string> params;
  if (json.is_object()) {
    for (const auto& [key, value] : json.items()) {
      if (value.is_string()) params[key] = value.get<std::string>();
    }
  }
  return FilterFrom(params);
}

std::map<std::string, std::string> QualifiersFrom(const Json& json) {
  std::map<std::string, std::string> out;
  if (!json.is_object()) return out;
  for (const auto& [key, value] : json.items()) {
    if (value.is_string()) out[key] = value.get<std::string>();
  }
  return out;
}

Json SourceTitle(const ReviewSession& session, const std::string& id) {
  const Source* source = session.base().FindSource(id);
  if (source == nullptr) return id;
  std::string label = source->title().empty() ? id : source->title();
  if (source->year() != 0) absl::StrAppend(&label, ", ", source->year());
  return label;
}

Json ItemJson(ReviewSession& session, const Claim& claim) {
  const ClaimContext context = session.ContextFor(claim);
  const Verdict verdict = session.VerdictOf(claim.id());
  return Json{
      {"id", claim.id()},
      {"version", ClaimVersion(claim)},
      {"file", session.FileOf(claim)},
      {"verdict",
       verdict == VERDICT_UNSPECIFIED ? "NONE" : Verdict_Name(verdict)},
      {"source_title", SourceTitle(session, claim.source())},
      {"claim", ProtoJson(claim)},
      {"context",
       {{"before", context.before},
        {"figure", context.figure},
        {"after", context.after},
        {"begin", context.begin},
        {"from_document", context.from_document}}},
  };
}

Json FindingsJson(const Report& report) {
  Json findings = Json::array();
  for (const Finding& f : report.finding()) {
    Json claims = Json::array();
    for (const FindingClaim& c : f.claim()) {
      claims.push_back({{"id", c.claim()},
                        {"text", c.text()},
                        {"source", c.source()},
                        {"status", CurationStatus_Name(c.status())}});
    }
    findings.push_back({{"verdict", Verdict_Name(f.verdict())},
                        {"subject", ProtoJson(f.subject())},
                        {"rule", f.rule()},
                        {"explanation", f.explanation()},
                        {"claims", claims}});
  }
  return findings;
}

Json GazetteerJson(const ClaimBase& base) {
  Json entities = Json::array();
  for (const Entity& e : base.entities) {
    entities.push_back(
        {{"id", e.id()}, {"name", e.name().empty() ? e.id() : e.name(0)}});
  }
  Json attributes = Json::array();
  for (const Attribute& a : base.attributes) {
    attributes.push_back(
        {{"id", a.id()}, {"kind", ValueKind_Name(a.value_kind())}});
  }
  std::vector<std::string> documents;
  for (const Claim& c : base.claims) {
    documents.push_back(c.provenance().document());
  }
  std::sort(documents.begin(), documents.end());
  documents.erase(std::unique(documents.begin(), documents.end()),
                  documents.end());
  return Json{{"entities", entities},
              {"attributes", attributes},
              {"documents", documents}};
}

Json StateJson(ReviewSession& session, const QueueFilter& filter) {
  const Progress progress = session.ProgressOf(filter);
  Json state = {{"progress",
                 {{"done", progress.done},
                  {"left", progress.left},
                  {"skipped", progress.skipped}}}};
  const Claim* current = session.Current(filter);
  if (current == nullptr) {
    state["item"] = nullptr;
    state["findings"] = Json::array();
  } else {
    state["item"] = ItemJson(session, *current);
    state["findings"] =
        FindingsJson(session.FindingsOf(current->subject().entity()));
  }
  return state;
}

std::string HeaderOf(const HttpRequest& request, const char* name) {
  auto it = request.headers.find(name);
  return it == request.headers.end() ? "" : it->second;
}

absl::StatusOr<DecisionKind> ParseAction(const std::string& action) {
  if (action == "accept") return DecisionKind::kAccept;
  if (action == "reject") return DecisionKind::kReject;
  if (action == "skip") return DecisionKind::kSkip;
  if (action == "edit") return DecisionKind::kEdit;
  if (action == "note") return DecisionKind::kNote;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown action \"", action,
                   "\"; use accept, reject, skip, edit or note"));
}

}  // namespace

std::string NewSessionToken() {
  std::random_device random;
  std::string token;
  for (int i = 0; i < 4; ++i) {
    absl::StrAppendFormat(&token, "%08x", static_cast<uint32_t>(random()));
  }
  return token;
}

ReviewApi::ReviewApi(std::unique_ptr<ReviewSession> session, std::string token)
    : session_(std::move(session)), token_(std::move(token)) {}

void ReviewApi::SetAllowedHosts(std::vector<std::string> hosts) {
  std::lock_guard<std::mutex> lock(mutex_);
  allowed_hosts_ = std::move(hosts);
}

HttpResponse ReviewApi::Handle(const HttpRequest& request) {
  std::lock_guard<std::mutex> lock(mutex_);
  return HandleLocked(request);
}

HttpResponse ReviewApi::HandleLocked(const HttpRequest& request) {
  const std::string host = HeaderOf(request, "host");
  if (std::find(allowed_hosts_.begin(), allowed_hosts_.end(), host) ==
      allowed_hosts_.end()) {
    return Error(403, absl::StrCat("Host \"", host,
                                   "\" is not this review server's address"));
  }
  if (request.method == "POST") return Post(request);
  if (request.method != "GET") return Error(405, "only GET and POST");
  if (request.path == "/") {
    return HttpResponse{200, "text/html; charset=utf-8", ReviewPage(token_)};
  }
  if (request.path == "/review.js") {
    return HttpResponse{200, "text/javascript; charset=utf-8",
                        std::string(kReviewJs)};
  }
  if (request.path == "/review.css") {
    return HttpResponse{200, "text/css; charset=utf-8",
                        std::string(kReviewCss)};
  }
  if (request.path == "/api/queue") {
    return JsonResponse(
        200, Json{{"ids", session_->QueueIds(FilterFrom(request.params))}});
  }
  if (request.path == "/api/state") {
    Json state = StateJson(*session_, FilterFrom(request.params));
    // The pickers' lists, once per page load: large for a big base.
    if (request.params.contains("gazetteer")) {
      state["gazetteer"] = GazetteerJson(session_->base());
    }
    return JsonResponse(200, state);
  }
  return Error(404, absl::StrCat("no page ", request.path));
}

HttpResponse ReviewApi::Post(const HttpRequest& request) {
  const std::string origin = HeaderOf(request, "origin");
  if (!origin.empty() &&
      std::find_if(allowed_hosts_.begin(), allowed_hosts_.end(),
                   [&](const std::string& h) {
                     return origin == absl::StrCat("http://", h);
                   }) == allowed_hosts_.end()) {
    return Error(403, absl::StrCat("refused a write from origin \"", origin,
                                   "\": only this page may write"));
  }
  if (HeaderOf(request, "x-checker-token") != token_) {
    return Error(403,
                 "refused a write without this session's token; reload the "
                 "page the review server printed");
  }
  if (!absl::StartsWith(HeaderOf(request, "content-type"),
                        "application/json")) {
    return Error(415, "writes take application/json");
  }
  const Json body = Json::parse(request.body, nullptr, false);
  if (!body.is_object()) return Error(400, "the body is not a JSON object");
  const QueueFilter filter = FilterFrom(body.value("filter", Json::object()));

  absl::StatusOr<Outcome> outcome;
  if (request.path == "/api/decide") {
    absl::StatusOr<DecisionKind> kind =
        ParseAction(StringField(body, "action"));
    if (!kind.ok()) return Error(400, kind.status().message());
    Decision decision;
    decision.kind = *kind;
    decision.claim_id = StringField(body, "id");
    decision.version = StringField(body, "version");
    decision.entity = StringField(body, "entity");
    decision.attribute = StringField(body, "attribute");
    decision.value_text = StringField(body, "value");
    if (body.contains("qualifiers")) {
      decision.qualifiers = QualifiersFrom(body["qualifiers"]);
    }
    if (body.contains("note") && body["note"].is_string()) {
      decision.note = body["note"].get<std::string>();
    }
    outcome = session_->Decide(decision);
  } else if (request.path == "/api/add") {
    NewClaim claim;
    claim.near_claim_id = StringField(body, "near");
    claim.begin = body.value("begin", 0u);
    claim.end = body.value("end", 0u);
    claim.entity = StringField(body, "entity");
    claim.attribute = StringField(body, "attribute");
    claim.qualifiers = QualifiersFrom(body.value("qualifiers", Json::object()));
    claim.note = StringField(body, "note");
    outcome = session_->Add(claim);
  } else if (request.path == "/api/undo") {
    outcome = session_->Undo();
  } else {
    return Error(404, absl::StrCat("no action ", request.path));
  }
  if (!outcome.ok()) {
    return Error(HttpStatusOf(outcome.status()), outcome.status().message());
  }
  Json state = StateJson(*session_, filter);
  state["outcome"] = {{"id", outcome->claim_id},
                      {"message", outcome->message},
                      {"changes", outcome->changes}};
  return JsonResponse(200, state);
}

}  // namespace checker

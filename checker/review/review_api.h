// The HTTP API of `checker review`, apart from any socket: requests in,
// responses out, so tests call it in-process and review_server.h only
// adapts cpp-httplib to it.
//
//   ReviewApi api(std::move(session), NewSessionToken());
//   api.SetAllowedHosts({"127.0.0.1:8080", "localhost:8080"});
//   HttpResponse page = api.Handle({.method = "GET", .path = "/"});
//
// Routes (JSON in and out; filters are the QueueFilter fields):
//   GET  /                 the page; /review.js, /review.css its assets
//   GET  /api/state?...    progress, the current item in context, the
//                          findings of its entity; with &gazetteer=1 also
//                          the entities, attributes and documents
//   GET  /api/queue?...    {"ids": [...]}: the claim ids in queue order
//   POST /api/decide       {"id","version","action": accept|reject|skip|
//                          edit|note, "entity","attribute","value",
//                          "qualifiers":{k:v},"note","filter":{...}}
//   POST /api/add          {"near","begin","end","entity","attribute",
//                          "qualifiers","note","filter"}
//   POST /api/undo         {"filter":{...}}
// Every answer to a POST carries the new state, so the page updates from one
// round trip. Security: every request must name an allowed Host (no DNS
// rebinding); a POST must carry the session token in X-Checker-Token, a JSON
// content type, and no foreign Origin (so no cross-site page can write).
// Errors are {"error": "..."} with 400 (bad request), 403 (refused), 404,
// 409 (the claim changed elsewhere), 500 (a write failed).
// Thread-safe: calls are serialized on one mutex.
#ifndef CHECKER_REVIEW_REVIEW_API_H_
#define CHECKER_REVIEW_REVIEW_API_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "checker/review/review_session.h"

namespace checker {

struct HttpRequest {
  std::string method;
  std::string path;
  std::map<std::string, std::string> params;   // query parameters
  std::map<std::string, std::string> headers;  // names in lowercase
  std::string body;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// 32 hex digits from the system's random source.
std::string NewSessionToken();

class ReviewApi {
 public:
  ReviewApi(std::unique_ptr<ReviewSession> session, std::string token);

  // "host:port" values a request's Host header may name.
  void SetAllowedHosts(std::vector<std::string> hosts);
  HttpResponse Handle(const HttpRequest& request);
  const std::string& token() const { return token_; }

 private:
  HttpResponse HandleLocked(const HttpRequest& request);
  HttpResponse Post(const HttpRequest& request);

  std::mutex mutex_;
  std::unique_ptr<ReviewSession> session_;
  std::string token_;
  std::vector<std::string> allowed_hosts_;
};

}  // namespace checker

#endif  // CHECKER_REVIEW_REVIEW_API_H_

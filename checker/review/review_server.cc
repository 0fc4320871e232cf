#include "checker/review/review_server.h"

#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "httplib.h"

namespace checker {
namespace {

HttpRequest FromHttplib(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  out.path = in.path;
  for (const auto& [key, value] : in.params) out.params[key] = value;
  for (const auto& [key, value] : in.headers) {
    out.headers[absl::AsciiStrToLower(key)] = value;
  }
  out.body = in.body;
  return out;
}

void ToHttplib(const HttpResponse& in, httplib::Response* out) {
  out->status = in.status;
  out->set_content(in.body, in.content_type.c_str());
  // Only the page's own files run; nothing is framed or sniffed.
  out->set_header("Content-Security-Policy",
                  "default-src 'none'; script-src 'self'; style-src 'self'; "
                  "connect-src 'self'; frame-ancestors 'none'; "
                  "base-uri 'none'; form-action 'none'");
  out->set_header("X-Content-Type-Options", "nosniff");
  out->set_header("Cache-Control", "no-store");
  out->set_header("Referrer-Policy", "no-referrer");
}

}  // namespace

ReviewServer::ReviewServer(ReviewApi* api)
    : api_(api), server_(std::make_unique<httplib::Server>()) {
  auto handler = [this](const httplib::Request& request,
                        httplib::Response& response) {
    ToHttplib(api_->Handle(FromHttplib(request)), &response);
  };
  server_->Get(".*", handler);
  server_->Post(".*", handler);
  server_->Put(".*", handler);
  server_->Delete(".*", handler);
}

ReviewServer::~ReviewServer() = default;

absl::StatusOr<int> ReviewServer::Bind(const std::string& host, int port) {
  host_ = host;
  if (port == 0) {
    port_ = server_->bind_to_any_port(host);
  } else {
    port_ = server_->bind_to_port(host, port) ? port : -1;
  }
  if (port_ <= 0) {
    return absl::UnavailableError(absl::StrCat(
        "could not listen on ", host, ":", port,
        port == 0 ? "" : " (in use? try another --port, or none for any)"));
  }
  std::vector<std::string> hosts = {absl::StrCat(host, ":", port_)};
  if (host == "127.0.0.1") hosts.push_back(absl::StrCat("localhost:", port_));
  api_->SetAllowedHosts(std::move(hosts));
  return port_;
}

std::string ReviewServer::Url() const {
  return absl::StrCat("http://", host_, ":", port_, "/");
}

bool ReviewServer::Serve() { return server_->listen_after_bind(); }

void ReviewServer::Stop() { server_->stop(); }

}  // namespace checker

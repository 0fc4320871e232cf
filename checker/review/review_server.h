// The HTTP server of `checker review`: cpp-httplib serving a ReviewApi.
//
//   ReviewServer server(&api);
//   absl::StatusOr<int> port = server.Bind("127.0.0.1", 0);  // 0: any port
//   std::cout << server.Url() << "\n";
//   server.Serve();  // blocks until Stop()
//
// Bind also tells the api which Host headers name this server. Stop may be
// called from another thread.
#ifndef CHECKER_REVIEW_REVIEW_SERVER_H_
#define CHECKER_REVIEW_REVIEW_SERVER_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "checker/review/review_api.h"

namespace httplib {
class Server;
}

namespace checker {

class ReviewServer {
 public:
  // `api` must outlive the server.
  explicit ReviewServer(ReviewApi* api);
  ~ReviewServer();
  ReviewServer(const ReviewServer&) = delete;
  ReviewServer& operator=(const ReviewServer&) = delete;

  // Binds `host`:`port` (0 picks a free port) and returns the port.
  absl::StatusOr<int> Bind(const std::string& host, int port);
  std::string Url() const;
  // Serves until Stop(); false if the server failed.
  bool Serve();
  void Stop();

 private:
  ReviewApi* api_;
  std::unique_ptr<httplib::Server> server_;
  std::string host_;
  int port_ = 0;
};

}  // namespace checker

#endif  // CHECKER_REVIEW_REVIEW_SERVER_H_

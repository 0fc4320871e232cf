// Status propagation macros. Debian 12's Abseil lacks status_macros.h, so
// checker carries the two it needs (shaped like cel-cpp's internal ones).
//
//   CHECKER_RETURN_IF_ERROR(WriteFile(path, data));
//   CHECKER_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
#ifndef CHECKER_BASE_STATUS_MACROS_H_
#define CHECKER_BASE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define CHECKER_RETURN_IF_ERROR(expr)                  \
  do {                                                 \
    const ::absl::Status _checker_status = (expr);     \
    if (!_checker_status.ok()) return _checker_status; \
  } while (0)

#define CHECKER_STATUS_CONCAT_INNER_(a, b) a##b
#define CHECKER_STATUS_CONCAT_(a, b) CHECKER_STATUS_CONCAT_INNER_(a, b)

#define CHECKER_ASSIGN_OR_RETURN(lhs, expr) \
  CHECKER_ASSIGN_OR_RETURN_IMPL_(           \
      CHECKER_STATUS_CONCAT_(_checker_statusor_, __LINE__), lhs, expr)

#define CHECKER_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                   \
  if (!statusor.ok()) return std::move(statusor).status();  \
  lhs = *std::move(statusor)

#endif  // CHECKER_BASE_STATUS_MACROS_H_

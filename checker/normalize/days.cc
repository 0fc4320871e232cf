#include "checker/normalize/days.h"

#include <cmath>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "date/date.h"

namespace checker {

int64_t AddMonths(int64_t day, int months) {
  date::year_month_day ymd{date::sys_days{date::days{day}}};
  date::year_month_day moved = ymd + date::months{months};
  if (!moved.ok()) {
    moved = moved.year() / moved.month() / date::last;
  }
  return date::sys_days{moved}.time_since_epoch().count();
}

}  // namespace checker

// libFuzzer target: arbitrary bytes through the extractor. Invalid UTF-8 must
// come back as an error, never a crash; every mention's span must lie inside
// the input, in order and without overlap.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "absl/strings/string_view.h"
#include "checker/extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view text(reinterpret_cast<const char*>(data), size);
  checker::ExtractOptions options;
  options.reference_date =
      date::sys_days{date::year{1953} / date::March / date::day{6}};
  absl::StatusOr<std::vector<checker::Mention>> mentions =
      checker::ExtractMentions(text, options);
  if (!mentions.ok()) return 0;
  uint32_t previous_end = 0;
  for (const checker::Mention& m : *mentions) {
    if (m.begin > m.end || m.end > size || m.begin < previous_end) std::abort();
    previous_end = m.end;
  }
  return 0;
}

#include "checker/report/interval_axis.h"

#include <cmath>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/base/escape.h"

namespace checker {
namespace {

constexpr double kWidth = 640;
constexpr double kPlotLeft = 190;
constexpr double kPlotRight = 620;
constexpr double kRowHeight = 22;
constexpr double kTop = 6;

// The smallest and largest finite bound of the group, with their text.
struct Extent {
  bool any = false;
  double low = 0, high = 0;
  std::string low_text, high_text;

  void Add(double value, const std::string& text) {
    if (!std::isfinite(value)) return;
    if (!any || value < low) low = value, low_text = text;
    if (!any || value > high) high = value, high_text = text;
    any = true;
  }
};

// Maps values to x, with a margin so points at the extremes stay visible.
class Scale {
 public:
  explicit Scale(const Extent& extent) {
    double span = extent.high - extent.low;
    double pad =
        span > 0 ? span * 0.06 : std::max(std::fabs(extent.low) * 0.05, 1.0);
    low_ = extent.low - pad;
    high_ = extent.high + pad;
  }
  double X(double value) const {
    return kPlotLeft +
           (value - low_) / (high_ - low_) * (kPlotRight - kPlotLeft);
  }

 private:
  double low_ = 0, high_ = 1;
};

std::string Num(double value) { return absl::StrFormat("%.1f", value); }

// At most kLabelChars code points, with "…", so that the label and a year
// fit the label column.
constexpr int kLabelChars = 20;
std::string ClipLabel(const std::string& label) {
  int chars = 0;
  for (size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;
    if (++chars > kLabelChars) return absl::StrCat(label.substr(0, i), "…");
  }
  return label;
}

std::string ClaimRow(const FindingClaim& claim, const ReportContext& context,
                     const Scale& scale, double y) {
  const Interval& interval = claim.interval();
  std::string label =
      absl::StrCat(ClipLabel(context.SourceAuthor(claim.source())), " ",
                   context.SourceYear(claim.source()));
  std::string hover =
      absl::StrCat(claim.text(), " — ", context.IntervalText(claim));
  std::string row =
      absl::StrCat("<g class=\"row\"><title>", HtmlEscape(hover),
                   "</title><text x=\"4\" y=\"", Num(y + 4),
                   "\" class=\"lbl\">", HtmlEscape(label), "</text>");
  bool has_low = interval.has_low() && std::isfinite(interval.low());
  bool has_high = interval.has_high() && std::isfinite(interval.high());
  if (has_low && has_high && interval.low() == interval.high()) {
    absl::StrAppend(&row, "<circle class=\"pt\" cx=\"",
                    Num(scale.X(interval.low())), "\" cy=\"", Num(y),
                    "\" r=\"5\"/></g>");
    return row;
  }
  double x1 = has_low ? scale.X(interval.low()) : kPlotLeft;
  double x2 = has_high ? scale.X(interval.high()) : kPlotRight;
  absl::StrAppend(&row, "<rect class=\"bar\" x=\"", Num(x1), "\" y=\"",
                  Num(y - 4), "\" width=\"", Num(std::max(x2 - x1, 2.0)),
                  "\" height=\"8\" rx=\"2\"/>");
  if (!has_low) {
    absl::StrAppend(&row, "<path class=\"arrow\" d=\"M", Num(kPlotLeft - 6),
                    " ", Num(y), " L", Num(kPlotLeft + 4), " ", Num(y - 7),
                    " L", Num(kPlotLeft + 4), " ", Num(y + 7), " Z\"/>");
  }
  if (!has_high) {
    absl::StrAppend(&row, "<path class=\"arrow\" d=\"M", Num(kPlotRight + 6),
                    " ", Num(y), " L", Num(kPlotRight - 4), " ", Num(y - 7),
                    " L", Num(kPlotRight - 4), " ", Num(y + 7), " Z\"/>");
  }
  absl::StrAppend(&row, "</g>");
  return row;
}

}  // namespace

std::string IntervalAxisSvg(const SubjectGroup& group,
                            const ReportContext& context) {
  Extent extent;
  for (const FindingClaim* claim : group.claims) {
    const Interval& interval = claim->interval();
    if (interval.has_low()) extent.Add(interval.low(), LowText(interval));
    if (interval.has_high()) extent.Add(interval.high(), HighText(interval));
  }
  if (!extent.any) return "";
  Scale scale(extent);
  double axis_y =
      kTop + kRowHeight * static_cast<double>(group.claims.size()) + 4;
  double height = axis_y + 22;
  std::string svg = absl::StrCat(
      "<svg class=\"axis\" viewBox=\"0 0 ", Num(kWidth), " ", Num(height),
      "\" role=\"img\" aria-label=\"Intervals of ", group.claims.size(),
      group.claims.size() == 1 ? " claim" : " claims", " on one axis\">");
  double y = kTop + kRowHeight / 2;
  for (const FindingClaim* claim : group.claims) {
    absl::StrAppend(&svg, ClaimRow(*claim, context, scale, y));
    y += kRowHeight;
  }
  double x_low = scale.X(extent.low), x_high = scale.X(extent.high);
  absl::StrAppend(
      &svg, "<line class=\"rule\" x1=\"", Num(kPlotLeft), "\" y1=\"",
      Num(axis_y), "\" x2=\"", Num(kPlotRight), "\" y2=\"", Num(axis_y),
      "\"/><text class=\"tick\" x=\"", Num(x_low), "\" y=\"", Num(axis_y + 16),
      "\" text-anchor=\"start\">", HtmlEscape(extent.low_text), "</text>");
  if (extent.high != extent.low) {
    absl::StrAppend(&svg, "<text class=\"tick\" x=\"", Num(x_high), "\" y=\"",
                    Num(axis_y + 16), "\" text-anchor=\"end\">",
                    HtmlEscape(extent.high_text), "</text>");
  }
  absl::StrAppend(&svg, "</svg>");
  return svg;
}

}  // namespace checker

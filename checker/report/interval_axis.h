// The picture of a subject in report.html: an inline SVG with one row per
// claim, each claim's interval drawn as a bar on one shared axis, so a reader
// sees overlap or a gap at a glance. A closed point is a dot; an open bound
// is an arrow running to the edge of the axis. The axis is labelled with the
// lowest and highest bounds as written. Every text is HTML-escaped.
//
//   *out << IntervalAxisSvg(group, context);
#ifndef CHECKER_REPORT_INTERVAL_AXIS_H_
#define CHECKER_REPORT_INTERVAL_AXIS_H_

#include <string>

#include "checker/report/report_text.h"

namespace checker {

// The <svg> element; "" when no claim of the group has a finite bound.
std::string IntervalAxisSvg(const SubjectGroup& group,
                            const ReportContext& context);

}  // namespace checker

#endif  // CHECKER_REPORT_INTERVAL_AXIS_H_

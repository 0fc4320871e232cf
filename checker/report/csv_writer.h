// findings.csv (one row per finding) and claims.csv (one row per claim that
// takes part in a finding), for spreadsheets. RFC 4180: CRLF line ends, a
// header row, fields quoted when needed. Text cells beginning with
// = + - @ TAB or CR are neutralized with a leading ' (see CsvText); day
// intervals are also given in EDTF ("1953-03-05/1953-03-06").
//
//   WriteFindingsCsv(report, context, &out);
#ifndef CHECKER_REPORT_CSV_WRITER_H_
#define CHECKER_REPORT_CSV_WRITER_H_

#include <ostream>

#include "checker/report/report_text.h"
#include "proto/finding.pb.h"

namespace checker {

// Columns: finding_id, verdict, cause, severity, rule, entity, attribute,
// qualifiers, claims, independent_sources, sources, explanation, waived,
// waiver_note, tier_note. In report order.
void WriteFindingsCsv(const Report& report, const ReportContext& context,
                      std::ostream* out);

// Columns: claim_id, finding_ids (space-separated), verdict, entity,
// attribute, qualifiers, source, citation, voice, text, hedge, interval,
// low, high, edtf, derivation, status, document, begin, end, page, quote.
// A claim in several findings is one row; rows follow the Markdown order.
void WriteClaimsCsv(const Report& report, const ReportContext& context,
                    std::ostream* out);

}  // namespace checker

#endif  // CHECKER_REPORT_CSV_WRITER_H_

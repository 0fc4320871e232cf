// The inline style sheet and script of report.html. The page loads nothing
// else: no network, no external fonts. The script only toggles the `hidden`
// attribute of findings by verdict (the checkboxes, preset from the URL's
// `?verdict=CONFLICT,VARYING`), then marks <body data-filter-ready>, which the
// headless-browser test reads to know it ran without error.
#ifndef CHECKER_REPORT_HTML_ASSETS_H_
#define CHECKER_REPORT_HTML_ASSETS_H_

#include "absl/strings/string_view.h"

namespace checker {

inline constexpr absl::string_view kReportCss = R"css(
:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#666;--line:#d0d0d0;
--conflict:#c62828;--varying:#e08a00;--consistent:#2e7d32;--single:#607d8b;--bar:#3b6fb6}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161618;--muted:#aaa;--line:#444;--bar:#7fa7e0}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:0 0 .6rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
.summary{width:auto;min-width:18rem}.summary td:last-child{text-align:right}
.wrap{overflow-x:auto}
.filter{border:1px solid var(--line);border-radius:.4rem;margin:1rem 0;padding:.4rem .8rem}
.filter label{display:inline-block;margin:.2rem 1rem .2rem 0;white-space:nowrap}
.subject{border:1px solid var(--line);border-left:6px solid var(--single);border-radius:.4rem;margin:1.2rem 0;padding:.8rem 1rem}
.subject[data-verdict=CONFLICT]{border-left-color:var(--conflict)}
.subject[data-verdict=VARYING]{border-left-color:var(--varying)}
.subject[data-verdict=CONSISTENT]{border-left-color:var(--consistent)}
.badge{font-size:.8rem;border-radius:1rem;padding:.05rem .55rem;color:#fff;background:var(--single);white-space:nowrap}
.badge.CONFLICT{background:var(--conflict)}.badge.VARYING{background:var(--varying)}.badge.CONSISTENT{background:var(--consistent)}
.finding{margin-top:.7rem}.finding p{margin:.25rem 0}.meta{color:var(--muted);font-size:.88rem}
svg.axis{width:100%;height:auto;max-width:40rem;display:block;margin:.3rem 0 .6rem}
svg .lbl,svg .tick{font-size:12px;fill:var(--fg)}svg .bar,svg .arrow,svg .pt{fill:var(--bar);fill-opacity:.75}
svg .rule{stroke:var(--muted)}
@media (max-width:40rem){body{padding:.5rem;font-size:15px}.subject{padding:.6rem}
.claims thead{display:none}.claims tr{display:block;border-bottom:1px solid var(--line);padding:.3rem 0}
.claims td{display:flex;gap:.6rem;border:0;padding:.05rem 0}.claims td:empty{display:none}
.claims td::before{content:attr(data-label);flex:0 0 4.5rem;color:var(--muted)}}
)css";

inline constexpr absl::string_view kReportScript = R"js(
(function () {
  var boxes = document.querySelectorAll('input[data-filter]');
  // report.html?verdict=CONFLICT,VARYING opens with only those shown.
  var only = new URLSearchParams(window.location.search).get('verdict');
  if (only) {
    var wanted = only.split(',');
    boxes.forEach(function (box) {
      box.checked = wanted.indexOf(box.getAttribute('data-filter')) >= 0;
    });
  }
  function apply() {
    var shown = {};
    boxes.forEach(function (box) {
      shown[box.getAttribute('data-filter')] = box.checked;
    });
    document.querySelectorAll('.finding').forEach(function (finding) {
      finding.hidden = !shown[finding.getAttribute('data-verdict')];
    });
    document.querySelectorAll('section.subject').forEach(function (section) {
      section.hidden = !section.querySelector('.finding:not([hidden])');
    });
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  apply();
  document.body.setAttribute('data-filter-ready', 'true');
})();
)js";

}  // namespace checker

#endif  // CHECKER_REPORT_HTML_ASSETS_H_

// The page of `checker review`: HTML, style sheet and script, embedded in
// the binary (no CDN, no build step). The script puts every piece of
// document text into the page through textContent, never as markup, and
// sends the session token (from the page's meta tag) with every write. The
// page allows only its own scripts and styles (Content-Security-Policy in
// review_server.cc), so nothing inline could run even if it were injected.
//
// For the browser tests the script records, on <body>:
//   data-item       id of the claim shown ("" when none is left)
//   data-latency-ms time from the last keystroke to the updated page
// and on window: reviewLatencies (every such time, in order) and
// reviewFetchMs (the request's round trip alone, server work included).
//   data-ready      set once the first state is shown
#ifndef CHECKER_REVIEW_REVIEW_ASSETS_H_
#define CHECKER_REVIEW_REVIEW_ASSETS_H_

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace checker {

inline constexpr absl::string_view kReviewHtmlHead = R"html(<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="checker-token" content=")html";

inline constexpr absl::string_view kReviewHtmlBody = R"html(">
<title>checker review</title><link rel="stylesheet" href="/review.css"></head>
<body>
<header><h1>checker review</h1><div id="progress" aria-live="polite"></div></header>
<form id="filters" class="filters">
<label>document <select id="f-document"><option value="">all</option></select></label>
<label>entity <select id="f-entity"><option value="">all</option></select></label>
<label>attribute <select id="f-attribute"><option value="">all</option></select></label>
<label>status <select id="f-status"><option value="EXTRACTED">unreviewed</option><option value="">any</option><option value="CONFIRMED">CONFIRMED</option><option value="CORRECTED">CORRECTED</option><option value="REJECTED">REJECTED</option></select></label>
<label>verdict <select id="f-verdict"><option value="">any</option><option value="CONFLICT">CONFLICT</option><option value="VARYING">VARYING</option><option value="CONSISTENT">CONSISTENT</option><option value="SINGLE_SOURCE">SINGLE_SOURCE</option><option value="NONE">in no finding</option></select></label>
</form>
<main>
<section id="item" aria-label="candidate">
<div id="empty" hidden>Nothing left to review with these filters.</div>
<div id="card">
<div class="meta"><span id="m-verdict" class="badge"></span> <span id="m-source"></span> <span id="m-page"></span> <span id="m-where" class="muted"></span></div>
<blockquote id="context" title="select a figure here and press c to add it as a claim"><span id="ctx-before"></span><mark id="ctx-figure"></mark><span id="ctx-after"></span></blockquote>
<div id="ctx-origin" class="muted"></div>
<table id="proposal"><tbody>
<tr><th>subject</th><td id="p-entity"></td></tr>
<tr><th>attribute</th><td id="p-attribute"></td></tr>
<tr><th>value</th><td><span id="p-text"></span> <span id="p-value" class="muted"></span></td></tr>
<tr><th>hedge</th><td id="p-hedge"></td></tr>
<tr><th>qualifiers</th><td id="p-qualifiers"></td></tr>
<tr><th>voice</th><td id="p-voice"></td></tr>
<tr><th>status</th><td id="p-status"></td></tr>
<tr><th>note</th><td id="p-note"></td></tr>
<tr><th>link</th><td><span id="p-confidence"></span><ul id="p-reasons"></ul></td></tr>
</tbody></table>
<form id="edit" class="panel" hidden>
<h2 id="edit-title">Correct this claim</h2>
<label>entity <select id="e-entity"></select></label>
<label>attribute <select id="e-attribute"></select></label>
<label>value as written <input id="e-value" autocomplete="off"></label>
<label>qualifiers <input id="e-qualifiers" placeholder="key=value, key=value" autocomplete="off"></label>
<label>note <input id="e-note" autocomplete="off"></label>
<p class="muted"><span id="add-text"></span> Enter saves, Esc cancels.</p>
<button type="submit">save</button> <button type="button" id="e-cancel">cancel</button>
</form>
</div>
<div id="message" role="status"></div>
</section>
<aside id="side">
<h2>Verdicts of <span id="side-entity"></span></h2>
<ul id="findings"></ul>
<h2>Changed by the last decision</h2>
<ul id="changes"><li class="muted">nothing yet</li></ul>
</aside>
</main>
<footer id="keys"><kbd>a</kbd> accept <kbd>r</kbd> reject <kbd>s</kbd> skip <kbd>u</kbd> undo <kbd>e</kbd> edit <kbd>n</kbd> note <kbd>c</kbd> add the selected text as a claim <kbd>Esc</kbd> cancel</footer>
<script src="/review.js"></script>
</body></html>
)html";

// The page, with the session token (hex digits only) in its meta tag.
inline std::string ReviewPage(absl::string_view token) {
  return absl::StrCat(kReviewHtmlHead, token, kReviewHtmlBody);
}

inline constexpr absl::string_view kReviewCss = R"css(
:root{color-scheme:light;--fg:#1d1d1f;--bg:#fff;--muted:#666;--line:#d0d0d0;--mark:#ffe08a;
--conflict:#c62828;--varying:#e08a00;--consistent:#2e7d32;--single:#607d8b}
*{box-sizing:border-box}
body{margin:0 auto;max-width:80rem;padding:.8rem 1rem;font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;align-items:baseline;gap:1.5rem}h1{font-size:1.4rem;margin:0}
h2{font-size:1rem;margin:.4rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.3rem 1rem;border-bottom:1px solid var(--line);padding:.4rem 0;font-size:.9rem}
.filters select{max-width:14rem}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.5rem;margin-top:.8rem}
blockquote{margin:.6rem 0;padding:.7rem 1rem;border-left:4px solid var(--line);background:#f7f7f7;white-space:pre-wrap;font-family:Georgia,serif;font-size:1.05rem}
mark{background:var(--mark);padding:0 .1rem;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th{width:7rem;text-align:left;color:var(--muted);font-weight:normal;vertical-align:top}
td,th{padding:.2rem .4rem;border-bottom:1px solid #eee}
ul{margin:.2rem 0;padding-left:1.2rem}
.muted{color:var(--muted);font-size:.9rem}
.badge{font-size:.8rem;border-radius:1rem;padding:.05rem .55rem;color:#fff;background:var(--single)}
.badge.CONFLICT{background:var(--conflict)}.badge.VARYING{background:var(--varying)}
.badge.CONSISTENT{background:var(--consistent)}.badge.NONE{background:#999}
.panel{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;margin:.6rem 0;background:#fafafa}
.panel label{display:block;margin:.25rem 0}.panel input{width:100%}.panel select{max-width:100%}
#findings li{margin:.3rem 0}
#message{min-height:1.5rem;margin-top:.5rem}#message.error{color:var(--conflict);font-weight:600}
footer{position:sticky;bottom:0;background:var(--bg);border-top:1px solid var(--line);margin-top:1rem;padding:.4rem 0;font-size:.9rem}
kbd{border:1px solid #aaa;border-bottom-width:2px;border-radius:.25rem;padding:0 .35rem;margin:0 .15rem 0 .6rem;font-family:ui-monospace,monospace;background:#f4f4f4}
)css";

inline constexpr absl::string_view kReviewJs = R"js('use strict';
(function () {
  const token = document.querySelector('meta[name="checker-token"]').content;
  const $ = (id) => document.getElementById(id);
  let state = null;
  let mode = null;        // null, 'edit', 'note' or 'add'
  let selection = null;   // {begin, end, text} for 'add'
  let filled = false;
  window.reviewLatencies = [];
  window.reviewFetchMs = [];  // the round trip alone, without the rendering

  function text(id, value) { $(id).textContent = value == null ? '' : String(value); }
  function filter() {
    return {document: $('f-document').value, entity: $('f-entity').value,
            attribute: $('f-attribute').value, status: $('f-status').value,
            verdict: $('f-verdict').value};
  }
  function options(select, items, label) {
    for (const it of items) {
      const o = document.createElement('option');
      o.value = it.id; o.textContent = label(it);
      select.appendChild(o);
    }
  }
  function fillGazetteer(g) {
    if (filled || !g) return;
    filled = true;
    options($('f-document'), g.documents.map((d) => ({id: d})), (d) => d.id);
    options($('f-entity'), g.entities, (e) => e.name + ' (' + e.id + ')');
    options($('f-attribute'), g.attributes, (a) => a.id);
    options($('e-entity'), g.entities, (e) => e.name + ' (' + e.id + ')');
    options($('e-attribute'), g.attributes, (a) => a.id + ' (' + a.kind.replace('VALUE_', '').toLowerCase() + ')');
  }
  function valueText(c) {
    if (c.quantity) {
      const q = c.quantity;
      let s = q.value !== undefined ? '= ' + q.value
          : (q.low !== undefined ? (q.low_exclusive ? '>' : '') + q.low : '') + ' – ' +
            (q.high !== undefined ? (q.high_exclusive ? '<' : '') + q.high : '');
      if (q.vague) s += ' (' + q.vague + ')';
      return s + (q.unit ? ' ' + q.unit : '');
    }
    if (c.date) return '= ' + c.date.earliest + ' … ' + c.date.latest + ' (' + (c.date.precision || '').replace('PRECISION_', '').toLowerCase() + ')';
    if (c.duration) {
      const d = c.duration, lo = d.low_days ?? 'open', hi = d.high_days ?? 'open';
      return '= ' + (lo === hi ? lo : lo + '–' + hi) + ' days';
    }
    if (c.relative_date) {
      const r = c.relative_date;
      return (r.direction || '').toLowerCase() + ' ' + (r.offset ? r.offset.amount + ' ' + (r.offset.unit || '').replace('UNIT_', '').toLowerCase() : '') +
          ' from ' + (r.anchor_claim || ((r.anchor_entity || '?') + ' ' + (r.anchor_attribute || '')));
    }
    return 'no value';
  }
  function qualifierText(q) {
    return Object.keys(q || {}).sort().map((k) => k + '=' + q[k]).join(', ');
  }
  function list(id, items, render) {
    const ul = $(id);
    ul.replaceChildren();
    for (const it of items) {
      const li = document.createElement('li');
      render(li, it);
      ul.appendChild(li);
    }
  }
  function renderFindings(findings, currentId) {
    list('findings', findings, (li, f) => {
      const b = document.createElement('span');
      b.className = 'badge ' + f.verdict; b.textContent = f.verdict;
      li.appendChild(b);
      const q = qualifierText(f.subject.qualifier);
      li.appendChild(document.createTextNode(' ' + f.subject.attribute + (q ? ' {' + q + '}' : '') + ': '));
      li.appendChild(document.createTextNode(f.claims.map((c) => c.text + (c.id === currentId ? ' ◀' : '') +
          (c.status === 'EXTRACTED' ? ' (unreviewed)' : '')).join('; ')));
      const ex = document.createElement('div');
      ex.className = 'muted'; ex.textContent = f.explanation;
      li.appendChild(ex);
    });
    if (!findings.length) list('findings', ['no findings'], (li, t) => { li.className = 'muted'; li.textContent = t; });
  }
  function render(s) {
    state = s;
    fillGazetteer(s.gazetteer);
    const p = s.progress;
    text('progress', p.done + ' done · ' + p.left + ' left' + (p.skipped ? ' (' + p.skipped + ' skipped)' : ''));
    const item = s.item;
    $('empty').hidden = !!item;
    $('card').hidden = !item;
    document.body.dataset.item = item ? item.id : '';
    if (item) {
      const c = item.claim, pr = c.provenance || {}, sub = c.subject || {}, ev = c.evidence || {};
      text('m-verdict', item.verdict === 'NONE' ? 'no finding' : item.verdict);
      $('m-verdict').className = 'badge ' + item.verdict;
      text('m-source', item.source_title);
      text('m-page', pr.page ? 'p. ' + pr.page : '');
      text('m-where', (pr.document || '') + ' bytes ' + (pr.begin || 0) + '–' + (pr.end || 0) + ' · ' + item.id + ' in ' + item.file);
      text('ctx-before', item.context.before);
      text('ctx-figure', item.context.figure);
      text('ctx-after', item.context.after);
      text('ctx-origin', item.context.from_document ? 'from the document' : 'stored quote (document not available)');
      text('p-entity', sub.entity || '— (not linked)');
      text('p-attribute', sub.attribute || '—');
      text('p-text', c.text);
      text('p-value', valueText(c));
      text('p-hedge', c.hedge || '—');
      text('p-qualifiers', qualifierText(sub.qualifier) || '—');
      text('p-voice', c.attribution ? c.attribution.voice + (c.attribution.cue ? ' (' + c.attribution.cue + ')' : '') : '—');
      text('p-status', c.status || 'no status');
      text('p-note', c.note || '—');
      text('p-confidence', ev.confidence !== undefined ? 'confidence ' + Number(ev.confidence).toFixed(2) : 'no confidence (written by hand)');
      const reasons = (ev.reasons || []).slice();
      if (ev.entity_name) reasons.unshift('name matched: ' + ev.entity_name);
      if (ev.attribute_cue) reasons.unshift('cue: ' + ev.attribute_cue);
      if (ev.unlinked_reason) reasons.unshift('not linked: ' + ev.unlinked_reason);
      list('p-reasons', reasons, (li, r) => { li.textContent = r; });
      text('side-entity', sub.entity || '—');
    } else {
      text('side-entity', '—');
    }
    renderFindings(s.findings || [], item ? item.id : '');
    if (s.outcome) {
      message(s.outcome.message, false);
      const ch = s.outcome.changes.length ? s.outcome.changes : ['no verdict changed'];
      list('changes', ch, (li, t) => { li.textContent = t; });
    }
    closeForm();
    document.body.dataset.ready = '1';
  }
  function message(t, error) {
    text('message', t);
    $('message').className = error ? 'error' : '';
  }
  async function load() {
    const params = new URLSearchParams(filter());
    if (!filled) params.set('gazetteer', '1');
    const r = await fetch('/api/state?' + params);
    const j = await r.json();
    if (!r.ok) { message(j.error, true); return; }
    render(j);
  }
  async function post(path, body, t0) {
    body.filter = filter();
    let r, j;
    try {
      r = await fetch(path, {method: 'POST', body: JSON.stringify(body),
        headers: {'Content-Type': 'application/json', 'X-Checker-Token': token}});
      j = await r.json();
    } catch (e) { message('the review server does not answer: ' + e, true); return; }
    window.reviewFetchMs.push(performance.now() - t0);
    if (r.ok) render(j); else message(j.error, true);
    const ms = performance.now() - t0;
    window.reviewLatencies.push(ms);
    document.body.dataset.latencyMs = ms.toFixed(1);
  }
  function decide(action, t0, extra) {
    if (!state || !state.item) return;
    post('/api/decide', Object.assign({id: state.item.id, version: state.item.version, action: action}, extra || {}), t0);
  }
  function openForm(kind) {
    if (!state || !state.item) return;
    const c = state.item.claim, sub = c.subject || {};
    mode = kind;
    $('edit').hidden = false;
    const full = kind !== 'note';
    for (const id of ['e-entity', 'e-attribute', 'e-value', 'e-qualifiers']) $(id).parentElement.hidden = !full;
    $('e-value').parentElement.hidden = kind !== 'edit';
    text('edit-title', kind === 'edit' ? 'Correct this claim' : kind === 'note' ? 'Note on this claim' : 'Add a missed claim');
    text('add-text', kind === 'add' ? 'Selected: “' + selection.text + '”.' : '');
    $('e-entity').value = sub.entity || '';
    $('e-attribute').value = sub.attribute || '';
    $('e-value').value = c.text || '';
    $('e-qualifiers').value = qualifierText(sub.qualifier);
    $('e-note').value = kind === 'add' ? '' : (c.note || '');
    (kind === 'edit' ? $('e-value') : kind === 'note' ? $('e-note') : $('e-entity')).focus();
  }
  function closeForm() { mode = null; $('edit').hidden = true; }
  function parseQualifiers(s) {
    const out = {};
    for (const part of s.split(',')) {
      const i = part.indexOf('=');
      if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
    }
    return out;
  }
  function submitForm(t0) {
    const fields = {entity: $('e-entity').value, attribute: $('e-attribute').value,
                    qualifiers: parseQualifiers($('e-qualifiers').value), note: $('e-note').value};
    if (mode === 'edit') decide('edit', t0, Object.assign(fields, {value: $('e-value').value}));
    else if (mode === 'note') decide('note', t0, {note: fields.note});
    else if (mode === 'add') post('/api/add', Object.assign(fields, {near: state.item.id, begin: selection.begin, end: selection.end}), t0);
  }
  // The selection inside the context, as byte offsets in the document.
  function selectedSpan() {
    const sel = window.getSelection();
    const ctx = $('context');
    if (!sel.rangeCount || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!ctx.contains(range.startContainer) || !ctx.contains(range.endContainer)) return null;
    const pre = document.createRange();
    pre.setStart(ctx, 0);
    pre.setEnd(range.startContainer, range.startOffset);
    const enc = new TextEncoder();
    const begin = state.item.context.begin + enc.encode(pre.toString()).length;
    const t = range.toString();
    return {begin: begin, end: begin + enc.encode(t).length, text: t};
  }
  $('edit').addEventListener('submit', (ev) => { ev.preventDefault(); submitForm(performance.now()); });
  $('e-cancel').addEventListener('click', closeForm);
  $('filters').addEventListener('change', load);
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (mode) { if (ev.key === 'Escape') { ev.preventDefault(); closeForm(); } return; }
    if (ev.target.closest && ev.target.closest('input, select, textarea')) return;
    const t0 = performance.now();
    switch (ev.key) {
      case 'a': decide('accept', t0); break;
      case 'r': decide('reject', t0); break;
      case 's': decide('skip', t0); break;
      case 'u': post('/api/undo', {}, t0); break;
      case 'e': openForm('edit'); break;
      case 'n': openForm('note'); break;
      case 'c':
        selection = state && state.item ? selectedSpan() : null;
        if (selection) openForm('add'); else message('select a figure in the quoted text first, then press c', true);
        break;
      default: return;
    }
    ev.preventDefault();
  });
  load();
})();
)js";

}  // namespace checker

#endif  // CHECKER_REVIEW_REVIEW_ASSETS_H_

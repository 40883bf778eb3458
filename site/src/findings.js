// findings.js is the findings list: grouped by subject (the event, group or
// person), with severity, kind and source filters, a search box, and
// keyboard moves (↑/↓ between findings, / to search).
import { $, $$, h, fill, plural } from './dom.js';
import { state, emit } from './state.js';

export const SEVERITIES = ['high', 'medium', 'low', 'info'];
export const KINDS = ['count', 'date', 'responsibility', 'arithmetic'];
const KIND_LABEL = { count: 'counts', date: 'dates', responsibility: 'responsibility', arithmetic: 'arithmetic' };
const RELATION = { contradiction: 'contradiction', update: 'later update', inconsistent: 'inconsistent' };

export function initFindings() {
  $('#search').addEventListener('input', (e) => { state.filters.q = e.target.value; renderFindings(); });
  $('#f-source').addEventListener('change', (e) => { state.filters.source = e.target.value; renderFindings(); });
  $('#groups').addEventListener('keydown', onListKey);
  addEventListener('keydown', (e) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
    if (e.key === '/' && !typing && !$('#dialog').open && !$('#view-findings').hidden) {
      e.preventDefault();
      $('#search').focus();
    }
  });
}

/** visible applies the filters, but the one named in except: a chip's
 *  count is what choosing it would show with the other filters kept. */
export function visible(except = '') {
  const f = state.filters;
  const q = f.q.trim().toLowerCase();
  return (state.report?.findings || []).filter((x) =>
    (except === 'severity' || !f.severity.size || f.severity.has(x.severity)) &&
    (except === 'kind' || !f.kind.size || f.kind.has(x.kind)) &&
    (!f.source || x.evidence.some((e) => (e.outlet || e.doc) === f.source)) &&
    (!q || haystack(x).includes(q)));
}

function countBy(list, key) {
  const out = {};
  for (const x of list) out[x[key]] = (out[x[key]] || 0) + 1;
  return out;
}

const hay = new WeakMap();
function haystack(x) {
  let s = hay.get(x);
  if (!s) {
    s = [x.subject, x.message, x.kind, x.claim, x.relation, x.severity, ...x.values.map((v) => v.text),
      ...x.evidence.flatMap((e) => [e.outlet, e.doc, e.quote])].join('\n').toLowerCase();
    hay.set(x, s);
  }
  return s;
}

/** chips renders toggle buttons with counts for one filter. */
function chips(el, values, counts, set, label) {
  fill(el, values.map((v) => h('button', {
    type: 'button', class: `chip ${label === 'severity' ? 'chip-' + v : ''}`, 'aria-pressed': String(set.has(v)), dataset: { value: v },
    onclick: () => { set.has(v) ? set.delete(v) : set.add(v); renderFindings(); },
  }, label === 'kind' ? KIND_LABEL[v] : v, h('span', { class: 'n' }, String(counts[v] || 0)))));
}

export function renderFilters() {
  chips($('#f-severity'), SEVERITIES, countBy(visible('severity'), 'severity'), state.filters.severity, 'severity');
  chips($('#f-kind'), KINDS, countBy(visible('kind'), 'kind'), state.filters.kind, 'kind');
  const outlets = [...new Set(state.docs.map((d) => d.doc.outlet || d.doc.id))].sort((a, b) => a.localeCompare(b));
  const sel = $('#f-source');
  if (state.filters.source && !outlets.includes(state.filters.source)) state.filters.source = '';
  fill(sel, h('option', { value: '' }, 'All sources'), outlets.map((o) => h('option', { value: o }, o)));
  sel.value = state.filters.source;
}

/** groupBySubject keeps the report's order: a group sits where its first finding does. */
export function groupBySubject(findings) {
  const groups = new Map();
  for (const f of findings) {
    if (!groups.has(f.subject)) groups.set(f.subject, []);
    groups.get(f.subject).push(f);
  }
  return [...groups];
}

export function renderFindings() {
  renderFilterState();
  renderCounts();
  const all = state.report?.findings || [];
  const shown = visible();
  const s = state.report?.summary;
  const summary = $('#summary');
  if (!state.report) summary.textContent = 'Starting the checker…';
  else {
    const bits = SEVERITIES.filter((k) => s.by_severity?.[k]).map((k) => `${s.by_severity[k]} ${k}`);
    summary.textContent = `${plural(s.findings, 'finding')} in ${plural(s.documents, 'document')}` +
      (bits.length ? ` (${bits.join(', ')})` : '') +
      (shown.length !== all.length ? ` · ${shown.length} shown` : '');
  }
  const groups = groupBySubject(shown);
  const box = $('#groups');
  if (state.report && !all.length) {
    fill(box, h('div', { class: 'empty-list' },
      h('p', null, state.docs.length < 2 ? 'Add at least two reports about the same events to compare them.' : 'No disagreements found: these reports agree on every count, date and claim of responsibility crosscheck read.'),
      state.report.events?.length ? h('p', null, 'Every figure read, by event: ', h('button', { type: 'button', class: 'link', onclick: () => emit('show-events') }, 'the Events tab'), '.') : null));
    return;
  }
  if (state.report && !shown.length) {
    fill(box, h('div', { class: 'empty-list' }, h('p', null, 'No finding matches the filters. '),
      h('button', { type: 'button', class: 'link', onclick: clearFilters }, 'Clear the filters')));
    if (state.selected) emit('select', null);
    return;
  }
  fill(box, groups.map(([subject, fs]) => h('section', { class: 'group', 'aria-label': subject },
    h('h3', { class: 'group-head' }, h('span', { class: 'subject' }, subject), h('span', { class: 'n' }, plural(fs.length, 'finding'))),
    h('ul', { class: 'rows' }, fs.map(row)))));
  if (state.selected && !shown.some((f) => f.id === state.selected)) {
    // The selected finding is filtered out or gone: the detail follows the
    // list, to its first finding where the detail sits beside it.
    emit('select', matchMedia('(min-width: 1201px)').matches ? shown[0].id : null);
  }
}

/** renderCounts updates the chips' counts as the other filters change. */
function renderCounts() {
  for (const [id, key] of [['#f-severity', 'severity'], ['#f-kind', 'kind']]) {
    const counts = countBy(visible(key), key);
    for (const b of $$(`${id} .chip`)) {
      const n = b.querySelector('.n');
      if (n) n.textContent = String(counts[b.dataset.value] || 0);
    }
  }
}

function renderFilterState() {
  for (const [id, set] of [['#f-severity', state.filters.severity], ['#f-kind', state.filters.kind]]) {
    for (const b of $$(`${id} .chip`)) b.setAttribute('aria-pressed', String(set.has(b.dataset.value)));
  }
}

function clearFilters() {
  state.filters.severity.clear();
  state.filters.kind.clear();
  state.filters.source = '';
  state.filters.q = '';
  $('#search').value = '';
  $('#f-source').value = '';
  renderFindings();
}

/** sidesOf returns the outlets of side a and side b. */
export function outletsOf(f, side) {
  return [...new Set(f.evidence.filter((e) => e.side === side).map((e) => e.outlet || e.doc))];
}

function row(f) {
  const values = f.values;
  let body;
  if (f.kind === 'responsibility') body = stances(f);
  else if (f.kind === 'arithmetic' || values.length < 2) body = h('span', { class: 'msg' }, f.message);
  else if (values.length === 2) {
    body = h('span', { class: 'vs' }, values.map((v, i) => [
      i ? h('span', { class: 'arrow', 'aria-label': 'versus' }, ' vs ') : null,
      h('span', { class: 'val' }, v.text), h('span', { class: 'src' }, outletsOf(f, v.side).join(', '))]));
  } else body = sources(f);
  return h('li', null, h('button', {
    type: 'button', class: 'finding', dataset: { id: f.id }, 'aria-current': String(state.selected === f.id),
    onclick: () => emit('select', f.id),
  },
  h('span', { class: `sev sev-${f.severity}` }, f.severity),
  h('span', { class: 'what' },
    h('span', { class: 'kind' }, `${f.kind} · ${f.claim}`),
    h('span', { class: 'rel' }, RELATION[f.relation] || f.relation)),
  body));
}

const MAX_ROWS = 5; // rows of a finding shown in the list; the detail has all

/** firstDate is the earliest publication date of a side's sources. */
function firstDate(f, side) {
  return f.evidence.filter((e) => e.side === side).map((e) => e.published || '9999').sort()[0] || '9999';
}

/** sources lays out three or more figures as rows, in order of
 *  publication: the figure, then who gave it. */
function sources(f) {
  const vals = [...f.values].sort((a, b) => firstDate(f, a.side).localeCompare(firstDate(f, b.side)));
  return h('span', { class: 'srcs' }, vals.slice(0, MAX_ROWS).map((v) => h('span', { class: 'src-row' },
    h('span', { class: 'val' }, v.text), ' ', h('span', { class: 'src' }, outletsOf(f, v.side).join(', ')))),
  vals.length > MAX_ROWS ? h('span', { class: 'src-row more' }, `and ${vals.length - MAX_ROWS} more`) : null);
}

/** stances lays out who is held responsible: the actor, the stance and
 *  who says so, one row each. */
function stances(f) {
  const seen = new Set();
  const rows = [];
  for (const side of new Set(['a', 'b', ...f.evidence.map((e) => e.side)])) {
    let first = true;
    for (const e of f.evidence.filter((x) => x.side === side)) {
      // "PKK (blamed, per Turkish authorities)" → "PKK (blamed)": who says so has its own column.
      const v = (e.value || '').replace(/, per [^)]*\)$/, ')').replace(/ \(per [^)]*\)$/, '');
      const who = e.attributor || e.outlet || e.doc;
      const key = `${v}\u0000${who}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (first && rows.length) rows.push(h('span', { class: 'src-row vs-row', 'aria-label': 'versus' }, 'vs'));
      first = false;
      rows.push(h('span', { class: 'src-row' }, h('span', { class: 'val' }, v), ' ', h('span', { class: 'src' }, `per ${who}`)));
    }
  }
  const shown = rows.length > MAX_ROWS + 1 ? rows.slice(0, MAX_ROWS) : rows;
  return h('span', { class: 'srcs' }, shown, shown.length < rows.length ? h('span', { class: 'src-row more' }, `and ${rows.length - shown.length} more`) : null);
}

/** onListKey moves between findings with the arrow keys, Home and End. */
function onListKey(e) {
  const rows = $$('#groups button.finding');
  const i = rows.indexOf(document.activeElement);
  if (i < 0) return;
  let j = null;
  if (e.key === 'ArrowDown') j = Math.min(rows.length - 1, i + 1);
  else if (e.key === 'ArrowUp') j = Math.max(0, i - 1);
  else if (e.key === 'Home') j = 0;
  else if (e.key === 'End') j = rows.length - 1;
  if (j == null) return;
  e.preventDefault();
  rows[j].focus();
  emit('select', rows[j].dataset.id);
}

/** markSelected updates aria-current without re-rendering the list. */
export function markSelected() {
  for (const b of $$('#groups button.finding')) b.setAttribute('aria-current', String(b.dataset.id === state.selected));
}

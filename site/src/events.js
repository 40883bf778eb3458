// events.js is the Events view: every event the reports tell of, with its
// kind, place and date, and for each fact the figures reported over time as
// a sorted table beside a chart. Figures that differ but can all hold ("at
// least 12" and 19) are shown here though they are no finding; the findings
// of an event sit under it.
import { $, $$, h, fill, plural } from './dom.js';
import { state, emit, docById } from './state.js';
import { openDocument } from './viewer.js';
import { chartOf } from './timeline.js';

const RELATION = { contradiction: 'contradiction', update: 'later update', inconsistent: 'inconsistent' };

/** eventsOf lists the report's events, the most disputed and most reported first. */
export function eventsOf(report) {
  const findings = new Map();
  for (const f of report?.findings || []) if (f.event) findings.set(f.event, [...(findings.get(f.event) || []), f]);
  const evs = (report?.events || []).map((e) => ({ e, findings: findings.get(e.id) || [] }));
  const rank = { high: 0, medium: 1, low: 2, info: 3 };
  const worst = (fs) => Math.min(4, ...fs.map((f) => rank[f.severity] ?? 4));
  return evs.sort((x, y) => worst(x.findings) - worst(y.findings) || y.findings.length - x.findings.length ||
    y.e.documents.length - x.e.documents.length || x.e.label.localeCompare(y.e.label));
}

export function initEvents() {
  $('#event-list').addEventListener('keydown', (e) => {
    const rows = $$('#event-list button.event');
    const i = rows.indexOf(document.activeElement);
    if (i < 0 || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const j = Math.max(0, Math.min(rows.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)));
    rows[j].focus();
    selectEvent(rows[j].dataset.id);
  });
}

export function selectEvent(id) {
  state.selectedEvent = id;
  for (const b of $$('#event-list button.event')) b.setAttribute('aria-current', String(b.dataset.id === id));
  renderEvent();
  if (id && matchMedia('(max-width: 900px)').matches) $('#event-detail').scrollIntoView({ block: 'start' });
}

export function renderEvents() {
  const all = eventsOf(state.report);
  const box = $('#event-list');
  $('#events-summary').textContent = state.report
    ? `${plural(all.length, 'event')} in ${plural(state.report.documents.length, 'document')}; ${plural(all.filter((x) => x.e.documents.length > 1).length, 'event')} told by two or more`
    : 'Starting the checker…';
  if (!all.length) {
    fill(box, h('p', { class: 'empty-list' }, state.docs.length
      ? 'No event read: crosscheck finds events where a report counts the dead, injured or detained of an attack, or says who is responsible.'
      : 'No documents yet. Add files or paste a text on the Findings tab.'));
    renderEvent();
    return;
  }
  if (!all.some((x) => x.e.id === state.selectedEvent)) state.selectedEvent = all[0].e.id;
  const many = all.filter((x) => x.e.documents.length > 1 || x.findings.length);
  const one = all.filter((x) => !(x.e.documents.length > 1 || x.findings.length));
  fill(box,
    h('ul', { class: 'rows' }, many.map(eventRow)),
    one.length ? h('details', { class: 'background', open: many.length === 0 ? true : null },
      h('summary', null, `${plural(one.length, 'event')} told by one report only`),
      h('ul', { class: 'rows' }, one.map(eventRow))) : null);
  renderEvent();
}

function eventRow({ e, findings }) {
  const when = dateOf(e);
  return h('li', null, h('button', {
    type: 'button', class: 'event', dataset: { id: e.id }, 'aria-current': String(state.selectedEvent === e.id),
    onclick: () => selectEvent(e.id),
  },
  h('span', { class: 'ev-label' }, e.label),
  h('span', { class: 'ev-meta' }, [when, plural(e.documents.length, 'report'), findings.length ? plural(findings.length, 'finding') : 'no finding'].filter(Boolean).join(' · '))));
}

/** dateOf shows when an event happened, at the precision it was read. */
function dateOf(e) {
  if (!e.from) return '';
  if (!e.dated) return `reported ${e.to}`;
  if (e.precision === 'day' || e.from === e.to) return e.from;
  if (e.precision === 'month') return e.from.slice(0, 7);
  if (e.precision === 'year') return e.from.slice(0, 4);
  return `${e.from} – ${e.to}`;
}

function renderEvent() {
  const box = $('#event-detail');
  const x = eventsOf(state.report).find((v) => v.e.id === state.selectedEvent);
  if (!x) {
    fill(box, h('div', { class: 'empty-detail' }, h('p', null, 'Select an event to see every figure reported for it.')));
    return;
  }
  const { e, findings } = x;
  fill(box, h('article', { class: 'event-detail', 'aria-labelledby': 'event-h' },
    h('header', null,
      h('h2', { id: 'event-h' }, e.label),
      h('dl', { class: 'event-facts' },
        e.kinds?.length ? [h('dt', null, 'Kind'), h('dd', null, e.kinds.join(', '))] : null,
        e.places?.length ? [h('dt', null, 'Place'), h('dd', null, e.places.join(', '))] : null,
        e.sites?.length ? [h('dt', null, 'Site'), h('dd', null, e.sites.join(', '))] : null,
        e.from ? [h('dt', null, e.dated ? 'Date' : 'Reported'), h('dd', null, e.dated ? dateOf(e) : `${e.from} – ${e.to} (no report dates it)`)] : null,
        [h('dt', null, 'Reports'), h('dd', null, String(e.documents.length))])),
    findings.length
      ? h('section', { class: 'event-findings', 'aria-labelledby': 'ef-h' },
        h('h3', { id: 'ef-h' }, plural(findings.length, 'finding')),
        h('ul', null, findings.map((f) => h('li', null, h('button', {
          type: 'button', class: 'link', onclick: () => { emit('show-findings'); emit('select', f.id); },
        }, h('span', { class: `sev sev-${f.severity}` }, f.severity), ` ${f.claim}: ${RELATION[f.relation] || f.relation}, ${f.values.map((v) => v.text).join(' vs ')}`)))))
      : h('p', { class: 'notice' }, 'No finding: the reports of this event do not disagree on anything crosscheck compares.'),
    (e.facts || []).map((fact) => factSection(e, fact, findings))));
}

/** factSection is one fact's figures, by publication date, with a chart
 *  when two or more dated figures are numbers. */
function factSection(e, fact, findings) {
  const figs = [...fact.figures].sort((a, b) => (a.published || '9999').localeCompare(b.published || '9999') || (a.lo ?? 0) - (b.lo ?? 0));
  const id = `fact-${e.id}-${fact.claim}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  const disputed = findings.some((f) => f.kind === fact.kind && (f.kind === 'responsibility' || f.claim === fact.claim));
  const own = figs.filter((g) => g.current);
  const differ = new Set(own.map((g) => g.text)).size > 1;
  const pts = fact.kind === 'count'
    ? own.filter((g) => g.lo != null && /^\d{4}-\d{2}-\d{2}/.test(g.published || '')).map((g) => ({ doc: g.doc, outlet: g.outlet || g.doc, date: g.published.slice(0, 10), lo: g.lo, hi: g.hi ?? null, text: g.text }))
    : [];
  return h('section', { class: pts.length >= 2 ? 'fact has-chart' : 'fact', 'aria-labelledby': id },
    h('h3', { id }, fact.label, h('span', { class: 'n' }, ` · ${plural(figs.length, 'figure')}`)),
    differ && !disputed ? h('p', { class: 'hint' }, 'These figures differ but can all hold, so they are no finding.') : null,
    pts.length >= 2 ? chartOf(pts, `${fact.label} as reported over time`) : null,
    h('table', { class: 'figures' },
      h('caption', { class: 'sr-only' }, `Every figure reported for ${fact.label}, by publication date`),
      h('thead', null, h('tr', null, ['Published', 'Source', 'Figure', 'Reads as', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, figs.map((g) => figureRow(fact, g)))));
}

function figureRow(fact, g) {
  const doc = docById(g.doc);
  return h('tr', { class: g.current ? null : 'earlier' },
    h('td', null, g.published || '—'),
    h('td', null, g.outlet || g.doc),
    h('td', null, h('strong', null, g.text), g.current ? null : h('span', { class: 'tag', title: 'A vague amount, a part of the toll, or a figure the report gives as an earlier one: shown, not compared' }, ' not compared')),
    h('td', null, fact.kind === 'count' ? bound(g) : '', h('q', { class: 'words' }, g.words)),
    h('td', { class: 'links' },
      h('button', { type: 'button', class: 'link', onclick: () => openDocument(g.doc, { start: g.start, end: g.end, quote_start: g.start, quote_end: g.end }) }, 'Read'),
      doc?.url && /^https?:\/\//i.test(doc.url) ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'Article')] : null));
}

/** bound says how a count was given: exactly, as a lower bound, or a range. */
function bound(g) {
  if (g.lo == null) return '';
  if (g.hi == null) return 'at least · ';
  if (g.hi === g.lo) return 'exact · ';
  return 'range · ';
}

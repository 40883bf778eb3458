// read.js says what was read from the documents just added: each figure,
// the event it joined, and — when nothing disagrees — why not. A check is
// never a silent answer.
import { $, h, fill, plural } from './dom.js';
import { state, docById } from './state.js';

const MAX_DOCS = 4;   // documents listed by name; the rest are counted
const MAX_FIGS = 6;   // figures listed per document

/** readOf gathers, per document id, the figures the report's events hold. */
function readOf(report, ids) {
  const out = new Map(ids.map((id) => [id, []]));
  for (const e of report?.events || []) {
    for (const fact of e.facts || []) {
      for (const g of fact.figures) {
        if (out.has(g.doc)) out.get(g.doc).push({ e, fact, g });
      }
    }
  }
  return out;
}

export function renderRead() {
  const box = $('#read');
  const ids = (state.lastAdded || []).filter((id) => docById(id));
  if (!state.report || !ids.length) { box.hidden = true; fill(box); return; }
  const read = readOf(state.report, ids);
  const claims = new Map(state.report.documents.map((d) => [d.id, d.claims]));
  const touched = new Set();
  const items = ids.slice(0, MAX_DOCS).map((id) => {
    const doc = docById(id);
    const figs = read.get(id);
    for (const { e } of figs) touched.add(e.id);
    const n = claims.get(id) || 0;
    const others = n - figs.length;
    return h('li', null,
      h('strong', null, doc.title || doc.id), ': ',
      n === 0
        ? 'no claim read. crosscheck reads counts (killed, injured, detained…), dates a group was founded or a person killed, and who is held responsible.'
        : [plural(n, 'claim'), figs.length ? ': ' : '',
          figs.slice(0, MAX_FIGS).map(({ e, fact, g }, i) => [i ? '; ' : '',
            h('span', { class: 'fig' }, `${g.text} ${fact.kind === 'count' ? fact.label : ''}`.trim()),
            ' — ', h('span', { class: 'ev', title: g.why || '' }, e.label)]),
          figs.length > MAX_FIGS ? `; and ${figs.length - MAX_FIGS} more` : '',
          others > 0 ? ` (${plural(others, 'more claim')} about a group or person)` : '']);
  });
  const quiet = [...touched].map((id) => state.report.events.find((e) => e.id === id))
    .filter((e) => e && e.documents.length > 1 && !state.report.findings.some((f) => f.event === e.id));
  fill(box,
    h('div', { class: 'read-head' },
      h('h3', null, `Read from ${ids.length === 1 ? 'the document' : plural(ids.length, 'document')} just added`),
      h('button', { type: 'button', class: 'quiet small', onclick: () => { state.lastAdded = []; renderRead(); } }, 'Hide')),
    h('ul', null, items, ids.length > MAX_DOCS ? h('li', null, `and ${plural(ids.length - MAX_DOCS, 'more document')}`) : null),
    quiet.length ? h('p', { class: 'why-none' }, quiet.map((e, i) => [i ? ' ' : '', whyNone(e)])) : null);
  box.hidden = false;
}

/** whyNone says why an event's reports give no finding: their figures
 *  all can hold together, or they agree. */
function whyNone(e) {
  const parts = (e.facts || []).map((fact) => {
    const own = fact.figures.filter((g) => g.current);
    const docs = new Set(own.map((g) => g.doc));
    if (docs.size < 2) return null;
    const shown = own.map((g) => `${g.text} (${g.outlet || g.doc})`);
    const same = new Set(own.map((g) => g.text)).size === 1;
    return `${fact.label}: ${shown.join(', ')} ${same ? 'agree' : 'can all hold'}`;
  }).filter(Boolean);
  if (!parts.length) return `Nothing to compare for ${e.label}: its reports give no figure of the same fact.`;
  return `No disagreement on ${e.label}: ${parts.join('; ')}.`;
}

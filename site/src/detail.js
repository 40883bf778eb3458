// detail.js shows one finding: the two sources side by side under their
// outlet and date, the disputed values marked, a word diff of the rest,
// every other passage, how each value was read, and — when three or more
// sources give a count for the subject — a timeline of their figures.
import { $, h, fill } from './dom.js';
import { state, emit } from './state.js';
import { outletsOf } from './findings.js';
import { openDocument } from './viewer.js';
import { timeline } from './timeline.js';

const enc = new TextEncoder();
const dec = new TextDecoder();
const RELATION = {
  contradiction: 'Contradiction: both cannot be true',
  update: 'Later update: a later report gives a higher count',
  inconsistent: 'Inconsistent: the source disagrees with itself',
};

export function renderDetail() {
  const box = $('#detail');
  const f = state.report?.findings.find((x) => x.id === state.selected);
  document.body.classList.toggle('has-detail', !!f);
  if (!f) {
    fill(box, h('div', { class: 'empty-detail' },
      h('p', null, 'Select a finding to compare what each source says.'),
      h('p', { class: 'keys' }, 'Keys: ', h('kbd', null, '↑'), ' ', h('kbd', null, '↓'), ' move through findings, ',
        h('kbd', null, '/'), ' search, ', h('kbd', null, 'Esc'), ' back to the list.')));
    return;
  }
  const sides = [...new Set([...f.values.map((v) => v.side), ...f.evidence.map((e) => e.side)])];
  const ev = Object.fromEntries(sides.map((s) => [s, f.evidence.filter((e) => e.side === s)]));
  ev.a ||= [];
  ev.b ||= [];
  const two = ev.b.length > 0;
  // Sides past the second (a third source's figure) are listed below the pair.
  const others = sides.filter((s) => s !== 'a' && s !== 'b').flatMap((s) => ev[s]);
  const val = (side) => f.values.find((v) => v.side === side);
  // Passages that share few words read better as written, the claims marked.
  const plain = f.diff && fewShared(f.diff);
  fill(box, h('article', { class: 'finding-detail', 'aria-labelledby': 'detail-h' },
    h('button', { type: 'button', class: 'back', onclick: () => emit('select', null) }, '← All findings'),
    h('header', null,
      h('p', { class: 'crumbs' }, h('span', { class: `sev sev-${f.severity}` }, f.severity), ` ${f.kind} · ${f.claim}`),
      h('h2', { id: 'detail-h' }, f.subject),
      h('p', { class: 'message' }, f.message),
      h('p', { class: 'relation' }, RELATION[f.relation] || f.relation)),
    f.diff && !plain ? h('p', { class: 'legend' },
      h('mark', { class: 'claim' }, 'the claim read'), ' ',
      h('del', { class: 'd' }, 'words only on the left'), ' ',
      h('ins', { class: 'i' }, 'words only on the right'), ' · plain words are in both') : null,
    plain ? h('p', { class: 'legend' }, h('mark', { class: 'claim' }, 'the claim read'), ' · the passages share few words, so they are shown as written') : null,
    h('div', { class: two ? 'sbs' : 'sbs one', role: 'group', 'aria-label': 'The passages side by side' },
      column('a', ev.a[0], val('a'), plain ? null : f.diff?.left),
      two ? column('b', ev.b[0], val('b'), plain ? null : f.diff?.right) : null,
      more(ev.a.slice(1), 'a'),
      two ? more(ev.b.slice(1), 'b') : null),
    others.length ? h('section', { class: 'others', 'aria-labelledby': 'others-h' },
      h('h3', { id: 'others-h' }, `${others.length === 1 ? 'One more source' : `${others.length} more sources`} on this ${f.kind === 'date' ? 'date' : 'figure'}`),
      h('ul', null, others.map((e) => h('li', null,
        h('div', { class: 'ev-head' }, h('strong', null, e.outlet || e.doc), e.published ? ` · ${fmtDate(e.published)}` : '', ' · reads ', h('strong', null, val(e.side)?.text ?? e.value)),
        h('blockquote', { class: 'passage small' }, quoteText(e)),
        h('button', { type: 'button', class: 'link open-doc', onclick: () => openDocument(e.doc, e) }, 'Open the whole document'))))) : null,
    timeline(f, state.report.findings),
    traces(f),
    h('p', { class: 'ids' }, `rule ${f.rule} · finding ${f.id}`)));
}

/** column is one side's heading, value and passage. */
function column(side, e, v, segs) {
  if (!e) return h('div', { class: 'col' });
  return h('section', { class: `col side-${side}`, 'aria-label': `Side ${side}: ${e.outlet || e.doc}` },
    h('h3', { class: 'col-head' },
      h('span', { class: 'outlet' }, e.outlet || e.doc),
      h('span', { class: 'date' }, e.published ? fmtDate(e.published) : 'no date')),
    h('p', { class: 'value' }, h('span', { class: 'label' }, 'reads '), h('strong', null, v?.text ?? e.value),
      e.attributor ? h('span', { class: 'label' }, ` per ${e.attributor}`) : null),
    h('blockquote', { class: 'passage' }, segs ? diffText(segs) : quoteText(e)),
    h('button', { type: 'button', class: 'link open-doc', onclick: () => openDocument(e.doc, e) }, 'Open the whole document'));
}

/** fewShared reports passages with less than a third of the shorter
 *  one's words in common: a word diff of them is nearly all marks. */
export function fewShared(diff) {
  const words = (segs, ops) => segs.filter((x) => ops.includes(x.op)).reduce((n, x) => n + (x.text.match(/[\p{L}\p{N}]+/gu) || []).length, 0);
  const shared = words(diff.left || [], ['equal']);
  const shorter = Math.min(words(diff.left || [], ['equal', 'delete']), words(diff.right || [], ['equal', 'insert']));
  return shorter > 0 && shared / shorter < 1 / 3;
}

/** diffText renders diff segments: deletions and insertions marked, the
 *  claim's own words highlighted. */
function diffText(segs) {
  return segs.map((s) => {
    const inner = s.claim ? h('mark', { class: 'claim' }, s.text) : s.text;
    if (s.op === 'delete') return h('del', { class: 'd' }, inner);
    if (s.op === 'insert') return h('ins', { class: 'i' }, inner);
    return s.claim ? inner : document.createTextNode(s.text);
  });
}

/** quoteText renders a passage with its claim highlighted (offsets are
 *  bytes into the document; the quote starts at quote_start). */
function quoteText(e) {
  const b = enc.encode(e.quote);
  const s = Math.max(0, Math.min(b.length, e.start - e.quote_start));
  const t = Math.max(s, Math.min(b.length, e.end - e.quote_start));
  return [dec.decode(b.subarray(0, s)), h('mark', { class: 'claim' }, dec.decode(b.subarray(s, t))), dec.decode(b.subarray(t))];
}

function more(list, side) {
  if (!list.length) return null;
  return h('div', { class: `more-ev more-ev-${side}` },
    h('h4', null, `Also ${list.length === 1 ? 'in' : 'in these'} ${list.length} more passage${list.length === 1 ? '' : 's'}`),
    h('ul', null, list.map((e) => h('li', null,
      h('div', { class: 'ev-head' }, h('strong', null, e.outlet || e.doc), e.published ? ` · ${fmtDate(e.published)}` : '', ` · ${e.value}`),
      h('blockquote', { class: 'passage small' }, quoteText(e)),
      h('button', { type: 'button', class: 'link open-doc', onclick: () => openDocument(e.doc, e) }, 'Open the whole document')))));
}

function traces(f) {
  return h('details', { class: 'traces', open: true },
    h('summary', null, 'How the values were read'),
    h('ul', null, f.evidence.map((e) => h('li', null,
      h('div', { class: 'ev-head' }, h('span', { class: `side-tag side-${e.side}` }, e.side), ' ', h('strong', null, e.outlet || e.doc), ` · “${e.words}”`),
      h('ol', { class: 'trace' }, e.trace.map((t) => h('li', null, t)))))));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** fmtDate shows 2024-03-24 as "24 Mar 2024" (no time zone games). */
export function fmtDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || '');
  return m ? `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}` : s;
}

export { outletsOf };

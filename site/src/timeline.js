// timeline.js draws the figures sources gave for one count (e.g. the
// detained after one attack) by publication date, as inline SVG, when three
// or more sources report it: a rising toll reads at a glance.
import { h, svg } from './dom.js';

/** points gathers one value per document for f's subject and claim. */
export function points(f, all) {
  const seen = new Map();
  for (const g of all) {
    if (g.kind !== 'count' || g.subject !== f.subject || g.claim !== f.claim) continue;
    for (const e of g.evidence) {
      const v = g.values.find((x) => x.side === e.side);
      if (!v || v.lo == null || !/^\d{4}-\d{2}-\d{2}/.test(e.published || '')) continue;
      const key = `${e.doc}\u0000${v.text}`;
      if (!seen.has(key)) seen.set(key, { doc: e.doc, outlet: e.outlet || e.doc, date: e.published.slice(0, 10), lo: v.lo, hi: v.hi ?? null, text: v.text });
    }
  }
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date) || a.lo - b.lo);
}

export function timeline(f, all) {
  if (f.kind !== 'count') return null;
  const pts = points(f, all);
  if (new Set(pts.map((p) => p.doc)).size < 3) return null;
  return h('section', { class: 'timeline', 'aria-labelledby': 'tl-h' },
    h('h3', { id: 'tl-h' }, `${f.claim} as reported over time`),
    chartOf(pts, f.claim),
    h('table', { class: 'tl-table' },
      h('caption', { class: 'sr-only' }, 'The figures by publication date'),
      h('thead', null, h('tr', null, h('th', null, 'Published'), h('th', null, 'Source'), h('th', null, 'Figure'))),
      h('tbody', null, pts.map((p) => h('tr', null, h('td', null, p.date), h('td', null, p.outlet), h('td', null, p.text))))));
}

/** chartOf draws points ({date, lo, hi, text, outlet}, sorted by date) as
 *  an SVG chart: a dot per figure, a bar up to its upper bound. */
export function chartOf(pts, what) {
  const W = 560, H = 190, L = 48, R = 16, T = 16, B = 34;
  const t = (p) => Date.parse(p.date);
  const t0 = Math.min(...pts.map(t)), t1 = Math.max(...pts.map(t));
  const top = Math.max(...pts.map((p) => p.hi ?? p.lo * 1.25)) * 1.1 || 1;
  const x = (p) => (t1 === t0 ? (L + W - R) / 2 : L + ((t(p) - t0) / (t1 - t0)) * (W - L - R));
  const y = (v) => H - B - (v / top) * (H - T - B);
  const marks = pts.map((p) => {
    const hi = p.hi ?? top / 1.1;
    return svg('g', { class: 'pt' },
      svg('title', null, `${p.outlet}, ${p.date}: ${p.text}`),
      p.hi !== p.lo ? svg('line', { x1: x(p), x2: x(p), y1: y(p.lo), y2: y(hi), class: p.hi == null ? 'open' : 'range' }) : null,
      svg('circle', { cx: x(p), cy: y(p.lo), r: 4.5 }),
      // Labels near the right edge go to the left of their point.
      svg('text', x(p) > W - 80 ? { x: x(p) - 7, y: y(p.lo) - 6, 'text-anchor': 'end' } : { x: x(p) + 7, y: y(p.lo) - 6 }, p.text));
  });
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `${pts.length} figures for ${what} by publication date, from ${pts[0].text} to ${pts[pts.length - 1].text}` },
    svg('line', { x1: L, x2: W - R, y1: y(top / 1.1), y2: y(top / 1.1), class: 'grid' }),
    svg('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'axis' }),
    svg('polyline', { class: 'trend', points: pts.map((p) => `${x(p)},${y(p.lo)}`).join(' ') }),
    svg('line', { x1: L, x2: L, y1: T, y2: H - B, class: 'axis' }),
    svg('text', { x: L - 6, y: y(0) + 4, class: 'tick', 'text-anchor': 'end' }, '0'),
    svg('text', { x: L - 6, y: y(top / 1.1) + 4, class: 'tick', 'text-anchor': 'end' }, String(Math.round(top / 1.1))),
    svg('text', { x: L, y: H - 10, class: 'tick' }, day(t0)),
    t1 !== t0 ? svg('text', { x: W - R, y: H - 10, class: 'tick', 'text-anchor': 'end' }, day(t1)) : null,
    marks);
}

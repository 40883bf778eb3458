// diags.js shows the engine's diagnostics the way a terminal would:
// file:line:col, the message, and the source line with a caret under the
// column, so a person sees where a file went wrong.
import { h } from './dom.js';
import { colIndex } from './bytes.js';

/** where renders "file:line:col · /pointer · field". */
export function where(d) {
  let s = d.file || '';
  if (d.line) s += `:${d.line}:${d.col || 1}`;
  const extra = [d.pointer, d.field && `field “${d.field}”`].filter(Boolean).join(' · ');
  return extra ? `${s}${s ? ' · ' : ''}${extra}` : s;
}

/** diagItem renders one diagnostic; src is the file's text when known. */
export function diagItem(d, src, onPick) {
  const line = src && d.line ? src.split('\n')[d.line - 1] : null;
  let caret = null;
  if (line != null && line.length < 400) {
    const i = colIndex(line, d.col || 1);
    caret = h('pre', { class: 'src-line', 'aria-hidden': 'true' }, line.replace(/\t/g, ' '), '\n', ' '.repeat(i) + '^');
  }
  const loc = where(d);
  const head = onPick
    ? h('button', { type: 'button', class: 'link loc', onclick: () => onPick(d) }, loc)
    : h('span', { class: 'loc' }, loc);
  return h('li', { class: `diag ${d.severity || 'error'}` },
    h('div', null, head, ' ', h('span', { class: 'dsev' }, d.severity || 'error'), ': ', d.message,
      d.code ? h('span', { class: 'code' }, ` [${d.code}]`) : null),
    d.hint ? h('div', { class: 'hint' }, `hint: ${d.hint}`) : null,
    caret);
}

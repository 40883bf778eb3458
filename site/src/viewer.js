// viewer.js shows a whole document, with a claim (and its sentence)
// highlighted in context. Offsets from the engine are UTF-8 bytes; cutAt
// turns them into pieces of the JavaScript string.
import { h } from './dom.js';
import { docById } from './state.js';
import { cutAt } from './bytes.js';
import { openDialog } from './dialog.js';

/** openDocument shows document id; mark = {start, end, quote_start, quote_end}. */
export function openDocument(id, mark = null) {
  const doc = docById(id);
  if (!doc) return;
  const offs = mark ? [mark.quote_start, mark.start, mark.end, mark.quote_end] : [];
  const body = h('div', { class: 'doc-text', tabindex: '0', 'aria-label': 'Document text' });
  let target = null;
  for (const [text, from, to] of cutAt(doc, offs)) {
    if (mark && from >= mark.start && to <= mark.end && to > from) {
      target = h('mark', { class: 'claim' }, text);
      body.appendChild(target);
    } else if (mark && from >= mark.quote_start && to <= mark.quote_end) {
      body.appendChild(h('span', { class: 'quote' }, text));
    } else {
      body.appendChild(document.createTextNode(text));
    }
  }
  const meta = [doc.outlet, doc.published, doc.url].filter(Boolean);
  openDialog(doc.title || doc.id, [
    h('p', { class: 'doc-head' }, meta.join(' · ') || 'no outlet or date', h('span', { class: 'doc-id' }, ` · id ${doc.id}`)),
    body,
  ], { wide: true });
  if (target) target.scrollIntoView({ block: 'center' });
}

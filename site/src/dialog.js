// dialog.js opens the page's one modal <dialog>: the browser keeps focus
// inside it and Esc closes it.
import { $, h, fill } from './dom.js';

let closing = null;

/** openDialog shows a titled dialog; body is nodes. Returns close(). */
export function openDialog(title, body, { wide = false, onClose = null } = {}) {
  const dlg = $('#dialog');
  if (dlg.open) dlg.close();
  const close = () => dlg.open && dlg.close();
  fill(dlg,
    h('div', { class: 'dialog-head' },
      h('h2', { id: 'dialog-h' }, title),
      h('button', { type: 'button', class: 'icon', 'aria-label': 'Close', onclick: close }, '×')),
    h('div', { class: 'dialog-body' }, body));
  dlg.classList.toggle('wide', wide);
  closing = onClose;
  dlg.onclose = () => { const f = closing; closing = null; f && f(); };
  dlg.showModal();
  return close;
}

/** field builds a labelled input. */
export function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 8)}`;
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('p', { class: 'hint' }, hint) : null);
}

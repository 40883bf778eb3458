// docs.js is the documents column: adding files (picker, drag and drop),
// pasting a text, listing, editing, renaming and removing documents, and
// showing why a file could not be added without touching what is loaded.
import { $, h, fill, plural, toast } from './dom.js';
import { state, emit, uniqueId, getEngine, persist } from './state.js';
import { openDialog, field } from './dialog.js';
import { diagItem } from './diags.js';
import { openDocument } from './viewer.js';

const SHOWN = 60; // documents listed before "show all"
let showAll = false;

/** The documents list: a scrolling box, grown to show every document, or
 *  collapsed to make room for the filters; the choice is kept. */
const SIZES = ['', 'grown', 'collapsed'];
const SIZE_LABEL = { '': 'Show more', grown: 'Collapse', collapsed: 'Show' };
function showSize() {
  const size = state.ui.docsSize || '';
  const list = $('#doc-list');
  for (const c of SIZES) if (c) list.classList.toggle(c, c === size);
  const b = $('#docs-size');
  b.textContent = SIZE_LABEL[size];
  b.setAttribute('aria-expanded', String(size !== 'collapsed'));
}

export function initDocs() {
  $('#docs-size').addEventListener('click', () => {
    state.ui.docsSize = SIZES[(SIZES.indexOf(state.ui.docsSize || '') + 1) % SIZES.length];
    showSize();
    persist(['ui']);
  });
  const input = $('#file-input');
  $('#add-files').addEventListener('click', () => input.click());
  input.addEventListener('change', () => { addFiles([...input.files]); input.value = ''; });
  $('#paste-text').addEventListener('click', pasteDialog);

  // Drag and drop anywhere on the page.
  const drop = $('#drop');
  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types || [])].includes('Files');
  addEventListener('dragenter', (e) => { if (hasFiles(e)) { depth++; drop.hidden = false; } });
  addEventListener('dragleave', (e) => { if (hasFiles(e) && --depth <= 0) { depth = 0; drop.hidden = true; } });
  addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault(); });
  addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    drop.hidden = true;
    addFiles([...e.dataTransfer.files]);
  });
}

/** formatOf picks the engine's format from a file name ("" = let it detect). */
function formatOf(name) {
  const ext = name.toLowerCase().split('.').pop();
  return { json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', txt: 'text', text: 'text', md: 'md', markdown: 'md', html: 'html', htm: 'html' }[ext] || '';
}

/** addFiles loads each file; a file with errors adds nothing and says why. */
export async function addFiles(files) {
  let added = 0;
  state.lastAdded = [];
  for (const f of files) {
    const data = await f.text();
    const { value } = await getEngine().call('load', { files: [{ name: f.name, data, format: formatOf(f.name) }] }, `Reading ${f.name}…`);
    if (!value || value.error) {
      showLoadError(f.name, data, { documents: [], diagnostics: value?.diagnostics || [{ message: value?.error || 'the engine gave no answer' }] });
      continue;
    }
    const errors = value.diagnostics.filter((d) => d.severity !== 'warning');
    if (errors.length) {
      showLoadError(f.name, data, value);
      continue;
    }
    added += keep(value.documents, value.diagnostics, f.name);
  }
  if (added) {
    toast(`Added ${plural(added, 'document')}.`);
    changed();
  }
}

/** keep adds loaded documents, renaming ids that are already taken, and
 *  carries the file's warnings with its first document into the report. */
function keep(docs, warnings, file) {
  const taken = new Set(state.docs.map((d) => d.doc.id));
  docs.forEach((doc, i) => {
    doc.id = uniqueId(doc.id, taken);
    taken.add(doc.id);
    state.docs.push({ doc, file, warnings: i === 0 ? warnings : [] });
    state.lastAdded.push(doc.id);
  });
  return docs.length;
}

function showLoadError(name, src, ans) {
  const box = $('#load-errors');
  const errors = ans.diagnostics.filter((d) => d.severity !== 'warning');
  const card = h('div', { class: 'load-error', role: 'alert' });
  const good = ans.documents || [];
  fill(card,
    h('div', { class: 'load-error-head' },
      h('strong', null, `${name} was not added`),
      h('button', { type: 'button', class: 'icon', 'aria-label': `Dismiss the problems with ${name}`, onclick: () => card.remove() }, '×')),
    h('p', null, `${plural(errors.length, 'problem')} found. `,
      state.docs.length ? `The ${plural(state.docs.length, 'document')} already loaded are unchanged.` : ''),
    h('ul', { class: 'diags' }, ans.diagnostics.slice(0, 8).map((d) => diagItem(d, src))),
    ans.diagnostics.length > 8 ? h('p', { class: 'hint' }, `…and ${ans.diagnostics.length - 8} more.`) : null,
    good.length ? h('button', {
      type: 'button', onclick: () => { card.remove(); keep(good, ans.diagnostics.filter((d) => d.severity === 'warning'), name); changed(); },
    }, `Add the ${plural(good.length, 'document')} that did load`) : null);
  box.prepend(card);
  card.scrollIntoView({ block: 'nearest' });
}

/** changed re-renders the list, keeps the state and re-checks. Once a
 *  person adds reports of their own, the introduction has done its work. */
function changed() {
  if (state.lastAdded.length && !state.ui.introClosed) {
    state.ui.introClosed = true;
    $('#intro').hidden = true;
    persist(['ui']);
  }
  emit('docs');
}

export function renderDocs() {
  showSize();
  const list = $('#doc-list');
  const claims = new Map((state.report?.documents || []).map((d) => [d.id, d.claims]));
  $('#doc-count').textContent = state.docs.length ? `(${state.docs.length.toLocaleString('en')})` : '';
  const shown = showAll ? state.docs : state.docs.slice(0, SHOWN);
  fill(list, shown.map(({ doc }) => docItem(doc, claims.get(doc.id))),
    state.docs.length === 0 ? h('li', { class: 'empty' }, 'No documents yet. Add files or paste a text.') : null,
    state.docs.length > shown.length ? h('li', { class: 'more' }, h('button', {
      type: 'button', class: 'link', onclick: () => { showAll = true; renderDocs(); },
    }, `Show all ${plural(state.docs.length, 'document')}`)) : null);
}

function docItem(doc, claims) {
  const name = doc.title || doc.id;
  const meta = [doc.outlet || 'unknown outlet', doc.published || 'no date', claims != null ? plural(claims, 'claim') : null].filter(Boolean).join(' · ');
  return h('li', { class: 'doc' },
    h('button', { type: 'button', class: 'doc-open', title: `Read “${name}”`, onclick: () => openDocument(doc.id) },
      h('span', { class: 'doc-title' }, name),
      h('span', { class: 'doc-meta' }, meta)),
    h('div', { class: 'doc-actions' },
      h('button', { type: 'button', class: 'small', 'aria-label': `Edit or rename “${name}”`, title: 'Rename, fix the outlet or date, edit the text', onclick: () => editDialog(doc) }, 'Edit'),
      h('button', { type: 'button', class: 'small', 'aria-label': `Remove “${name}”`, onclick: () => remove(doc) }, 'Remove')));
}

function remove(doc) {
  const i = state.docs.findIndex((d) => d.doc === doc);
  if (i < 0) return;
  const [gone] = state.docs.splice(i, 1);
  toast(`Removed “${doc.title || doc.id}”. `, { label: 'Undo', run: () => { state.docs.splice(Math.min(i, state.docs.length), 0, gone); changed(); } });
  changed();
}

/** metaFields are the inputs shared by the paste and edit dialogs. */
function metaFields(doc) {
  const title = h('input', { type: 'text', name: 'title', value: doc.title || '', autocomplete: 'off' });
  const outlet = h('input', { type: 'text', name: 'outlet', value: doc.outlet || '', autocomplete: 'off', placeholder: 'e.g. Reuters' });
  const published = h('input', { type: 'date', name: 'published', value: (doc.published || '').slice(0, 10) });
  const url = h('input', { type: 'url', name: 'url', value: doc.url || '', autocomplete: 'off', placeholder: 'https://…' });
  return {
    inputs: { title, outlet, published, url },
    nodes: [
      field('Title', title),
      h('div', { class: 'row' },
        field('Outlet', outlet),
        field('Published', published, 'Relative dates (“last year”) are read from this date.')),
      field('Link (optional)', url),
    ],
  };
}

function editDialog(doc) {
  const m = metaFields(doc);
  const text = h('textarea', { name: 'text', rows: 10 });
  text.value = doc.text;
  const form = h('form', { class: 'form', method: 'dialog' },
    m.nodes, field('Text', text),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Save'),
      h('button', { type: 'button', onclick: () => close() }, 'Cancel')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim()) { text.setCustomValidity('A document needs some text.'); text.reportValidity(); return; }
    doc.title = m.inputs.title.value.trim();
    doc.outlet = m.inputs.outlet.value.trim();
    doc.published = m.inputs.published.value;
    doc.url = m.inputs.url.value.trim();
    doc.text = text.value.replace(/\r\n/g, '\n');
    close();
    changed();
  });
  text.addEventListener('input', () => text.setCustomValidity(''));
  const close = openDialog(`Edit “${doc.title || doc.id}”`, form);
  m.inputs.title.focus();
}

function pasteDialog() {
  const m = metaFields({});
  const text = h('textarea', { name: 'text', rows: 10, required: true, placeholder: 'Paste the article text here' });
  const err = h('ul', { class: 'diags' });
  const form = h('form', { class: 'form', method: 'dialog' },
    field('Text', text), m.nodes, err,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Add document'),
      h('button', { type: 'button', onclick: () => close() }, 'Cancel')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const title = m.inputs.title.value.trim();
    const slug = (title || 'pasted').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'pasted';
    const { value } = await getEngine().call('load', { files: [{ name: `${slug}.txt`, data: text.value, format: 'text' }] }, 'Reading the text…');
    const errors = (value?.diagnostics || []).filter((d) => d.severity !== 'warning');
    if (!value || value.error || errors.length || !value.documents.length) {
      fill(err, (value?.diagnostics?.length ? value.diagnostics : [{ message: value?.error || 'nothing to add' }]).map((d) => diagItem(d, text.value)));
      return;
    }
    const doc = value.documents[0];
    if (title) doc.title = title;
    doc.outlet = m.inputs.outlet.value.trim();
    doc.published = m.inputs.published.value;
    doc.url = m.inputs.url.value.trim();
    state.lastAdded = [];
    keep([doc], value.diagnostics, `${slug}.txt`);
    close();
    toast(`Added “${doc.title || doc.id}”.`);
    changed();
  });
  const close = openDialog('Paste a text', form);
  text.focus();
}

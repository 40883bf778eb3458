// state.js holds the page's state, keeps it in IndexedDB and re-checks the
// documents whenever they or the rules change.
import * as store from './store.js';
import { plural } from './dom.js';

export const state = {
  docs: [],          // [{doc, warnings, file}] — doc as the engine loaded it
  rules: null,       // null: the built-in rules; else [{name, data}], the last valid edit
  ruleDraft: null,   // the editor's files as typed, valid or not, so a reload loses nothing
  builtin: { rules: [], demo: null },
  report: null,      // the last report (parsed) and its exact text
  reportText: '',
  reportError: null, // why the last check gave no report
  filters: { severity: new Set(), kind: new Set(), source: '', q: '' },
  selected: null,    // the selected finding's id
  selectedEvent: null, // the event shown on the Events tab
  lastAdded: [],     // ids of the documents just added: what was read from them is shown
  ui: { introClosed: false, ruleFile: 'rules/checks.yaml' },
  checkMs: 0,
};

let engine;
const listeners = new Map();

/** on(event, fn) subscribes to 'report', 'docs', 'rules', 'select'. */
export function on(ev, fn) {
  if (!listeners.has(ev)) listeners.set(ev, []);
  listeners.get(ev).push(fn);
}
export function emit(ev, arg) {
  for (const fn of listeners.get(ev) || []) fn(arg);
}

export function setEngine(e) { engine = e; }
export function getEngine() { return engine; }

/** restore reads the kept state; false on a first visit. */
export async function restore() {
  try {
    const [docs, rules, draft, ui] = await Promise.all([store.load('docs'), store.load('rules'), store.load('ruleDraft'), store.load('ui')]);
    if (ui) Object.assign(state.ui, ui);
    if (rules) state.rules = rules;
    if (draft) state.ruleDraft = draft;
    if (Array.isArray(docs)) { state.docs = docs; return true; }
  } catch (err) {
    console.warn('crosscheck: could not read the kept state', err);
  }
  return false;
}

// Saves are serialised so a slow write never lands after a newer one.
let saving = Promise.resolve();
export function persist(what = ['docs', 'rules', 'ruleDraft', 'ui']) {
  const snap = { docs: state.docs, rules: state.rules, ruleDraft: state.ruleDraft, ui: { ...state.ui } };
  saving = saving.then(() => Promise.all(what.map((k) => store.save(k, snap[k]))))
    .catch((err) => console.warn('crosscheck: could not keep the state', err));
  return saving;
}

export async function forget() {
  await saving;
  await store.clearAll();
}

/** uniqueId returns id, or id#2, id#3… when a loaded document has it. */
export function uniqueId(id, taken = new Set(state.docs.map((d) => d.doc.id))) {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}#${n}`)) return `${id}#${n}`;
}

/** docById maps evidence to the stored document. */
export function docById(id) {
  return state.docs.find((d) => d.doc.id === id)?.doc;
}

// Checks are coalesced: while one runs, further requests collapse into one
// more run with the latest documents and rules.
let running = false;
let again = false;

export async function check() {
  if (running) { again = true; return; }
  running = true;
  try {
    const req = {
      documents: state.docs.map((d) => d.doc),
      diagnostics: state.docs.flatMap((d) => d.warnings || []),
    };
    if (state.rules) req.rules = state.rules;
    const { value, text, ms } = await engine.call('check', req, `Checking ${plural(req.documents.length, 'document')}…`);
    if (value && value.schema) {
      state.report = value;
      state.reportText = text;
      state.reportError = null;
      state.checkMs = ms;
    } else {
      state.reportError = value || { error: 'the engine gave no answer' };
    }
  } catch (err) {
    state.reportError = { error: String(err.message || err), diagnostics: [] };
  } finally {
    running = false;
  }
  emit('report');
  if (again) { again = false; check(); }
}

// rules.js is the rule editor: the rule files in CodeMirror with YAML
// highlighting, errors marked at their line and column as you type (the
// engine lints them), findings re-checked live while the rules are valid,
// the rule tests run in the page, reset and download.
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { $, h, fill, plural, debounce, download, toast } from './dom.js';
import { state, emit, getEngine, persist, check } from './state.js';
import { colIndex } from './bytes.js';
import { diagItem } from './diags.js';
import { zip } from './zip.js';

let view = null;
const states = new Map(); // file name → EditorState (keeps undo per file)
let texts = new Map();    // file name → current text
let diags = [];           // the last lint's diagnostics, all files
let lintSeq = 0;

const short = (name) => name.replace(/^rules\//, '');

// The page's stylesheet does not reach into the editor's shadow root.
const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', color: '#4d5562', borderRight: '1px solid #d9dee5' },
  '.cm-gutterElement': { color: '#4d5562' },
  '.cm-activeLine': { backgroundColor: '#f3f6fc' },
  '.cm-activeLineGutter': { backgroundColor: '#e7eefb' },
  '&.cm-focused': { outline: '3px solid #5b8def', outlineOffset: '-3px' },
  '.cm-tooltip-lint': { fontFamily: 'system-ui, sans-serif', fontSize: '13px' },
});

export function initRules() {
  $('#rules-reset').addEventListener('click', reset);
  $('#rules-download').addEventListener('click', () => {
    download('crosscheck-rules.zip', zip([...texts].map(([name, data]) => ({ name, data }))));
  });
  $('#rules-test').addEventListener('click', runTests);
}

/** loadTexts fills the editor's files from the kept draft, the last valid
 *  edit or the built-ins; built-in files the kept edit lacks are added. */
function loadTexts() {
  texts = new Map(state.builtin.rules.map((f) => [f.name, f.data]));
  for (const f of state.ruleDraft || state.rules || []) texts.set(f.name, f.data);
  states.clear();
}

/** showRules is called when the rule view opens; the editor is built then. */
export function showRules() {
  if (!texts.size) loadTexts();
  if (!texts.has(state.ui.ruleFile)) state.ui.ruleFile = [...texts.keys()][0];
  if (!view) {
    // The editor lives in a shadow root: CodeMirror then styles it with
    // constructed style sheets instead of <style> elements, which the
    // page's Content-Security-Policy (style-src 'self') would refuse.
    const host = $('#editor');
    const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    view = new EditorView({ parent: root, root });
  }
  open(state.ui.ruleFile);
  renderFiles();
  renderLive();
  lint();
}

function editorState(name) {
  return EditorState.create({
    doc: texts.get(name),
    extensions: [
      lineNumbers(), highlightActiveLineGutter(), history(), drawSelection(), indentOnInput(),
      bracketMatching(), highlightActiveLine(), highlightSelectionMatches(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }), yaml(), lintGutter(), theme,
      // The editable text is the scrolling region's way in from the keyboard.
      EditorView.contentAttributes.of({ tabindex: '0', 'aria-label': 'Rule file' }),
      EditorView.lineWrapping,
      keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
      EditorView.contentAttributes.of({ 'aria-label': `Rule file ${name} (Esc then Tab leaves the editor)` }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        texts.set(name, u.state.doc.toString());
        edited();
      }),
    ],
  });
}

/** open shows one rule file in the editor, with its diagnostics. */
function open(name, at = null) {
  if (view && state.ui.ruleFile && states.has(state.ui.ruleFile)) states.set(state.ui.ruleFile, view.state);
  state.ui.ruleFile = name;
  if (!states.has(name)) states.set(name, editorState(name));
  view.setState(states.get(name));
  $('#rule-name').textContent = short(name);
  markErrors();
  renderFiles();
  if (at) {
    const pos = position(view.state.doc, at.line, at.col);
    view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    view.focus();
  }
  persist(['ui']);
}

function renderFiles() {
  const builtin = new Map(state.builtin.rules.map((f) => [f.name, f.data]));
  const item = (name) => {
    const n = diags.filter((d) => d.file === name && d.severity !== 'warning').length;
    const changedFile = builtin.get(name) !== texts.get(name);
    return h('li', null, h('button', {
      type: 'button', class: 'rule-file', 'aria-current': String(name === state.ui.ruleFile),
      onclick: () => open(name),
    }, short(name),
    changedFile ? h('span', { class: 'tag edited' }, 'edited') : null,
    n ? h('span', { class: 'tag bad' }, plural(n, 'error')) : null));
  };
  // Rule files first, then the test cases that sit beside them (name_test.yaml).
  const names = [...texts.keys()];
  const isTest = (n) => /_test\.ya?ml$/.test(n);
  const tests = names.filter(isTest);
  fill($('#rule-files'), names.filter((n) => !isTest(n)).map(item),
    tests.length ? h('li', { class: 'files-sub', 'aria-hidden': 'true' }, 'Test cases') : null,
    tests.map(item));
}

/** position turns a 1-based line and byte column into an editor offset. */
function position(doc, line, col) {
  if (!line) return 0;
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return l.from + Math.min(l.length, colIndex(l.text, col || 1));
}

function markErrors() {
  if (!view) return;
  const doc = view.state.doc;
  const mine = diags.filter((d) => d.file === state.ui.ruleFile);
  view.dispatch(setDiagnostics(view.state, mine.map((d) => {
    const from = position(doc, d.line, d.col);
    const line = doc.lineAt(from);
    // Underline the word at the column, or the rest of the line.
    const m = /^[^\s:,\]}]+/.exec(doc.sliceString(from, line.to));
    return { from, to: m ? from + m[0].length : line.to, severity: d.severity === 'warning' ? 'warning' : 'error', message: d.message + (d.hint ? ` (${d.hint})` : '') + (d.code ? ` [${d.code}]` : '') };
  })));
}

const edited = debounce(() => lint(), 250);

function currentRules() {
  return [...texts].map(([name, data]) => ({ name, data }));
}

/** lint asks the engine about every rule file; with no errors the edits
 *  are kept and the findings re-checked. */
async function lint() {
  const seq = ++lintSeq;
  const rules = currentRules();
  let value;
  try {
    ({ value } = await getEngine().call('lint', { rules }));
  } catch (err) {
    value = { error: String(err.message || err), diagnostics: [] };
  }
  if (seq !== lintSeq) return; // a newer edit is being linted
  const same = rules.length === state.builtin.rules.length && rules.every((r) => state.builtin.rules.some((b) => b.name === r.name && b.data === r.data));
  // The draft is kept as typed, errors and all: a reload must not lose it.
  const draft = same ? null : rules;
  if (JSON.stringify(draft) !== JSON.stringify(state.ruleDraft)) {
    state.ruleDraft = draft;
    persist(['ruleDraft']);
  }
  // The Findings tab says at once whether its findings come from these
  // rules or from the last valid ones.
  if (value?.error || (value?.diagnostics || []).some((d) => d.severity !== 'warning')) emit('rules');
  diags = value?.diagnostics || [];
  const errors = diags.filter((d) => d.severity !== 'warning');
  markErrors();
  renderFiles();
  renderProblems(value?.error);
  const status = $('#rule-status');
  if (value?.error || errors.length) {
    status.className = 'rule-status bad';
    status.textContent = value?.error || `${plural(errors.length, 'error')}: the findings stay as the last valid rules gave them.`;
    return;
  }
  status.className = 'rule-status ok';
  status.textContent = 'The rules are valid; findings are re-checked as you type.';
  const next = draft;
  if (JSON.stringify(next) !== JSON.stringify(state.rules)) {
    state.rules = next;
    persist(['rules']);
    emit('rules');
    check();
  }
}

function renderProblems(error) {
  const box = $('#rule-problems');
  if (!diags.length && !error) { fill(box); return; }
  const src = (file) => texts.get(file);
  fill(box,
    h('h3', null, error ? 'The rules could not be read' : `Problems (${diags.length})`),
    error ? h('p', null, error) : null,
    h('ul', { class: 'diags' }, diags.slice(0, 40).map((d) => diagItem(d, src(d.file), (x) => open(x.file, x)))));
}

async function reset() {
  state.rules = null;
  state.ruleDraft = null;
  loadTexts();
  if (view) open(texts.has(state.ui.ruleFile) ? state.ui.ruleFile : [...texts.keys()][0]);
  persist(['rules', 'ruleDraft']);
  emit('rules');
  check();
  lint();
  toast('The built-in rules are back.');
}

/** runTests runs the rule files' test cases (name_test.yaml) in the engine. */
async function runTests() {
  const box = $('#rule-tests');
  fill(box, h('p', null, 'Running the rule tests…'));
  const { value } = await getEngine().call('test', { rules: currentRules() }, 'Running the rule tests…');
  if (!value || value.error) {
    fill(box, h('p', { class: 'bad' }, value?.error || 'The engine gave no answer.'));
    return;
  }
  const s = value.summary || {};
  const failed = (value.cases || []).filter((c) => c.status === 'fail');
  const head = s.cases
    ? `${s.passed} passed, ${s.failed} failed` + (s.todo ? `, ${s.todo} to do` : '') + (s.fixed ? `, ${s.fixed} fixed` : '') + ` (${plural(s.cases, 'case')} in ${plural(s.files, 'file')})`
    : 'No rule tests found: add a file named like counts_test.yaml.';
  fill(box,
    h('h3', null, 'Rule tests'),
    h('p', { class: failed.length || (value.diagnostics || []).some((d) => d.severity !== 'warning') ? 'bad' : 'ok' }, head),
    h('ul', { class: 'diags' },
      failed.map((c) => h('li', { class: 'diag error' },
        h('button', { type: 'button', class: 'link loc', onclick: () => open(c.file, c) }, `${c.file}:${c.line}:${c.col}`), ` ${c.name}`,
        h('ul', null,
          (c.missed || []).map((p) => h('li', null, `missed ${p.what}: ${p.text}`, p.near?.length ? ` (read instead: ${p.near.join('; ')})` : '')),
          (c.unexpected || []).map((p) => h('li', null, `unexpected ${p.what}: ${p.text}`))))),
      (value.diagnostics || []).slice(0, 20).map((d) => diagItem(d, texts.get(d.file), (x) => open(x.file, x)))),
    (value.uncovered || []).length ? h('p', { class: 'hint' }, `${plural(value.uncovered.length, 'rule')} without a test case.`) : null);
}

/** renderLive lists the current findings beside the editor. */
export function renderLive() {
  const r = state.report;
  $('#live-summary').textContent = r ? `${plural(r.summary.findings, 'finding')} in ${plural(r.summary.documents, 'document')}` : '';
  fill($('#live-list'), (r?.findings || []).slice(0, 50).map((f) => h('li', null,
    h('button', { type: 'button', class: 'link', onclick: () => { emit('show-findings'); emit('select', f.id); } },
      h('span', { class: `sev sev-${f.severity}` }, f.severity), ' ', f.message))));
}

/** rulesReset is called by "Start over". */
export function rulesReset() {
  loadTexts();
  diags = [];
  if (view) open([...texts.keys()].includes(state.ui.ruleFile) ? state.ui.ruleFile : [...texts.keys()][0]);
}

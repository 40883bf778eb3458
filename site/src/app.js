// app.js starts the page: the engine in its worker, the kept documents and
// rule edits (or the demo corpus on a first visit), and the views.
import { $, $$, h, fill, plural, download, toast } from './dom.js';
import { Engine } from './engine.js';
import { state, on, emit, setEngine, restore, persist, forget, check } from './state.js';
import { initDocs, renderDocs } from './docs.js';
import { initFindings, renderFilters, renderFindings, markSelected, visible } from './findings.js';
import { renderDetail } from './detail.js';
import { initEvents, renderEvents } from './events.js';
import { renderRead } from './read.js';

// The rule editor (CodeMirror) loads when its tab is first opened.
let rules = null;
const rulesModule = () => (rules ||= import('./rules.js').then((m) => { m.initRules(); return m; }));

const engine = new Engine('worker.js');
setEngine(engine);

// The progress bar: shown while the engine works, with what it is doing.
let busyTimer;
engine.onBusy = (n, label) => {
  clearTimeout(busyTimer);
  const bar = $('#busy');
  if (!n) { bar.hidden = true; document.body.removeAttribute('aria-busy'); return; }
  // Short calls (a lint while typing) do not flash the bar.
  busyTimer = setTimeout(() => {
    bar.hidden = false;
    document.body.setAttribute('aria-busy', 'true');
    $('#busy-text').textContent = label || 'Working…';
  }, 150);
};

async function start() {
  $('#not-built')?.remove();
  initDocs();
  initFindings();
  initEvents();
  initTabs();
  initExport();
  $('#start-over').addEventListener('click', startOver);
  $('#intro-close').addEventListener('click', () => { state.ui.introClosed = true; $('#intro').hidden = true; persist(['ui']); });
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('#dialog').open && state.selected) {
      const id = state.selected;
      emit('select', null);
      $(`#groups button.finding[data-id="${CSS.escape(id)}"]`)?.focus();
    }
  });

  on('report', () => {
    renderFilters();
    renderFindings();
    renderRead();
    renderDetail();
    renderEvents();
    renderDocs();
    showCheckError();
    if (rules) rulesModule().then((m) => m.renderLive());
    // Marks for the benchmarks (make bench-site): first findings on screen, last check's time.
    if (state.report?.findings.length && !performance.getEntriesByName('first-findings').length) performance.mark('first-findings');
    document.documentElement.dataset.checkMs = String(Math.round(state.checkMs));
  });
  on('docs', () => { renderDocs(); renderFilters(); persist(['docs']); check(); });
  on('select', (id) => {
    state.selected = id;
    markSelected();
    renderDetail();
    if (id && matchMedia('(max-width: 900px)').matches) scrollTo(0, 0);
  });
  on('show-findings', () => selectTab('findings'));
  on('show-events', () => selectTab('events'));
  on('rules', showCheckError);

  renderFindings();
  let ready;
  try {
    ({ value: ready } = await engine.call('builtin', {}, 'Starting the checker…'));
  } catch (err) {
    fill($('#groups'), h('p', { class: 'notice' }, `The checker could not start: ${err.message}`));
    return;
  }
  state.builtin = ready;
  const kept = await restore();
  $('#intro').hidden = state.ui.introClosed;
  if (!kept) await loadDemo();
  renderDocs();
  renderFilters();
  await check();
  // On a wide screen the detail pane is there anyway: show the first
  // finding side by side rather than an empty pane.
  if (!state.selected && state.report?.findings.length && matchMedia('(min-width: 1201px)').matches) emit('select', state.report.findings[0].id);
  document.documentElement.dataset.ready = 'true';
}

/** loadDemo fills an empty page with the demo corpus. */
async function loadDemo() {
  const { value } = await engine.call('load', { files: [state.builtin.demo] }, 'Loading the demo corpus…');
  state.docs = value.documents.map((doc, i) => ({ doc, file: state.builtin.demo.name, warnings: i === 0 ? value.diagnostics : [] }));
  await persist(['docs', 'ui']);
}

async function startOver() {
  if (!confirm('Start over? Your documents and rule edits in this browser are forgotten and the demo corpus is loaded again.')) return;
  await forget();
  state.rules = null;
  state.ruleDraft = null;
  state.selected = null;
  state.ui.introClosed = false;
  $('#intro').hidden = false;
  fill($('#load-errors'));
  if (rules) (await rulesModule()).rulesReset();
  await loadDemo();
  renderDocs();
  await check();
  toast('Started over with the demo corpus.');
}

function showCheckError() {
  $('#check-error')?.remove();
  const err = state.reportError;
  const draftBroken = state.ruleDraft && JSON.stringify(state.ruleDraft) !== JSON.stringify(state.rules);
  let note = null;
  if (err && !(err.diagnostics || []).some((d) => d.file?.startsWith('rules/'))) {
    note = h('p', { id: 'check-error', class: 'notice bad', role: 'alert' }, `The check failed: ${err.error}`);
  } else if (err || draftBroken) {
    note = h('p', { id: 'check-error', class: 'notice bad', role: 'alert' },
      'Your rule edits have errors, so these findings come from the last valid rules. ',
      h('button', { type: 'button', class: 'link', onclick: () => selectTab('rules') }, 'Open the rule editor'));
  } else if (state.rules) {
    note = h('p', { id: 'check-error', class: 'notice' }, 'Checked with your edited rules. ',
      h('button', { type: 'button', class: 'link', onclick: () => selectTab('rules') }, 'See or reset them'));
  }
  if (note) $('#summary').after(note);
}

function initTabs() {
  for (const t of $$('.tabs [role=tab]')) {
    t.addEventListener('click', () => selectTab(t.id.replace('tab-', '')));
    t.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const tabs = $$('.tabs [role=tab]');
      const next = tabs[(tabs.indexOf(t) + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next.focus();
      selectTab(next.id.replace('tab-', ''));
    });
  }
}

function selectTab(name) {
  for (const t of $$('.tabs [role=tab]')) {
    const on = t.id === `tab-${name}`;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(`#${t.getAttribute('aria-controls')}`).hidden = !on;
  }
  document.body.dataset.view = name;
  if (name === 'rules' && state.builtin.rules.length) rulesModule().then((m) => m.showRules());
}

/** initExport wires the export buttons: everything, or what the filters
 *  show. Everything as JSON is the report's exact bytes; the rest is
 *  rendered by the engine from the report (or its shown findings). File
 *  names carry the day of the export. */
function initExport() {
  for (const b of $$('[data-export]')) {
    b.addEventListener('click', async () => {
      if (!state.report) return;
      const fmt = b.dataset.export;
      const shownOnly = $('#export-scope').value === 'shown' && visible().length !== state.report.findings.length;
      const report = shownOnly ? shownReport() : state.report;
      const day = new Date().toISOString().slice(0, 10);
      const name = `crosscheck-${shownOnly ? 'shown' : 'report'}-${day}.${{ json: 'json', csv: 'csv', markdown: 'md' }[fmt]}`;
      const type = { json: 'application/json', csv: 'text/csv', markdown: 'text/markdown' }[fmt];
      const text = fmt === 'json' && !shownOnly ? state.reportText
        : (await engine.call('render', { report, format: fmt }, `Writing ${fmt}…`)).text;
      download(name, text, type);
      toast(`Exported ${shownOnly ? `the ${plural(report.findings.length, 'finding')} shown` : plural(report.findings.length, 'finding')} as ${{ json: 'JSON', csv: 'CSV', markdown: 'Markdown' }[fmt]}.`);
    });
  }
}

/** shownReport is the report with only the findings the filters show. */
function shownReport() {
  const findings = visible();
  const count = (key) => findings.reduce((m, f) => ({ ...m, [f[key]]: (m[f[key]] || 0) + 1 }), {});
  return { ...state.report, findings, summary: { ...state.report.summary, findings: findings.length, by_severity: count('severity'), by_kind: count('kind') } };
}

start();

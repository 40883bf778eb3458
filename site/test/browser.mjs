// browser.mjs tests the page in a real browser (Debian's chromium driven by
// playwright-core): one browser launch, a few pages, run in order because
// later tests build on what earlier ones added (and then reload).
//
// The page is served by `$CROSSCHECK_BIN serve`, and its JSON export is
// compared with `$CROSSCHECK_BIN check` (the Makefile sets CROSSCHECK_BIN);
// without it (`node --test site/test/browser.mjs` by hand) test/server.mjs
// serves site/public. Screenshots land in
// test/screenshots/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots');
const repo = join(here, '..', '..');
mkdirSync(shots, { recursive: true });

let browser, server, context, page, origin;
const requests = [];   // every URL the page asked for
const blocked = [];    // requests to other origins (aborted, and a failure)
const consoleErrors = []; // errors the pages logged

/** startServer runs `crosscheck serve` on a free port, or the Node server. */
async function startServer() {
  const bin = process.env.CROSSCHECK_BIN;
  if (!bin) return serve(join(here, '..', 'public'));
  const tmp = await serve(join(here, '..', 'public')); // only to pick a free port
  const port = new URL(tmp.url).port;
  await tmp.close();
  const proc = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, close: async () => { proc.kill('SIGTERM'); } };
}

async function newContext(viewport) {
  const ctx = await browser.newContext({ viewport, acceptDownloads: true });
  // Nothing may leave the machine: anything not for the page's origin is
  // aborted here (a second fence behind the CSP) and fails the last test.
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await ctx.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return ctx;
}

async function open(p) {
  await p.goto(origin);
  await p.waitForSelector('html[data-ready=true]', { timeout: 60000 });
}

const docCount = (p) => p.$eval('#doc-count', (el) => el.textContent);
const detentionRow = (p) => p.locator('#groups button.finding', { hasText: '47' }).filter({ hasText: '51' });

before(async () => {
  server = await startServer();
  origin = new URL(server.url).origin;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await newContext({ width: 1280, height: 800 });
  page = await context.newPage();
  page.on('pageerror', (e) => { throw e; });
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('dialog', (d) => d.accept());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('first visit: the demo corpus is checked; the Santa Maria detentions show 47 and 51 side by side', async () => {
  await open(page);
  assert.equal(await docCount(page), '(11)');
  await page.screenshot({ path: join(shots, 'desktop-first-visit.png') });
  // The introduction leaves the first findings in view on a 1280×800 screen.
  const firstRow = await page.locator('#groups button.finding').first().boundingBox();
  assert.ok(firstRow && firstRow.y + firstRow.height <= 800, `the first finding is above the fold (${firstRow?.y})`);
  const row = detentionRow(page);
  assert.equal(await row.count(), 1, 'one finding compares 47 with 51 detained');
  await row.click();
  const a = page.locator('#detail .col.side-a');
  const b = page.locator('#detail .col.side-b');
  const marked = (col) => col.locator('mark.claim').evaluateAll((ms) => ms.map((m) => m.textContent).join(''));
  assert.match(await marked(a), /detained 47 people/);
  assert.match(await marked(b), /detained 51 people/);
  assert.match(await b.locator('.passage').innerText(), /Santa Maria/);
  assert.match(await a.locator('.col-head').innerText(), /New York Times/);
  assert.match(await a.locator('.col-head .date').innerText(), /24 Mar 2024/);
  // Side by side, passages level.
  const [ra, rb] = [await a.locator('.passage').boundingBox(), await b.locator('.passage').boundingBox()];
  assert.ok(rb.x >= ra.x + ra.width, 'side b sits right of side a');
  assert.equal(Math.round(ra.y), Math.round(rb.y), 'the two passages start level');
  assert.match(await page.locator('#detail .traces').innerText(), /'47' → \[47, 47\]/);
  await page.screenshot({ path: join(shots, 'desktop-detail-detentions.png') });

  // The whole document, with the claim highlighted at its byte offsets.
  await a.locator('.open-doc').click();
  const mark = page.locator('dialog .doc-text mark.claim');
  assert.equal(await mark.innerText(), 'detained 47 people');
  assert.match(await page.locator('dialog .doc-text .quote').first().innerText(), /Turkish law enforcement forces/);
  await page.screenshot({ path: join(shots, 'desktop-document.png') });
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('dialog[open]').count(), 0);

  // Responsibility reads as rows: the actor and stance, then who says so.
  const crocus = page.locator('#groups button.finding', { hasText: 'Ukraine' });
  const rows = await crocus.locator('.src-row').allInnerTexts();
  assert.ok(rows.includes('Ukraine (blamed) per Kremlin'), `one row per stance: ${rows}`);
  assert.ok(rows.includes('vs'), 'the two sides are set apart');
  // An arithmetic finding is named by its event, and says "parts" once.
  const sum = page.locator('#groups button.finding', { hasText: 'do not add up' });
  assert.doesNotMatch(await sum.innerText(), /parts \(parts/);
  const group = page.locator('#groups section.group').filter({ has: page.locator('button.finding', { hasText: 'do not add up' }) });
  assert.doesNotMatch(await group.locator('.subject').innerText(), /suspects residing/);

  // The documents list grows to show every document, collapses, and comes back.
  const list = page.locator('#doc-list');
  const height = async () => (await list.boundingBox())?.height ?? 0;
  const before = await height();
  await page.click('#docs-size');
  assert.ok(await height() > before, 'grown');
  await page.click('#docs-size');
  assert.equal(await list.isHidden(), true, 'collapsed');
  assert.equal(await page.getAttribute('#docs-size', 'aria-expanded'), 'false');
  await page.click('#docs-size');
  assert.equal(Math.round(await height()), Math.round(before));
});

test('exports: JSON is the CLI report byte for byte; CSV and Markdown download', async () => {
  const get = async (fmt) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export=${fmt}]`)]);
    return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
  };
  const day = new Date().toISOString().slice(0, 10);
  const json = await get('json');
  assert.equal(json.name, `crosscheck-report-${day}.json`);
  if (process.env.CROSSCHECK_BIN) {
    const cli = execFileSync(process.env.CROSSCHECK_BIN, ['check', '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    assert.equal(json.text, cli, 'the page and the CLI give the same bytes');
  } else {
    assert.equal(JSON.parse(json.text).schema, 'crosscheck.report/v1');
  }
  const csv = await get('csv');
  assert.match(csv.text, /^finding,severity,kind,claim,relation,event,subject,side,value,outlet,published,url/);
  assert.equal(csv.text.trim().split('\n').length >= 9, true);
  const md = await get('markdown');
  assert.match(md.text, /^# crosscheck report\n\n11 documents/);
  // What the filters show: only those findings, named as such; or everything.
  await page.locator('#f-severity .chip', { hasText: 'medium' }).click();
  const shown = await get('csv');
  assert.equal(shown.name, `crosscheck-shown-${day}.csv`);
  const severities = new Set(shown.text.trim().split('\n').slice(1).map((l) => l.split(',')[1]));
  assert.deepEqual([...severities], ['medium'], 'only the shown findings');
  const shownJSON = JSON.parse((await get('json')).text);
  assert.ok(shownJSON.findings.length > 0 && shownJSON.findings.every((f) => f.severity === 'medium'));
  assert.equal(shownJSON.summary.findings, shownJSON.findings.length);
  await page.selectOption('#export-scope', 'all');
  assert.equal((await get('json')).name, `crosscheck-report-${day}.json`);
  await page.selectOption('#export-scope', 'shown');
  await page.locator('#f-severity .chip', { hasText: 'medium' }).click();
});

test('events: every figure of an event by publication date, beside its findings', async () => {
  await page.click('#tab-events');
  assert.equal(await page.locator('#view-events').isVisible(), true);
  assert.match(await page.locator('#events-summary').innerText(), /\d+ events in 11 documents/);
  // The most disputed events come first; every row says when, how many reports and findings.
  const first = page.locator('#event-list button.event').first();
  assert.match(await first.innerText(), /\d+ reports? · \d+ findings?/);
  const row = page.locator('#event-list button.event', { hasText: 'Santa Maria' }).first();
  await row.click();
  assert.equal(await row.getAttribute('aria-current'), 'true');
  const detail = page.locator('#event-detail');
  assert.match(await detail.locator('h2').innerText(), /Santa Maria/);
  const table = detail.locator('section.fact', { hasText: 'detained' }).locator('table.figures');
  const dates = await table.locator('tbody tr td:first-child').allInnerTexts();
  assert.deepEqual([...dates].sort(), dates, 'figures in order of publication');
  const figures = await table.locator('tbody tr td:nth-child(3) strong').allInnerTexts();
  assert.ok(figures.includes('47') && figures.includes('51'), `47 and 51 detained: ${figures}`);
  await page.screenshot({ path: join(shots, 'desktop-events.png') });
  // On a wide screen the chart stands beside its table.
  await page.setViewportSize({ width: 1600, height: 900 });
  const fact = detail.locator('section.fact', { hasText: 'detained' });
  const [chartBox, tableBox] = [await fact.locator('svg.chart').boundingBox(), await fact.locator('table.figures').boundingBox()];
  assert.ok(chartBox.x + chartBox.width <= tableBox.x + 1, 'chart beside the table');
  await page.screenshot({ path: join(shots, 'wide-events.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  // The day each report gives an attack is listed as a fact of its own.
  const dayRow = page.locator('#event-list button.event', { hasText: 'attack (2018-09-22)' }).first();
  await dayRow.click();
  const day = detail.locator('section.fact', { hasText: 'day of the attack' });
  assert.equal(await day.count(), 1, 'a day of the attack section');
  assert.match(await day.locator('table.figures').innerText(), /2018-09-22/);
  await day.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'desktop-events-day.png') });
  await row.click();
  // A figure opens in its document, marked.
  await table.locator('tbody tr', { hasText: '51' }).getByRole('button', { name: 'Read' }).click();
  assert.match(await page.locator('dialog .doc-text mark.claim').innerText(), /51/);
  await page.keyboard.press('Escape');
  // The event's finding opens on the Findings tab.
  await detail.locator('.event-findings button').first().click();
  assert.equal(await page.locator('#view-findings').isVisible(), true);
  assert.match(await page.locator('#detail h2').innerText(), /Santa Maria/);
});

test('never a silent answer: two reports that agree say what was read and why nothing disagrees', async () => {
  const ctx = await newContext({ width: 1280, height: 800 });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => { throw e; });
  await open(p);
  for (const [text, outlet] of [
    ['At least 12 people were killed in a bombing in Quetta on Monday, police said.', 'Dawn'],
    ['The bombing in Quetta on Monday killed 19 people, officials said.', 'Geo News'],
  ]) {
    await p.click('#paste-text');
    await p.fill('dialog textarea[name=text]', text);
    await p.fill('dialog input[name=outlet]', outlet);
    await p.fill('dialog input[name=published]', '2024-11-12');
    await p.click('dialog button[type=submit]');
    await p.locator('#read', { hasText: outlet === 'Dawn' ? '12+ killed' : '19 killed' }).waitFor();
  }
  const read = await p.locator('#read').innerText();
  assert.match(read, /1 claim: 19 killed — bombing in Quetta \(2024-11-11\)/, 'what was read, and the event it joined');
  assert.match(read, /No disagreement on bombing in Quetta \(2024-11-11\): killed: 12\+ \(Dawn\), 19 \(Geo News\) can all hold/);
  assert.equal(await p.locator('#intro').isHidden(), true, 'the introduction gives way once reports are added');
  assert.equal(await p.locator('#groups button.finding', { hasText: 'Quetta' }).count(), 0, 'compatible figures are no finding');
  await p.screenshot({ path: join(shots, 'desktop-read.png') });
  await p.click('#tab-events');
  await p.locator('#event-list button.event', { hasText: 'Quetta' }).click();
  const fact = p.locator('#event-detail section.fact', { hasText: 'killed' });
  assert.match(await fact.innerText(), /differ but can all hold/);
  assert.deepEqual(await fact.locator('tbody td:nth-child(3) strong').allInnerTexts(), ['12+', '19']);
  assert.equal(await fact.locator('svg.chart circle').count(), 2);
  await p.screenshot({ path: join(shots, 'desktop-events-compatible.png') });
  await ctx.close();
});

test('keyboard: arrows move through findings, / searches, Esc goes back', async () => {
  const rows = page.locator('#groups button.finding');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await rows.nth(1).getAttribute('aria-current'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), await rows.nth(1).getAttribute('data-id'));
  assert.match(await page.locator('#detail h2').innerText(), /\S/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#detail .empty-detail').count(), 1);
  // Passages with few words in common are shown as written, the claims marked.
  await page.locator('#groups button.finding', { hasText: '2014' }).filter({ hasText: '2015' }).click();
  assert.match(await page.locator('#detail .legend').innerText(), /share few words/);
  assert.equal(await page.locator('#detail .passage del, #detail .passage ins').count(), 0, 'no word marked as removed or added');
  assert.equal(await page.locator('#detail .passage mark.claim').count(), 2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.type('Hamza');
  assert.equal(await rows.count(), 1);
  assert.match(await page.locator('#summary').innerText(), /1 shown/);
  await page.fill('#search', '');
  await detentionRow(page).click(); // a medium finding in the detail
  await page.locator('#f-severity .chip', { hasText: 'high' }).click();
  const sevs = await page.$$eval('#groups button.finding .sev', (els) => els.map((e) => e.textContent));
  assert.ok(sevs.length > 0 && sevs.every((s) => s === 'high'), `only high findings: ${sevs}`);
  // The detail follows the list: the medium finding gave way to a listed one.
  assert.equal(await page.locator('#groups button.finding[aria-current=true]').count(), 1, 'the detail shows a listed finding');
  assert.equal(await page.locator('#detail .crumbs .sev').textContent(), 'high');
  // The kind chips count what they would show beside the severity chosen.
  const kindCount = async (k) => Number(await page.locator('#f-kind .chip', { hasText: k }).locator('.n').innerText());
  assert.equal(await kindCount('arithmetic'), 0, 'the one arithmetic finding is medium');
  assert.equal(await kindCount('dates'), 2);
  await page.locator('#f-severity .chip', { hasText: 'high' }).click();
  assert.equal(await kindCount('arithmetic'), 1);
});

test('a malformed JSON file says where it is wrong, and the loaded documents stay', async () => {
  const before = await page.locator('#groups button.finding').count();
  await page.setInputFiles('#file-input', {
    name: 'broken.json', mimeType: 'application/json',
    buffer: Buffer.from('[\n  {"id": "x", "text": "Police detained 5 people."},\n  {"id": "y" "text": "a missing comma"}\n]\n'),
  });
  const card = page.locator('.load-error');
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /broken\.json was not added/);
  assert.match(text, /broken\.json:3:\d+/);
  assert.match(text, /already loaded are unchanged/);
  assert.equal(await docCount(page), '(11)');
  assert.equal(await page.locator('#groups button.finding').count(), before);
  await page.screenshot({ path: join(shots, 'desktop-bad-file.png') });
  await card.locator('button.icon').click();
});

const karvash = [
  { id: 'karvash-a', title: 'Bombing at Karvash market', source: 'Daily Ledger', published: '2023-05-04', text: 'Police detained 12 people after the bombing at the central market in Karvash on May 3. The blast killed nine shoppers.' },
  { id: 'karvash-b', title: 'Karvash market arrests rise', source: 'Evening Courier', published: '2023-05-06', text: 'After the bombing at the central market in Karvash on May 3, police detained 20 people, officials said.' },
];
// The third report comes as a web page, dropped on the page.
const karvashPage = `<!doctype html><html><head><title>Karvash: more arrests | Northern Star</title>
<meta property="og:site_name" content="Northern Star"><meta property="article:published_time" content="2023-05-09T08:00:00Z"></head>
<body><article><h1>Karvash: more arrests</h1><p>Security forces have detained 31 people since the bombing at the central market in Karvash on May 3, the interior ministry said.</p></article></body></html>`;

/** dropFile drops a file on the page as a person dragging it from a folder would. */
async function dropFile(p, name, type, text) {
  await p.evaluate(([name, type, text]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, [name, type, text]);
}

test('added reports (a JSON file, a dropped web page, a pasted text): a timeline of four figures; markup stays text', async () => {
  await page.setInputFiles('#file-input', { name: 'karvash.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(karvash)) });
  await page.waitForFunction(() => document.querySelector('#doc-count').textContent === '(13)');
  await dropFile(page, 'karvash-arrests.html', 'text/html', karvashPage);
  await page.waitForFunction(() => document.querySelector('#doc-count').textContent === '(14)');
  assert.equal(await page.locator('#drop').isHidden(), true, 'the drop overlay is gone');
  assert.match(await page.locator('#doc-list').innerText(), /Karvash: more arrests\nNorthern Star · 2023-05-09/);
  await page.locator('#groups button.finding', { hasText: '12' }).filter({ hasText: '31' }).first().waitFor();

  // A pasted text full of markup, about the same bombing.
  await page.click('#paste-text');
  await page.fill('dialog textarea[name=text]', 'Police detained 40 people <script>window.__pwned = 1</script> after the bombing at the central market in Karvash on May 3. <img src=x onerror="window.__pwned = 2">');
  await page.fill('dialog input[name=title]', 'Karvash <img src=x onerror="window.__pwned = 3"> update');
  await page.fill('dialog input[name=outlet]', 'Wire <b>Desk</b>');
  await page.fill('dialog input[name=published]', '2023-05-12');
  await page.click('dialog button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#doc-count').textContent === '(15)');
  assert.match(await page.locator('#doc-list').innerText(), /Karvash <img src=x onerror="window.__pwned = 3"> update/);

  const row = page.locator('#groups button.finding', { hasText: '12' }).filter({ hasText: '40' }).first();
  await row.waitFor();
  // Four sources read as four rows, in order of publication, not a chain of "vs".
  assert.deepEqual(await row.locator('.src-row .val').allInnerTexts(), ['12', '20', '31', '40']);
  assert.doesNotMatch(await row.innerText(), / vs /);
  await row.click();
  const detail = await page.locator('#detail').innerText();
  assert.match(detail, /<script>window.__pwned = 1<\/script>/, 'the passage shows the markup as text');
  const chart = page.locator('#detail .timeline svg');
  assert.equal(await chart.count(), 1, 'a timeline for four sources');
  assert.equal(await chart.locator('circle').count(), 4);
  await page.screenshot({ path: join(shots, 'desktop-timeline.png'), fullPage: false });
  await page.locator('#detail .timeline').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'desktop-timeline-chart.png') });

  await page.locator('#doc-list .doc-open', { hasText: 'Karvash <img' }).click();
  assert.match(await page.locator('dialog .doc-text').innerText(), /<script>window.__pwned = 1<\/script>/);
  await page.keyboard.press('Escape');
  const state = await page.evaluate(() => ({
    pwned: window.__pwned, imgs: document.querySelectorAll('img').length,
    scripts: [...document.scripts].map((s) => s.src),
  }));
  assert.equal(state.pwned, undefined, 'nothing ran');

  // Remove a document, then take it back.
  await page.locator('#doc-list .doc', { hasText: 'Karvash <img' }).getByRole('button', { name: /^Remove/ }).click();
  await page.waitForFunction(() => document.querySelector('#doc-count').textContent === '(14)');
  await page.locator('#toast button', { hasText: 'Undo' }).click();
  await page.waitForFunction(() => document.querySelector('#doc-count').textContent === '(15)');
  assert.equal(state.imgs, 0, 'no image element was made from the text');
  assert.deepEqual(state.scripts, [`${origin}/app.js`]);
});

/** setRuleText replaces the open rule file as a person pasting it would:
 *  select all, then a paste event carrying the text. */
async function setRuleText(text) {
  await page.click('.cm-content');
  await page.keyboard.press('Control+a');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.querySelector('#editor').shadowRoot.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('the rule editor marks errors as you type and re-checks the findings', async () => {
  await page.click('#tab-rules');
  await page.locator('.cm-editor').waitFor();
  await page.locator('#rule-files button', { hasText: 'checks.yaml' }).click();
  const original = readFileSync(join(repo, 'rules', 'checks.yaml'), 'utf8');
  const block = /(- id: detention-count\n(?:[ \t]+.*\n)*?[ \t]+)severity: \w+/;
  const message = /(- id: detention-count\n(?:[ \t]+.*\n)*?[ \t]+)message: .*/;
  assert.match(original, block);
  assert.match(original, message);

  await setRuleText(original.replace(block, '$1severty: medium'));
  await page.locator('.cm-lintRange-error').first().waitFor();
  assert.match(await page.locator('#rule-problems').innerText(), /rules\/checks\.yaml:\d+:\d+.*severty/s);
  assert.match(await page.locator('#rule-status').innerText(), /error/);
  await page.screenshot({ path: join(shots, 'desktop-rule-error.png') });
  // The Findings tab says at once that its findings come from the last valid rules.
  await page.click('#tab-findings');
  assert.match(await page.locator('#check-error').innerText(), /rule edits have errors/);
  await page.click('#tab-rules');

  await setRuleText(original.replace(message, '$1message: "Detentions disputed: {a} ({outlet_a}) against {b} ({outlet_b})"'));
  await page.waitForFunction(() => /valid/.test(document.querySelector('#rule-status').textContent));
  await page.locator('#live-list li', { hasText: 'Detentions disputed: 47' }).first().waitFor();
  assert.equal(await page.locator('#rule-files button', { hasText: 'checks.yaml' }).locator('.tag.edited').count(), 1);

  await page.click('#rules-test');
  await page.waitForFunction(() => /passed|No rule tests|could not/.test(document.querySelector('#rule-tests').textContent));
  await page.screenshot({ path: join(shots, 'desktop-rule-editor.png') });

  await page.click('#tab-findings');
  await detentionRow(page).click();
  assert.match(await page.locator('#detail .message').innerText(), /^Detentions disputed: 47 \(The New York Times/);
});

test('a reload keeps the documents and the rule edits, even unfinished ones; Start over forgets them', async () => {
  // Leave the rules mid-edit, with an error in them.
  await page.click('#tab-rules');
  const original = readFileSync(join(repo, 'rules', 'checks.yaml'), 'utf8');
  const edited = original.replace(/(- id: detention-count\n(?:[ \t]+.*\n)*?[ \t]+)message: .*/, '$1message: "Detentions disputed: {a} ({outlet_a}) against {b} ({outlet_b})"');
  await setRuleText(edited.replace(/(- id: detention-count\n(?:[ \t]+.*\n)*?[ \t]+)severity:/, '$1severty:'));
  await page.locator('.cm-lintRange-error').first().waitFor();
  await page.waitForTimeout(300); // the draft is kept once linted

  await page.reload();
  await page.waitForSelector('html[data-ready=true]');
  assert.equal(await docCount(page), '(15)');
  await detentionRow(page).click();
  assert.match(await page.locator('#detail .message').innerText(), /^Detentions disputed: 47/, 'the last valid rules check');
  assert.match(await page.locator('#check-error').innerText(), /rule edits have errors/);
  await page.click('#tab-rules');
  const file = page.locator('#rule-files button', { hasText: /^checks\.yaml/ });
  await file.locator('.tag.bad').waitFor();
  assert.equal(await file.locator('.tag.edited').count(), 1);
  assert.match(await page.locator('#rule-problems').innerText(), /severty/);
  await page.click('#tab-findings');

  await page.click('#start-over'); // the confirm() is accepted
  await page.waitForFunction(() => document.querySelector('#doc-count').textContent === '(11)');
  await detentionRow(page).click();
  await page.waitForFunction(() => / reports 47 /.test(document.querySelector('#detail .message')?.textContent));
});

test('phone width: the list, then the detail, readable without sideways scrolling', async () => {
  const phone = await newContext({ width: 390, height: 844 });
  const p = await phone.newPage();
  p.on('pageerror', (e) => { throw e; });
  await open(p);
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling');
  await p.screenshot({ path: join(shots, 'phone-list.png') });
  await detentionRow(p).click();
  assert.ok(await p.locator('#detail .col.side-b').isVisible());
  // Stacked, each passage still says whose it is.
  assert.match(await p.locator('#detail .col.side-b .col-head .outlet').innerText(), /Blog repost/);
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling in the detail');
  await p.screenshot({ path: join(shots, 'phone-detail.png'), fullPage: true });
  await p.click('#detail .back');
  assert.ok(await p.locator('#groups').isVisible());
  // The events: the list, then the chosen event's figures below it.
  await p.click('#tab-events');
  await p.locator('#event-list button.event', { hasText: 'Santa Maria' }).first().click();
  assert.ok(await p.locator('#event-detail table.figures').first().isVisible());
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling in the events');
  await p.screenshot({ path: join(shots, 'phone-events.png'), fullPage: true });
  await phone.close();
});

/** axeViolations runs axe-core on the page as it stands and returns the
 *  serious and critical violations, as "rule: target" strings. The script
 *  is evaluated through the debugger protocol, which the page's CSP allows. */
async function axeViolations(p) {
  if (!(await p.evaluate(() => typeof window.axe !== 'undefined'))) {
    await p.evaluate(readFileSync(join(here, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  const res = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('accessibility: axe-core finds no serious or critical violation on any view', async () => {
  const ctx = await newContext({ width: 1280, height: 800 });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => { throw e; });
  await open(p);
  const views = {};
  await detentionRow(p).click();
  views.findings = await axeViolations(p);
  await p.locator('#detail .col.side-a .open-doc').click();
  views.document = await axeViolations(p);
  await p.keyboard.press('Escape');
  await p.click('#paste-text');
  views.paste = await axeViolations(p);
  await p.keyboard.press('Escape');
  await p.click('#tab-events');
  await p.locator('#event-list button.event').first().click();
  views.events = await axeViolations(p);
  await p.click('#tab-rules');
  await p.locator('.cm-content').waitFor();
  views.rules = await axeViolations(p);
  for (const [view, found] of Object.entries(views)) assert.deepEqual(found, [], `${view}: ${found.join('; ')}`);
  await ctx.close();
});

test('nothing left the machine, and the Content-Security-Policy holds', async () => {
  // A fetch to another host is refused by the CSP before any network use.
  const refused = await page.evaluate(() => fetch('https://example.com/x').then(() => false, () => true));
  assert.equal(refused, true);
  const csp = await page.evaluate(() => window.__csp);
  assert.deepEqual(csp.filter((v) => !v.includes('example.com')), [], 'no other CSP violation');
  assert.ok(csp.some((v) => v.startsWith('connect-src')), 'the CSP blocked the outside fetch');
  assert.deepEqual(blocked, [], 'every request was for the page\'s own origin');
  assert.deepEqual(consoleErrors.filter((e) => !e.includes('example.com')), [], 'no errors in the console');
  assert.ok(requests.some((u) => u.endsWith('/engine.wasm.gz')));
  const meta = await page.$eval('meta[http-equiv=Content-Security-Policy]', (m) => m.content);
  assert.match(meta, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(meta, /connect-src 'self'/);
});

// bench.mjs prints the page's figures (make bench-site); it never fails on
// time. In order: the engine's size, the time from navigation to the first
// findings on the demo corpus, a 1,000-document check in the page, and, in
// this one Node process, the engine's date scanner (Wasm) next to
// chrono-node on the same news sentences: throughput and recall.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as chrono from 'chrono-node';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const wasmPath = join(repo, 'bin', 'engine.wasm');
const fmt = (n, d = 0) => n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Size.
const raw = statSync(wasmPath).size;
const gz = statSync(join(here, '..', 'public', 'engine.wasm.gz')).size;
console.log(`bench-site: engine.wasm ${fmt(raw / 1024)} KiB raw, ${fmt(gz / 1024)} KiB gzip (what the page downloads)`);

// A 1,000-document corpus from the engine benchmarks' generator.
const corpus = execFileSync('go', ['run', './scripts/site-corpus', '-n', '1000'], { cwd: repo, maxBuffer: 1 << 30 });
const docs = JSON.parse(corpus).documents;

// 2. and 3. In the browser.
const server = await serve(join(here, '..', 'public'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const firsts = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('first-findings').length > 0, null, { timeout: 60000 });
    firsts.push(await page.evaluate(() => performance.getEntriesByName('first-findings')[0].startTime));
    if (i < 2) await ctx.close();
    else {
      // The same page, now given the 1,000 documents as one JSON file.
      const t0 = Date.now();
      await page.setInputFiles('#file-input', { name: 'corpus-1000.json', mimeType: 'application/json', buffer: corpus });
      await page.waitForFunction(() => /in 1,011 documents/.test(document.querySelector('#summary').textContent), null, { timeout: 600000 });
      const wall = Date.now() - t0;
      const checkMs = +(await page.evaluate(() => document.documentElement.dataset.checkMs));
      const summary = await page.locator('#summary').innerText();
      console.log(`bench-site: first findings on the demo corpus ${fmt(median(firsts))} ms after navigation (median of 3; runs ${firsts.map((x) => fmt(x)).join(', ')} ms)`);
      console.log(`bench-site: 1,000 generated documents (${fmt(corpus.length / 1e6, 1)} MB) added to the page: check ${fmt(checkMs)} ms in the engine, ${fmt(wall)} ms from file to findings on screen (${summary})`);
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// 4. Date extraction in Node: the engine's Wasm scanner against chrono-node.
await import(join(repo, 'site', 'public', 'wasm_exec.js'));
const go = new globalThis.Go();
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), go.importObject);
go.run(instance);
const engine = (req) => JSON.parse(globalThis.crosscheck(JSON.stringify(req)));

// The same news sentences for both: every sentence of the first 300 documents.
const batches = docs.slice(0, 300).map((d) => ({ ref: d.published.slice(0, 10), texts: d.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20) }));
const sentences = batches.reduce((n, b) => n + b.texts.length, 0);
const bytes = batches.reduce((n, b) => n + b.texts.reduce((m, s) => m + Buffer.byteLength(s), 0), 0);

function timeIt(fn, minMs = 1500) {
  fn(); // warm up: the first run pays for compiling and tiering up
  let runs = 0;
  let found = 0;
  const t0 = performance.now();
  do { found = fn(); runs++; } while (performance.now() - t0 < minMs);
  return { ms: (performance.now() - t0) / runs, found };
}
// Two ways in: the JSON entry every host shares, and crosscheckDates, which
// skips encoding/json (its reflection costs more than the scan in Wasm).
const oursJSON = timeIt(() => batches.reduce((n, b) => n + engine({ op: 'dates', ref: b.ref, texts: b.texts }).dates.flat().length, 0));
const ours = timeIt(() => batches.reduce((n, b) => n + JSON.parse(globalThis.crosscheckDates(b.ref, b.texts.join('\0'))).flat().length, 0));
const theirs = timeIt(() => batches.reduce((n, b) => {
  const ref = new Date(`${b.ref}T12:00:00Z`);
  return n + b.texts.reduce((m, s) => m + chrono.parse(s, ref).length, 0);
}, 0));

// Recall on the hand-labelled sentences.
const labelled = JSON.parse(readFileSync(join(here, 'dates-labelled.json'), 'utf8')).rows;
const within = (a, b, lo, hi) => a >= lo && b <= hi;
const ymd = (c) => `${String(c.get('year')).padStart(4, '0')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
let want = 0;
let gotOurs = 0;
let gotTheirs = 0;
const missedOurs = [];
for (const [ref, s, labels] of labelled) {
  const o = engine({ op: 'dates', ref, texts: [s] }).dates[0].map((d) => ({
    from: Buffer.from(s).subarray(0, d.start).toString().length, to: Buffer.from(s).subarray(0, d.end).toString().length, lo: d.from, hi: d.to,
  }));
  const t = chrono.parse(s, new Date(`${ref}T12:00:00Z`)).map((r) => ({
    from: r.index, to: r.index + r.text.length, lo: ymd(r.start), hi: r.end ? ymd(r.end) : ymd(r.start),
  }));
  for (const [text, lo, hi] of labels) {
    want++;
    const from = s.indexOf(text);
    const to = from + text.length;
    const hit = (xs) => xs.some((x) => x.from < to && x.to > from && within(x.lo, x.hi, lo, hi));
    if (hit(o)) gotOurs++; else missedOurs.push(`${text} (${ref})`);
    if (hit(t)) gotTheirs++;
  }
}

const rate = (r) => `${fmt(sentences / (r.ms / 1000))} sentences/s, ${fmt(bytes / 1e6 / (r.ms / 1000), 1)} MB/s`;
console.log(`bench-site: dates on ${fmt(sentences)} news sentences (${fmt(bytes / 1e6, 1)} MB), one Node process:`);
console.log(`  crosscheck (Wasm)       ${rate(ours)}, ${fmt(ours.found)} dates; recall ${gotOurs}/${want} (${fmt((100 * gotOurs) / want, 1)}%) on the hand-labelled set`);
console.log(`  crosscheck (Wasm, JSON) ${rate(oursJSON)} through the shared JSON entry`);
console.log(`  chrono-node             ${rate(theirs)}, ${fmt(theirs.found)} dates; recall ${gotTheirs}/${want} (${fmt((100 * gotTheirs) / want, 1)}%)`);
console.log(`  crosscheck runs ${fmt(theirs.ms / ours.ms, 1)}× chrono-node's throughput (${fmt(theirs.ms / oursJSON.ms, 1)}× through the JSON entry)`);
if (missedOurs.length) console.log(`  crosscheck missed: ${missedOurs.join('; ')}`);
process.exit(0);

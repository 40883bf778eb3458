// build.mjs bundles the page's scripts with esbuild into public/ and copies
// Go's wasm_exec.js next to them. The engine itself (engine.wasm.gz) is
// built by `make site` (scripts/build-site.sh). Nothing is fetched at run
// time from anywhere but the page's own origin.
import { build } from 'esbuild';
import { copyFileSync, statSync, rmSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
copyFileSync(`${goroot}/lib/wasm/wasm_exec.js`, 'public/wasm_exec.js');
rmSync('public/chunks', { recursive: true, force: true });

const common = { bundle: true, minify: true, sourcemap: false, target: ['es2022'], logLevel: 'warning', legalComments: 'none' };
// The rule editor (CodeMirror) is split off and loaded when its tab opens,
// so the first findings do not wait for it.
await build({ ...common, entryPoints: ['src/app.js'], outdir: 'public', format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// The worker is a classic script: it loads wasm_exec.js with importScripts.
await build({ ...common, entryPoints: ['src/worker.js'], outfile: 'public/worker.js', format: 'iife' });

for (const f of ['app.js', 'worker.js', 'wasm_exec.js', 'style.css', ...readdirSync('public/chunks').map((c) => `chunks/${c}`)]) {
  console.log(`site: public/${f} ${statSync(`public/${f}`).size} bytes`);
}

// worker.js runs the engine (Go compiled to WebAssembly) off the page's
// thread, so the page never freezes while a corpus is checked. Messages:
// {id, op, req} in, {id, ok, text | error, ms} out; text is the engine's
// answer as it wrote it (the report's exact bytes for check).
/* global importScripts, Go, DecompressionStream */
importScripts('wasm_exec.js');

const ready = (async () => {
  // The engine ships gzip-compressed and is inflated here, so any static
  // server (and `crosscheck serve`) sends the small file. A server that
  // adds Content-Encoding: gzip itself hands over the inflated bytes.
  const res = await fetch('engine.wasm.gz');
  if (!res.ok) throw new Error(`engine.wasm.gz: HTTP ${res.status} (run make site)`);
  let bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  }
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  go.run(instance); // runs main until it waits; crosscheck is registered by then
  if (typeof self.crosscheck !== 'function') throw new Error('the engine did not start');
})();

self.onmessage = async (e) => {
  const { id, op, req } = e.data;
  try {
    await ready;
    const t0 = performance.now();
    const text = self.crosscheck(JSON.stringify({ ...req, op }));
    self.postMessage({ id, ok: true, text, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String(err && err.message || err) });
  }
};

// glue.mjs replaces the worker.mjs that syumai/workers' workers-assets-gen
// writes (scripts/build-worker.sh copies it over): that one starts a new Go
// WebAssembly.Instance for every request, and an isolate serving requests
// concurrently then holds one instance (about 10 MB of linear memory for a
// demo check) per request in flight: 50 at once took 690 MB in workerd,
// against a Worker's 128 MB. Here one Go instance serves every request of
// the isolate: the Go side (worker/main_js.go) keeps running after the
// first answer, its handler takes each request in a goroutine, and the
// handler's memory budget (internal/httpapi, admission.go) bounds what the
// requests in flight may hold together, answering 503 past it. Start-up
// (the Go runtime, package inits, the built-in rules) is paid once per
// isolate, not per request.
//
// wasm_exec.js and runtime.mjs are syumai/workers' own, unchanged.
import "./wasm_exec.js";
import { createRuntimeContext, loadModule } from "./runtime.mjs";

// The handler's Go code calls tryCatch (syumai/workers' jsutil).
globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (e) {
    return { error: e };
  }
};

let current; // a Promise of the live instance
let peakMemory = 0; // the largest linear memory seen, for the benchmarks' header

// start makes a Go instance and waits for its handler to be registered.
// It is given only env: a request's ExecutionContext must not outlive it,
// and the handler uses neither.
async function start(env) {
  const mod = await loadModule();
  const go = new Go();
  const binding = {};
  let ready;
  const readyPromise = new Promise((resolve) => (ready = resolve));
  const instance = new WebAssembly.Instance(mod, {
    ...go.importObject,
    workers: { ready: () => ready() },
  });
  const g = { binding, memory: instance.exports.mem, dead: false };
  // run resolves only when the Go program exits: a fatal error (an out of
  // memory, say). The next request then starts a new instance.
  g.exited = go.run(instance, createRuntimeContext({ env, ctx: undefined, binding })).then(
    () => { g.dead = true; },
    () => { g.dead = true; },
  );
  await Promise.race([readyPromise, g.exited]);
  if (g.dead) {
    throw new Error("the Go instance exited before serving");
  }
  return g;
}

async function instance(env) {
  if (current === undefined) {
    current = start(env);
    current.catch(() => { current = undefined; });
  }
  const g = await current;
  if (g.dead) {
    current = undefined;
    return instance(env);
  }
  return g;
}

async function fetch(req, env) {
  const g = await instance(env);
  const exited = g.exited.then(() => {
    throw new Error("the Go instance exited while serving this request");
  });
  const res = await Promise.race([g.binding.handleRequest(req), exited]);
  peakMemory = Math.max(peakMemory, g.memory.buffer.byteLength);
  if (env && env.CROSSCHECK_BENCH) {
    // The benchmarks' build reads the isolate's Go memory from each answer.
    const out = new Response(res.body, res);
    out.headers.set("Crosscheck-Wasm-Memory", `now=${g.memory.buffer.byteLength} peak=${peakMemory}`);
    return out;
  }
  return res;
}

export default { fetch };

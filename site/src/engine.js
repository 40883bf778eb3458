// engine.js talks to the engine in its Web Worker: call(op, req) returns
// the engine's parsed answer (and, for check, its exact text). Calls run
// one at a time in the worker; onBusy tells the page when work is pending.

export class Engine {
  constructor(url = 'worker.js') {
    this.worker = new Worker(url);
    this.next = 1;
    this.pending = new Map();
    this.onBusy = () => {};
    this.worker.onmessage = (e) => this.answer(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      for (const p of this.pending.values()) p.reject(new Error(e.message || 'the engine failed to start'));
      this.pending.clear();
      this.onBusy(0, null);
    };
  }

  /** call sends one request; label describes it for the progress bar. */
  call(op, req = {}, label = null) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, label });
      this.worker.postMessage({ id, op, req });
      this.busy();
    });
  }

  answer({ id, ok, text, error, ms }) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    this.busy();
    if (!ok) return p.reject(new Error(error));
    let value;
    try { value = JSON.parse(text); } catch { value = null; }
    p.resolve({ value, text, ms });
  }

  busy() {
    const labels = [...this.pending.values()].map((p) => p.label).filter(Boolean);
    this.onBusy(labels.length, labels[labels.length - 1] || null);
  }
}

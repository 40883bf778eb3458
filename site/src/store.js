// store.js keeps the page's work in IndexedDB (documents can be many
// megabytes, past localStorage's limit): one key-value store, values are
// structured-cloned as they are.

const DB = 'crosscheck';
const STORE = 'state';
let dbp;

function db() {
  dbp ||= new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  return dbp;
}

function tx(mode, fn) {
  return db().then((d) => new Promise((resolve, reject) => {
    const t = d.transaction(STORE, mode);
    const req = fn(t.objectStore(STORE));
    t.oncomplete = () => resolve(req && req.result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  }));
}

export const load = (key) => tx('readonly', (s) => s.get(key));
export const save = (key, value) => tx('readwrite', (s) => s.put(value, key));
export const clearAll = () => tx('readwrite', (s) => s.clear());

// bytes.js converts the engine's byte offsets (UTF-8, as Go counts them)
// into JavaScript string indexes (UTF-16 code units), which differ as soon
// as a text holds a curly quote or any non-ASCII letter.

const enc = new TextEncoder();
const dec = new TextDecoder();
const cache = new WeakMap(); // doc object → its UTF-8 bytes

/** utf8Of returns the UTF-8 bytes of a document's text, computed once. */
function utf8Of(doc) {
  let b = cache.get(doc);
  if (!b) { b = enc.encode(doc.text); cache.set(doc, b); }
  return b;
}

/** byteToIndex turns a byte offset in s into a UTF-16 index in s. */
export function byteToIndex(bytes, off) {
  off = Math.max(0, Math.min(off, bytes.length));
  return dec.decode(bytes.subarray(0, off)).length;
}

/** spans cuts a document's text at byte offsets: [[text, from, to], ...]
 *  where from/to are the byte offsets each piece starts and ends at. */
export function cutAt(doc, offsets) {
  const b = utf8Of(doc);
  const cuts = [...new Set([0, ...offsets.map((o) => Math.max(0, Math.min(o, b.length))), b.length])].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    out.push([dec.decode(b.subarray(cuts[i], cuts[i + 1])), cuts[i], cuts[i + 1]]);
  }
  return out;
}

/** colIndex turns a 1-based byte column in a line into a 0-based UTF-16 index. */
export function colIndex(line, col) {
  return byteToIndex(enc.encode(line), col - 1);
}

/**
 * The SHA-256 of `JSON.stringify(value)`, computed without making that string: the JSON is
 * fed to the hash in pieces as the value is walked. An article of a million paragraphs
 * serializes to hundreds of megabytes, which the EPUB's identifier does not need to hold.
 * The digest is the same as the whole string's, for plain data (objects, arrays, strings,
 * numbers, booleans, null; `undefined` properties left out, as JSON.stringify does).
 */
import { createHash } from 'node:crypto';

/** Text is handed to the hash in pieces of about this many characters. */
const PIECE = 1 << 16;

export function jsonDigest(value: unknown): string {
  const hash = createHash('sha256');
  let pending: string[] = [];
  let size = 0;
  const put = (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= PIECE) {
      hash.update(pending.join(''));
      pending = [];
      size = 0;
    }
  };
  const walk = (v: unknown, inArray: boolean): void => {
    if (v === null || typeof v !== 'object') {
      // What JSON.stringify writes for a primitive; `undefined` and functions become `null` in an array.
      put(JSON.stringify(v) ?? (inArray ? 'null' : ''));
      return;
    }
    if (Array.isArray(v)) {
      put('[');
      v.forEach((item, i) => {
        if (i > 0) put(',');
        walk(item, true);
      });
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const [key, item] of Object.entries(v)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      walk(item, false);
    }
    put('}');
  };
  walk(value, false);
  hash.update(pending.join(''));
  return hash.digest('hex');
}

/**
 * The SHA-256 of `JSON.stringify(value)`, computed without making that string: the JSON is
 * fed to the hash in pieces as the value is walked. An article of a million paragraphs
 * serializes to hundreds of megabytes, which the EPUB's identifier does not need to hold.
 * The digest is the same as the whole string's, for plain data (objects, arrays, strings,
 * numbers, booleans, null; `undefined` properties left out, as JSON.stringify does): the pieces
 * are `writeJson`'s, compact.
 */
import { createHash } from 'node:crypto';
import { writeJson } from './json-output.js';

export function jsonDigest(value: unknown): string {
  const hash = createHash('sha256');
  writeJson(value, (chunk) => hash.update(chunk), 0);
  return hash.digest('hex');
}

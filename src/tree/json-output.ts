/**
 * The tree as JSON, exactly as `JSON.stringify(value, null, 2)` writes it, but handed out in
 * pieces of about a megabyte (`chunked`). The tree of a 60 MB page is a JSON text of over 100 million
 * characters; built as one string (twice that in bytes) beside the tree, it doubled the peak
 * memory of `lectern tree --json` (issue 9: memory within a few times the input).
 */

import { chunked } from './chunked.js';

/** Objects and arrays nested deeper than this are written whole: a block, a dropped line, an explanation. */
const PIECE_DEPTH = 5;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What `JSON.stringify` does with a value before writing it: `toJSON`, and nothing for functions, symbols and `undefined`. */
function jsonValue(value: unknown, key: string): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null;
  return withToJson && typeof withToJson === 'object' && typeof withToJson.toJSON === 'function' ? withToJson.toJSON(key) : value;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * `space` as `JSON.stringify`'s third argument: 2 for the `--json` output, 0 for the compact text
 * the EPUB's identifier is the digest of (`json-digest.ts`).
 */
export function writeJson(value: unknown, write: (chunk: string) => void, space = 2): void {
  const { out, end } = chunked(write);
  const step = ' '.repeat(space);
  const newline = space ? '\n' : '';
  /** `value` has been through `jsonValue` already. */
  const emit = (value: unknown, indent: string, depth: number) => {
    if (depth === 0 || value === null || typeof value !== 'object') {
      // (Strings in JSON hold no raw line breaks, so every break is the layout's and takes the indent.)
      const text = JSON.stringify(value as Json, null, space) ?? 'null';
      out(space ? text.replaceAll('\n', `\n${indent}`) : text);
      return;
    }
    const inner = `${indent}${step}`;
    if (Array.isArray(value)) {
      if (value.length === 0) return out('[]');
      out(`[${newline}`);
      value.forEach((raw, i) => {
        const item = jsonValue(raw, String(i));
        out(inner);
        emit(omitted(item) ? null : item, inner, depth - 1);
        out(i < value.length - 1 ? `,${newline}` : newline);
      });
      return out(`${indent}]`);
    }
    const entries: [string, unknown][] = [];
    for (const [name, raw] of Object.entries(value)) {
      const item = jsonValue(raw, name);
      if (!omitted(item)) entries.push([name, item]);
    }
    if (entries.length === 0) return out('{}');
    out(`{${newline}`);
    entries.forEach(([name, item], i) => {
      out(`${inner}${JSON.stringify(name)}:${space ? ' ' : ''}`);
      emit(item, inner, depth - 1);
      out(i < entries.length - 1 ? `,${newline}` : newline);
    });
    out(`${indent}}`);
  };
  const top = jsonValue(value, '');
  if (omitted(top)) return;
  emit(top, '', PIECE_DEPTH);
  end();
}

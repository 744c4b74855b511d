/**
 * The tree as JSON, exactly as `JSON.stringify(value, null, 2)` writes it, but handed out in
 * pieces of about a megabyte. The tree of a 60 MB page is a JSON text of over 100 million
 * characters; built as one string (twice that in bytes) beside the tree, it doubled the peak
 * memory of `lectern tree --json` (issue 9: memory within a few times the input).
 */

/** Objects and arrays nested deeper than this are written whole: a block, a dropped line, an explanation. */
const PIECE_DEPTH = 5;
/** How much text is gathered before it is handed to `write`. */
const CHUNK = 1 << 20;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What `JSON.stringify` does with a value before writing it: `toJSON`, and nothing for functions, symbols and `undefined`. */
function jsonValue(value: unknown, key: string): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null;
  return withToJson && typeof withToJson === 'object' && typeof withToJson.toJSON === 'function' ? withToJson.toJSON(key) : value;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

export function writeJson(value: unknown, write: (chunk: string) => void): void {
  let pending = '';
  const out = (text: string) => {
    pending += text;
    if (pending.length >= CHUNK) {
      write(pending);
      pending = '';
    }
  };
  const emit = (raw: unknown, key: string, indent: string, depth: number) => {
    const value = jsonValue(raw, key);
    if (depth === 0 || value === null || typeof value !== 'object') {
      // (Strings in JSON hold no raw line breaks, so every break is the layout's and takes the indent.)
      out((JSON.stringify(value as Json, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return out('[]');
      out('[\n');
      value.forEach((item, i) => {
        out(inner);
        emit(omitted(item) ? null : item, String(i), inner, depth - 1);
        out(i < value.length - 1 ? ',\n' : '\n');
      });
      return out(`${indent}]`);
    }
    const entries = Object.entries(value).filter(([name, item]) => !omitted(jsonValue(item, name)));
    if (entries.length === 0) return out('{}');
    out('{\n');
    entries.forEach(([name, item], i) => {
      out(`${inner}${JSON.stringify(name)}: `);
      emit(item, name, inner, depth - 1);
      out(i < entries.length - 1 ? ',\n' : '\n');
    });
    out(`${indent}}`);
  };
  if (omitted(jsonValue(value, ''))) return;
  emit(value, '', '', PIECE_DEPTH);
  if (pending) write(pending);
}

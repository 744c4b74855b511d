/**
 * Reading an input file (or stdin) into text, refusing what is not a text article
 * with one clear sentence: missing, a directory, empty, binary, too large. Text that
 * is not valid UTF-8 is read as Windows-1252 (what such files almost always are), with
 * a warning, rather than refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { LecternError } from './errors.js';

// (A CommonJS package without types: its one function, typed here.)
const sniffHtmlEncoding = createRequire(import.meta.url)('html-encoding-sniffer') as (bytes: Uint8Array, options: { transportLayerEncodingLabel?: string; defaultEncoding?: string }) => string;

/** Larger inputs are refused: no article is 64 MiB of text, and the tree must fit in memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  warnings: string[];
}

export async function readInputBytes(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new LecternError('inputNotFound', `no such file: ${path}`, path);
    if (code === 'EACCES') throw new LecternError('inputNotFound', `cannot read ${path}: permission denied`, path);
    throw new LecternError('inputNotFound', `cannot read ${path}: ${code ?? 'unknown error'}`, path);
  }
  if (info.isDirectory()) throw new LecternError('inputNotFound', `${path} is a directory; give an article file`, path);
  if (!info.isFile()) throw new LecternError('inputNotFound', `${path} is not a regular file`, path);
  if (info.size > MAX_INPUT_BYTES) throw tooLarge(path, info.size);
  try {
    return await readFile(path);
  } catch (error) {
    throw new LecternError('inputNotFound', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, path);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge('standard input', size);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(name: string, size: number): LecternError {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return new LecternError('badInput', `${name} is ${mib(size)}; Lectern reads at most ${mib(MAX_INPUT_BYTES)}`, name);
}

/**
 * A web page's bytes → text, in the encoding the page names (HTML's own rules: a byte-order mark,
 * then the server's `charset`, then `<meta charset>` in the first 1,024 bytes), UTF-8 otherwise.
 */
export function decodeHtmlInput(bytes: Uint8Array, name: string, transportCharset?: string): DecodedInput {
  if (bytes.length === 0) throw new LecternError('badInput', `${name} is empty`, name);
  const encoding = sniffHtmlEncoding(bytes, { ...(transportCharset ? { transportLayerEncodingLabel: transportCharset } : {}), defaultEncoding: 'UTF-8' });
  if (/^utf-(?:8|16)/i.test(encoding)) return decodeInput(bytes, name);
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    // (An encoding this Node.js does not know: read as UTF-8, or Windows-1252 with a warning.)
    return decodeInput(bytes, name);
  }
  return finishDecoding(text, name, []);
}

/** Bytes → text: UTF-8 (BOM removed), UTF-16 with a BOM, or Windows-1252 with a warning. */
export function decodeInput(bytes: Uint8Array, name: string): DecodedInput {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new LecternError('badInput', `${name} is empty`, name);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new LecternError('badInput', `${name} looks like a binary file, not text`, name);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push(`${name} is not valid UTF-8; read it as Windows-1252`);
    }
  }
  return finishDecoding(text, name, warnings);
}

/** Line ends made `\n`, characters XML forbids removed, blank input refused. */
function finishDecoding(decoded: string, name: string, warnings: string[]): DecodedInput {
  let text = decoded.replace(/\r\n?/g, '\n');
  const cleaned = withoutForbiddenCharacters(text);
  if (cleaned.removed > 0) {
    text = cleaned.text;
    warnings.push(`${name}: removed ${cleaned.removed} control character${cleaned.removed === 1 ? '' : 's'} that XML forbids (a terminal colour code, say)`);
  }
  if (text.trim() === '') throw new LecternError('badInput', `${name} has no text (only blank space)`, name);
  return { text, warnings };
}

/**
 * Characters XML 1.0 forbids (C0 controls but tab, line feed, carriage return; unpaired
 * surrogates; U+FFFE and U+FFFF) would make the EPUB's XHTML ill-formed. A terminal colour code
 * (`ESC[31m`) goes whole. Form feeds stay: the news-text reader reads them as page breaks, and
 * the writers' escaping drops any that remain.
 */
const ANSI_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
const FORBIDDEN = /[\x00-\x08\x0B\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function withoutForbiddenCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text
    .replace(ANSI_SEQUENCE, (m) => {
      removed += m.length;
      return '';
    })
    .replace(FORBIDDEN, () => {
      removed++;
      return '';
    });
  return { text: out, removed };
}

/** NUL bytes, or many control characters, mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.1;
}

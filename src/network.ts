/**
 * The one module that goes on the network: a page given as a URL, and the images of such a page.
 * Node's own http/https clients, so that every address a name resolves to is checked before a
 * connection is made (a redirect or a DNS answer cannot lead Lectern to the machine's own
 * services or the local network unless `allowPrivateNetwork` says so). Limits on redirects, time
 * and size; the body is decompressed (gzip, deflate, br) and counted as it arrives. Nothing on a
 * fetched page runs: it is only read.
 */
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { LecternError } from './errors.js';

export interface FetchOptions {
  /** Let the request reach loopback, private, link-local and other non-public addresses. */
  allowPrivateNetwork?: boolean;
  /** For the whole exchange, redirects included. */
  timeoutMs?: number;
  /** Of the decompressed body. */
  maxBytes?: number;
  maxRedirects?: number;
  accept?: string;
}

export interface Fetched {
  /** The address the body came from, after redirects. */
  url: string;
  /** `text/html`, lower case, without parameters. */
  mediaType: string;
  /** From the `Content-Type` header, when it names one. */
  charset?: string;
  body: Uint8Array;
}

export const USER_AGENT = 'Lectern/0.1 (article to EPUB, HTML and audio; +https://www.npmjs.com/package/lectern)';
export const PAGE_LIMITS = { timeoutMs: 30_000, maxBytes: 16 * 1024 * 1024, maxRedirects: 5 } as const;

export function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text.trim());
}

/**
 * Addresses that are not the public internet: loopback, private, link-local, CGNAT, multicast,
 * reserved. (IPv4-mapped IPv6 addresses are unwrapped and judged as IPv4 below: a `::ffff:0:0/96`
 * rule here would also match every IPv4 address.)
 */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b:1::', 48]] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address it is.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (mapped) return isPublicAddress(mapped);
    return !NOT_PUBLIC.check(address, 'ipv6');
  }
  return !NOT_PUBLIC.check(address, 'ipv4');
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/** A DNS lookup that refuses names resolving to a non-public address. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as { address: string; family: number }[];
      const blocked = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (blocked) {
        const refusal: NodeJS.ErrnoException = new Error(`${hostname} is a private or local address (${blocked.address})`);
        refusal.code = 'LECTERN_PRIVATE';
        return callback(refusal, []);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      return callback(null, first.address, first.family);
    });
  };
}

/** GET `url`, following redirects; one clear LecternError for every way it can fail. */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? PAGE_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? PAGE_LIMITS.maxBytes;
  const maxRedirects = options.maxRedirects ?? PAGE_LIMITS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const response = await request(current, options, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= maxRedirects) throw new LecternError('inputNotFound', `${url} redirects more than ${maxRedirects} times`, url);
        let next: URL;
        try {
          next = new URL(response.headers.location, current);
        } catch {
          throw new LecternError('inputNotFound', `${current} redirects to an address that is not a URL`, url);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new LecternError('inputNotFound', `${current} redirects to ${next.protocol} which Lectern does not follow`, url);
        current = next.href;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new LecternError('inputNotFound', `${current} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`, url);
      }
      const type = String(response.headers['content-type'] ?? '');
      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        throw tooLarge(current, maxBytes);
      }
      const body = await readBody(response, maxBytes, current);
      const mediaType = type.split(';')[0]?.trim().toLowerCase() ?? '';
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
      return { url: current, mediaType, ...(charset ? { charset } : {}), body };
    }
  } catch (error) {
    if (error instanceof LecternError) throw error;
    if (controller.signal.aborted) throw new LecternError('inputNotFound', `${url} did not answer within ${Math.round(timeoutMs / 1000)} s`, url);
    throw new LecternError('inputNotFound', `cannot fetch ${url}: ${describe(error as NodeJS.ErrnoException)}`, url);
  } finally {
    clearTimeout(timer);
  }
}

function request(url: string, options: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new LecternError('usage', `${url}: only http and https addresses can be fetched`, url);
  if (target.username || target.password) throw new LecternError('usage', `${url}: addresses with a user name or password are not fetched`, url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // An address written as a number is not looked up, so it is judged here.
  if (isIP(host) && !options.allowPrivateNetwork && !isPublicAddress(host)) {
    throw new LecternError('inputNotFound', `cannot fetch ${url}: ${host} is a private or local address (use --allow-private-network to allow it)`, url);
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      target,
      {
        signal,
        lookup: guardedLookup(options.allowPrivateNetwork === true) as never,
        headers: {
          'user-agent': USER_AGENT,
          accept: options.accept ?? 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
  });
}

async function readBody(response: http.IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: Readable = response;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(zlib.createGunzip());
  else if (encoding === 'deflate') stream = response.pipe(zlib.createInflate());
  else if (encoding === 'br') stream = response.pipe(zlib.createBrotliDecompress());
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        response.destroy();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof LecternError) throw error;
    throw new LecternError('inputNotFound', `cannot read ${url}: ${describe(error as NodeJS.ErrnoException)}`, url);
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: string, maxBytes: number): LecternError {
  return new LecternError('badInput', `${url} is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB; Lectern reads at most that`, url);
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the name does not resolve (no such host, or no network)';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'LECTERN_PRIVATE':
      return `${error.message} (use --allow-private-network to allow it)`;
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
    case 'ERR_PADDING_1':
      return 'the compressed body is corrupt';
    default:
      if (error.code?.startsWith('ERR_TLS') || /certificate/i.test(error.message)) return `the TLS certificate is not valid (${error.code ?? error.message})`;
      return error.code ?? error.message;
  }
}

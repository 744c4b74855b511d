/**
 * Images the article refers to, loaded before any writer runs so writers stay pure.
 * Local files inside the article's folder (see `local-files.ts`) and `data:` URIs; http(s)
 * images only when asked (a URL input, or `--fetch-images`), within limits of count, size and
 * time, and never from private addresses unless allowed (see `network.ts`). A missing or
 * refused image is a warning, and the writers then show the image's alt text instead.
 */
import { dirname, extname, resolve } from 'node:path';
import { readLocalFile } from './local-files.js';
import { fetchResource } from './network.js';
import { unsafeSvgReason } from './svg-safety.js';
import type { Article, Figure } from './tree/types.js';
import { articleBlocks } from './tree/walk.js';

export interface Asset {
  mediaType: string;
  data: Uint8Array;
}

export type Assets = ReadonlyMap<string, Asset>;

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Remote images: at most this many, each this large, each within this time. */
export const REMOTE_IMAGE_LIMITS = { count: 40, maxBytes: 10 * 1024 * 1024, timeoutMs: 15_000 } as const;

/** The lead figure and every figure of the body, in document order. */
export function figuresOf(article: Article): Figure[] {
  const body = [...articleBlocks(article)].filter((block): block is Figure => block.type === 'figure');
  return article.lead ? [article.lead, ...body] : body;
}

export interface AssetOptions {
  /** Read images outside the article's folder (for people converting their own files). */
  allowOutside?: boolean;
  /** Download http(s) images (a URL input, `--fetch-images`). */
  fetchRemote?: boolean;
  /** Remote images may come from loopback or private addresses. */
  allowPrivateNetwork?: boolean;
  /** Read no local file at all (a page that came from the web names none of ours). */
  noLocalFiles?: boolean;
}

export async function loadAssets(article: Article, inputFile: string | undefined, options: AssetOptions = {}): Promise<{ assets: Assets; warnings: string[] }> {
  const assets = new Map<string, Asset>();
  const warnings: string[] = [];
  const base = inputFile && inputFile !== '-' ? dirname(resolve(inputFile)) : process.cwd();
  let remote = 0;
  for (const figure of figuresOf(article)) {
    const src = figure.src;
    if (!src || assets.has(src)) continue;
    const fromData = parseDataUri(src);
    if (fromData === null) {
      warnings.push('an image’s data: URI is malformed; its alt text is shown instead');
      continue;
    }
    if (fromData) {
      const unsafe = unsafeSvg(fromData);
      if (unsafe) warnings.push(`an SVG image in a data: URI ${unsafe}; its alt text is shown instead`);
      else assets.set(src, fromData);
      continue;
    }
    if (/^https?:\/\//i.test(src) && options.fetchRemote) {
      if (remote >= REMOTE_IMAGE_LIMITS.count) {
        warnings.push(`image ${src} was not downloaded: an article's first ${REMOTE_IMAGE_LIMITS.count} images are; its alt text is shown instead`);
        continue;
      }
      remote++;
      const fetched = await fetchImage(src, options.allowPrivateNetwork === true);
      if ('refused' in fetched) warnings.push(`image ${src} ${fetched.refused}; its alt text is shown instead`);
      else assets.set(src, fetched);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      warnings.push(`image ${src} is not a local file; Lectern downloads images only with --fetch-images (or for a URL), so its alt text is shown instead`);
      continue;
    }
    if (options.noLocalFiles) {
      warnings.push(`image ${src} names a local file, which a page from the web may not read; its alt text is shown instead`);
      continue;
    }
    const mediaType = MEDIA_TYPES[extname(src).toLowerCase()];
    if (!mediaType) {
      warnings.push(`image ${src} is not PNG, JPEG, GIF, SVG or WebP; its alt text is shown instead`);
      continue;
    }
    const read = await readLocalFile(src, { folder: base, maxBytes: MAX_IMAGE_BYTES, allowOutside: options.allowOutside === true });
    if ('refused' in read) warnings.push(`image ${src} ${read.refused}; its alt text is shown instead`);
    else {
      const unsafe = unsafeSvg({ mediaType, data: read.data });
      if (unsafe) warnings.push(`image ${src} is an SVG that ${unsafe}; its alt text is shown instead`);
      else assets.set(src, { mediaType, data: read.data });
    }
  }
  return { assets, warnings };
}

/** One remote image: an image media type, within the size and time limits, safe if SVG. */
async function fetchImage(url: string, allowPrivateNetwork: boolean): Promise<Asset | { refused: string }> {
  let fetched: Awaited<ReturnType<typeof fetchResource>>;
  try {
    fetched = await fetchResource(url, { allowPrivateNetwork, maxBytes: REMOTE_IMAGE_LIMITS.maxBytes, timeoutMs: REMOTE_IMAGE_LIMITS.timeoutMs, accept: 'image/*' });
  } catch (error) {
    return { refused: `could not be downloaded (${error instanceof Error ? error.message.replace(`${url} `, '') : String(error)})` };
  }
  const mediaType = Object.values(MEDIA_TYPES).includes(fetched.mediaType) ? fetched.mediaType : MEDIA_TYPES[extname(new URL(fetched.url).pathname).toLowerCase()];
  if (!mediaType || !fetched.mediaType.startsWith('image/')) return { refused: `is ${fetched.mediaType || 'of no declared type'}, not a PNG, JPEG, GIF, SVG or WebP image` };
  const asset = { mediaType, data: fetched.body };
  const unsafe = unsafeSvg(asset);
  return unsafe ? { refused: `is an SVG that ${unsafe}` } : asset;
}

/** SVG is XML that can carry script or fetch files; an image that does is refused rather than cleaned (see svg-safety.ts). */
function unsafeSvg(asset: Asset): string | undefined {
  return asset.mediaType === 'image/svg+xml' ? unsafeSvgReason(asset.data) : undefined;
}

/** A `data:` image; `undefined` when `src` is not one, `null` when it is one that cannot be decoded (`%E0%A4%A`). */
function parseDataUri(src: string): Asset | undefined | null {
  const m = /^data:(image\/(?:png|jpeg|gif|svg\+xml|webp))(;base64)?,(.*)$/is.exec(src);
  if (!m) return undefined;
  const payload = m[3] ?? '';
  let data: Uint8Array;
  try {
    data = m[2] ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
  } catch {
    return null;
  }
  if (data.length > MAX_IMAGE_BYTES) return null;
  return { mediaType: (m[1] as string).toLowerCase(), data };
}

/**
 * Images the article refers to, loaded before any writer runs so writers stay pure.
 * Only local files inside the article's folder (see `local-files.ts`) and `data:` URIs:
 * Lectern never fetches anything over the network. A missing or refused image is a
 * warning, and the writers then show the image's alt text instead.
 */
import { dirname, extname, resolve } from 'node:path';
import { readLocalFile } from './local-files.js';
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

/** The lead figure and every figure of the body, in document order. */
export function figuresOf(article: Article): Figure[] {
  const body = [...articleBlocks(article)].filter((block): block is Figure => block.type === 'figure');
  return article.lead ? [article.lead, ...body] : body;
}

export interface AssetOptions {
  /** Read images outside the article's folder (for people converting their own files). */
  allowOutside?: boolean;
}

export async function loadAssets(article: Article, inputFile: string | undefined, options: AssetOptions = {}): Promise<{ assets: Assets; warnings: string[] }> {
  const assets = new Map<string, Asset>();
  const warnings: string[] = [];
  const base = inputFile && inputFile !== '-' ? dirname(resolve(inputFile)) : process.cwd();
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
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      warnings.push(`image ${src} is not a local file; Lectern does not download images, so its alt text is shown instead`);
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

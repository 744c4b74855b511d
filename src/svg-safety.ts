/**
 * SVG is a program as much as a picture: it can hold script, event handlers, links that run
 * `javascript:`, and references that fetch other files. An SVG image is kept only when it is
 * data: every element is a drawing element, no attribute handles an event or points outside
 * the image, and no style sheet imports or fetches anything. Anything else, in any namespace
 * prefix or encoding, means the image is refused (its alt text is shown), not cleaned.
 */
import { xmlElements } from './readers/shared/html.js';

/** Drawing elements only (the shape of DOMPurify's SVG profile, without filters that load files). */
const ALLOWED = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline',
  'polygon', 'text', 'tspan', 'textpath', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern', 'marker',
  'image', 'style', 'filter', 'fegaussianblur', 'feoffset', 'feblend', 'fecolormatrix', 'fecomposite', 'feflood', 'femerge',
  'femergenode', 'femorphology', 'fedropshadow', 'switch', 'view',
]);

/** A reference inside the image (`#id`), or an image's own pixels as a data URI. */
function localReference(element: string, value: string): boolean {
  const v = value.trim();
  return v.startsWith('#') || (element === 'image' && /^data:image\/(?:png|jpeg|gif|webp);/i.test(v));
}

/** `url(#grad)` is a reference inside the image; any other `url(…)` or `@import` fetches. */
function fetchesInCss(css: string): boolean {
  return /@import/i.test(css) || /url\(\s*(?!['"]?#)/i.test(css) || /expression\s*\(|javascript:/i.test(css);
}

/** The text of an SVG file in whatever encoding it declares by its byte order mark. */
export function svgText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data);
}

/** The first reason the SVG is not plain data, or `undefined` when it is safe to embed. */
export function unsafeSvgReason(data: Uint8Array): string | undefined {
  const text = svgText(data);
  // Any NUL left means an encoding this check cannot read (UTF-16 without a byte order mark, say).
  if (text.includes('\u0000')) return 'is in an encoding Lectern cannot check';
  if (/<!ENTITY/i.test(text)) return 'declares XML entities';
  for (const element of xmlElements(text)) {
    const name = (element.name.split(':').pop() ?? '').toLowerCase();
    if (element.name === '!entity') return 'declares XML entities';
    if (!ALLOWED.has(name)) return `contains a <${element.name}> element`;
    if (name === 'style' && fetchesInCss(element.text)) return 'has a style sheet that loads other files';
    for (const [attribute, value] of Object.entries(element.attributes)) {
      const local = (attribute.split(':').pop() ?? '').toLowerCase();
      if (local.startsWith('on')) return `has an event handler (${attribute})`;
      if ((local === 'href' || local === 'src') && !localReference(name, value)) return `refers outside the image (${attribute})`;
      if (local === 'style' && fetchesInCss(value)) return 'has a style that loads other files';
      if (/^\s*(?:javascript|vbscript|data:text)/i.test(value.replace(/[\s\u0000-\u001f]+/g, ''))) return `has a script address in ${attribute}`;
      if (/url\(\s*(?!['"]?#)/i.test(value)) return `refers outside the image (${attribute})`;
    }
  }
  return undefined;
}

/** SVG images are kept only when they are pictures, not programs: in any namespace prefix or encoding. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsafeSvgReason } from '../src/svg-safety.js';
import { fixturePath } from './helpers.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const SVG = 'xmlns="http://www.w3.org/2000/svg"';

describe('SVG as data, not as a program', () => {
  it('keeps drawings, gradients and references inside the image', () => {
    expect(unsafeSvgReason(readFileSync(fixturePath('sleeper-carriage.svg')))).toBeUndefined();
    expect(unsafeSvgReason(utf8(`<svg ${SVG}><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="9" height="9"/><use href="#g"/></svg>`))).toBeUndefined();
  });

  it.each([
    ['a script under another namespace prefix', utf8(`<svg ${SVG} xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>`), /<s:script>/],
    ['a script in UTF-16', utf16(`<svg ${SVG}><script>alert(1)</script></svg>`), /<script>/],
    ['a script address written with an entity', utf8(`<svg ${SVG}><use href="javascript&#58;alert(1)"/></svg>`), /refers outside/],
    ['a link element', utf8(`<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript&#58;alert(1)"><rect/></a></svg>`), /<a>/],
    ['a remote image', utf8(`<svg ${SVG}><image href="https://example.com/x.png"/></svg>`), /refers outside/],
    ['a style sheet that imports', utf8(`<svg ${SVG}><style>@import url(https://example.com/x.css);</style></svg>`), /loads other files/],
    ['a style attribute that fetches', utf8(`<svg ${SVG}><rect style="fill: url(https://example.com/x.svg#p)"/></svg>`), /loads other files/],
    ['an event handler', utf8(`<svg ${SVG} onload="alert(1)"/>`), /event handler/],
    ['an embedded document', utf8(`<svg ${SVG}><foreignObject><p>x</p></foreignObject></svg>`), /foreignObject/],
    ['entity declarations', utf8(`<!DOCTYPE svg [<!ENTITY x "y">]><svg ${SVG}>&x;</svg>`), /entities/],
  ])('refuses %s', (_what, data, reason) => {
    expect(unsafeSvgReason(data)).toMatch(reason);
  });
});

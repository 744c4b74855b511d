/**
 * The read-along EPUB in a reading system's engine: foliate-js (the engine of the Foliate reader,
 * a pinned devDependency) in the shared Chromium, everything served from memory. It opens the
 * book, and its media overlay player plays it to the end, highlighting every `par` of every
 * overlay in book order, with no player error, no page error and no request leaving the page.
 * One short fixture (its 42 s of narration play at twice the speed).
 */
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { playInFoliate } from '../../bench/foliate-player.js';
import { connectBrowser } from '../browser.js';
import { FIXTURE_DATE, fixturePath, parseFixture, runCliAsync } from '../helpers.js';

const FIXTURE = 'broadcaster-flood.txt';
const FOLIATE = dirname(createRequire(import.meta.url).resolve('foliate-js/view.js'));

it('plays in foliate-js to the end, highlighting every sentence of every overlay in order, with no error', async () => {
  const out = await mkdtemp(join(tmpdir(), 'lectern-foliate-'));
  const result = await runCliAsync(['export', fixturePath(FIXTURE), '--format', 'epub-audio', '--date', FIXTURE_DATE, '--out', out]);
  expect(result.stderr).toBe('');
  const epub = await readFile(join(out, `${parseFixture(FIXTURE).id}.read-along.epub`));
  const played = await playInFoliate(await connectBrowser(), epub, FOLIATE, 2);
  expect(played.overlays.length).toBeGreaterThan(0);
  expect(played.expected.length).toBeGreaterThan(3);
  expect(played.highlighted).toEqual(played.expected);
  expect({ errors: played.errors, events: played.events }).toEqual({ errors: [], events: [] });
  expect(played.media.duration).toBeGreaterThan(0);
}, 120_000);

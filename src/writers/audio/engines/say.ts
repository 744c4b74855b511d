/**
 * The `say` engine: the system voices through the `say` package (the only module that
 * imports it). It can export audio only on macOS (`say -o`) and Windows (SAPI). On
 * Linux the package can only speak aloud through festival, and crashes the process if
 * festival is missing, so Lectern never calls it there: it uses festival's `text2wave`
 * directly when installed (`apt-get install festival festvox-us-slt-hts`), and otherwise
 * fails with one line that names the alternatives.
 */
import { join } from 'node:path';
import { LecternError } from '../../../errors.js';
import { decodeWav } from '../wav.js';
import { onPath, readOutput, run, withScratch } from './run.js';
import type { EngineFactory, EngineOptions, SpeechEngine, Synthesis, Voice } from './types.js';

const LINUX_HELP =
  'the say engine cannot export audio on Linux (the say package only plays sound there); install festival and festvox-us-slt-hts, or use --engine espeak (built in) or --engine command';

/** Loaded only where it can work (macOS, Windows): on Linux it crashes the process without festival. */
async function loadSay() {
  return (await import('say')).default;
}

async function sayExport(text: string, options: EngineOptions, file: string): Promise<void> {
  const say = await loadSay();
  // say's speed is a multiplier of the default rate (about 175 words per minute).
  const speed = options.rate ? options.rate / 175 : undefined;
  await new Promise<void>((resolve, reject) => {
    try {
      say.export(text, options.voice, speed, file, (err) => (err ? reject(new LecternError('engine', `say failed: ${String(err)}`)) : resolve()));
    } catch (error) {
      reject(new LecternError('engine', `say failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
}

async function festivalAvailable(): Promise<boolean> {
  return process.platform === 'linux' && (await onPath('text2wave'));
}

export const sayEngine: EngineFactory = {
  name: 'say',
  description: 'system voices: macOS and Windows through the say package; festival (text2wave) on Linux',
  supports: { voice: true, rate: true, pitch: false, wordTimings: false },
  async voices(): Promise<Voice[]> {
    if (process.platform === 'linux') {
      if (!(await festivalAvailable())) throw new LecternError('engine', LINUX_HELP);
      return [{ id: 'festival', name: 'festival default voice', languages: ['en'] }];
    }
    const say = await loadSay();
    // say's typings give the callback one argument; it is called with (error, voices).
    const names = await new Promise<string[]>((resolve, reject) =>
      (say.getInstalledVoices as unknown as (cb: (err: unknown, voices: string[]) => void) => void)((err, voices) =>
        err ? reject(new LecternError('engine', `say could not list voices: ${String(err)}`)) : resolve(voices),
      ),
    );
    return names.map((name) => ({ id: name, name, languages: [] }));
  },
  async create(options: EngineOptions): Promise<SpeechEngine> {
    const linux = process.platform === 'linux';
    if (linux && !(await festivalAvailable())) throw new LecternError('engine', LINUX_HELP);
    if (!linux && process.platform !== 'darwin' && process.platform !== 'win32') {
      throw new LecternError('engine', `the say engine does not support ${process.platform}; use --engine espeak or --engine command`);
    }
    return {
      name: 'say',
      async synthesize(text: string): Promise<Synthesis> {
        return withScratch(async (dir) => {
          const out = join(dir, 'out.wav');
          if (linux) {
            const result = await run('text2wave', ['-o', out], text);
            if (result.code !== 0) {
              const detail = result.stderr.includes('Token_Method') ? 'festival has no voice installed (apt-get install festvox-us-slt-hts)' : (result.stderr.trim().split('\n').pop() ?? 'failed');
              throw new LecternError('engine', `text2wave failed: ${detail}`);
            }
          } else {
            await sayExport(text, options, out);
          }
          return { samples: await decodeWav(await readOutput(out, 'say', ''), 'say'), words: [] };
        });
      },
      async close() {},
    };
  },
};

/**
 * What a killed run leaves behind: hidden temporary outputs in the output folder and work
 * folders in the system's temporary folder. A process cannot clean up after SIGKILL, so the
 * next run does: anything of Lectern's that has not changed for an hour belongs to no live run.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const STALE_AFTER_MS = 60 * 60 * 1000;

/** `.<file>.<random>.tmp` (and the `.<file>.<pid>.tmp` of earlier versions) in an output folder. */
export const TEMP_OUTPUT = /^\..+\.(?:[0-9a-f]{16}|\d+)\.tmp$/;
/** Lectern's work folders in the system's temporary folder. */
export const WORK_FOLDER = /^lectern-(?:audio|tts)-/;

/** Folders already swept in this process: an `export` of many files sweeps each folder once. */
const swept = new Set<string>();

/** Removes the entries of `dir` that match `pattern` and are older than an hour; returns how many. */
export async function sweepStale(dir: string, pattern: RegExp, now = Date.now()): Promise<number> {
  const key = `${dir}\u0000${pattern.source}`;
  if (swept.has(key)) return 0;
  swept.add(key);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!pattern.test(name)) continue;
    try {
      const info = await stat(join(dir, name));
      if (now - info.mtimeMs < STALE_AFTER_MS) continue;
      await rm(join(dir, name), { recursive: true, force: true });
      removed++;
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

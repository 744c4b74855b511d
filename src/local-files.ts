/**
 * The one policy for files an article names (its images): an article converted from someone
 * else's folder must not read anything outside that folder.
 *
 * - the path is resolved through every symlink (`realpath`) and must stay inside the article's
 *   folder (`allowOutside` lifts this for people converting their own files);
 * - only regular files: no devices (`/dev/zero` would fill memory), FIFOs (a read blocks
 *   forever) or sockets;
 * - the size is checked on the open file before reading, and the read is bounded by it.
 *
 * Every refusal is a sentence for a warning line, never an exception.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

export interface LocalFilePolicy {
  /** The article's folder: files must be inside it. */
  folder: string;
  maxBytes: number;
  /** Read files outside the folder too (still regular files, still bounded). */
  allowOutside?: boolean;
}

export type LocalRead = { data: Uint8Array } | { refused: string };

/** True when `path` is `folder` or below it. */
function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export async function readLocalFile(name: string, policy: LocalFilePolicy): Promise<LocalRead> {
  let folder: string;
  let target: string;
  try {
    folder = await realpath(policy.folder);
    target = await realpath(resolve(policy.folder, name));
  } catch {
    return { refused: 'was not found next to the input' };
  }
  if (!policy.allowOutside && !inside(folder, target)) return { refused: 'is outside the article’s folder (use --allow-outside-images to read it)' };
  // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the resolved path is used as is.
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return { refused: 'could not be opened' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { refused: 'is not a regular file (a device, pipe or socket)' };
    if (info.size > policy.maxBytes) return { refused: `is larger than ${Math.round(policy.maxBytes / 1024 / 1024)} MiB` };
    const data = new Uint8Array(info.size);
    let filled = 0;
    while (filled < data.length) {
      const { bytesRead } = await handle.read(data, filled, data.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { data: filled === data.length ? data : data.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}

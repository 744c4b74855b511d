/** Running an external program that writes a WAV file, with text on stdin. */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LecternError } from '../../../errors.js';

export interface RunResult {
  code: number | null;
  stderr: string;
  spawnError?: NodeJS.ErrnoException;
}

export function run(command: string, args: string[], input: string, options: { shell?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'], shell: options.shell ?? false });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', (spawnError: NodeJS.ErrnoException) => resolve({ code: null, stderr, spawnError }));
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** A scratch folder for one engine call, removed afterwards whatever happens. */
export async function withScratch<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-tts-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function readOutput(path: string, engine: string, stderr: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    const detail = stderr.trim().split('\n').pop() ?? '';
    throw new LecternError('engine', `${engine} wrote no audio file${detail ? `: ${detail}` : ''}`);
  }
}


/** Whether a program is on PATH (without running it). */
export async function onPath(program: string): Promise<boolean> {
  const result = await run('sh', ['-c', `command -v ${program}`], '');
  return result.code === 0;
}

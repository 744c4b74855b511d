/**
 * Flite runs as a WASI command: one run per sentence, each in a fresh WebAssembly instance (the
 * module exports only `_start`). The runs are spread over worker threads, one per core, so a
 * long article is spoken in parallel while the audio writer keeps the sentences in order.
 *
 * Each instance holds a large linear memory that V8 does not count as pressure on its heap:
 * after a few dozen runs in one thread Node 20 aborts the process unless the old instances are
 * collected. Each worker therefore collects after every run, with the `gc` function that
 * `--expose-gc` gives contexts created after the flag is set (a flag V8 accepts at run time).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { LecternError } from '../../../errors.js';

/**
 * The worker's code. It runs with `eval: true` (as a CommonJS script), so the same code serves the
 * TypeScript sources (tests) and the built package; it must not use anything from this module.
 */
function workerMain(): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { WASI } = require('node:wasi') as typeof import('node:wasi');
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const vm = require('node:vm') as typeof import('node:vm');
  const collect = vm.runInNewContext('typeof gc === "function" ? gc : () => {}') as () => void;
  // (WebAssembly's types are not in the build's libraries; only what is used here is named.)
  const wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => object } }).WebAssembly;
  const { wasmPath, dir } = workerData as { wasmPath: string; dir: string };
  const module = new wasm.Module(fs.readFileSync(wasmPath));
  parentPort?.on('message', ({ id, args, text }: { id: number; args: string[]; text: string }) => {
    const out = path.join(dir, 'out.wav');
    const logPath = path.join(dir, 'log.txt');
    try {
      fs.rmSync(out, { force: true });
      fs.writeFileSync(path.join(dir, 'in.txt'), text);
      const log = fs.openSync(logPath, 'w');
      let code: number;
      try {
        const wasi = new WASI({ version: 'preview1', args: ['flite', ...args, '-f', '/scratch/in.txt', '-o', '/scratch/out.wav'], env: {}, preopens: { '/scratch': dir }, returnOnExit: true, stdout: log, stderr: log });
        code = wasi.start(new wasm.Instance(module, wasi.getImportObject()));
      } finally {
        fs.closeSync(log);
      }
      // After every run, not every few: a collection that V8 starts on its own, in the middle of a
      // later run, finalizes the spent WASI objects at a moment Node 20's uvwasi aborts on.
      collect();
      if (code !== 0 || !fs.existsSync(out)) {
        const detail = fs.readFileSync(logPath, 'utf8').trim().split('\n').pop() ?? '';
        parentPort?.postMessage({ id, error: `flite exited with ${code}${detail ? `: ${detail}` : ''}` });
        return;
      }
      const wav = fs.readFileSync(out);
      const bytes = new Uint8Array(wav.buffer, wav.byteOffset, wav.byteLength);
      parentPort?.postMessage({ id, wav: bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      parentPort?.postMessage({ id, error: `flite failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
}

interface Job {
  id: number;
  args: string[];
  text: string;
  resolve: (wav: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  dir: string;
  job?: Job;
}

type Reply = { id: number; wav?: Uint8Array; error?: string };

/** How many threads speak at once: one per core, at most four (each holds about 60 MB). */
export function poolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export class FlitePool {
  private readonly queue: Job[] = [];
  private nextId = 0;
  private failure: Error | undefined;

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) {
      slot.worker.on('message', (reply: Reply) => this.settle(slot, reply));
      slot.worker.on('error', (error: Error) => this.fail(slot, error));
      slot.worker.on('exit', (code) => {
        if (slot.job) this.fail(slot, new Error(`the flite worker stopped (exit ${code})`));
      });
    }
  }

  static async start(wasmPath: string, size = poolSize()): Promise<FlitePool> {
    setFlagsFromString('--expose-gc');
    const slots: Slot[] = [];
    for (let i = 0; i < size; i++) {
      const dir = await mkdtemp(join(tmpdir(), 'lectern-tts-'));
      // `--no-warnings`: Node 20 calls WASI experimental and would print so on the user's terminal.
      const worker = new Worker(`(${workerMain.toString()})()`, { eval: true, workerData: { wasmPath, dir }, execArgv: ['--no-warnings'], stdout: true, stderr: true });
      slots.push({ worker, dir });
    }
    return new FlitePool(slots);
  }

  /**
   * Speaks `text` with these options (`-voice rms`…); resolves with the WAV file flite wrote. The
   * text goes in a file (`-f`), not in `-t`: flite reads a file one utterance at a time in a fixed
   * memory, where `-t` builds the whole text at once, grows the WebAssembly memory past 64 MiB on a
   * long sentence and then brings Node 20's WASI down (an abort in uvwasi).
   */
  run(args: string[], text: string): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, args, text, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new LecternError('engine', 'the flite engine was closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    await Promise.all(this.slots.map((slot) => rm(slot.dir, { recursive: true, force: true })));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, args: job.args, text: job.text });
    }
  }

  private settle(slot: Slot, reply: Reply): void {
    const job = slot.job;
    slot.job = undefined;
    if (job && job.id === reply.id) {
      if (reply.wav) job.resolve(reply.wav);
      else job.reject(new LecternError('engine', reply.error ?? 'flite wrote no audio'));
    }
    this.dispatch();
  }

  /** A worker that crashed fails its job and every later one: the engine is not to be trusted after that. */
  private fail(slot: Slot, error: Error): void {
    this.failure = new LecternError('engine', `flite failed: ${error.message}`);
    slot.job?.reject(this.failure);
    slot.job = undefined;
    for (const job of this.queue.splice(0)) job.reject(this.failure);
  }
}

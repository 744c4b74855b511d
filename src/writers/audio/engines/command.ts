/**
 * The `command` engine: any program that writes a WAV file from text, given as a
 * template, so users can bring better voices:
 *   --engine-command 'piper --model en.onnx --output_file {out}'      (text on stdin)
 *   --engine-command 'espeak-ng -v en-gb -w {out} -f {in}'            (text in a file)
 *   --engine-command 'my-tts --text {text} --wav {out}'               (text as an argument)
 * The command runs through the shell; placeholders are replaced by quoted values.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LecternError } from '../../../errors.js';
import { decodeWav } from '../wav.js';
import { readOutput, run, withScratch } from './run.js';
import type { EngineFactory, EngineOptions, SpeechEngine, Synthesis } from './types.js';

/** POSIX single-quoting. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export const commandEngine: EngineFactory = {
  name: 'command',
  description: 'any program that writes a WAV file: --engine-command "prog … {out}" ({in} or {text} for the text, else stdin)',
  supports: { voice: false, rate: false, pitch: false, wordTimings: false },
  async voices() {
    return [];
  },
  async create(options: EngineOptions): Promise<SpeechEngine> {
    const template = options.command;
    if (!template) throw new LecternError('usage', '--engine command needs --engine-command "program … {out}"');
    if (!template.includes('{out}')) throw new LecternError('usage', '--engine-command must contain {out}, where the program writes its WAV file');
    const program = template.trim().split(/\s+/)[0] ?? '';
    return {
      name: 'command',
      async synthesize(text: string): Promise<Synthesis> {
        return withScratch(async (dir) => {
          const out = join(dir, 'out.wav');
          const input = join(dir, 'in.txt');
          if (template.includes('{in}')) await writeFile(input, text);
          const command = template.replaceAll('{out}', shellQuote(out)).replaceAll('{in}', shellQuote(input)).replaceAll('{text}', shellQuote(text));
          const usesStdin = !template.includes('{in}') && !template.includes('{text}');
          const result = await run(command, [], usesStdin ? text : '', { shell: true });
          if (result.code === 127) throw new LecternError('engine', `engine command not found: ${program}`);
          if (result.code !== 0) throw new LecternError('engine', `engine command failed (exit ${result.code}): ${result.stderr.trim().split('\n').pop() ?? ''}`);
          return { samples: await decodeWav(await readOutput(out, program, result.stderr), program), words: [] };
        });
      },
      async close() {},
    };
  },
};

/** The speech engine registry: `--engine` choices come from here. */
import { LecternError } from '../../../errors.js';
import { commandEngine } from './command.js';
import { espeakEngine } from './espeak.js';
import { sayEngine } from './say.js';
import type { EngineFactory } from './types.js';

export const ENGINES: readonly EngineFactory[] = [espeakEngine, sayEngine, commandEngine];

export function engineNames(): string[] {
  return ENGINES.map((e) => e.name);
}

export function chooseEngine(name = 'espeak'): EngineFactory {
  const engine = ENGINES.find((e) => e.name === name);
  if (!engine) throw new LecternError('usage', `unknown engine "${name}"; choose one of: ${engineNames().join(', ')}`);
  return engine;
}

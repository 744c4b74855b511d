/** The speech engine registry: `--engine` choices come from here. */
import { LecternError } from '../../../errors.js';
import { commandEngine } from './command.js';
import { espeakEngine } from './espeak.js';
import { fliteEngine, fliteSpeaks } from './flite.js';
import { sayEngine } from './say.js';
import type { EngineFactory } from './types.js';

export const ENGINES: readonly EngineFactory[] = [fliteEngine, espeakEngine, sayEngine, commandEngine];

/**
 * The most intelligible built-in engine that speaks the language: flite for English (a speech
 * recognizer misheard under a quarter of its words on Lectern's narration, against three quarters or more of
 * eSpeak's: `npm run bench -- voices`), eSpeak NG, which speaks about a hundred languages, for the rest.
 */
export function defaultEngineName(lang: string): string {
  return fliteSpeaks(lang) ? fliteEngine.name : espeakEngine.name;
}

export function engineNames(): string[] {
  return ENGINES.map((e) => e.name);
}

/** The engine named, or the default one for the article's language. */
export function chooseEngine(name: string | undefined, lang = 'en'): EngineFactory {
  name ??= defaultEngineName(lang);
  const engine = ENGINES.find((e) => e.name === name);
  if (!engine) throw new LecternError('usage', `unknown engine "${name}"; choose one of: ${engineNames().join(', ')}`);
  return engine;
}

// `npm run bench -- voices`: how well a listener can follow each voice, measured by a speech
// recognizer nobody on the team wrote (Debian's pocketsphinx with its en-us model): word error
// rate against the words the engine was given, over the English fixtures. Beside it, the pace
// inside speech, the pauses heard between phrases (ffmpeg's silencedetect), loudness (EBU R128
// integrated and true peak) and the real-time factor. A number for the note and README, not a
// test: the recognizer is trained on natural speech and overstates a person's difficulty, but it
// ranks voices the way listeners do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import numberToWords from 'number-to-words';
import { parseArticle } from '../dist/pipeline.js';
import { narrationScript } from '../dist/writers/audio/script.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'bin', 'lectern.js');
const FIXTURES = ['harbour-bridge', 'guardian-heatwave', 'wire-ap-senate', 'single-author-museum'];
const MODEL = '/usr/share/pocketsphinx/model/en-us';

/** Every engine and voice to measure; those whose engine is not installed are reported as such. */
const CONFIGS = [
  { label: 'default for English (flite rms)', args: [] },
  { label: 'flite slt', args: ['--engine', 'flite', '--voice', 'slt'] },
  { label: 'flite awb', args: ['--engine', 'flite', '--voice', 'awb'] },
  { label: 'flite kal', args: ['--engine', 'flite', '--voice', 'kal'] },
  { label: 'espeak (en)', args: ['--engine', 'espeak'] },
  { label: 'espeak en-us', args: ['--engine', 'espeak', '--voice', 'en-us'] },
  { label: 'say (festival, where installed)', args: ['--engine', 'say'] },
];

/** Words as a recognizer writes them: lower case, digits as words (years in pairs: 2019 → twenty nineteen), no punctuation. */
export function words(text) {
  return text
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/\b(1[1-9]|20)([1-9]\d)\b/g, (_y, century, year) => `${numberToWords.toWords(Number(century))} ${numberToWords.toWords(Number(year))}`)
    .replace(/\d+(?:\.\d+)?/g, (n) => (n.includes('.') ? n.split('.').map((p) => numberToWords.toWords(Number(p))).join(' point ') : numberToWords.toWords(Number(n))))
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Word error rate: edit distance between the word sequences over the reference's length. */
export function wordErrorRate(reference, hypothesis) {
  let previous = Array.from({ length: hypothesis.length + 1 }, (_, j) => j);
  for (let i = 1; i <= reference.length; i++) {
    const row = [i];
    for (let j = 1; j <= hypothesis.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[hypothesis.length] / Math.max(1, reference.length);
}

/** The words the engine is given (the narration script after the normalizer), not the page's: timings.json holds the page's. */
function spokenScript(fixture) {
  const file = join(root, 'test', 'fixtures', `${fixture}.txt`);
  const { article } = parseArticle(readFileSync(file, 'utf8'), { from: 'news-text', file, date: '2025-11-03T18:00Z' });
  return narrationScript(article)
    .chapters.flatMap((c) => c.utterances.flatMap((u) => u.sentences.map((s) => s.spoken)))
    .join(' ');
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.error) throw result.error;
  return result;
}

function measure(config, fixture, out) {
  const started = process.hrtime.bigint();
  const exported = run(process.execPath, [cli, 'export', join(root, 'test', 'fixtures', `${fixture}.txt`), '--format', 'audio', '--out', out, '--quiet', '--date', '2025-11-03T18:00Z', ...config.args]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (exported.status !== 0) return { error: exported.stderr.trim().split('\n')[0] };
  const base = readdirSync(out).find((f) => f.endsWith('.mp3')).replace(/\.mp3$/, '');
  const timings = JSON.parse(readFileSync(join(out, `${base}.timings.json`), 'utf8'));
  const wav = join(out, `${base}.16k.wav`);
  run('ffmpeg', ['-v', 'error', '-y', '-i', join(out, `${base}.mp3`), '-ac', '1', '-ar', '16000', wav]);
  const heard = run('pocketsphinx_continuous', ['-infile', wav, '-hmm', join(MODEL, 'en-us'), '-lm', join(MODEL, 'en-us.lm.bin'), '-dict', join(MODEL, 'cmudict-en-us.dict'), '-logfn', '/dev/null']).stdout;
  const reference = words(spokenScript(fixture));
  const hypothesis = words(heard);
  const loudness = run('ffmpeg', ['-hide_banner', '-nostats', '-i', join(out, `${base}.mp3`), '-af', 'ebur128=peak=true', '-f', 'null', '-']).stderr;
  const lufs = Number(/I:\s+(-?[\d.]+) LUFS/.exec(loudness.slice(loudness.lastIndexOf('Summary')))?.[1]);
  const truePeak = Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(loudness.slice(loudness.lastIndexOf('Summary')))?.[1]);
  const silences = [...run('ffmpeg', ['-hide_banner', '-nostats', '-i', wav, '-af', 'silencedetect=noise=-45dB:d=0.12', '-f', 'null', '-']).stderr.matchAll(/silence_duration: ([\d.]+)/g)].map((m) => Number(m[1]));
  const silent = silences.reduce((a, b) => a + b, 0);
  const speechMinutes = (timings.duration - silent) / 60;
  return { wer: wordErrorRate(reference, hypothesis), referenceWords: reference.length, lufs, truePeak, silences, wpm: reference.length / speechMinutes, duration: timings.duration, seconds };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : Number.NaN;
};

export function report() {
  if (run('sh', ['-c', 'command -v pocketsphinx_continuous']).status !== 0) {
    console.error('pocketsphinx is not installed: apt-get install pocketsphinx pocketsphinx-en-us');
    process.exit(2);
  }
  console.log(`Voices: word error rate of pocketsphinx (en-us model) on ${FIXTURES.length} English fixtures, against the words each engine was given\n`);
  console.log('voice                               WER    words/min  pause median  LUFS   true peak  real time');
  for (const config of CONFIGS) {
    const results = [];
    let failure;
    for (const fixture of FIXTURES) {
      const result = measure(config, fixture, mkdtempSync(join(tmpdir(), 'lectern-voices-')));
      if (result.error) {
        failure = result.error;
        break;
      }
      results.push(result);
    }
    if (failure) {
      console.log(`${config.label.padEnd(34)}  not measured: ${failure}`);
      continue;
    }
    const referenceWords = results.reduce((a, r) => a + r.referenceWords, 0);
    const wer = results.reduce((a, r) => a + r.wer * r.referenceWords, 0) / referenceWords;
    const audio = results.reduce((a, r) => a + r.duration, 0);
    const wall = results.reduce((a, r) => a + r.seconds, 0);
    const cells = [
      `${(wer * 100).toFixed(1)}%`.padStart(6),
      `${median(results.map((r) => r.wpm)).toFixed(0)}`.padStart(9),
      `${median(results.flatMap((r) => r.silences)).toFixed(2)} s`.padStart(12),
      `${median(results.map((r) => r.lufs)).toFixed(1)}`.padStart(6),
      `${Math.max(...results.map((r) => r.truePeak)).toFixed(1)}`.padStart(9),
      `${(audio / wall).toFixed(0)}×`.padStart(9),
    ];
    console.log(`${config.label.padEnd(34)} ${cells.join('  ')}`);
  }
  console.log('\n(real time: seconds of audio per second of a whole `lectern export --format audio` process, start-up included)');
}

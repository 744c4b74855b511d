/**
 * Splits saved page text into units: the lines a reader sees as separate items.
 *
 * Pages saved from news sites put each paragraph on one line, separated by blank
 * lines. Some tools hard-wrap instead; a run of consecutive long lines is joined
 * back into one unit. Form feeds (page breaks) count as blank lines.
 */
import { collapseWhitespace } from '../shared/whitespace.js';

export interface Unit {
  text: string;
  start: number;
  end: number;
  /** True when a blank line (or page break) separates this unit from the previous one. */
  afterGap: boolean;
  /** A table row as browsers copy one: its cells, which a copy separates with tabs. */
  cells?: string[];
}

/** `Release\tDate`: two or more cells; empty cells are kept so columns stay in place. */
function tableCells(line: string): string[] | undefined {
  if (!line.includes('\t')) return undefined;
  const cells = line.split('\t').map((c) => c.trim().replace(/\s+/g, ' '));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 && cells.filter(Boolean).length >= 2 ? cells : undefined;
}

const WRAP_WIDTH = 50;
/** `by Jane Doe`, `par Paul Roux`: a byline's label in small letters, then a name. */
const BYLINE_IN_SMALL_LETTERS = /^(?:by|von|par|por|di|door|av|af|przez)\s+\p{Lu}\p{Ll}/u;

/** `26/11/2026 15:10`, `2026-11-26`, `26.11.26 | 07:12`: a date in figures alone on its line. */
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?(?:[\s,|·-]+\d{1,2}[:.h]\d{2}(?::\d{2})?)?$/u;

export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let run: Unit[] = [];
  let gap = true;
  const flush = () => {
    if (run.length === 0) return;
    // Hard-wrapped prose: every line but the last is long and about as long as the others
    // (a wrapping width), and most of them stop mid-sentence. A page copied with one paragraph
    // per line and no blank lines has lines of every length that end their sentences.
    const body = run.slice(0, -1);
    // (A loop, not a spread: a run can hold millions of lines, more than a call takes arguments.)
    let widest = 0;
    for (const u of body) widest = Math.max(widest, u.text.length);
    // A wrapped line breaks anywhere in a sentence, so the next line mostly goes on in small
    // letters; header lines (a headline, its summary, a byline) each start with a capital.
    // (`by Rachel Ketterman | Today at 4:31 a.m.` under the headline is its byline in small letters.)
    // (`26/11/2026 15:10` under a headline is its date, not the end of a wrapped sentence.)
    // (A letter without case, Devanagari's or Arabic's, says nothing either way: two such lines, a headline over
    // its summary, are not a wrapped paragraph; three or more lines of even width still may be.)
    const caselessPair = run.length === 2 && /^\p{Lo}/u.test((run[1] as Unit).text);
    const goesOn = caselessPair ? 0 : run.slice(1).filter((u) => !/^\p{Lu}/u.test(u.text) && !BYLINE_IN_SMALL_LETTERS.test(u.text) && !NUMERIC_DATE.test(u.text)).length;
    const wrapped =
      run.length > 1 &&
      goesOn >= Math.max(1, 0.4 * (run.length - 1)) &&
      widest <= 120 &&
      body.every((u) => u.text.length >= WRAP_WIDTH && u.text.length >= 0.7 * widest) &&
      body.filter((u) => !/[.!?:;"”»。]$/u.test(u.text)).length >= Math.max(1, 0.5 * body.length) &&
      !run.some((u) => /^(-{3,}|\*{3,}|_{3,})$/.test(u.text) || u.cells);
    if (wrapped) {
      const first = run[0] as Unit;
      const last = run[run.length - 1] as Unit;
      units.push({ text: run.map((u) => u.text).join(' '), start: first.start, end: last.end, afterGap: first.afterGap });
    } else {
      for (const u of run) units.push(u);
    }
    run = [];
  };
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const pieces = rawLine.split('\f');
    let pieceStart = lineStart;
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) {
        flush();
        gap = true;
      }
      const leading = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed === '') {
        flush();
        gap = true;
      } else {
        const unit: Unit = { text: collapseWhitespace(trimmed), start: pieceStart + leading, end: pieceStart + leading + trimmed.length, afterGap: gap };
        const cells = tableCells(trimmed);
        if (cells) unit.cells = cells;
        run.push(unit);
        gap = false;
      }
      pieceStart += piece.length + 1;
    }
  }
  flush();
  return units;
}

/** Counts words the way readers do: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu)?.length ?? 0;
}

/** Ends like a sentence: `.`, `!`, `?`, `…`, or one of those inside closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  return endsWithStop(text) || /["”»」』]$/u.test(text);
}

/**
 * Ends with a full stop, a question or exclamation mark, a colon or a semicolon, perhaps inside
 * closing quotes or brackets; not a quotation alone (`… 「競争は春まで続く」` is a headline's end).
 */
export function endsWithStop(text: string): boolean {
  // (Closing quotation marks in every convention: ” ’ » and the German “ ‘ « as closers too.)
  // (Amharic sites often write the full stop as two wordspaces, `፡፡`, not `።`; `፧` is its question mark.)
  return /(?:[.!?…:;。！？।॥۔؟։።။፧។៕]|፡፡)["'”’»“‘«›‹)\]」』）]*$/u.test(text);
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Thai letters, vowel signs and tone marks: a word takes five or so of them (`ช้างป่า` is two words in seven). */
const THAI_CHAR = /\p{Script=Thai}/gu;

/** Length in word-equivalents: words, plus one per two characters of Chinese, Japanese and Korean, one per five of Thai. */
export function textSize(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const thai = text.match(THAI_CHAR)?.length ?? 0;
  if (cjk === 0 && thai === 0) return wordCount(text);
  return wordCount(text.replace(CJK_CHAR, ' ').replace(THAI_CHAR, ' ')) + Math.ceil(cjk / 2) + Math.ceil(thai / 5);
}

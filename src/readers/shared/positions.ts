import type { Point, Position } from '../../tree/types.js';

/** Maps offsets in a text to 1-based line/column points, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line of `offset`. */
  line(offset: number): number {
    return this.lineAt(offset) + 1;
  }

  point(offset: number): Point {
    const lo = this.lineAt(offset);
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1, offset };
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

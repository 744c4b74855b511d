/**
 * Work started ahead, results taken in order: the audio writer asks for the next sentence's
 * audio while the engine is already speaking the few after it (on other threads, for engines
 * that have them). At most `window` results wait, so memory stays a few sentences' worth.
 */
export function mapAhead<T, R>(items: Iterable<T>, window: number, work: (item: T) => Promise<R>): () => Promise<R> {
  const source = items[Symbol.iterator]();
  const pending: Promise<R>[] = [];
  const fill = () => {
    while (pending.length < window) {
      const next = source.next();
      if (next.done) return;
      const started = work(next.value);
      // Handled when its turn comes; until then a failure must not count as unhandled.
      started.catch(() => {});
      pending.push(started);
    }
  };
  return () => {
    fill();
    const first = pending.shift();
    if (!first) return Promise.reject(new Error('mapAhead: no more items'));
    fill();
    return first;
  };
}

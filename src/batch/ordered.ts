/**
 * Maps an (async) iterable through an async function with a bounded number of calls in flight, yielding the
 * results in input order. Reading stays at most `ahead` items in front of the slowest unfinished one, so a long
 * input never piles up in memory. No Node imports: the browser build uses it too.
 */
export async function* mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T) => Promise<R> | R,
  ahead: number,
): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  try {
    for (;;) {
      while (pending.length < Math.max(1, ahead)) {
        const next = await iterator.next();
        if (next.done) {
          while (pending.length) yield await pending.shift()!;
          return;
        }
        // Wrapped so a synchronous throw becomes this item's rejection, in its place in the order.
        const p = Promise.resolve().then(() => fn(next.value));
        p.catch(() => {}); // handled when its turn comes; avoids an unhandled-rejection warning meanwhile
        pending.push(p);
      }
      yield await pending.shift()!;
    }
  } finally {
    await iterator.return?.();
  }
}

import { escapeHtml } from './html.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * The text as HTML with every span wrapped in an element, escaped. Spans may nest or cross: HTML elements can only
 * nest, so where "[12 soldiers and {3] civilians}" cross, the inner element is closed at the outer one's end and
 * reopened as a continuation piece. `open(i, first)` gives span i's opening tag (`first` is false for a continuation
 * piece), `close` its closing tag; every span gets exactly one first piece, even an empty one.
 * Runs in O(n log n + pieces): one pass over the sorted boundaries.
 */
export function highlight(text: string, spans: readonly Span[], open: (i: number, first: boolean) => string, close: string): string {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end || a - b);
  const out: string[] = [];
  // Open elements, outermost first.
  const stack: number[] = [];
  let pos = 0;
  let next = 0;
  for (;;) {
    let nearestEnd = Infinity;
    for (const i of stack) nearestEnd = Math.min(nearestEnd, spans[i].end);
    const nextStart = next < order.length ? spans[order[next]].start : Infinity;
    const at = Math.min(nearestEnd, nextStart);
    if (at === Infinity) break;
    if (at > pos) out.push(escapeHtml(text.slice(pos, at)));
    pos = Math.max(pos, at);
    if (nearestEnd <= nextStart) {
      // Close down to the lowest element that ends here; the ones above it that go on are reopened.
      const lowest = stack.findIndex((i) => spans[i].end <= at);
      const closed = stack.splice(lowest);
      for (let k = 0; k < closed.length; k++) out.push(close);
      const goingOn = closed.filter((i) => spans[i].end > at).sort((a, b) => spans[b].end - spans[a].end);
      for (const i of goingOn) {
        stack.push(i);
        out.push(open(i, false));
      }
    } else {
      const i = order[next++];
      stack.push(i);
      out.push(open(i, true));
    }
  }
  out.push(escapeHtml(text.slice(pos)));
  return out.join('');
}

/** A stretch of the text and the spans that start in it (indices into the full list). */
export interface Block {
  start: number;
  end: number;
  spans: number[];
}

/**
 * The text cut into blocks of about `size` characters, each cut just after a line break that no span crosses, so
 * each block can be highlighted alone and a browser can skip laying out the blocks off screen. A text without
 * such line breaks stays one block.
 */
export function blocks(text: string, spans: readonly Span[], size: number): Block[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const out: Block[] = [];
  let from = 0;
  let taken = 0;
  const take = (end: number) => {
    const block: Block = { start: from, end, spans: [] };
    while (taken < order.length && (spans[order[taken]].start < end || end === text.length)) block.spans.push(order[taken++]);
    out.push(block);
    from = end;
  };
  // The furthest end of the spans that start before the candidate cut.
  let reach = 0;
  let seen = 0;
  for (let nl = text.indexOf('\n', size - 1); nl !== -1 && nl + 1 < text.length; nl = text.indexOf('\n', Math.max(nl + 1, from + size - 1))) {
    const cut = nl + 1;
    while (seen < order.length && spans[order[seen]].start < cut) reach = Math.max(reach, spans[order[seen++]].end);
    if (reach <= cut) take(cut);
  }
  take(text.length);
  return out;
}

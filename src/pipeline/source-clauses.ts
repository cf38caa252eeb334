import type { Source } from './source-make.js';
import type { Token } from './types.js';

/** Where a sentence's clauses part, for the claimant stage: semicolons, and whether a source has figures of its own. */

export /** The token indexes of a sentence's semicolons outside brackets ("(256 by disease; per the UN)" joins, not ends, a clause). */
function semicolonsOf(t: Token[]): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i].text === '(') depth++;
    else if (t[i].text === ')') depth = Math.max(0, depth - 1);
    else if (t[i].text === ';' && depth === 0) out.push(i);
  }
  return out;
}

/** Whether a figure follows the source's anchor in its sentence, memoised a source. */
export function figureAfter(t: Token[], x: Source, memo: Map<Source, boolean>): boolean {
  let v = memo.get(x);
  if (v === undefined) {
    v = false;
    for (let i = x.at + 1; i < t.length; i++) if (/^\d/.test(t[i].text)) { v = true; break; }
    memo.set(x, v);
  }
  return v;
}

import type { Token } from '../pipeline/types.js';
import { MONTHS } from '../lexicon/numbers.js';
import { isClauseBreak, matchAt, type FrameContext, type VictimWords } from './context.js';
import type { VictimMemory } from './victim-memory.js';
import { YEAR, clauseEnd, clauseStart } from './victim-words.js';

/** Victims outside the event reported: in a supposition ("if a child is hurt") or an earlier event named as background. */

/** The clause places its victim in a supposition or an earlier event named as background. */
const outsideWords = new WeakMap<Token[], boolean>();

/** Whether the sentence has any word of a supposition or a background, or a year: most have none, and are read once. */
function mayBeOutside(tokens: Token[], v: VictimWords): boolean {
  let known = outsideWords.get(tokens);
  if (known === undefined) {
    known = tokens.some((t) => v.hypothetical.has(t.lower) || v.backgroundBefore.has(t.lower) || v.background.has(t.lower) || YEAR.test(t.text));
    outsideWords.set(tokens, known);
  }
  return known;
}

export function outsideEvent(ctx: FrameContext, first: number, last: number, memory: VictimMemory): boolean {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  if (!mayBeOutside(tokens, v)) return false;
  // "If a child is hurt", "whether a man died": a supposition opening the clause.
  for (let k = first - 1; k >= 0 && first - k <= 10; k--) {
    if (tokens[k].text === ',' || isClauseBreak(tokens[k], ctx.lex)) break;
    if (v.hypothetical.has(tokens[k].lower)) return true;
  }
  // "the first killing since a man was stabbed", "comes a week after a teenager was shot".
  for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
    if (tokens[k].text === ',' || isClauseBreak(tokens[k], ctx.lex)) break;
    if (v.backgroundBefore.has(tokens[k].lower)) return true;
  }
  const a = clauseStart(tokens, first, ctx.lex);
  const b = clauseEnd(tokens, last, ctx.lex);
  for (let k = a; k <= b; k++) {
    if (matchAt(v.background, tokens, k)) return true;
    // "in 2009", "since 1998", "on 4 May 2009": a year the event is placed in, not "the 2016 clashes".
    if (YEAR.test(tokens[k].text) && (/^(in|since|during)$/.test(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k - 2]?.lower ?? ''))) {
      const year = memory.year();
      if (year !== null && Number(tokens[k].text) < year) return true;
    }
  }
  return false;
}

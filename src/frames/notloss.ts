import { isClauseBreak, matchAt, type FrameContext } from './context.js';

/**
 * Counts of people or places that were not lost: "40 survivors", "12 hostages were freed", "rescued 60
 * passengers", "a population of 9,000", "three hills captured", "four operations". The lexicon's `notLoss`
 * words may stand in the counted phrase, in a passive right after it, or just before the count.
 */
export function isNotLoss(ctx: FrameContext, k: number, _npFirst: number, npLast: number, lossVerbAfter = false): boolean {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  const hit = (i: number) => !!tokens[i] && matchAt(ctx.lex.notLoss, tokens, i) !== null;
  // The counted phrase and a passive after it: "15 soldiers were later freed".
  let j = m.last + 1;
  // ("Three more survivors of the fire have died": survivors who died since are lost after all.)
  for (; j <= npLast; j++) if ((hit(j) && !(lossVerbAfter && /^survivors?$/.test(tokens[j].lower))) || matchAt(ctx.lex.countedEvents, tokens, j) !== null) return true;
  for (let n = 0; j < tokens.length && n < 5; j++, n++) {
    const t = tokens[j];
    if (ctx.mentionAt[j] >= 0 || isClauseBreak(t, ctx.lex)) break;
    if (hit(j)) return true;
    if (!ctx.lex.grammar.auxiliaries.has(t.lower)) break;
  }
  // The verb or noun just before: "rescued 60", "freed 12", "a population of 9,000".
  const before = tokens[m.first - 1];
  if (before && before.lower !== 'of' && hit(m.first - 1)) return true;
  if (before?.lower === 'of' && hit(m.first - 2)) return true;
  return false;
}

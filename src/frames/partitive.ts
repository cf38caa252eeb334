import { matchAt, type Cue, type FrameContext } from './context.js';

/** Words between the two counts' "of" and the loss noun: "of the 40 reported deaths", "of the ten recovered bodies". */
const MAX_BETWEEN = 3;

/**
 * A part of a counted loss: "six of the 40 deaths", "Three out of the 15 known fatalities", "four of the nine
 * bodies". The part takes the category of the loss noun after the whole.
 */
export function partitiveCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens, mentions, mentionAt } = ctx;
  const m = mentions[k];
  let i = m.last + 1;
  if (tokens[i]?.lower === 'out') i++;
  if (tokens[i]?.lower !== 'of') return null;
  i++;
  if (/^(the|these|those|its|their)$/.test(tokens[i]?.lower ?? '')) i++;
  const whole = mentionAt[i];
  if (whole !== k + 1 || mentions[whole].weak) return null;
  for (let j = mentions[whole].last + 1, n = 0; j < tokens.length && n <= MAX_BETWEEN; j++, n++) {
    if (mentionAt[j] >= 0) return null;
    const noun = matchAt(ctx.lex.nouns, tokens, j);
    if (noun) return { category: noun.value, first: m.last + 1, last: noun.last, rule: 'partitive', subjectFirst: m.last + 1, subjectLast: noun.last };
  }
  return null;
}

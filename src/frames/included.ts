import { isClauseBreak, matchAt, type Cue, type FrameContext } from './context.js';

const INCLUDE = new Set(['included', 'include', 'includes', 'including', 'comprised', 'were']);
const SUBJECT_WINDOW = 6;

/**
 * A loss named in the subject of "included": "The destroyed equipment included 241 tanks", "The captured
 * trophies included 39 tanks", "The dead included a veteran commander".
 */
export function includedCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens } = ctx;
  const v = ctx.mentions[k].first - 1;
  if (!INCLUDE.has(tokens[v]?.lower ?? '')) return null;
  for (let j = v - 1, n = 0; j >= 0 && n < SUBJECT_WINDOW; j--, n++) {
    if (isClauseBreak(tokens[j]) || tokens[j].text === ',' || ctx.mentionAt[j] >= 0) return null;
    const cat = matchAt(ctx.lex.predicates, tokens, j) ?? matchAt(ctx.lex.nouns, tokens, j);
    if (cat && cat.last < v) return { category: cat.value, first: j, last: v, rule: 'included' };
  }
  return null;
}

import { isClauseBreak, type Cue, type FrameContext } from './context.js';
import { lineCategory } from './block.js';

/**
 * A count after ";" or ":" whose introducing clause names the loss and holds no count of its own:
 * "The rest were wounded; about 900 from Chile, 400 from Peru", "killings took place in these villages:
 * 3 May, some 40 people in ...". A general word ("losses", "casualties") reads as casualties.
 */
export function introCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  let colon = -1;
  for (let j = m.first - 1; j >= 0; j--) {
    if (tokens[j].text === ';' || tokens[j].text === ':') { colon = j; break; }
    if (ctx.mentionAt[j] >= 0 && !isDateLike(ctx, j)) return null;
  }
  if (colon <= 0) return null;
  let start = colon - 1;
  while (start > 0 && !(isClauseBreak(tokens[start - 1], ctx.lex) && tokens[start - 1].text !== ',')) start--;
  for (let j = start; j < colon; j++) if (ctx.mentionAt[j] >= 0) return null;
  const category = lineCategory(tokens.slice(start, colon), ctx.lex);
  if (!category || category === 'none') return null;
  return { category: category === 'losses' ? 'casualties' : category, first: start, last: colon, rule: 'intro' };
}

/** A day of a month before the count ("11 December, 20 people"): a date, not a count of the list. */
function isDateLike(ctx: FrameContext, j: number): boolean {
  return ctx.mentionAt[j] >= 0 && /^\p{Lu}/u.test(ctx.tokens[ctx.mentions[ctx.mentionAt[j]].last + 1]?.text ?? '');
}

import type { Category } from '../schema.js';
import { matchAt, type Cue, type FrameContext } from './context.js';

/**
 * Infobox rows: a loss label glued to or followed by its figure ("Deaths200+ (Human Rights Watch)",
 * "Casualties: 300"), and the bare rows under it ("485 (Azerbaijani parliament figure)") that continue it.
 */
export function infoboxCue(ctx: FrameContext, k: number, label: Category | null): Cue | null {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  if (k !== 0) return null;
  const lead = m.first === 1 ? 0 : m.first === 2 && tokens[1].text === ':' ? 0 : -1;
  if (lead === 0 && /^\p{Lu}/u.test(tokens[0].text)) {
    const noun = matchAt(ctx.lex.nouns, tokens, 0) ?? matchAt(ctx.lex.predicates, tokens, 0);
    // "Casualties242,419 to 779,000 dead": a general label gives way to the row's own loss word after the figure.
    const specific = noun?.value === 'casualties' && tokens.slice(m.last + 1, m.last + 3).some((t) => matchAt(ctx.lex.predicates, tokens, t.i) ?? matchAt(ctx.lex.nouns, tokens, t.i));
    if (noun && !specific) return { category: noun.value, first: 0, last: m.first - 1, rule: 'infobox' };
  }
  // A row that is only a figure and its source in brackets.
  if (label && m.first === 0 && tokens[m.last + 1]?.text === '(' && tokens[tokens.length - 1].text.match(/^[)\]]$/)) {
    return { category: label, first: 0, last: m.last, rule: 'infobox' };
  }
  return null;
}

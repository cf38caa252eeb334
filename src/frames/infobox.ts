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
  // A label of up to three words before the figure, glued or after a colon: "Deaths200", "Total fatalities70",
  // "Ground injuries: 500". Its loss word is its last word before the figure.
  const colon = tokens[m.first - 1]?.text === ':';
  const end = colon ? m.first - 2 : m.first - 1;
  // Glued ("fatalities70") or before a colon: "The strikes killed 26" is a sentence, not a label.
  const glued = !colon && end >= 0 && tokens[end].end === tokens[m.first].start;
  // "Non-fatal injuries 70", "Total deaths 300": a label of a few words and a space, when the figure ends the line.
  const spaced = !colon && !glued && end >= 1 && (m.last === tokens.length - 1 || /^[[(]$/.test(tokens[m.last + 1].text));
  const lead = (colon || glued || end === 0 || spaced) && end >= 0 && end <= 2 && tokens.slice(0, end + 1).every((t) => /^\p{L}+(?:-\p{L}+)?$/u.test(t.text)) ? end : -1;
  if (lead >= 0 && /^\p{Lu}/u.test(tokens[0].text)) {
    // (A spaced label is read by its noun only: "Troops killed 26" is a sentence.)
    const noun = matchAt(ctx.lex.nouns, tokens, lead) ?? (spaced ? null : matchAt(ctx.lex.predicates, tokens, lead) ??
      (lead > 0 ? matchAt(ctx.lex.nouns, tokens, 0) ?? matchAt(ctx.lex.predicates, tokens, 0) : null));
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

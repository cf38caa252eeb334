import type { Cue, FrameContext } from './context.js';

/** Nouns whose "of N people" is a count of missing people when the sentence says it is not known. */
const FATE_NOUNS = /^(?:fate|fates)$/;
const UNKNOWN = /^(?:unknown|unclear|uncertain)$/;
/** Between the counted people and "unknown": auxiliaries ("is still", "remain as yet"), or "not known". */
const isLink = (ctx: FrameContext, w: string) => ctx.lex.grammar.auxiliaries.has(w) || w === 'yet' || w === 'not';

/**
 * "The fate of 64 people is still unknown", "the fate of 12 crew members remains unclear": people nobody
 * can account for are missing. Only with the fate noun before the count and "unknown" after it.
 */
export function fateCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens, mentions } = ctx;
  const m = mentions[k];
  let i = m.first - 1;
  if (/^(?:the|their|its)$/.test(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.lower !== 'of' || !FATE_NOUNS.test(tokens[i - 1]?.lower ?? '')) return null;
  // The counted phrase runs to the first linking word; "unknown" must follow within a few of them.
  let j = m.last + 1;
  while (j < tokens.length && j - m.last <= 6 && !isLink(ctx, tokens[j].lower) && /^\p{L}/u.test(tokens[j].text)) j++;
  const subjectLast = j - 1;
  for (let n = 0; j < tokens.length && n < 5; j++, n++) {
    if (UNKNOWN.test(tokens[j].lower)) return { category: 'missing', first: m.last + 1, last: j, rule: 'fate', subjectFirst: m.last + 1, subjectLast };
    if (tokens[j].lower === 'not' && tokens[j + 1]?.lower === 'known') return { category: 'missing', first: m.last + 1, last: j + 1, rule: 'fate', subjectFirst: m.last + 1, subjectLast };
    if (!isLink(ctx, tokens[j].lower)) return null;
  }
  return null;
}

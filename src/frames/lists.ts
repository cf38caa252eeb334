import { isClauseBreak, isVerb, matchAt, type Cue, type FrameContext } from './context.js';

/** Lists of counts in a sentence: which counts share one cue, and which count is only the whole a part is drawn from. */

/** Punctuation between the members of a list, besides the lexicon's grammar.listWords. */
const LIST_MARKS = new Set([',', ';']);
const MAX_LIST_GAP = 12;

/**
 * "killing 30 of the 214 occupants", "505 of the 509 passengers": the whole a part is counted from ("of", "of the",
 * "out of its"), no loss of its own unless its own words say so ("12 of the 30 dead").
 */
export function isWholeOfPart(ctx: FrameContext, k: number): boolean {
  const a = ctx.mentions[k - 1];
  const b = ctx.mentions[k];
  if (!a) return false;
  const t = ctx.tokens;
  const of = t[b.first - 1]?.lower === 'of' ? b.first - 1 : t[b.first - 2]?.lower === 'of' && ctx.lex.grammar.definites.has(t[b.first - 1].lower) ? b.first - 2 : -1;
  return of === a.last + 1 || (of === a.last + 2 && t[a.last + 1].lower === 'out');
}

/** Whether mention k continues the list of mention k-1 (one verb distributed over many counts). */
export function continuesList(ctx: FrameContext, k: number, own: Array<Cue | null>, left: Array<Cue | null>): boolean {
  const a = ctx.mentions[k - 1];
  const b = ctx.mentions[k];
  if (b.first - a.last - 1 > MAX_LIST_GAP) return false;
  const prevOwn = own[k - 1];
  // After a count with its own verb the list goes on only as its parts: "613 were killed, including 106 women".
  const including = ctx.tokens.slice(a.last + 1, b.first).some((t) => /^(including|among)$/.test(t.lower));
  if (prevOwn && prevOwn.rule === 'passive' && !including) return false;
  if (left[k] && (left[k]!.rule === 'nominal' || left[k]!.rule === 'transitive' || left[k]!.rule === 'tally')) return false;
  let separator = false;
  // The first count's own phrase ("12 reported deaths") is not read for verbs that end the list.
  const from = prevOwn && prevOwn.rule === 'head-noun' && prevOwn.last < b.first ? prevOwn.last + 1 : a.last + 1;
  for (let i = from; i < b.first; i++) {
    const t = ctx.tokens[i];
    if (isClauseBreak(t, ctx.lex) && t.text !== ';') return false;
    if (LIST_MARKS.has(t.lower) || ctx.lex.grammar.listWords.has(t.lower)) separator = true;
    // "the United States" is a name, not the verb "states".
    else if (ctx.lex.reportingVerbs.has(t.lower) && /^[a-z]/.test(t.text) || /^(having|being)$/.test(t.lower)) return false;
    // A finite verb between the counts closes the first clause, unless the second count is one of its parts.
    else if (!including && ctx.lex.grammar.finiteVerbs.has(t.lower)) return false;
    // "300 men tried to capture the bridge; 40 were killed": a verb with its infinitive is a clause of its own.
    else if (ctx.tokens[i + 1]?.lower === 'to' && /^[a-z]/.test(t.text) && isVerb(t.lower) && !matchAt(ctx.lex.predicates, ctx.tokens, i)) return false;
  }
  return separator;
}


import type { Category } from '../schema.js';
import { isClauseBreak, matchAt, type CompiledLexicon, type Cue, type FrameContext } from './context.js';
import type { Sentence } from '../pipeline/types.js';

const SUBJECT_WINDOW = 6;

/**
 * A loss named in the subject of "included": "The wrecked vehicles included 57 trucks", "The seized
 * weapons included 12 howitzers", "The dead included two village elders".
 */
export function includedCue(ctx: FrameContext, k: number, previous: Category | null = null): Cue | null {
  const { tokens } = ctx;
  let v = ctx.mentions[k].first - 1;
  // "consisted of five women": the verb before "of".
  if (tokens[v]?.lower === 'of' && ctx.lex.figures.includeWords.has(tokens[v - 1]?.lower ?? '')) v--;
  if (!ctx.lex.figures.includeWords.has(tokens[v]?.lower ?? '')) return null;
  // "This number allegedly includes 10 children": the figure referred to says what happened to them.
  let j0 = v - 1;
  while (j0 >= 0 && /ly$/.test(tokens[j0].lower)) j0--;
  if (previous && ctx.lex.tallies.has(tokens[j0]?.lower ?? '') && ctx.lex.grammar.pointers.has(tokens[j0 - 1]?.lower ?? '')) {
    return { category: previous, first: j0 - 1, last: v, rule: 'included' };
  }
  for (let j = v - 1, n = 0; j >= 0 && n < SUBJECT_WINDOW; j--, n++) {
    if (isClauseBreak(tokens[j], ctx.lex) || tokens[j].text === ',' || ctx.mentionAt[j] >= 0) return null;
    const cat = matchAt(ctx.lex.predicates, tokens, j) ?? matchAt(ctx.lex.nouns, tokens, j);
    if (cat && cat.last < v) return { category: cat.value, first: j, last: v, rule: 'included' };
  }
  return null;
}

/**
 * "112 people died. Among them, 20 were from the capital, 15 from the coast": a sentence opening with words that
 * point back to a total counts parts of it; its counts with no loss of their own take the total's.
 */
export function partOpenerCue(ctx: FrameContext, k: number, previous: Category | null): Cue | null {
  const named = namedPartOpener(ctx);
  if (named && ctx.mentions[k].first > named.last) return named;
  if (!previous) return null;
  const opener = partOpener(ctx.sentence, ctx.lex);
  if (!opener || ctx.mentions[k].first < opener) return null;
  return { category: previous, first: 0, last: opener - 1, rule: 'part-opener' };
}

/**
 * "Of the fatalities so far, 68 ...", "Among the injured were 12 children", "Of the total of 270 deaths, 189 were
 * ...": a sentence opening with the loss its counts are parts of names their category itself.
 */
function namedPartOpener(ctx: FrameContext): Cue | null {
  const t = ctx.tokens;
  if (!/^(of|among|amongst)$/.test(t[0]?.lower ?? '') || !/^(the|these|those)$/.test(t[1]?.lower ?? '')) return null;
  for (let i = 2; i < Math.min(t.length, 8); i++) {
    if (t[i].text === ',' || ctx.lex.grammar.finiteVerbs.has(t[i].lower)) break;
    const loss = matchAt(ctx.lex.nouns, t, i) ?? matchAt(ctx.lex.predicates, t, i);
    if (loss) return { category: loss.value, first: 0, last: loss.last, rule: 'part-opener' };
  }
  return null;
}

/** How many words of a part opener ("Among them", "Of the dead") the sentence opens with, or 0. */
function partOpener(s: Sentence, lex: CompiledLexicon): number {
  const t = s.tokens;
  const two = `${t[0]?.lower} ${t[1]?.lower}`;
  if (lex.figures.partOpeners.has(`${two} ${t[2]?.lower}`)) return 3;
  return lex.figures.partOpeners.has(two) ? 2 : 0;
}

/** Whether a sentence opens with words that point back to the total before it. */
export const opensWithPart = (s: Sentence, lex: CompiledLexicon) => partOpener(s, lex) > 0;

/** How far before "with" a loss noun may stand: "the most deaths with 210". */
const WITH_REACH = 6;

/**
 * "Texas had the most deaths with 210, followed by Ohio with 40": a count after "with" that ranks
 * a party by a loss named just before it; the counts after it in the list take the same loss.
 */
export function withCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  if (tokens[m.first - 1]?.lower !== 'with') return null;
  for (let j = m.first - 2; j >= 0 && j >= m.first - 1 - WITH_REACH; j--) {
    if (ctx.mentionAt[j] >= 0 || isClauseBreak(tokens[j], ctx.lex)) return null;
    const noun = matchAt(ctx.lex.nouns, tokens, j);
    if (noun) return { category: noun.value, first: j, last: m.first - 1, rule: 'with-count', subjectFirst: j, subjectLast: noun.last };
  }
  return null;
}

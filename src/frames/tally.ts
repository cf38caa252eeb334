import type { Category } from '../schema.js';
import { isClauseBreak, matchAt, matchEndingAt, type Cue, type FrameContext } from './context.js';

/** Words linking a running total to its figure (the lexicon's figures.tallyLinks), and a comma. */
const isLink = (ctx: FrameContext, w: string) => w === ',' || ctx.lex.figures.tallyLinks.has(w);
const TALLY_WINDOW = 28;
const ASIDE_WORDS = 8;

/** ", according to rescuers," or ", officials said,": the opening comma of an aside of attribution that closes at `close`. */
function asideStart(ctx: FrameContext, close: number): number {
  const { tokens } = ctx;
  for (let j = close - 1; j >= 0 && close - j <= ASIDE_WORDS; j--) {
    if (tokens[j].text !== ',') continue;
    const words = tokens.slice(j + 1, close);
    // ", according to X," or ", X said," (the verb last): not a clause of its own (", but others put the toll lower,").
    const last = words.at(-1);
    const attributes = words[0]?.lower === 'according' || (!!last && ctx.lex.reportingVerbs.has(last.lower) && /^[a-z]/.test(last.text));
    return attributes && j > 0 ? j : -1;
  }
  return -1;
}

/**
 * A running total named before the figure: "the death toll ... is 427", "the number of Nepalese porters
 * killed reached 38", "the total number of confirmed flood fatalities ... is at least 96". Where the total
 * names no loss ("placed that number higher, at 4,700"), `previous` gives the category it refers back to.
 */
export function tallyCue(ctx: FrameContext, k: number, previous: Category | null): Cue | null {
  const { tokens, mentionAt } = ctx;
  const m = ctx.mentions[k];
  if (m.quantity.qualifier === 'vague') return null;
  let i = m.first - 1;
  let links = 0;
  while (i >= 0 && links < 8) {
    // "The toll, according to rescuers, has climbed to 71": a source between commas stands apart from the total.
    const aside = tokens[i].text === ',' ? asideStart(ctx, i) : -1;
    if (aside >= 0) { i = aside - 1; links++; continue; }
    if (isLink(ctx, tokens[i].lower)) { i--; links++; continue; }
    // "were estimated by the Russian staff at 71,000": the agent of a linking verb stands between it and the figure.
    if (links > 0) {
      let by = i;
      while (by > 0 && i - by < 5 && tokens[by].lower !== 'by' && /^[\p{L}'’.-]+$/u.test(tokens[by].text) && mentionAt[by] < 0) by--;
      if (tokens[by]?.lower === 'by' && by > 0 && isLink(ctx, tokens[by - 1].lower) && tokens[by - 1].text !== ',') { i = by - 1; continue; }
    }
    // "cut from 70 to 41": the earlier figure is part of the change, not a count of its own.
    const earlier = mentionAt[i] >= 0 ? ctx.mentions[mentionAt[i]] : null;
    if (earlier && !earlier.weak && tokens[earlier.first - 1]?.lower === 'from' && links > 0) { i = earlier.first - 2; links++; continue; }
    break;
  }
  // "put the death toll as high as 80": a qualifier opening the mention links it to the total before it.
  if (!links && /^\d/.test(tokens[m.first].text)) return headlineToll(ctx, k);
  const linkStart = i + 1;
  const named = namedTotal(ctx, k, i, linkStart, previous) ?? coordinatedTotal(ctx, k, i, linkStart, previous);
  if (named) return named;
  // A loss noun standing for its own total: "Confirmed deaths rise to 410", "and injuries at 2,050".
  let noun = i >= 0 && !ctx.lex.tallies.has(tokens[i].lower) ? matchEndingAt(ctx.lex.nouns, tokens, i, 2) : null;
  // "Deaths in Athens rose to 112", "Deaths from the storm climbed to 40": a short phrase of place or cause between.
  for (let j = i; !noun && j > 0 && i - j < 6; j--) {
    if (mentionAt[j] >= 0 || isClauseBreak(tokens[j], ctx.lex)) break;
    if (/^(?:in|from|among|across|at)$/.test(tokens[j].lower) && !ctx.lex.tallies.has(tokens[j - 1].lower)) noun = matchEndingAt(ctx.lex.nouns, tokens, j - 1, 2);
  }
  if (noun && ctx.lex.figures.runningWords.has(tokens[m.first - 1]?.lower ?? '')) {
    return { category: noun.value, first: noun.first, last: linkStart - 1, rule: 'tally', subjectFirst: noun.first, subjectLast: i };
  }
  return null;
}

/**
 * A headline's toll with no verb: "official death toll 12", "Flood Toll in Kerala 220, Officials Say": the count
 * right after "toll" (or after "toll in" and a place), ending its clause.
 */
function headlineToll(ctx: FrameContext, k: number): Cue | null {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  if (!/^(?:[,:;.]|)$/.test(tokens[m.last + 1]?.text ?? '')) return null;
  let j = m.first - 1;
  // "in Kerala", "in New South Wales": a place of up to three capitalised words after "in".
  let place = 0;
  while (place < 3 && j > 0 && /^\p{Lu}/u.test(tokens[j].text)) { j--; place++; }
  if (place && tokens[j]?.lower === 'in') j--;
  else if (place) return null;
  if (tokens[j]?.lower !== 'toll') return null;
  const noun = matchEndingAt(ctx.lex.nouns, tokens, j - 1, 2);
  return { category: noun?.value ?? 'killed', first: j, last: m.first - 1, rule: 'tally' };
}

/**
 * A second verb of a total whose first verb gave an earlier figure: "The toll was 230 on Monday but rose to 410",
 * "stood at 264 a day after the quake and climbed to 604". The total before the earlier figure is this one's too.
 */
function coordinatedTotal(ctx: FrameContext, k: number, i: number, linkStart: number, previous: Category | null): Cue | null {
  const { tokens, mentionAt } = ctx;
  let j = i;
  // ("and *later* rose to", "but *then* climbed to": the lexicon's coordinated adverbs.)
  while (j >= 0 && ctx.lex.figures.coordinatedAdverbs.has(tokens[j].lower)) j--;
  if (j < 1 || !/^(?:and|but)$/.test(tokens[j].lower) || k === 0) return null;
  let sawFigure = false;
  for (let x = j - 1, n = 0; x >= 0 && n < TALLY_WINDOW; x--, n++) {
    if (isClauseBreak(tokens[x], ctx.lex) && tokens[x].text !== ',') return null;
    if (mentionAt[x] >= 0) { sawFigure = true; continue; }
    if (sawFigure && ctx.lex.tallies.has(tokens[x].lower)) {
      const total = namedTotal(ctx, mentionAt[j - 1] >= 0 ? mentionAt[j - 1] : k, x, x + 1, previous);
      return { category: total?.category ?? previous ?? 'killed', first: j, last: linkStart - 1, rule: 'tally-anaphora' };
    }
  }
  return null;
}

/** A total word ("toll", "number", "losses") before the links, with the loss named around it. */
function namedTotal(ctx: FrameContext, k: number, i: number, linkStart: number, previous: Category | null): Cue | null {
  const { tokens, mentionAt } = ctx;
  const m = ctx.mentions[k];
  for (let j = i, n = 0; j >= 0 && n < TALLY_WINDOW; j--, n++) {
    // "a" and "an" read as one only before a person: "the toll from a blast" goes on past them.
    if (mentionAt[j] >= 0 && !ctx.mentions[mentionAt[j]].weak || isClauseBreak(tokens[j], ctx.lex)) return null;
    if (!ctx.lex.tallies.has(tokens[j].lower)) continue;
    // The loss named around the total: "death toll", "number of villagers who died in Kandahar".
    for (let x = Math.max(0, j - 2); x < linkStart; x++) {
      const cat = matchAt(ctx.lex.nouns, tokens, x) ?? matchAt(ctx.lex.predicates, tokens, x);
      if (cat) return { category: cat.value, first: j, last: linkStart - 1, rule: 'tally', subjectFirst: j + 1, subjectLast: linkStart - 1 };
    }
    // "from earlier estimates to only eight", "upper estimates at 55,000": estimates name no total of their own; they
    // refer back to the loss just given, else the search goes on to the total before them.
    if (/^estimates?$/.test(tokens[j].lower)) {
      const fromEarlier = /^(of|from)$/.test(tokens[j - 1]?.lower ?? '') || /^(of|from)$/.test(tokens[j - 2]?.lower ?? '');
      if (previous && j > 0 && !fromEarlier) return { category: previous, first: j, last: linkStart - 1, rule: 'tally-anaphora' };
      continue;
    }
    // "that number", "the final figure": a total with no loss of its own refers back to the last one named.
    if (previous && (/^(that|this|the)$/.test(tokens[j - 1]?.lower ?? '') || (/^(that|this|the)$/.test(tokens[j - 2]?.lower ?? '') && ctx.lex.figures.totalQualifiers.has(tokens[j - 1]?.lower ?? '')))) {
      return { category: previous, first: j, last: linkStart - 1, rule: 'tally-anaphora' };
    }
    // Losses with no loss named: people lost are casualties, equipment lost is destroyed.
    if (/^loss(es)?$/.test(tokens[j].lower)) {
      const equipment = tokens.slice(m.last + 1, m.last + 4).some((t) => ctx.lex.equipment.has(t.lower));
      return { category: equipment ? 'destroyed' : 'casualties', first: j, last: linkStart - 1, rule: 'tally' };
    }
    // A toll with no loss named is one of lives: "the toll stands at 40".
    if (tokens[j].lower === 'toll') return { category: 'killed', first: j, last: linkStart - 1, rule: 'tally' };
    return null;
  }
  return null;
}

/** "lower than the 8,500", "higher than the 1,200": a figure compared with one just given, same category. */
export function comparisonCue(ctx: FrameContext, k: number, previous: Category | null): Cue | null {
  const { tokens } = ctx;
  const i = ctx.mentions[k].first;
  if (!previous) return null;
  const the = tokens[i - 1]?.lower === 'the' ? 1 : 0;
  if (tokens[i - 1 - the]?.lower !== 'than') return null;
  if (!ctx.lex.figures.comparatives.has(tokens[i - 2 - the]?.lower ?? '')) return null;
  return { category: previous, first: i - 2 - the, last: i - 1, rule: 'comparison' };
}

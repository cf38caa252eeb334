import type { Category } from '../schema.js';
import type { Sentence, Token } from '../pipeline/types.js';
import { matchAt, type CompiledLexicon, type Cue, type FrameContext } from './context.js';

/**
 * Shares of a loss given place by place, or day by day, after the loss is named:
 *   "killed 40 people: 12 in Kano, 9 in Jigawa and 19 in Kaduna"      count, then where
 *   "Deaths were reported in Oaxaca (14), Guerrero (9) and Chiapas (3)"  where, then the count in brackets
 *   "the worst-hit districts were Sylhet - 22, Sunamganj - 17"         where, a dash, the count
 *   "the dead came from Dara, four; Kumba, two; and Lobe, seven"        where, a comma, the count
 *   "three on Saturday and one on Sunday"                               the count, then when
 * A share has no loss word of its own; it takes the loss named nearest before it in the sentence (a loss word
 * between an earlier count and the shares wins: "three died in A. As for injuries, there were 40 in A, 9 in B"),
 * and in a sentence that opens with its shares, the loss of the sentence before.
 */
export type ShareShape = 'after' | 'bracket' | 'dash' | 'comma';

// Not ':': "Deaths: 31 People affected: 176,975" is a block of labels (frames/labels.ts), not a list of shares.
const DASHES = new Set(['-', '–', '—']);
const ITEM_ENDS = new Set([',', ';', '.', ')', '(', 'and', '']);

const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** How a count stands as one place's or one day's share, with the first token of its item; null if it does not. */
export function shareShape(tokens: Token[], first: number, last: number, lex: CompiledLexicon): { shape: ShareShape; start: number } | null {
  // "17 deaths out of 24 in Uganda", "three of the six districts": a count after "of" is a whole, no share.
  if (tokens[first - 1]?.lower === 'of') return null;
  const next = tokens[last + 1];
  if (next && lex.figures.shareLinks.has(next.lower)) {
    const a = tokens[last + 2];
    const b = tokens[last + 3];
    // "12 in Kano", "1,133 in the South", "42 on 18 July", "three on Saturday".
    const where = capital(a) || (a?.lower === 'the' && capital(b)) || (next.lower === 'on' && /^\d{1,2}$/.test(a?.text ?? '') && capital(b));
    if (where && !/^\d{4}$/.test(a?.text ?? '')) return { shape: 'after', start: first };
  }
  const before = tokens[first - 1];
  const label = tokens[first - 2];
  if (!before || !label || !/^[\p{L}.]+$/u.test(label.text)) return null;
  const end = tokens[last + 1]?.lower ?? '';
  const start = labelStart(tokens, first - 2);
  if (start < 0) return null;
  // "Oaxaca (14)": the bracket closes right after the count; "the massacre at Sinope.(1)" is a note.
  if (before.text === '(' && end === ')' && !label.text.endsWith('.')) return { shape: 'bracket', start };
  if (!ITEM_ENDS.has(end)) return null;
  if (DASHES.has(before.text)) return { shape: 'dash', start };
  if (before.text === ',') return { shape: 'comma', start };
  return null;
}

/**
 * The first token of a share's label ("Kyiv region", "Cagayan de Oro"): capitalised words, with a short joining word
 * inside ("de", "al") and one lower-case word at the end ("region", "district"); -1 when it does not start capitalised.
 */
function labelStart(tokens: Token[], i: number): number {
  let j = i;
  for (let n = 0; j >= 0 && n < 5; j--, n++) {
    const t = tokens[j];
    if (!/^[\p{L}.'’]+$/u.test(t.text)) break;
    if (capital(t) || (j === i && n === 0) || (t.text.length <= 3 && capital(tokens[j - 1]) && !/^(and|or|of|in|at)$/.test(t.lower))) continue;
    break;
  }
  return capital(tokens[j + 1]) ? j + 1 : -1;
}

/**
 * The loss a share takes: a loss word between the counts before it and its item, else the nearest count before it
 * with a loss of its own, else (for a sentence that opens with shares) the loss read last.
 */
export function shareCue(ctx: FrameContext, k: number, cues: Array<Cue | null>, previous: Category | null): Cue | null {
  const { tokens, mentions } = ctx;
  const m = mentions[k];
  if (m.quantity.unit) return null;
  const item = shareShape(tokens, m.first, m.last, ctx.lex);
  if (!item) return null;
  const neighbour = (j: number) => !!mentions[j] && !mentions[j].quantity.unit && !!shareShape(tokens, mentions[j].first, mentions[j].last, ctx.lex);
  // A comma or a bracket says little by itself: "In Paris, 12 died", "the Treaty of Paris (2)". Only a list of such
  // items is read as shares.
  if ((item.shape === 'comma' || item.shape === 'bracket') && !neighbour(k - 1) && !neighbour(k + 1)) return null;
  let j = k - 1;
  while (j >= 0 && !cues[j]) j--;
  const from = j >= 0 ? Math.max(mentions[j].last, cues[j]!.last) + 1 : 0;
  // "The dead were identified as Ana Ruiz (34), Luis Soto (52)": ages of people named, no shares.
  if (item.shape !== 'after' && tokens.slice(0, item.start).some((t) => ctx.lex.figures.nameIntros.has(t.lower))) return null;
  for (let i = item.start - 1; i >= from; i--) {
    // "The most affected province is Logar (3,000)": shares of what is no loss.
    if (matchAt(ctx.lex.notLoss, tokens, i)) return null;
    const loss = matchAt(ctx.lex.nouns, tokens, i) ?? matchAt(ctx.lex.predicates, tokens, i);
    if (loss && loss.last < item.start) return { category: loss.value, first: i, last: loss.last, rule: 'share' };
  }
  if (j >= 0) return { ...cues[j]!, first: m.first, last: m.last, rule: 'share' };
  if (previous && opensWithShares(ctx.sentence, ctx.lex)) return { category: previous, first: m.first, last: m.last, rule: 'share' };
  return null;
}

/** "18 in Region 10, 6 in Region 5": a number that names the place of a share, no count ("on Tuesday 25 people" is one). */
export function namesPlace(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  const link = tokens[m.first - 2]?.lower ?? '';
  return m.first === m.last && /^\d{1,3}$/.test(tokens[m.first].text) && capital(tokens[m.first - 1]) &&
    link !== 'on' && ctx.lex.figures.shareLinks.has(link) && ITEM_ENDS.has(tokens[m.last + 1]?.lower ?? '');
}

/** Whether a sentence opens with a share: "Kozhikode (17), Wayanad (12) and ...". */
export function opensWithShares(s: Sentence, lex: CompiledLexicon): boolean {
  const t = s.tokens;
  for (let i = 1; i < Math.min(t.length, 8); i++) {
    if (!/^\d[\d,]*$/.test(t[i].text)) continue;
    const item = shareShape(t, i, i, lex);
    return !!item && item.shape !== 'after' && item.start === 0;
  }
  return false;
}

import type { Cue, FrameContext } from './context.js';

/**
 * The parts of a total given right after it, which count the same loss:
 *   "70 fatalities (67 spectators and 3 pilots)"      in brackets after the total
 *   "fourteen fatalities — thirteen civilians and one soldier —"   between dashes
 *   "nine people died, eight of them local men"        "N of them" after a counted loss
 * Only for a count with no loss word of its own; the total's cue is the part's.
 */
export function breakdownCue(ctx: FrameContext, k: number, total: Cue | null): Cue | null {
  const { tokens, mentions } = ctx;
  const m = mentions[k];
  if (k === 0 || m.quantity.unit) return null;
  if (!total) return null;
  const before = mentions[k - 1];
  let i = m.first - 1;
  if (tokens[i]?.lower === 'including') i--;
  const opener = tokens[i]?.text ?? '';
  const totalEnd = Math.max(before.last, total.last, total.subjectLast ?? -1);
  // "(67 spectators and 3 pilots)", "— thirteen civilians and one soldier —": the bracket opens right after the total.
  if (/^[(—–]$/.test(opener) && i >= totalEnd && i - totalEnd <= 1) return { ...total, first: i, last: i, rule: 'breakdown' };
  // "94 bodies had been recovered — 54 women and 40 men —": a dash after the total's verb, a few plain words on.
  if (/^[—–]$/.test(opener) && i > totalEnd && i - totalEnd <= 6 && tokens.slice(totalEnd + 1, i).every((t) => /^\p{Ll}+$/u.test(t.text))) {
    return { ...total, first: i, last: i, rule: 'breakdown' };
  }
  // "killed 63 people in Kunar (4), Laghman (3) and Logar (20)": a place's share in brackets after its name.
  if (opener === '(' && tokens[m.last + 1]?.text === ')' && /^\p{Lu}/u.test(tokens[m.first - 2]?.text ?? '')) {
    return { ...total, first: i, last: m.last + 1, rule: 'breakdown' };
  }
  // "1,133 in the South, 122 in Nippes", "Cabo Delgado, with 38": a place's share of a total named before it.
  const placeAfter = /^(in|at)$/.test(tokens[m.last + 1]?.lower ?? '') &&
    (/^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? '') || (tokens[m.last + 2]?.lower === 'the' && /^\p{Lu}/u.test(tokens[m.last + 3]?.text ?? '')));
  const placeBefore = tokens[m.first - 1]?.lower === 'with' && /^\p{Lu}/u.test(tokens[m.first - 2]?.text ?? tokens[m.first - 3]?.text ?? '');
  if ((placeAfter || placeBefore) && /^(,|;|and|with|:)$/.test(tokens[m.first - 1]?.lower ?? '') && m.first - totalEnd <= 40) {
    return { ...total, first: m.first, last: m.last, rule: 'breakdown' };
  }
  // "..., eight of them local men": a part of the count just named.
  if (tokens[m.last + 1]?.lower === 'of' && /^(them|those|whom)$/.test(tokens[m.last + 2]?.lower ?? '') && tokens[m.first - 1]?.text === ',') {
    return { ...total, first: m.last + 1, last: m.last + 2, rule: 'breakdown' };
  }
  return null;
}

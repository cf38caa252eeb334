import { alternation } from '../lexicon/pattern.js';
import type { PartsLexicon } from '../lexicon/parts.js';
import type { Claim } from '../schema.js';

/**
 * Parts and totals: "30 died, including 9 children", "of whom 4 were police", "41 people (25 soldiers and
 * 16 civilians)", "41 were killed: 25 soldiers and 16 civilians", or a list of sub-groups that adds up to the
 * figure before it ("41 people, 25 soldiers and 16 civilians") or after it ("... 41 in all"). A part is shown
 * under its total and never competes with it.
 */

/** A breakdown opened just before the part: an unclosed parenthesis, a colon or a dash. */
const OPENS_BREAKDOWN = /\([^)]*$|[:—–]\s*$|\s-\s*$/;
/** Between two parts of one list. */
const LIST_GOES_ON = /^[\s,;]*(?:and|or|as well as|plus)?[\s,;]*$/i;
/** Between a total and a list of sub-groups that sums to it. */
const LIST_OPENS = /^[\s,;:—–-]*$/;
/** The cues of parts and totals, compiled once per lexicon. */
export interface PartRules {
  /** Between a total and its first part. */
  partCue: RegExp;
  /** A figure that sums up the figures before it ("... 41 in all"). */
  totalCue: RegExp;
  /** A sentence that opens as a breakdown of the figure before it ("Of them, 9 were children."). */
  leadPart: RegExp;
}

export function compileParts(lex: PartsLexicon): PartRules {
  return {
    partCue: new RegExp(`\\b(?:${alternation(lex.partCues)})\\b`, 'i'),
    totalCue: new RegExp(`\\b(?:${alternation(lex.totalCues)})\\b`, 'i'),
    leadPart: new RegExp(`^\\s*(?:of (?:them|those|these|whom|the (?:dead|victims|killed|wounded|injured))|among (?:them|those|these|the (?:${alternation(lex.leadGroups)}))|(?:these|they|those|the (?:dead|victims|casualties)) (?:included?|includes|were))\\b`, 'i'),
  };
}
const FIGURE_REFERENCE = /^\s*(?:this|that|the)\s+(?:number|figure|toll|total)\b/i;

/** Counted things a breakdown splits up: a sum of other things can only be parts of these. */
const GENERIC = new Set(['people', 'equipment', 'vehicles', 'other']);
/** A breakdown has a handful of parts: a longer run is a list of rivals, and a cap keeps the search linear. */
const MAX_PARTS = 30;
/** Leads are short; a longer prefix is not read. */
const MAX_LEAD = 200;

/** The text between two claims' mentions, from whichever evidence holds both; null when none does. */
export function textBetween(p: Claim, c: Claim): string | null {
  if (p.span.end > c.span.start) return '';
  if (p.span.end >= c.evidence.start) return c.evidence.text.slice(p.span.end - c.evidence.start, c.span.start - c.evidence.start);
  if (c.span.start <= p.evidence.end) return p.evidence.text.slice(p.span.end - p.evidence.start, c.span.start - p.evidence.start);
  return null;
}

/** Claims in one sentence: their evidence overlaps (a sentence, or windows of one long sentence). */
export const sameSentence = (p: Claim, c: Claim) => c.evidence.start < p.evidence.end && p.evidence.start < c.evidence.end;

const exact = (c: Claim) => c.quantity.value;

/**
 * For each claim of one document (in text order), the index of the total it is a part of, or -1.
 * `counted` is each claim's canonical counted thing. Linear: each claim is looked at a bounded number of times.
 */
export function findParts(claims: readonly Claim[], counted: readonly string[], rules: PartRules): Int32Array {
  const partOf = new Int32Array(claims.length).fill(-1);
  // The last figure of each loss that is no part, in this sentence and the one before (two maps, reused).
  let previousTotals = new Map<string, number>();
  let totals = new Map<string, number>();
  let previousEnd = -Infinity;
  let start = 0;
  while (start < claims.length) {
    let end = start + 1;
    while (end < claims.length && sameSentence(claims[end - 1], claims[end])) end++;
    totals.clear();
    const first = claims[start];
    // "Of them, 9 were children.": a part of the sentence just before.
    const leadLength = first.span.start - first.evidence.start;
    if (leadLength >= 0 && leadLength <= MAX_LEAD && first.evidence.start - previousEnd <= 3) {
      const lead = first.evidence.text.slice(0, leadLength);
      const total = previousTotals.get(first.category);
      if (total !== undefined && (rules.leadPart.test(lead) || (FIGURE_REFERENCE.test(lead) && rules.partCue.test(lead)))) partOf[start] = total;
    }
    if (partOf[start] < 0) totals.set(first.category, start);
    for (let j = start + 1; j < end; j++) {
      const c = claims[j];
      const between = textBetween(claims[j - 1], c);
      if (between === null) {
        totals.set(c.category, j);
        continue;
      }
      const previousPart = partOf[j - 1];
      const nearest = previousPart >= 0 ? previousPart : j - 1;
      if (previousPart >= 0 && LIST_GOES_ON.test(between)) {
        // "includes 25 injured and 6 killed villagers": the list goes on, each part under the total of its loss.
        const same = claims[previousPart].category === c.category ? previousPart : undefined;
        partOf[j] = same ?? totals.get(c.category) ?? (partOf[start] >= 0 ? previousTotals.get(c.category) : undefined) ?? -1;
      } else if (rules.partCue.test(between) || (between.length <= 60 && OPENS_BREAKDOWN.test(between))) {
        partOf[j] = claims[nearest].category === c.category ? nearest : totals.get(c.category) ?? -1;
      }
      if (partOf[j] < 0) totals.set(c.category, j);
    }
    sumsToTotal(claims, counted, partOf, start, end, rules);
    [previousTotals, totals] = [totals, previousTotals];
    previousEnd = claims[end - 1].evidence.end;
    start = end;
  }
  return partOf;
}

/** A list of other things that adds up exactly to a generic figure next to it is its breakdown. */
function sumsToTotal(claims: readonly Claim[], counted: readonly string[], partOf: Int32Array, start: number, end: number, rules: PartRules): void {
  // Without a word that says "total", only a list of other things than the figure counts is its breakdown.
  const free = (k: number, total: number, cued: boolean) =>
    partOf[k] < 0 && claims[k].category === claims[total].category && (cued || counted[k] !== counted[total]) && exact(claims[k]) !== null;
  for (let t = start; t < end; t++) {
    const value = exact(claims[t]);
    if (partOf[t] >= 0 || value === null) continue;
    // "41 people, 25 soldiers and 16 civilians": the list after a generic figure.
    if (GENERIC.has(counted[t])) {
      let sum = 0;
      let k = t + 1;
      for (; k < end && k - t <= MAX_PARTS && free(k, t, false); k++) {
        const between = textBetween(claims[k - 1], claims[k]);
        if (between === null || !(k === t + 1 ? LIST_OPENS : LIST_GOES_ON).test(between)) break;
        sum += exact(claims[k])!;
        if (sum >= value) break;
      }
      if (sum === value && k - t >= 2) for (let i = t + 1; i <= k; i++) partOf[i] = t;
      if (partOf[t + 1] === t) continue;
    }
    // "25 soldiers and 16 civilians were killed, 41 in all": the list before a figure that sums it up.
    const before = t > start ? textBetween(claims[t - 1], claims[t]) : null;
    const from = claims[t].span.end - claims[t].evidence.start;
    const after = claims[t].evidence.text.slice(from, from + 30);
    if (before === null || !(rules.totalCue.test(before) || rules.totalCue.test(after))) continue;
    let sum = 0;
    let k = t - 1;
    for (; k >= start && t - k <= MAX_PARTS && free(k, t, true); k--) {
      if (k < t - 1) {
        const between = textBetween(claims[k], claims[k + 1]);
        if (between === null || !LIST_GOES_ON.test(between)) break;
      }
      sum += exact(claims[k])!;
      if (sum >= value) break;
    }
    if (sum === value && t - k >= 2) for (let i = k; i < t; i++) partOf[i] = t;
  }
}

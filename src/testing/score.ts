import { GoldClaimSchema, GoldHeaderSchema, parseGoldLine } from './gold-schema.js';
import type { z } from 'zod';
import type { Claim } from '../schema.js';

/** One expected claim, as written in a gold JSONL file (see ANNOTATION.md). */
export type GoldClaim = z.infer<typeof GoldClaimSchema>;
export { GoldClaimSchema, GoldHeaderSchema };


export interface GoldDocument {
  doc: string;
  referenceDate?: string;
  claims: GoldClaim[];
}

export interface FieldScores {
  side: number;
  claimant: number;
  date: number;
  qualifier: number;
  modality: number;
}

export interface Score {
  /** Predicted claims scored: all but the unmatched ones whose count was not written as a number. */
  predicted: number;
  gold: number;
  /** Predicted claims that match a gold or optional claim. */
  truePositives: number;
  /** Required gold claims matched. */
  matchedGold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched required claims with the field right (the date: of those whose gold gives one). */
  accuracy: FieldScores;
  /** How many matched claims each field was scored on. */
  fieldCounts: FieldScores;
  /** Share of required gold claims matched with every field right. */
  fullyRight: number;
  misses: GoldClaim[];
  extras: Claim[];
  /** Matched pairs with at least one wrong field, and which fields. */
  wrong: Array<{ gold: GoldClaim; claim: Claim; fields: Array<keyof FieldScores> }>;
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const lc = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** Where the gold quote stands in the text: its n-th occurrence. */
export function locateQuote(text: string, g: GoldClaim): [number, number] | null {
  let at = -1;
  for (let k = 0; k <= (g.n ?? 0); k++) {
    at = text.indexOf(g.q, at + 1);
    if (at < 0) return null;
  }
  return [at, at + g.q.length];
}

function quantityMatches(c: Claim, g: GoldClaim): boolean {
  if (g.v !== undefined) return c.quantity.value === g.v;
  if (g.min !== undefined || g.max !== undefined) return c.quantity.min === (g.min ?? null) && c.quantity.max === (g.max ?? null);
  // No value and no bounds: a vague amount ("dozens", "hundreds of"), matched only by a vague quantity.
  return c.quantity.qualifier === 'vague';
}

/** A predicted claim matches a gold claim when its span overlaps the quote, its category is listed and its quantity agrees. */
export function claimMatches(text: string, c: Claim, g: GoldClaim): boolean {
  const at = locateQuote(text, g);
  if (!at) return false;
  return c.span.start < at[1] && at[0] < c.span.end && list(g.cat).includes(c.category) && quantityMatches(c, g);
}

/** The modalities a gold line accepts: denied, hedged, or with `"hedged": "either"` hedged or asserted. */
function acceptedModalities(g: GoldClaim): Claim['modality'][] {
  if (g.denied) return ['denied'];
  if (g.hedged === 'either') return ['hedged', 'asserted'];
  return g.hedged ? ['hedged'] : ['asserted'];
}

/**
 * Which fields of a matched claim agree with the gold (ANNOTATION.md, "How the gold files are written"):
 * side and claimant on every claim (absent from the gold: null expected), a side matched case-insensitively,
 * a claimant when a gold name is contained in its name, text or via; the date only where the gold gives one
 * (`null` here means "not scored"); the qualifier (absent: exact) and the modality.
 */
export function fieldsRight(c: Claim, g: GoldClaim): Record<keyof FieldScores, number | null> {
  const side = g.side ? !!c.side && g.side.some((s) => lc(s) === lc(c.side!.name)) : c.side === null;
  const claimant = g.by
    ? !!c.claimant && g.by.some((b) => [c.claimant!.name, c.claimant!.text, ...c.claimant!.via].some((x) => lc(x).includes(lc(b))))
    : c.claimant === null;
  const date = g.date === undefined ? null : +(!!c.date && c.date.value.startsWith(g.date));
  const quals = g.qual ? list(g.qual) : ['exact'];
  return {
    side: +side, claimant: +claimant, date, qualifier: +quals.includes(c.quantity.qualifier),
    modality: +acceptedModalities(g).includes(c.modality),
  };
}

/**
 * Scores predicted claims against gold claims for one text, as ANNOTATION.md describes. An unmatched claim whose
 * count was not written as a number (`quantity.stated` false: "a man was shot dead", "a man and a woman") is not
 * counted among the predicted claims: such claims are welcome but never required.
 */
export function scoreClaims(text: string, predicted: Claim[], gold: GoldClaim[]): Score {
  const used = new Set<Claim>();
  const matchedPairs: Array<[GoldClaim, Claim]> = [];
  const misses: GoldClaim[] = [];
  // Required claims first, so an optional claim never takes a prediction a required one needs.
  const ordered = [...gold.filter((g) => !g.opt), ...gold.filter((g) => g.opt)];
  for (const g of ordered) {
    const c = predicted.find((p) => !used.has(p) && claimMatches(text, p, g));
    if (c) {
      used.add(c);
      if (!g.opt) matchedPairs.push([g, c]);
    } else if (!g.opt) misses.push(g);
  }
  const required = gold.filter((g) => !g.opt).length;
  const sums: FieldScores = { side: 0, claimant: 0, date: 0, qualifier: 0, modality: 0 };
  const counts: FieldScores = { side: 0, claimant: 0, date: 0, qualifier: 0, modality: 0 };
  let fully = 0;
  const wrong: Score['wrong'] = [];
  for (const [g, c] of matchedPairs) {
    const f = fieldsRight(c, g);
    const keys = (Object.keys(sums) as Array<keyof FieldScores>).filter((k) => f[k] !== null);
    for (const k of keys) { sums[k] += f[k]!; counts[k]++; }
    const bad = keys.filter((k) => !f[k]);
    if (!bad.length) fully++;
    else wrong.push({ gold: g, claim: c, fields: bad });
  }
  const tp = used.size;
  // A count not written as a number ("a man was shot dead": quantity.stated false) is welcome but never required:
  // unmatched, it is neither a hit nor a false positive.
  const scored = predicted.filter((p) => used.has(p) || p.quantity.stated !== false);
  const precision = scored.length ? tp / scored.length : 1;
  const recall = required ? matchedPairs.length / required : 1;
  const share = (k: keyof FieldScores) => (counts[k] ? sums[k] / counts[k] : 1);
  return {
    predicted: scored.length,
    gold: required,
    truePositives: tp,
    matchedGold: matchedPairs.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: { side: share('side'), claimant: share('claimant'), date: share('date'), qualifier: share('qualifier'), modality: share('modality') },
    fieldCounts: counts,
    fullyRight: required ? fully / required : 1,
    misses,
    extras: scored.filter((p) => !used.has(p)),
    wrong,
  };
}

/** Parses a gold JSONL file's text: a header line, then one claim a line; a TypeError names a line that is wrong. */
export function parseGold(jsonl: string): GoldDocument {
  const lines = jsonl.split('\n').map((line, k) => ({ line, n: k + 1 })).filter(({ line }) => line.trim());
  if (!lines.length) throw new TypeError('gold file is empty: expected a header line {"doc", "referenceDate"?}');
  const header = parseGoldLine(GoldHeaderSchema, lines[0].line, lines[0].n);
  const claims: GoldClaim[] = lines.slice(1).map(({ line, n }) => parseGoldLine(GoldClaimSchema, line, n));
  return { doc: header.doc, referenceDate: header.referenceDate, claims };
}

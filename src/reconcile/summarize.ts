import type { Category, Claim } from '../schema.js';

export type Convention = 'ucdp' | 'acled' | 'max';

export interface SummarizeOptions {
  /** How `low`/`best`/`high` are read from the figures (default `ucdp`). */
  convention?: Convention;
  /** Split groups by the period of each claim's date ('year' or 'month'); undated claims form their own period. */
  period?: 'year' | 'month';
}

/** One distinct figure from one claimant, with every claim that states it. */
export interface Figure {
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Claim['quantity']['qualifier'];
  /** What is counted, as the first claim behind the figure words it. */
  subject: string;
  claimant: string | null;
  via: string[];
  date: string | null;
  modality: Claim['modality'];
  /** Ids of every claim behind this figure. */
  claims: string[];
  /** A later figure from the same claimant replaces it for `best`. */
  superseded: boolean;
  /** A part of a larger figure ("including 10 children"): shown, never added to the whole. */
  part: boolean;
}

/** Figures that agree on whose loss, what happened and what was counted. */
export interface SummaryGroup {
  key: string;
  side: string | null;
  category: Category;
  kind: Claim['subject']['kind'];
  period: string | null;
  figures: Figure[];
  low: number | null;
  best: number | null;
  high: number | null;
  /** Ids of every claim in the group. */
  claims: string[];
}

/** Words that make a figure an update of an earlier one from the same source ("the toll reached 91"). */
const UPDATE_CUE = /\b(?:reached|reaching|rose|risen|climbed|increased|jumped|updated|revised|now stands?|toll|total)\b/i;
const PART_CUE = /\b(?:including|includes|included|include|among them|among whom|of whom|of them|of which)\b/i;

/** "T-72 tanks" → "tank": the counted noun, to tell an update of a figure from a figure of something else. */
const headOf = (subject: string) => (subject.toLowerCase().match(/[\p{L}-]+/gu)?.at(-1) ?? '').replace(/s$/, '');
const normal = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/^the\s+/, '').trim();
const lowOf = (f: Figure) => f.min ?? f.value;
const highOf = (f: Figure) => f.max ?? f.value;
const pointOf = (f: Figure) => f.value ?? (f.min !== null && f.max !== null ? (f.min + f.max) / 2 : f.min ?? f.max);

/** "including 10 children": a claim stated as part of a figure just before it in its sentence, or of "this number". */
function isPart(c: Claim, previousInSentence: Claim | undefined, previousIsPart: boolean): boolean {
  const sentence = c.evidence.text;
  const from = previousInSentence ? previousInSentence.span.end - c.evidence.start : 0;
  const before = sentence.slice(Math.max(0, from), c.span.start - c.evidence.start);
  // "including 106 women and 63 children": the list of parts goes on.
  if (previousIsPart && /^[\s,;]*(?:and|or|as well as)?[\s,]*$/i.test(before)) return true;
  return PART_CUE.test(before) && (!!previousInSentence || /^\s*(?:this|that|the)\s+(?:number|figure|toll)/i.test(sentence));
}

function periodOf(c: Claim, period: SummarizeOptions['period']): string | null {
  if (!period || !c.date || !/^\d{4}/.test(c.date.value)) return null;
  return period === 'year' ? c.date.value.slice(0, 4) : c.date.value.slice(0, 7);
}

function bounds(figures: Figure[], convention: Convention): Pick<SummaryGroup, 'low' | 'best' | 'high'> {
  const live = figures.filter((f) => !f.superseded && !f.part && f.modality !== 'denied');
  const asserted = live.filter((f) => f.modality === 'asserted');
  const pool = asserted.length ? asserted : live;
  const lows = pool.map(lowOf).filter((x): x is number => x !== null);
  const highs = live.map(highOf).filter((x): x is number => x !== null);
  const points = asserted.map(pointOf).filter((x): x is number => x !== null).sort((a, b) => a - b);
  const low = lows.length ? Math.min(...lows) : null;
  const high = highs.length ? Math.max(...highs) : null;
  // Hedged figures alone never set the best estimate.
  let best: number | null = null;
  if (points.length) {
    if (convention === 'acled') best = points[0];
    else if (convention === 'max') best = points[points.length - 1];
    else best = points[Math.floor((points.length - 1) / 2)];
  }
  return { low, best, high };
}

/**
 * Puts conflicting figures side by side: groups by side × category × subject kind (× period), one figure per
 * distinct claimant and number, with low/best/high as UCDP (median of the credible figures), ACLED (the most
 * conservative) or `max` would read them. Every claim sits in exactly one group; nothing is dropped.
 * Works on claims from several documents at once (later claims are taken as later, unless dates say otherwise).
 */
export function summarize(claims: readonly Claim[], options: SummarizeOptions = {}): SummaryGroup[] {
  const convention = options.convention ?? 'ucdp';
  const groups = new Map<string, SummaryGroup>();
  const order = new Map<Figure, number>();
  const evidence = new Map<Figure, string>();
  let previousPart = false;
  claims.forEach((c, index) => {
    const prev = claims[index - 1];
    const sameSentence = prev && prev.evidence.start === c.evidence.start && prev.evidence.text === c.evidence.text ? prev : undefined;
    const side = c.side?.name ?? null;
    const period = periodOf(c, options.period);
    const key = [side ?? '-', c.category, c.subject.kind, period ?? '-'].join('|');
    let g = groups.get(key);
    if (!g) {
      g = { key, side, category: c.category, kind: c.subject.kind, period, figures: [], low: null, best: null, high: null, claims: [] };
      groups.set(key, g);
    }
    g.claims.push(c.id);
    const q = c.quantity;
    const claimant = c.claimant?.name ?? null;
    const part = isPart(c, sameSentence, !!sameSentence && previousPart);
    previousPart = part;
    let f = g.figures.find(
      (x) => normal(x.claimant) === normal(claimant) && x.value === q.value && x.min === q.min && x.max === q.max && x.part === part &&
        headOf(x.subject) === headOf(c.subject.text),
    );
    if (!f) {
      f = { value: q.value, min: q.min, max: q.max, qualifier: q.qualifier, subject: c.subject.text, claimant, via: c.claimant?.via ?? [], date: c.date?.value ?? null, modality: c.modality, claims: [], superseded: false, part };
      g.figures.push(f);
    } else if (f.modality !== c.modality && c.modality === 'asserted') f.modality = 'asserted';
    order.set(f, index);
    evidence.set(f, c.evidence.text);
    f.claims.push(c.id);
  });
  for (const g of groups.values()) {
    // A later figure from the same source for the same thing (or a bare toll) supersedes an earlier one:
    // later by date where both are dated, else stated as an update in a sentence of its own.
    // "tanks" on 9 October is no update of "trucks" on 11 October.
    const isLater = (later: Figure, f: Figure) =>
      f.date && later.date && f.date !== later.date
        ? later.date > f.date
        : order.get(later)! > order.get(f)! && evidence.get(later) !== evidence.get(f) && UPDATE_CUE.test(evidence.get(later)!);
    for (const f of g.figures) {
      if (f.part) continue;
      f.superseded = g.figures.some(
        (x) => x !== f && !x.part && x.modality === f.modality && normal(x.claimant) === normal(f.claimant) &&
          (headOf(x.subject) === headOf(f.subject) || !headOf(x.subject) || !headOf(f.subject)) && isLater(x, f),
      );
    }
    Object.assign(g, bounds(g.figures, convention));
  }
  return [...groups.values()].sort((a, b) => (a.side ?? '~').localeCompare(b.side ?? '~') || a.category.localeCompare(b.category) || a.kind.localeCompare(b.kind) || (a.period ?? '').localeCompare(b.period ?? ''));
}

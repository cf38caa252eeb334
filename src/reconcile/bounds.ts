import type { Convention, Figure, SummaryGroup } from './schema.js';

const lowOf = (f: Figure) => f.min ?? f.value;
const highOf = (f: Figure) => f.max ?? f.value;
const pointOf = (f: Figure) => f.value ?? (f.min !== null && f.max !== null ? (f.min + f.max) / 2 : f.min ?? f.max);

/**
 * low/best/high of a group's figures under a convention. Only live figures count (not superseded, not denied);
 * `low` and `best` come from asserted ones when there are any, and hedged figures never set `best`.
 * - ucdp: low the smallest, best the median (the lower middle of an even count), high the largest incl. hedged;
 * - acled: best the most conservative (smallest) asserted figure;
 * - max: best the largest asserted figure.
 */
export function bounds(figures: readonly Figure[], convention: Convention): Pick<SummaryGroup, 'low' | 'best' | 'high'> {
  let low: number | null = null;
  let high: number | null = null;
  let assertedLow: number | null = null;
  const points: number[] = [];
  for (const f of figures) {
    if (f.superseded || f.modality === 'denied') continue;
    const l = lowOf(f);
    const h = highOf(f);
    if (l !== null && (low === null || l < low)) low = l;
    if (h !== null && (high === null || h > high)) high = h;
    if (f.modality !== 'asserted') continue;
    if (l !== null && (assertedLow === null || l < assertedLow)) assertedLow = l;
    const p = pointOf(f);
    if (p !== null) points.push(p);
  }
  points.sort((a, b) => a - b);
  let best: number | null = null;
  if (points.length) {
    if (convention === 'acled') best = points[0];
    else if (convention === 'max') best = points[points.length - 1];
    else best = points[Math.floor((points.length - 1) / 2)];
  }
  return { low: assertedLow ?? low, best, high };
}

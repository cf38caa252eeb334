/**
 * Reads Microsoft Recognizers-Text number specs (MIT, ../shared/peer/recognizers-text) and selects the cases
 * that apply to counts in news: non-negative integers and one-sided or two-sided ranges in words or digits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PEER_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'peer', 'recognizers-text');
export const havePeer = existsSync(PEER_DIR);

export interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; TypeName: string; Resolution?: { value?: string; subtype?: string } }>;
}

export function loadSpec(file: string): SpecCase[] {
  return JSON.parse(readFileSync(resolve(PEER_DIR, file), 'utf8').replace(/^\uFEFF/, ''));
}

/** Integer cardinals (and cases expecting no number) that a news count could be. */
export function isApplicableNumber(c: SpecCase): boolean {
  if (/[\^/]|\bpoint\b|\d[eE][+-]?\d|(?:^|\s)-\s*\d|\bnegative\b|\bminus\b/.test(c.Input)) return false;
  return c.Results.every((r) => {
    const v = Number(r.Resolution?.value);
    return r.TypeName === 'number' && Number.isInteger(v) && v >= 0 && (r.Resolution?.subtype ?? 'integer') === 'integer';
  });
}

const ONE_COMPARISON = /^(more than|over|above|at least|no less than|up to|fewer than|less than|under|below|between|from)\b/i;

/** Ranges as news states them: "between 20 and 30", "up to 700", "more than 30", "1000–5000", "500 or more". */
export function isApplicableRange(c: SpecCase): boolean {
  if (!c.Results.length) return !/[<>=~]/.test(c.Input);
  return c.Results.every((r) => {
    const t = r.Text;
    if (/[<>=~]|equal|ordinal|tenth|fifteenth|\/|quarter|half|negative|-\d|through|exceed/i.test(t)) return false;
    if (/\b(and|but)\b.*\b(than|least|most|below|above|under|over)\b/i.test(t) && !/^between/i.test(t)) return false;
    return ONE_COMPARISON.test(t) || /^[\d,]+\s*[-–]\s*[\d,]+$/.test(t) || /or (more|less)$/.test(t);
  });
}

/** The interval notation of a parsed quantity: "[20,30]", "(30,)", "(,700]". */
export function intervalOf(q: { qualifier: string; value: number | null; min: number | null; max: number | null }): string {
  switch (q.qualifier) {
    case 'range': return `[${q.min},${q.max}]`;
    case 'more_than': return `(${q.value},)`;
    case 'at_least': return `[${q.value},)`;
    case 'up_to': return `(,${q.value}]`;
    case 'less_than': return `(,${q.value})`;
    default: return `[${q.value},${q.value}]`;
  }
}

import type { Category, Claim } from '../schema.js';

/** What a test expects of a claim; every field is optional and matched only when given. */
export interface ClaimPattern {
  category?: Category | Category[];
  value?: number | null;
  min?: number | null;
  max?: number | null;
  qualifier?: Claim['quantity']['qualifier'];
  unit?: string | null;
  /** Canonical side name, case-insensitive; null expects no side. */
  side?: string | null;
  /** Claimant name, text or via contains it (case-insensitive); null expects no claimant. */
  claimant?: string | null;
  /** Date value starts with it (ISO prefix); null expects no date. */
  date?: string | null;
  modality?: Claim['modality'];
  kind?: Claim['subject']['kind'];
  /** Subject text contains it. */
  subject?: string;
}

const lc = (s: string) => s.toLowerCase();

/** Which fields of the pattern a claim gets wrong (empty: it matches). */
export function claimMismatches(c: Claim, p: ClaimPattern): string[] {
  const bad: string[] = [];
  const check = (field: string, ok: boolean) => void (ok || bad.push(field));
  if (p.category !== undefined) check('category', (Array.isArray(p.category) ? p.category : [p.category]).includes(c.category));
  if (p.value !== undefined) check('value', c.quantity.value === p.value);
  if (p.min !== undefined) check('min', c.quantity.min === p.min);
  if (p.max !== undefined) check('max', c.quantity.max === p.max);
  if (p.qualifier !== undefined) check('qualifier', c.quantity.qualifier === p.qualifier);
  if (p.unit !== undefined) check('unit', c.quantity.unit === p.unit);
  if (p.side !== undefined) check('side', p.side === null ? c.side === null : !!c.side && lc(c.side.name) === lc(p.side));
  if (p.claimant !== undefined) {
    check('claimant', p.claimant === null ? c.claimant === null
      : !!c.claimant && [c.claimant.name, c.claimant.text, ...c.claimant.via].some((x) => lc(x).includes(lc(p.claimant!))));
  }
  if (p.date !== undefined) check('date', p.date === null ? c.date === null : !!c.date && c.date.value.startsWith(p.date));
  if (p.modality !== undefined) check('modality', c.modality === p.modality);
  if (p.kind !== undefined) check('kind', c.subject.kind === p.kind);
  if (p.subject !== undefined) check('subject', lc(c.subject.text).includes(lc(p.subject)));
  return bad;
}

/** A claim as the fields a pattern can name, for readable failure messages. */
export function describeClaim(c: Claim): Record<string, unknown> {
  return {
    category: c.category, value: c.quantity.value, min: c.quantity.min, max: c.quantity.max, qualifier: c.quantity.qualifier,
    side: c.side?.name ?? null, claimant: c.claimant?.name ?? null, date: c.date?.value ?? null, modality: c.modality,
    subject: c.subject.text, evidence: c.evidence.text.length > 80 ? `${c.evidence.text.slice(0, 79)}…` : c.evidence.text,
  };
}

interface MatcherContext {
  isNot: boolean;
  utils: { printExpected(v: unknown): string; printReceived(v: unknown): string };
}

/**
 * Vitest/Jest matchers. `expect.extend(claimMatchers)`, then
 * `expect(claims).toContainClaim({ category: 'killed', value: 180, side: 'Azerbaijan' })`.
 */
export const claimMatchers = {
  toContainClaim(this: MatcherContext, received: Claim[], expected: ClaimPattern) {
    if (!Array.isArray(received)) {
      return { pass: false, message: () => `expected an array of claims, received ${this.utils.printReceived(received)}` };
    }
    const scored = received.map((c) => ({ c, bad: claimMismatches(c, expected) })).sort((a, b) => a.bad.length - b.bad.length);
    const pass = scored.length > 0 && scored[0].bad.length === 0;
    return {
      pass,
      message: () => {
        if (pass) return `expected no claim matching ${this.utils.printExpected(expected)}, but found\n${this.utils.printReceived(describeClaim(scored[0].c))}`;
        const nearest = scored.slice(0, 3).map(({ c, bad }) => `  differs in ${bad.join(', ')}: ${this.utils.printReceived(describeClaim(c))}`);
        return `expected ${received.length} claims to contain one matching ${this.utils.printExpected(expected)}\n` +
          (nearest.length ? `nearest:\n${nearest.join('\n')}` : 'there are no claims');
      },
    };
  },
};

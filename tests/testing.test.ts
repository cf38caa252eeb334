import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { claimMatchers, claimMismatches, parseGold, scoreClaims } from '../src/testing/index.js';

const claims = extractClaims('Nine Ukrainian soldiers were killed, the army said on Monday. Some 20 were wounded.', { referenceDate: '2024-03-06' });

describe('fact-claims/testing matchers', () => {
  it('matches partially, case-insensitively, by containment for the claimant and by prefix for the date', () => {
    expect(claims).toContainClaim({ category: 'killed', value: 9 });
    expect(claims).toContainClaim({ side: 'ukraine', claimant: 'ARMY', date: '2024-03' });
    expect(claims).toContainClaim({ category: ['killed', 'casualties'], value: 9, modality: 'asserted', kind: 'people' });
    expect(claims).not.toContainClaim({ category: 'wounded', value: 9 });
  });

  it('says which fields of the nearest claims differ', () => {
    const ctx = { isNot: false, utils: { printExpected: (v: unknown) => JSON.stringify(v), printReceived: (v: unknown) => JSON.stringify(v) } };
    const r = claimMatchers.toContainClaim.call(ctx, claims, { category: 'killed', value: 10, side: 'Russia' });
    expect(r.pass).toBe(false);
    expect(r.message()).toContain('differs in value, side');
    expect(r.message()).toContain('"value":9');
    expect(claimMismatches(claims[0], { value: 9, claimant: null })).toEqual(['claimant']);
  });
});

describe('scoreClaims', () => {
  const text = 'Nine soldiers were killed. Some 20 were wounded. Three tanks were destroyed.';
  const gold = parseGold(
    [
      '{"doc":"x.txt"}',
      '{"q":"Nine soldiers","cat":"killed","v":9}',
      '{"q":"Some 20","cat":"wounded","v":20,"qual":"approximate"}',
      '{"q":"Five drones","cat":"downed","v":5}',
      '{"q":"Three tanks","cat":["destroyed","damaged"],"v":3,"opt":true}',
    ].join('\n'),
  ).claims;

  it('counts matches the way ANNOTATION.md does: span overlap, category, quantity; optional claims never required', () => {
    const s = scoreClaims(text, extractClaims(text), gold);
    expect([s.predicted, s.gold, s.truePositives, s.matchedGold]).toEqual([3, 3, 3, 2]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.misses.map((m) => m.q)).toEqual(['Five drones']);
    expect(s.accuracy.qualifier).toBe(1);
    expect(s.fullyRight).toBeCloseTo(2 / 3);
  });
});

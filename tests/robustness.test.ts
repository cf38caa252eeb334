/**
 * Hostile input: extractClaims never throws on a string, its spans slice the input, output is deterministic
 * and validates against the published schema. Property tests with fast-check.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimsSchema, extractClaims, type Claim } from '../src/index.js';

const fixture = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', '004_104ae95fd8efd749.txt'), 'utf8');
const sentences = fixture.split(/(?<=[.!?])\s+/);

/** Every invariant a caller relies on, for one input. */
let claimsChecked = 0;
function checkInvariants(text: string): Claim[] {
  const claims = extractClaims(text);
  claimsChecked += claims.length;
  expect(Array.isArray(claims)).toBe(true);
  for (const c of claims) {
    expect(c.span.start).toBeGreaterThanOrEqual(0);
    expect(c.span.end).toBeLessThanOrEqual(text.length);
    expect(c.span.start).toBeLessThan(c.span.end);
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(c.evidence.start).toBeLessThanOrEqual(c.span.start);
    expect(c.evidence.end).toBeGreaterThanOrEqual(c.span.end);
  }
  expect(ClaimsSchema.safeParse(claims).success).toBe(true);
  return claims;
}

/** Runs a property and asserts that its inputs gave claims to check the invariants on, not only empty lists. */
function assertWithClaims(property: fc.IProperty<[unknown]> | fc.IProperty<[string]> | fc.IProperty<[string[]]>, numRuns: number): void {
  claimsChecked = 0;
  fc.assert(property as fc.IProperty<[unknown]>, { numRuns });
  expect(claimsChecked, 'no input of the property gave a claim').toBeGreaterThan(0);
}

/** Characters that break naive tokenizers: NBSP, thin spaces, zero-width, lone surrogates, dashes, RTL marks. */
const NASTY = ['\u00a0', '\u2009', '\u202f', '\u200b', '\u200d', '\ufeff', '\ud800', '\udfff', '–', '—', '\u200f', '\u0301', '\n', '\r\n', '\t', '=', '[', ']', '(', ')', '"', '’'];
const nastyText = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...'0123456789,. '), fc.constantFrom('killed', 'wounded', 'at least', 'T-72', 'Sept.', 'said', 'Azerbaijani', 'the', 'of', 'destroyed', '== H ==')), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('robustness: any string in, claims out', () => {
  // Random strings almost never hold a claim: these two check that nothing throws and the output validates.
  it('never throws on arbitrary strings and returns schema-valid output', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void checkInvariants(s)), { numRuns: 300 });
  });

  it('never throws on arbitrary Unicode, including lone surrogates, and returns schema-valid output', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void checkInvariants(s)), { numRuns: 300 });
  });

  it('never throws on loss words mixed with spaces, separators and invisible characters', () => {
    assertWithClaims(fc.property(nastyText, (s) => void checkInvariants(s)), 400);
  });

  it('survives the fixture shuffled, reversed, upper-cased and without whitespace', () => {
    assertWithClaims(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 1 }), (picked) => {
        const text = picked.join(' ');
        checkInvariants(text);
        checkInvariants(text.toUpperCase());
        checkInvariants([...text].reverse().join(''));
        checkInvariants(text.replace(/\s+/g, ''));
      }),
      40,
    );
  });

  it('reads numbers with non-breaking and thin spaces inside them', () => {
    const claims = checkInvariants('At least 40\u00a0000 people were displaced and 1\u202f200 were killed.');
    expect(claims.map((c) => c.quantity.value)).toEqual([40000, 1200]);
  });

  it('handles 200 KB runs of one character and 5,000-digit numbers', () => {
    for (const ch of ['a', '1', ' ', '.', '\n', '=', ',', '-']) checkInvariants(ch.repeat(200_000));
    // Past any real count: no claim, and no Infinity in the output.
    expect(checkInvariants(`${'9'.repeat(5000)} soldiers were killed.`)).toEqual([]);
    expect(checkInvariants(`${'1'.repeat(5000)},000 soldiers were killed. 12 soldiers were killed.`).map((c) => c.quantity.value)).toEqual([12]);
  });

  it('never throws on the hostile shapes of bench/hostile-shapes.ts mixed and repeated', () => {
    // Fragments of the inputs that once made a stage super-linear, in random order and number.
    const fragment = fc.constantFrom('# a', '== b ==', '   ', 'March-', 'may ', 'in 2001 ', '1, ', '5 killed, ', '(', 'Alpha ',
      'John Smith said 5 soldiers were killed. ', 'Later the news agency said 6 soldiers were killed. ', 'according to the ministry ',
      'officials said ', '12-', '\n', 'constructor ', '__proto__ ', 'NAIROBI, Kenya (AP) — ');
    const shape = fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 40 }))
      .map(([parts, times]) => parts.join('').repeat(times));
    assertWithClaims(fc.property(shape, (s) => void checkInvariants(s)), 150);
  });

  it('gives the same output for the same input', () => {
    let compared = 0;
    fc.assert(fc.property(fc.shuffledSubarray(sentences, { minLength: 1, maxLength: 8 }), (picked) => {
      const text = picked.join(' ');
      const first = extractClaims(text);
      compared += first.length;
      expect(extractClaims(text)).toEqual(first);
    }), { numRuns: 30 });
    expect(compared, 'no input gave a claim to compare').toBeGreaterThan(0);
  });

  it('keeps the HTML remnants of a scrape from breaking offsets', () => {
    const text = '<p>At least <b>12</b> people were killed</p>&nbsp;<div>Five soldiers were wounded.</div>';
    const claims = checkInvariants(text);
    expect(claims.map((c) => c.category)).toContain('wounded');
  });
});

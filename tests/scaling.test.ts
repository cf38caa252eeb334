/**
 * Hostile input in linear time: every shape that once drove a stage super-linear is run at two sizes in one
 * process, and 4× the input may take at most ~6× the time (a ratio, so a slow or busy machine still passes).
 * Absolute timings live in bench/hostile.ts.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { MAX_EVIDENCE } from '../src/refine/refine.js';
import { hostileShapes } from '../bench/hostile-shapes.js';

const SMALL = 12_000;
/** Best of three runs: the least disturbed by garbage collection and other processes. */
function bestTime(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    extractClaims(text, { referenceDate: '2024-05-01' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('hostile shapes scale linearly', () => {
  for (const [name, make] of Object.entries(hostileShapes)) {
    it(name, () => {
      const small = make(SMALL);
      const large = make(4 * SMALL);
      bestTime(small); // warm-up: compile the rules' code paths before measuring
      const a = bestTime(small);
      const b = bestTime(large);
      // Below a few milliseconds the ratio is noise; a quadratic stage takes seconds at this size.
      expect(b, `${name}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms`).toBeLessThan(Math.max(6 * a, 40));
    }, 60_000);
  }
});

describe('bounded output and no stack overflow', () => {
  it('reads a one-sentence 1.25 MB list without overflowing the stack, with evidence capped per claim', () => {
    const text = 'Reports: ' + '5 killed, '.repeat(125_000);
    const claims = extractClaims(text);
    expect(claims).toHaveLength(125_000);
    const c = claims[60_000];
    expect(c.evidence.end - c.evidence.start).toBeLessThanOrEqual(MAX_EVIDENCE);
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(c.evidence.start).toBeLessThanOrEqual(c.span.start);
    expect(c.evidence.end).toBeGreaterThanOrEqual(c.span.end);
    expect(text.slice(c.span.start, c.span.end)).toBe('5 killed');
  }, 60_000);

  it('keeps a short sentence whole as evidence', () => {
    const text = 'Officials said 12 miners were killed in the collapse.';
    expect(extractClaims(text)[0].evidence).toEqual({ start: 0, end: text.length, text });
  });
});

describe('look-up tables have no prototype', () => {
  const members = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  it.each(members)('"5 %s were killed" reads as a plain word', (word) => {
    const [claim] = extractClaims(`5 ${word} were killed.`);
    expect(claim.quantity).toEqual({ value: 5, min: 5, max: 5, qualifier: 'exact', unit: null, text: '5' });
  });
});

/**
 * Hostile input in linear time: every shape that once drove a stage super-linear is run at two sizes in one
 * process, and 4× the input may take at most ~6× the CPU time (a ratio, so a slow or busy machine still passes).
 * Absolute timings live in bench/hostile.ts.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { MAX_EVIDENCE } from '../../src/refine/refine.js';
import { hostileShapes } from '../../bench/hostile-shapes.js';
import { scalingRatio } from '../scaling-helpers.js';

const SMALL = 12_000;
const run = (text: string) => () => extractClaims(text, { referenceDate: '2024-05-01' });

describe('hostile shapes scale linearly', () => {
  for (const [name, make] of Object.entries(hostileShapes)) {
    it(name, () => {
      const ratio = scalingRatio(run(make(SMALL)), run(make(4 * SMALL)));
      expect(ratio, `${name}: 4× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(6);
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

/**
 * summarize stays linear (or n log n): each shape of bench/summarize-shapes.ts at n and 4n figures, in one
 * run, fails when 4× the input takes more than 6× the time. A ratio, not a timing: quadratic work shows as 16×.
 */
import { describe, expect, it } from 'vitest';
import { summarize, type SummaryGroup } from '../../src/index.js';
import { SUMMARIZE_SHAPES } from '../../bench/summarize-shapes.js';
import { scalingRatio } from '../scaling-helpers.js';

const SMALL = 3_000;
const claimsIn = (groups: SummaryGroup[]) => groups.reduce((n, g) => n + g.claims.length, 0);

describe('summarize scales linearly', () => {
  for (const [name, shape] of Object.entries(SUMMARIZE_SHAPES)) {
    it(`${name}: 4x the figures in at most 6x the time`, () => {
      const small = shape(SMALL);
      const big = shape(4 * SMALL);
      // Both sizes group every figure (a fast wrong answer proves nothing).
      expect(claimsIn(summarize(big.input, big.options))).toBe(big.input.reduce((n, d) => n + d.claims.length, 0));
      expect(claimsIn(summarize(small.input, small.options))).toBe(small.input.reduce((n, d) => n + d.claims.length, 0));
      expect(scalingRatio(() => summarize(small.input, small.options), () => summarize(big.input, big.options))).toBeLessThan(6);
    });
  }
});

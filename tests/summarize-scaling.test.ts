/**
 * summarize stays linear (or n log n): each shape of bench/summarize-shapes.ts at n and 4n figures, in one
 * run, fails when 4× the input takes more than 6× the time. A ratio, not a timing: quadratic work shows as 16×.
 */
import { describe, expect, it } from 'vitest';
import { summarize, type SummaryGroup } from '../src/index.js';
import { SUMMARIZE_SHAPES } from '../bench/summarize-shapes.js';

const SMALL = 3_000;
const ROUNDS = 7;

/** CPU time of this process, in ms: unlike wall time, it does not grow while other processes hold the cores. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * The median over rounds of big time / small time, the two run back to back in each round so that both meet
 * the same machine (a pause of the collector or a busy core spoils one round, not the verdict).
 */
function medianRatio(small: () => unknown, big: () => unknown): number {
  small();
  big();
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let t0 = cpu();
    small();
    const tSmall = Math.max(cpu() - t0, 0.5);
    t0 = cpu();
    big();
    ratios.push((cpu() - t0) / tSmall);
  }
  return ratios.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

const claimsIn = (groups: SummaryGroup[]) => groups.reduce((n, g) => n + g.claims.length, 0);

describe('summarize scales linearly', () => {
  for (const [name, shape] of Object.entries(SUMMARIZE_SHAPES)) {
    it(`${name}: 4x the figures in at most 6x the time`, () => {
      const small = shape(SMALL);
      const big = shape(4 * SMALL);
      // Both sizes group every figure (a fast wrong answer proves nothing).
      expect(claimsIn(summarize(big.input, big.options))).toBe(big.input.reduce((n, d) => n + d.claims.length, 0));
      expect(claimsIn(summarize(small.input, small.options))).toBe(small.input.reduce((n, d) => n + d.claims.length, 0));
      // A busy machine can spoil a whole measurement; quadratic work fails every one of three, at 10x or more.
      const ratios: number[] = [];
      while (ratios.length < 3 && !ratios.some((r) => r < 6)) {
        ratios.push(medianRatio(() => summarize(small.input, small.options), () => summarize(big.input, big.options)));
      }
      expect(Math.min(...ratios)).toBeLessThan(6);
    });
  }
});

/**
 * parseQuantity's number reader against Microsoft Recognizers-Text English specs (MIT), read from
 * ../shared/peer/recognizers-text when present (skipped on a user's clone).
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/pipeline/quantities.js';
import { tokenize } from '../../src/pipeline/tokenize.js';
import { havePeer, intervalOf, isApplicableNumber, isApplicableRange, loadSpec, type SpecCase } from './recognizers.js';

/** Spec inputs that are not how news states a count, with the reason. */
const NOT_NEWS: Record<string, string> = {
  '192.168.1.2': 'an IP address',
  '10G': 'SI prefix G (giga) is not used for counts in news',
  '1,674.5 G': 'SI prefix G',
  'fifty - two': 'a number word split by a spaced hyphen',
  'That account revenue target is US$ 1MM': 'accounting "MM" for million',
  'Exercises nrs. 22,24,26,31.': 'a list of numbers without spaces',
  ' 3 dzs': 'abbreviated dozens',
  ' five dozs': 'abbreviated dozens',
  'they were playing three-nought-four': 'spelled digits of a score',
  'The total is three lakh crore': 'compound Indian scale (lakh crore)',
};

/** Intended differences: what we read instead, and why. */
const KNOWN_DIFFERENCES: Record<string, { ours: number[]; reason: string }> = {
  'SCP-173': { ours: [], reason: 'a designation with a hyphenated number is a model name ("T-72"), not a count' },
  ' three hundred and two dozens': { ours: [3624], reason: '"dozens" scales the whole figure, as in "two hundred and fifty thousand"' },
};

/** "4.800" is 4800 to us, like the European "14.000" in the fixtures; the spec reads 4.8. */
const DECIMAL_AS_THOUSANDS = { input: '4.800', ours: 4800, reason: 'a dot before exactly three digits is a thousands separator' };

if (!havePeer) console.warn(`Recognizers-Text peer specs skipped: ${'../shared/peer/recognizers-text'} not found (only on the developers' machines)`);

function valuesIn(input: string): number[] {
  const tokens = tokenize(input);
  if (!tokens.length) return [];
  return findQuantities(tokens, input.slice(tokens[0].start), { keepNonCounts: true })
    .filter((m) => !m.weak && m.quantity.value !== null)
    .map((m) => m.quantity.value!);
}

function intervalsIn(input: string): string[] {
  const tokens = tokenize(input);
  if (!tokens.length) return [];
  return findQuantities(tokens, input.slice(tokens[0].start), { keepNonCounts: true })
    .filter((m) => !m.weak && !['exact', 'approximate', 'vague'].includes(m.quantity.qualifier))
    .map((m) => intervalOf(m.quantity));
}

describe.skipIf(!havePeer)('Recognizers-Text NumberModel (integer cardinals)', () => {
  const cases = havePeer ? loadSpec('NumberModel.json').filter(isApplicableNumber).filter((c) => !(c.Input in NOT_NEWS)) : [];

  it('reads at least 95% of the applicable cases as the spec does', () => {
    const failures: string[] = [];
    let pass = 0;
    for (const c of cases) {
      const want = c.Results.map((r) => Number(r.Resolution!.value));
      const got = valuesIn(c.Input);
      const known = KNOWN_DIFFERENCES[c.Input];
      if (JSON.stringify(got) === JSON.stringify(want) || (known && JSON.stringify(got) === JSON.stringify(known.ours))) pass++;
      else failures.push(`${JSON.stringify(c.Input)}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
    const rate = pass / cases.length;
    console.log(`NumberModel: ${pass}/${cases.length} applicable integer cases pass (${(rate * 100).toFixed(1)}%)`);
    expect(cases.length).toBeGreaterThan(80);
    expect(failures, failures.join('\n')).toHaveLength(0);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps its intended differences', () => {
    for (const [input, { ours }] of Object.entries(KNOWN_DIFFERENCES)) expect(valuesIn(input)).toEqual(ours);
    expect(valuesIn(DECIMAL_AS_THOUSANDS.input)).toEqual([DECIMAL_AS_THOUSANDS.ours]);
  });
});

describe.skipIf(!havePeer)('Recognizers-Text NumberRangeModel, ExperimentalMode (closed ranges)', () => {
  const cases: SpecCase[] = havePeer ? loadSpec('NumberRangeModelExperimentalMode.json').filter(isApplicableRange) : [];

  it('reads at least 95% of the applicable range cases as the spec does', () => {
    let pass = 0;
    const failures: string[] = [];
    for (const c of cases) {
      const want = c.Results.map((r) => r.Resolution!.value);
      const got = intervalsIn(c.Input);
      if (JSON.stringify(got) === JSON.stringify(want)) pass++;
      else failures.push(`${JSON.stringify(c.Input)}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
    console.log(`NumberRangeModelExperimentalMode: ${pass}/${cases.length} applicable cases pass`);
    expect(cases.length).toBeGreaterThan(20);
    expect(pass / cases.length, failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

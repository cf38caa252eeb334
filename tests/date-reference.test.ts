/** The reference date: the caller's (validated, read as a calendar day), the document's own, or none at all. */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractClaims } from '../src/index.js';
import { parseReference } from '../src/pipeline/date.js';

const dateOf = (text: string, referenceDate?: string | Date) =>
  extractClaims(text, { referenceDate }).map((c) => (c.date ? [c.date.value, c.date.role] : null));

describe('reference date (pipeline/date)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('throws a RangeError naming a value that is no date, in parseReference and extractClaims', () => {
    expect(() => parseReference('next spring')).toThrow(RangeError);
    expect(() => parseReference('next spring')).toThrow(/"next spring"/);
    expect(() => parseReference('2023-02-30')).toThrow(/"2023-02-30"/);
    expect(() => parseReference('')).toThrow(RangeError);
    expect(() => parseReference(new Date(Number.NaN))).toThrow(/invalid Date/);
    expect(() => extractClaims('Four miners were killed.', { referenceDate: '2023-13-01' })).toThrow(/"2023-13-01"/);
    // Even for a text without claims: the option is wrong whatever the text.
    expect(() => extractClaims('', { referenceDate: 'yesterday-ish' })).toThrow(RangeError);
    // Neither a Date nor a string: a TypeError, as for any option of the wrong type.
    expect(() => extractClaims('Four miners were killed.', { referenceDate: 20230915 as unknown as string })).toThrow(TypeError);
  });

  it('reads an ISO day as written and a time stamp by its written day', () => {
    expect(parseReference('2023-09-15')?.toISOString()).toBe('2023-09-15T12:00:00.000Z');
    expect(parseReference('2023-09-15T23:30:00+09:00')?.toISOString()).toBe('2023-09-15T12:00:00.000Z');
    expect(parseReference(undefined)).toBeNull();
  });

  it('reads a Date in the caller\'s calendar day (TZ=Asia/Tokyo, in this process)', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    // Local midnight of Friday 15 September in Tokyo is still Thursday 14 September in UTC.
    const tokyoMidnight = new Date(2023, 8, 15);
    expect(tokyoMidnight.toISOString()).toBe('2023-09-14T15:00:00.000Z');
    expect(parseReference(tokyoMidnight)?.toISOString()).toBe('2023-09-15T12:00:00.000Z');
    expect(dateOf('Police said on Friday that 3 divers died.', tokyoMidnight)).toEqual([['2023-09-15', 'reported']]);
  });

  it('reads a Date in the caller\'s calendar day (TZ=Pacific/Auckland, in a child process)', () => {
    const script = `import { extractClaims } from './src/index.ts';
      const d = new Date(2023, 8, 15, 0, 30);
      const [c] = extractClaims('Police said on Friday that 3 divers died.', { referenceDate: d });
      console.log(JSON.stringify([d.toISOString(), c.date]));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: new URL('..', import.meta.url).pathname, env: { ...process.env, TZ: 'Pacific/Auckland' }, encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(['2023-09-14T12:30:00.000Z', { value: '2023-09-15', text: 'on Friday', role: 'reported' }]);
  });

  it('never invents a date from a weekday or "yesterday" without any reference date', () => {
    expect(dateOf('Police said on Friday that 3 divers died.')).toEqual([null]);
    expect(dateOf('Yesterday, 7 fishermen were reported missing.')).toEqual([null]);
    expect(dateOf('Last week, 40 soldiers were killed near the frontier.')).toEqual([null]);
    expect(dateOf('Since February 24, 900 civilians have been killed.')).toEqual([null]);
    // Dates naming their month are kept, at the precision the text gives: no year, none invented.
    expect(dateOf('As of 23 April, 44 people were missing.')).toEqual([['--04-23', 'as_of']]);
  });

  it('takes a year-less date\'s year from the text when it gives one, even with a reference date', () => {
    const text = 'In 1994 the rebels entered the valley. On 11 December, 400 villagers were killed.';
    expect(dateOf(text)).toEqual([['1994-12-11', 'event']]);
    expect(dateOf(text, '2001-03-01')).toEqual([['1994-12-11', 'event']]);
    // A period's start ("since 1994") places nothing: the reference year holds.
    expect(dateOf('Fighting has gone on since 1994. On 11 December, 400 villagers were killed.', '2001-03-01')).toEqual([['2000-12-11', 'event']]);
  });

  it('takes a wire dateline\'s date as the reference date when none is given', () => {
    const text = 'MANILA, Philippines, Oct. 5, 2021 (AP) — Coastguards said on Monday that 9 sailors were missing.';
    expect(dateOf(text)).toEqual([['2021-10-04', 'reported']]);
    // The caller's reference wins over the dateline.
    expect(dateOf(text, '2021-10-20')).toEqual([['2021-10-18', 'reported']]);
  });

  it('takes a title line\'s date (the end of its range) as the reference date when none is given', () => {
    const text = 'Cyclone situation report (12 - 18 March 2022)\n\nOfficials said 31 people were killed and 4,000 displaced.';
    expect(dateOf(text)).toEqual([['2022-03-18', 'reported'], ['2022-03-18', 'reported']]);
  });
});

/** The reference date: the caller's (validated, read as a calendar day), the document's own, or none at all. */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractMany } from '../src/batch/inline.js';
import { ExtractOptionsSchema, extractClaims } from '../src/index.js';
import { parseReference } from '../src/pipeline/date.js';
import { REFERENCE_FORMS } from '../src/reference-date.js';
import { rows } from './helpers.js';

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

  it('takes ISO 8601 only: a year (its middle), a month (its 15th), a day, a day with a time', () => {
    const day = (v: string) => parseReference(v)?.toISOString().slice(0, 10);
    expect(['2023', '2023-09', '2023-09-15', '2023-09-15T14:30', '2023-09-15 14:30:05.5Z', '2024-02-29T00:00-05:00'].map(day)).toEqual([
      '2023-07-01', '2023-09-15', '2023-09-15', '2023-09-15', '2023-09-15', '2024-02-29',
    ]);
    // "11 December" with a year's reference is that year's, not the year before (read from 1 January it would be).
    expect(dateOf('On 11 December, 400 villagers were killed.', '2023')).toEqual([['2023-12-11', 'event']]);
    expect(parseReference('0050-03-01')?.getUTCFullYear()).toBe(50);
  });

  it('names every other value in a RangeError, in the API and extractMany alike, before any text is read', () => {
    for (const bad of ['March 3', '1', '2023-02-30', '2023-02-29', '2023-9-1', '20230915', '2023-09-15T25:00', 'Thu, 28 Sep 2023 10:00:00 GMT']) {
      expect(() => extractClaims('Four miners were killed.', { referenceDate: bad })).toThrow(
        new RangeError(`extractClaims: referenceDate ${JSON.stringify(bad)} is not ${REFERENCE_FORMS} or a valid Date`),
      );
      expect(() => extractMany([], { referenceDate: bad })).toThrow(new RangeError(`extractMany: referenceDate ${JSON.stringify(bad)} is not ${REFERENCE_FORMS} or a valid Date`));
      expect(ExtractOptionsSchema.safeParse({ referenceDate: bad }).success).toBe(false);
    }
    expect(() => extractClaims('', { referenceDate: new Date('March 3 1999 garbage') })).toThrow(new RangeError('extractClaims: referenceDate is an invalid Date'));
    expect(() => extractClaims('', { referenceDate: 2023 as unknown as string })).toThrow(TypeError);
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

describe('year-less dates of a text without a reference date', () => {
  const dates = (text: string) => extractClaims(text).map((c) => c.date?.value ?? null);

  it('take the year that puts them nearest the last day the text stated', () => {
    expect(dates('The storm struck the coast on 29 December 1952. By January 3, some 400 fishermen had drowned.')).toEqual(['1953-01-03']);
    expect(dates('The siege began on 2 March 1871. By March 20, about 900 defenders had died.')).toEqual(['1871-03-20']);
  });

  it('take no year from a year that names another event ("the 1976 flood")', () => {
    const text = 'The dam burst on May 9, 1981, in a valley still scarred by the 1976 flood.\n\nBy May 12, 140 people were confirmed dead.';
    expect(dates(text)).toEqual(['1981-05-12']);
  });

  it('count no weekday from a day of no known year, so no year is invented', () => {
    // The paragraph's stated day, without a year, rather than a Sunday of a year the text never gave.
    expect(dates('The tremor came on June 14. On Sunday, 300 villagers died in the landslide that followed.')).toEqual(['--06-14']);
  });
});

describe('a text looking back on an event', () => {
  it('places its year-less dates in the event\'s year, not the year it was published', () => {
    const text = 'Ten years have passed since the earthquake struck near the city on 23 October 2011.\n\nThe quake killed 604 people.\n\nRescue teams searched the rubble for days.\n\nAs of 25 October, as many as 40,000 people were believed to be homeless.';
    expect(rows(text, { referenceDate: '2021-10-22' }).map((r) => [r.value, r.date])).toEqual([[604, '2011-10-23'], [40000, '2011-10-25']]);
  });
});

describe('an encyclopedia page\'s note on itself', () => {
  it('dates no figure by the month of a note about its citations', () => {
    const text = 'This article needs additional citations for verification. (March 2014)\nBattle of Ayton\nCasualties and losses\n400 killed\nThe Battle of Ayton was fought on 12 May 1821 near the river.';
    expect(rows(text).map((r) => [r.value, r.date])).toEqual([[400, '1821-05-12']]);
    const mine = 'This article needs additional citations for verification. (March 2014)\nThe Ayton mine disaster\nDeaths: 400\nIt happened in 1821.';
    expect(rows(mine).map((r) => [r.value, r.date])).toEqual([[400, '1821']]);
  });
});

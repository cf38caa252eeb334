import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const dates = (text: string, referenceDate?: string) =>
  extractClaims(text, { referenceDate }).map((c) => (c.date ? [c.date.value, c.date.role] : null));

describe('dates (pipeline/date)', () => {
  it('takes the year nearest to the reference date, in either direction', () => {
    expect(dates('On 27 September, two civilians were killed.', '2020-11-10')).toEqual([['2020-09-27', 'event']]);
    expect(dates('On 28 December, two civilians were killed.', '2021-01-03')).toEqual([['2020-12-28', 'event']]);
  });

  it('keeps the precision stated', () => {
    expect(dates('In December 2020, the monitor reported the deaths of 541 fighters.')).toEqual([['2020-12', 'reported']]);
    expect(dates('In 2014, 300 soldiers were killed.')).toEqual([['2014', 'event']]);
  });

  it('reads "as of" roles: by, as of, until, and the end of from ... to', () => {
    expect(dates('By 30 September, the authorities claimed more than 700 servicemen were killed.', '2020-11-10')).toEqual([['2020-09-30', 'as_of']]);
    expect(dates('As of 8 November, the army claimed 264 drones were destroyed.', '2020-11-10')).toEqual([['2020-11-08', 'as_of']]);
    expect(dates('From 27 September to 17 October the ministry reported the destruction of 100 tanks.', '2020-11-10')).toEqual([['2020-10-17', 'as_of']]);
  });

  it('reads the date of a report', () => {
    expect(dates('Nine soldiers were killed, the agency reported on Sept. 27.', '2023-09-28')).toEqual([['2023-09-27', 'reported']]);
  });

  it('resolves "the same day", "a week later" and "the previous day" against the date named before', () => {
    const text = 'On 11 October, 5 trucks were destroyed. On the same day, 3 drones were downed. A week later, 2 journalists were injured.';
    expect(dates(text, '2020-11-10').map((d) => d![0])).toEqual(['2020-10-11', '2020-10-11', '2020-10-18']);
    expect(dates('On 9 October it reported that from the previous day until then 13 tanks were destroyed.', '2020-11-10')).toEqual([['2020-10-09', 'as_of']]);
  });

  it('reads a weekday as the last such day on or before the reference date', () => {
    expect(dates('A spokesperson said on Thursday that 20 people were missing.', '2023-09-15')).toEqual([['2023-09-14', 'reported']]);
  });

  it('never reads a count as a day: "In March, 12 were killed"', () => {
    const [c] = extractClaims('In March, 12 were killed in clashes.', { referenceDate: '2022-06-01' });
    expect(c.quantity.value).toBe(12);
    expect(c.date?.value).toBe('2022-03');
  });

  it('takes the year from the document when there is no reference date', () => {
    expect(dates('The war began in 2020. On 2 October, 39 vehicles were destroyed.')).toEqual([['2020-10-02', 'event']]);
  });

  it('does not date a figure by when a period began', () => {
    expect(dates('More than 230,000 people have been killed since the conflict began in March 2011.')).toEqual([null]);
  });

  it('gives a figure the date of the report it continues', () => {
    const text = 'Ten soldiers were killed, the agency reported on Sept. 27.\nSome 20 were wounded, the news agency added.';
    expect(dates(text, '2023-09-28').map((d) => d?.[0] ?? null)).toEqual(['2023-09-27', '2023-09-27']);
  });

  it('dates a figure with no date of its own as of the reference date, and leaves it null without one', () => {
    expect(dates('At least 12 people were killed in the flood.', '2020-01-01')).toEqual([['2020-01-01', 'as_of']]);
    expect(dates('At least 12 people were killed in the flood.')).toEqual([null]);
  });
});

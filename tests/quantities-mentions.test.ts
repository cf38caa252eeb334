import { describe, expect, it } from 'vitest';
import { extractClaims, parseQuantity } from '../src/index.js';
import { findQuantities } from '../src/pipeline/quantities.js';
import { tokenize } from '../src/pipeline/tokenize.js';

const counts = (text: string) => findQuantities(tokenize(text), text).filter((m) => !m.weak).map((m) => [m.quantity.text, m.quantity.value]);

describe('number words and written forms (pipeline/numbers)', () => {
  it.each([
    ['half a million', 500_000],
    ['one half million', 500_000],
    ['a half million', 500_000],
    ['21.6 thousand', 21_600],
    ['eighteen', 18],
    ['Fifteen', 15],
    ['11, 418', 11_418],
  ])('reads %s as %d', (text, value) => {
    expect(parseQuantity(text)).toMatchObject({ value, qualifier: 'exact', min: value, max: value, unit: null, text });
  });

  it('reads "almost seven dozen" as about 84', () => {
    expect(parseQuantity('almost seven dozen')).toMatchObject({ value: 84, qualifier: 'approximate', text: 'almost seven dozen' });
  });

  it('reads a decimal before a scale word, never the European thousands separator', () => {
    expect(parseQuantity('$1.250 billion')).toMatchObject({ value: 1_250_000_000, unit: 'USD', qualifier: 'exact' });
    expect(parseQuantity('€2.500 million')).toMatchObject({ value: 2_500_000, unit: 'EUR' });
    expect(parseQuantity('12.000')).toMatchObject({ value: 12_000, unit: null });
  });

  it('reads "~" and "c." as approximate, and currency codes glued to their amounts', () => {
    expect(parseQuantity('~450')).toMatchObject({ value: 450, qualifier: 'approximate', min: null, max: null, text: '~450' });
    expect(parseQuantity('c. 6,000')).toMatchObject({ value: 6000, qualifier: 'approximate', text: 'c. 6,000' });
    expect(parseQuantity('PHP4.1 billion')).toMatchObject({ value: 4_100_000_000, unit: 'PHP', text: 'PHP4.1 billion' });
  });

  it('reads ranges with currency signs and citation marks', () => {
    expect(parseQuantity('between $2bn and $6bn')).toMatchObject({ value: null, min: 2e9, max: 6e9, qualifier: 'range', unit: 'USD' });
    expect(parseQuantity('820[4] – 1,150[5]')).toMatchObject({ value: null, min: 820, max: 1150, qualifier: 'range', text: '820[4] – 1,150' });
  });

  it('keeps a comma list of figures apart', () => {
    expect(counts('losses of 4, 120, 560 in three years')).toEqual([['4', 4], ['120', 120], ['560', 560]]);
  });
});

describe('figures that are not counts (pipeline/quantities)', () => {
  it('must not read ranks, citation notes, book references or "one of the" as counts', () => {
    expect(counts('Police Officer 2 Ana Cruz and Sergeant 1 Leo Diaz were taken.')).toEqual([]);
    expect(counts('4,100 men [nb 6] were lost')).toEqual([['4,100', 4100]]);
    expect(counts('900 cavalry (31. 12. 4) were lost')).toEqual([['900', 900]]);
    expect(counts('He recognised one of the dead.')).toEqual([]);
  });

  it('reads "a family of five" as five, not one', () => {
    expect(findQuantities(tokenize('a family of five'), 'a family of five').map((m) => [m.quantity.text, m.quantity.value, m.weak])).toEqual([['five', 5, false]]);
  });
});

describe('a day after its month is no thousands group', () => {
  it('reads "On March 3, 250 people" as a date and a count', () => {
    const [c] = extractClaims('On March 3, 250 people were killed in the shelling.', { referenceDate: '2022-03-10' });
    expect([c.quantity.value, c.date?.value]).toEqual([250, '2022-03-03']);
  });
});

describe('digit groups split by spaces', () => {
  it('reads "40 000" as one number in prose', () => {
    expect(counts('The quake left 40 000 people homeless.')).toEqual([['40 000', 40000]]);
    expect(counts('Officials counted 1 414 021 ballots.')).toEqual([['1 414 021', 1414021]]);
  });

  it('reads the cells of a table row one by one', () => {
    expect(counts('Ships lost 225 511 3,375 5,622').map((c) => c[1])).toEqual([225, 511, 3375, 5622]);
    expect(counts('Losses 12 150 by year').map((c) => c[1])).toEqual([12150]);
  });
});

describe('a colon between numbers', () => {
  it('reads a field index glued to its label as no time: "Casualties1: 8 killed"', () => {
    expect(counts('- Casualties1: 8 killed')).toEqual([['8', 8]]);
  });

  it('still reads "10:30" and "3:1" as no counts', () => {
    expect(counts('At 10:30 the score was 3:1.')).toEqual([]);
  });
});

describe('"another dozen"', () => {
  it('counts twelve', () => {
    expect(counts('Another dozen people were killed in the next village.')).toEqual([['Another dozen', 12]]);
  });
});

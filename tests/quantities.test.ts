import { describe, expect, it } from 'vitest';
import { extractClaims, parseQuantity } from '../src/index.js';

const q = (s: string) => parseQuantity(s);

describe('parseQuantity', () => {
  it.each([
    ['2,906', 2906],
    ['14.000', 14000],
    ['7000', 7000],
    ['forty', 40],
    ['one', 1],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['two hundred and fifty', 250],
    ['twenty-one', 21],
    ['1.2 million', 1_200_000],
    ['3 hundred and 21', 321],
    ['40\u00a0000', 40_000],
    ['10k', 10_000],
  ])('reads %s as %d', (text, value) => {
    expect(q(text)).toMatchObject({ value, qualifier: 'exact', min: value, max: value });
  });

  it.each([
    ['at least 185', 'at_least', 185, 185, null],
    ['a minimum of 9', 'at_least', 9, 9, null],
    ['more than 700', 'more_than', 700, 700, null],
    ['over 28,000', 'more_than', 28000, 28000, null],
    ['in excess of 50', 'more_than', 50, 50, null],
    ['up to 100', 'up_to', 100, null, 100],
    ['as many as 20,000', 'up_to', 20000, null, 20000],
    ['fewer than 10', 'less_than', 10, null, 10],
    ['approximately 70,000', 'approximate', 70000, null, null],
    ['some 511', 'approximate', 511, null, null],
    ['around 26', 'approximate', 26, null, null],
    ['200+', 'at_least', 200, 200, null],
    ['500 or more', 'at_least', 500, 500, null],
  ])('reads the qualifier of %s', (text, qualifier, value, min, max) => {
    expect(q(text)).toMatchObject({ qualifier, value, min, max, text });
  });

  it.each([
    ['300 to 400', 300, 400],
    ['300–400', 300, 400],
    ['300-400', 300, 400],
    ['between 1,240 and 1,850', 1240, 1850],
    ['up to 300 to 400', 300, 400],
    ['three or four', 3, 4],
  ])('reads the range %s', (text, min, max) => {
    expect(q(text)).toMatchObject({ qualifier: 'range', value: null, min, max });
  });

  it('reads money with its currency and scale', () => {
    expect(q('US$1.2 billion')).toEqual({ value: 1.2e9, min: 1.2e9, max: 1.2e9, qualifier: 'exact', unit: 'USD', text: 'US$1.2 billion' });
    expect(q('€5m')).toMatchObject({ value: 5e6, unit: 'EUR' });
    expect(q('5 million euros')).toMatchObject({ value: 5e6, unit: 'EUR' });
  });

  it('reads amounts without a figure as vague', () => {
    expect(q('dozens')).toMatchObject({ qualifier: 'vague', value: null, min: 24 });
    expect(q('tens of thousands')).toMatchObject({ qualifier: 'vague', value: null, min: 20000 });
  });

  it('reads a change "from 50 to 91" as two figures, not a range', () => {
    expect(q('the toll rose from 50 to 91')).toMatchObject({ value: 50, qualifier: 'exact' });
    expect(q('the toll was raised by officials from 50 to 91')).toMatchObject({ value: 50, qualifier: 'exact' });
  });

  it.each(['in 1991', 'April 2016', 'on 27 September', 'Sept. 27', 'a 13-year-old', 'three-time champion', 'T-72', 'S-300', '9K33 Osa', '2S1 Gvozdika', 'Su-25', 'BM-21', 'the 366th regiment', 'at 10:30', '40 km away', '50%', 'for 3 days', 'Resolution 2254', 'aged 45', 'the one who left', '1988–1994', 'a car', ''])(
    'finds no count in %j',
    (text) => {
      expect(q(text)).toBeNull();
    },
  );

  it('throws a TypeError for a non-string', () => {
    expect(() => parseQuantity(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('dates written with slashes', () => {
  it('are no counts: "02/07", "3/11" (a day and a month), but a pair of counts is still read', () => {
    const counts = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value]);
    expect(counts('Deaths by day:\n02/07 | 45\n03/07 | 38')).toEqual([['killed', 45], ['killed', 38]]);
    expect(counts('On 3/11, 14 people were killed.')).toEqual([['killed', 14]]);
  });
});

describe('the first day of a range of days', () => {
  const counts = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value]);
  it('is no count ("3 to 5 July", "(9–12 March)", "for 1 to 30 April")', () => {
    expect(counts('Fighting from 3 to 5 July killed 40 people.')).toEqual([['killed', 40]]);
    expect(counts('The army lost 2,300 men (9–12 March).')).toEqual([['killed', 2300]]);
    expect(counts('The toll for 1 to 30 April was 850 dead.')).toEqual([['killed', 850]]);
  });
  it('leaves a range of counts before a date alone ("Between 12 and 14 were killed on 3 May")', () => {
    expect(counts('Between 12 and 14 were killed on 3 May.').map(([c]) => c)).toEqual(['killed']);
  });
});

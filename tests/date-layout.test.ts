/** Dates a layout gives its rows: an infobox's date row, and a paragraph that attributes the figures above it. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const dates = (text: string, referenceDate?: string) => extractClaims(text, { referenceDate }).map((c) => [c.quantity.value, c.date?.value ?? null]);

describe('infobox date row', () => {
  it('dates the loss rows at the precision both ends of the range share', () => {
    const box = (date: string) => `Siege of Brenn\nDate ${date}\nLocation Brenn\nResult Victory\nCasualties and losses\n1,200 killed\n300 captured\n\nThe siege was long.`;
    expect(dates(box('3–9 October 1871'))).toEqual([[1200, '1871-10'], [300, '1871-10']]);
    expect(dates(box('16 November 1632'))).toEqual([[1200, '1632-11-16'], [300, '1632-11-16']]);
    expect(dates(box('28 June – 2 August 1916'))).toEqual([[1200, '1916'], [300, '1916']]);
  });

  it('leaves prose and rows above the date row to the other rules', () => {
    const text = 'Battle of Vell\nCasualties: 40\nDate 12 May 1702\nCasualties and losses\n90 killed';
    expect(dates(text)).toEqual([[40, null], [90, '1702-05-12']]);
  });
});

describe('a paragraph that only attributes', () => {
  it('dates the figures it speaks for with its own date', () => {
    const text = 'Some 230 people have died and 1,100 were injured in the eastern provinces.\n\n' +
      'This is according to the disaster agency’s latest figures as of Friday, 14 April 2017.';
    expect(dates(text, '2017-04-16')).toEqual([[230, '2017-04-14'], [1100, '2017-04-14']]);
  });
});

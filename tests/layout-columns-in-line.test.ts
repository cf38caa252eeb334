import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** A rendered infobox: the parties on lines of their own, then one line holding every party's losses. */
const infobox = (parties: string[], losses: string, belligerents = true) =>
  ['Battle of the Two Rivers', belligerents ? 'Belligerents' : 'Result Allied victory', '', ...parties.map((p) => ` ${p}\n`), 'Commanders and leaders', 'A. General', 'B. Marshal', 'Casualties and losses', losses, ''].join('\n');
const sides = (text: string) => extractClaims(text).map((c) => [text.slice(c.span.start, c.span.end), c.side?.name ?? null]);

describe('one line of an infobox holding each party\'s losses side by side', () => {
  it('gives each bare figure its party\'s column, a qualifier ("c.") going with the figure after it', () => {
    expect(sides(infobox(['Russian Empire', 'French Empire'], '38,500 c. 30,000'))).toEqual([['38,500', 'Russia'], ['c. 30,000', 'France']]);
  });

  it('reads a range with its footnotes and dates as one column\'s figure', () => {
    const text = infobox(['Austria', 'Prussia'], '12,400[4] 9,100 (3 to 5 July)[5] – 10,600 (whole campaign)');
    expect(sides(text).filter(([, s]) => s)).toEqual([['12,400', 'Austria'], ['9,100', 'Prussia'], ['10,600', 'Prussia']]);
  });

  it('splits figures with their loss words where nothing joins them ("~800 killed 250–300 killed[2]")', () => {
    expect(sides(infobox(['Ethiopia', 'Italy'], '~800 killed 250–300 killed[2]'))).toEqual([['~800 killed', 'Ethiopia'], ['250–300 killed', 'Italy']]);
  });

  it('keeps a list joined by commas in one column (no split: the rows name no column)', () => {
    expect(sides(infobox(['Ethiopia', 'Italy'], '420 killed, 96 missing, 1,300 wounded')).map(([, s]) => s)).toEqual([null, null, null]);
  });

  it('works where the "Belligerents" label was lost and the parties stand above the commanders', () => {
    expect(sides(infobox(['Spain', 'Portugal'], '1,200 2,050', false))).toEqual([['1,200', 'Spain'], ['2,050', 'Portugal']]);
  });
});

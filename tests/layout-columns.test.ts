import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims } from '../src/index.js';

const read = (text: string, format?: 'html') => extractClaims(text, format ? { format } : {}).map((c) => [c.category, c.quantity.value]);

describe('a casualty table headed by short column heads', () => {
  it('reads "K." and "W." heads, a dash as an empty cell, the label cell no count', () => {
    const text = [
      'Losses of the brigade at Ridgefield, 3 June 1864.',
      '| Battalion | Officers | | Men | |',
      '| | K. | W. | K. | W. |',
      '| 1st Vermont | 2 | - | 14 | 51 |',
      '| 4th Maine | - | 1 | 9 | 33 |',
    ].join('\n');
    expect(read(text)).toEqual([['killed', 2], ['killed', 14], ['wounded', 51], ['wounded', 1], ['killed', 9], ['wounded', 33]]);
  });

  it('reads KIA, WIA and MIA heads of an HTML table', () => {
    const html = '<p>Casualties of the regiments, 1915</p><table><tr><th>Regiment</th><th>KIA</th><th>WIA</th><th>MIA</th></tr>' +
      '<tr><td>Otago</td><td>12</td><td>-</td><td>4</td></tr><tr><td>Canterbury</td><td>7</td><td>30</td><td>-</td></tr></table>';
    expect(read(html, 'html')).toEqual([['killed', 12], ['missing', 4], ['killed', 7], ['wounded', 30]]);
  });

  it('takes a lone "K" or "W" in prose for no loss', () => {
    expect(read('Company K lost 12 men killed; W Battery had 3 wounded.')).toEqual([['killed', 12], ['wounded', 3]]);
  });

  it('lets a lexicon extension add heads', () => {
    expect(extractClaims('Losses by battalion:\n| Unit | Gef. | Verw. |\n| 2nd | 40 | 95 |', {
      lexicon: extendLexicon({ categories: { columnHeads: { gef: 'killed', verw: 'wounded' } } }),
    }).map((c) => [c.category, c.quantity.value])).toEqual([['killed', 40], ['wounded', 95]]);
  });
});

describe('empty cells of a "|" table', () => {
  it('keeps a blank cell in its column', () => {
    const text = 'Casualties by company:\n| Company | K. | W. | M. |\n| A | 3 | | 2 |\n| B | | 7 | 1 |';
    expect(read(text)).toEqual([['killed', 3], ['missing', 2], ['wounded', 7], ['missing', 1]]);
  });
});

describe('a table\'s own header row of parties', () => {
  const sides = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value, c.side?.name ?? null]);
  it('gives each cell the party its header cell names', () => {
    const text = 'Border war, 1932–35\nLoss | Bolivia | Paraguay\nKilled | 50,000 | 36,000\nWounded | 20,000 | —\nCaptured | 21,000 | 2,500';
    expect(sides(text)).toEqual([
      ['killed', 50000, 'Bolivia'], ['killed', 36000, 'Paraguay'], ['wounded', 20000, 'Bolivia'],
      ['captured', 21000, 'Bolivia'], ['captured', 2500, 'Paraguay'],
    ]);
  });
  it('takes no party from a header of categories or sources', () => {
    const text = 'Place | Deaths | Injured\nGrand Hotel | 38 | 70\nRadisson | 12 | 31';
    expect(sides(text)).toEqual([['killed', 38, null], ['wounded', 70, null], ['killed', 12, null], ['wounded', 31, null]]);
  });
  it('reads a source closing a head line\'s words as the rows\' source ("... by year (UNHCR):")', () => {
    const text = 'Refugees from the war, by year of arrival (UNHCR):\n1992 | 210,000\n1993 | 340,000';
    expect(extractClaims(text).map((c) => c.claimant?.name ?? null)).toEqual(['UNHCR', 'UNHCR']);
  });
});

describe('a "|" header whose loss columns are not the last', () => {
  it('reads each cell under its own header cell ("Place | Deaths | Injured | Sources")', () => {
    const text = 'Place | Deaths | Injured | Sources\nCentral market | 41 | 96 | police\nBus station | 12 | 30 | hospital';
    expect(read(text)).toEqual([['killed', 41], ['wounded', 96], ['killed', 12], ['wounded', 30]]);
  });
});

describe('infobox columns whose parties the lexicon knows only in part', () => {
  const sides = (text: string) => extractClaims(text).map((c) => [text.slice(c.span.start, c.span.end), c.side?.name ?? null]);

  it('gives the first column the unknown name that runs before a known party on the parties\' line', () => {
    const text = [
      'Battle of the Red Ford', 'Belligerents', 'Kalhari Sultanate Portugal', 'Casualties and losses',
      '~400 killed', '~900 wounded', '~1,200 killed', '~300 captured',
    ].join('\n');
    expect(sides(text)).toEqual([['~400 killed', 'Kalhari Sultanate'], ['~900 wounded', 'Kalhari Sultanate'], ['~1,200 killed', 'Portugal'], ['~300 captured', 'Portugal']]);
  });

  it('keeps a known party\'s own words ("Russian Empire", "Kingdom of Serbia") as no party of their own', () => {
    const text = ['Belligerents', 'Russian Empire Kingdom of Serbia', 'Casualties and losses', '2,000 killed', '500 wounded', '3,100 killed', '800 wounded'].join('\n');
    expect(sides(text).map(([, s]) => s)).toEqual(['Russia', 'Russia', 'Serbia', 'Serbia']);
  });

  it('reads the party a flag\'s file name gives a row', () => {
    const text = ['Casualties and losses', 'Per the army:', 'Flag of Chad.svg 41 killed', 'Flag of Niger.svg 17 killed'].join('\n');
    expect(sides(text)).toEqual([['41 killed', 'Chad'], ['17 killed', 'Niger']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text).map((c) => [c.quantity.value ?? c.quantity.min, c.claimant?.name ?? null]);

describe('source labels competing in one line', () => {
  it('gives the figures after each label that label\'s source', () => {
    expect(read('- Casualties1: British estimate: 3,000 killed, 40 guns lost, Zulu accounts: 1,000 killed and 700 wounded'))
      .toEqual([[3000, 'British estimate'], [40, 'British estimate'], [1000, 'Zulu accounts'], [700, 'Zulu accounts']]);
  });

  it('reads a label with a stray comma after its colon, and one opened by a tag\'s end', () => {
    expect(read('- Casualties2: Danish figures:, 212 killed, Swedish claim:, 900 killed')).toEqual([[212, 'Danish figures'], [900, 'Swedish claim']]);
    expect(read('- Casualties2: 500 wounded<hr />Later Austrian sources: 1,400 killed')).toEqual([[500, null], [1400, 'Later Austrian sources']]);
  });

  it('opens a label at its first capital after the figures of the label before it, with no comma between', () => {
    expect(read('Swiss sources: 1,200 killed 3,400 wounded Savoyard sources: 700 killed 2,000 wounded')).toEqual([
      [1200, 'Swiss sources'], [3400, 'Swiss sources'], [700, 'Savoyard sources'], [2000, 'Savoyard sources'],
    ]);
    // The label's words are not what the count before it counts, nor its source.
    const [wounded] = extractClaims('Casualties: 3,400 wounded Savoyard sources: 700 killed');
    expect([wounded.subject.text, wounded.claimant]).toEqual(['', null]);
  });

  it('reads a party\'s claim with a curly opening quote as its own label', () => {
    expect(read('- Casualties1: Peru‘s claim:, 41 killed, Rebels claim:, 300 killed')).toEqual([[41, 'Peru‘s claim'], [300, 'Rebels claim']]);
  });
});

describe('a headline\'s source after a dash', () => {
  const names = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);
  it('claims the headline\'s figures, up to its end or a semicolon', () => {
    expect(names('Landslide toll now at 31, 6 others missing — police; rescuers on alert')).toEqual(['police', 'police']);
    expect(names('Ferry toll rises to 40 -- Red Crescent')).toEqual(['Red Crescent']);
    expect(names('Mine blast kills 9 - officials')).toEqual(['officials']);
  });
  it('is no row label, no place and no wire credit after a finished sentence', () => {
    expect(names('Deaths by province:\n47 – Kandal\n28 – Takeo')).toEqual([null, null]);
    expect(names('"Still 11 miners are missing and 72 have survived," the mine director said. — Wire-AFP')).toEqual(['mine director']);
  });
});

describe('sources in brackets and after a headline\'s figures in words', () => {
  it('takes "(estimate)" alone for how a figure was reached, not for who gave it', () => {
    expect(read('Casualties and losses\n2,300 killed (estimate) 5,000 wounded (estimate)')).toEqual([[2300, null], [5000, null]]);
    expect(read('Casualties and losses\n2,300 killed (official)')).toEqual([[2300, 'official']]);
  });

  it('gives a headline whose figure is a word its source after a dash', () => {
    expect(read('Four fishermen missing off Cox\'s Bazar - coast guard\n\nThe trawler sank in the storm.')).toEqual([[4, 'coast guard']]);
  });
});

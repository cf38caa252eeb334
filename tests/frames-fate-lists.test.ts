import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value, text.slice(c.span.start, c.span.end)]);

describe('a list of participles after a count', () => {
  it('reads "killed, wounded and missing" as casualties, the whole list in the span', () => {
    expect(read('The Austrian corps lost 12,400 killed, wounded and missing in the first assault.')).toEqual([
      ['casualties', 12400, '12,400 killed, wounded and missing'],
    ]);
    expect(read('Rebel losses were put at 9,000 killed, wounded or captured.')).toEqual([['casualties', 9000, '9,000 killed, wounded or captured']]);
    expect(read('Losses: 3,150 killed & wounded')).toEqual([['casualties', 3150, '3,150 killed & wounded']]);
  });

  it('leaves a comma before the next count alone', () => {
    expect(read('The storm left 12 dead, 30 injured and 4 missing.').map((r) => r[0])).toEqual(['killed', 'wounded', 'missing']);
  });

  it('takes a bracketed "(official)" as the source of the figure before it', () => {
    const [c] = extractClaims('Losses: 60 killed (official)');
    expect(c.claimant?.name).toBe('official');
  });
});

describe('people whose fate is unknown', () => {
  it('counts them as missing', () => {
    expect(read('The fate of 64 people is still unknown.')).toEqual([['missing', 64, '64 people']]);
    expect(read('The whereabouts of 230 villagers were not known on Friday.')).toEqual([['missing', 230, '230 villagers']]);
    expect(read('The fate of the 3 climbers is unclear, the rescue service said.')).toEqual([['missing', 3, '3 climbers']]);
  });

  it('needs both the fate noun and the unknown', () => {
    expect(read('The fate of 40 workers was decided by the board.')).toEqual([]);
    expect(read('64 people are unknown to the police.')).toEqual([]);
  });
});

describe('a running total with a place or cause after its loss noun', () => {
  it('reads "Deaths in X rose to N"', () => {
    expect(read('Deaths in Athens rose to 112 on Monday.')).toEqual([['killed', 112, '112']]);
    expect(read('Deaths from the storm climbed to 40.')).toEqual([['killed', 40, '40']]);
    expect(read('Casualties among the miners reached 25, officials said.')).toEqual([['casualties', 25, '25']]);
  });

  it('needs a loss noun before the phrase', () => {
    expect(read('Homes in the valley rose to 3,000 in value.')).toEqual([]);
  });
});

describe('parts of a total in the sentence after it', () => {
  it('gives counts after "Among them" the total\'s loss', () => {
    expect(read('At least 64 people died in the floods. Among them, 20 were from Cusco and 15 from Puno.').map((r) => [r[0], r[1]]))
      .toEqual([['killed', 64], ['killed', 20], ['killed', 15]]);
  });

  it('and burning or wrecking by hand', () => {
    expect(read('Altogether, 1,200 houses were set on fire and 40 churches vandalised.').map((r) => [r[0], r[1]]))
      .toEqual([['destroyed', 1200], ['damaged', 40]]);
  });
});

describe('a ranking by a loss', () => {
  it('reads "the most deaths with 210, followed by X with 40"', () => {
    expect(read('Texas had the most deaths with 210, followed by Louisiana with 40.').map((r) => [r[0], r[1]])).toEqual([['killed', 210], ['killed', 40]]);
    expect(read('The village with 300 homes was flooded.')).toEqual([]);
  });
});

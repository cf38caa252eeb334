import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);

/** An infobox flattened to text: the parties' lines, then two columns of losses, then the article's prose. */
const infobox = (parties: string[], prose: string) => [
  'Battle of the Ems crossing',
  'Belligerents',
  ...parties.map((p) => ` ${p}`),
  'Casualties and losses',
  '320 killed',
  '540 wounded',
  '1,100 killed',
  '2,000 wounded',
  '',
  prose,
].join('\n');

describe('more parties over an infobox than columns of losses', () => {
  it('gives the second column to the party the article names most, not to an onlooker listed last', () => {
    const prose = 'The Swedish army crossed the river at dawn. Sweden had promised Denmark neutrality. The Swedes pressed on. ' +
      'The Prussian garrison held the bridge until Sweden brought up its guns. Swedish cavalry turned the flank.';
    expect(sides(infobox(['Prussia', 'Sweden', 'Denmark'], prose))).toEqual([
      [320, 'Prussia'], [540, 'Prussia'], [1100, 'Sweden'], [2000, 'Sweden'],
    ]);
  });

  it('keeps the last party when no other is named clearly more ("Bolivia, Peru" against "Chile")', () => {
    const prose = 'Chile declared war on Peru and Bolivia. Peru lost its fleet; Chile took the coast, and Bolivia lost its province.';
    expect(sides(infobox(['Bolivia', 'Peru', 'Chile'], prose)).map((r) => r[1])).toEqual(['Bolivia', 'Bolivia', 'Chile', 'Chile']);
  });

  it('splits states listed before armed groups at the first armed group', () => {
    const prose = 'French and Malian troops retook the town. Mali said the army lost men; France sent jets. Malian officers ' +
      'said Mali would hold the town, and AQIM fighters fled north.';
    expect(sides(infobox(['France', 'Mali', 'AQIM', 'Boko Haram'], prose)).map((r) => r[1])).toEqual(['France', 'France', 'AQIM', 'AQIM']);
  });
});

describe('two columns of losses run together with nothing between them', () => {
  const rows = (losses: string[]) => [
    'Siege of Fort Ardent', 'Belligerents', ' France', ' Savoy', 'Casualties and losses', ...losses, '',
    'The French garrison held the fort for a month before the Savoyard army took it.',
  ].join('\n');

  it('opens the second column where a loss of people the first column told comes round again', () => {
    expect(sides(rows(['310 killed', '790 wounded', '45 sick', '1,200 killed or missing', '400 captured']))).toEqual([
      [310, 'France'], [790, 'France'], [45, 'France'], [1200, 'Savoy'], [400, 'Savoy'],
    ]);
  });

  it('keeps civilians, deaths of another kind and things lost by their kind in the column they follow', () => {
    expect(sides(rows(['310 killed', '90 civilians killed', '52 died of disease', '3 frigates sunk', '2 sloops sunk', '700 killed', '300 wounded'])).map((r) => r[1]))
      .toEqual(['France', 'France', 'France', 'France', 'France', 'Savoy', 'Savoy']);
  });
});

import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims } from '../src/index.js';

/** Two made-up states, so that no real party's names stand in the tests' tables. */
const twoParties = extendLexicon({ parties: [
  { name: 'Ruritania', names: ['Ruritania'], demonyms: ['Ruritanian'], capitals: [] },
  { name: 'Borduria', names: ['Borduria'], demonyms: ['Bordurian'], capitals: [] },
] });

const sides = (text: string) => extractClaims(text).map((c) => [text.slice(c.span.start, c.span.end), c.side?.name ?? null]);

describe('infobox columns read from blank lines and set-in headers', () => {
  it('gives each block of losses its column, the set-in header opening the last column', () => {
    const text = [
      'Belligerents',
      'Kingdom of Sardinia',
      'Duchy of Parma',
      ' Austrian Empire',
      'Commanders and leaders',
      'Some General',
      'Casualties and losses',
      '',
      '4,000 killed, wounded and missing',
      '',
      '  • 1,200 – first assault',
      '  • 2,800 – second assault',
      '',
      '6,500 killed or wounded',
      '2,100 captured',
    ].join('\n');
    expect(sides(text)).toEqual([
      ['4,000 killed, wounded and missing', 'Kingdom of Sardinia'],
      ['1,200', 'Kingdom of Sardinia'],
      ['2,800', 'Kingdom of Sardinia'],
      ['6,500 killed or wounded', 'Austria'],
      ['2,100 captured', 'Austria'],
    ]);
  });

  it('takes a label naming a party over the column count, forces and all', () => {
    const text = [
      'Belligerents',
      'Norway',
      'Sweden',
      'Casualties and losses',
      'Norwegian army:',
      '800 KIA',
      '300 POW',
      'Swedish forces:',
      '450 KIA',
      '120 POW',
    ].join('\n');
    expect(sides(text)).toEqual([
      ['800 KIA', 'Norway'],
      ['300 POW', 'Norway'],
      ['450 KIA', 'Sweden'],
      ['120 POW', 'Sweden'],
    ]);
  });
});

describe('an HTML infobox with the parties in one row of cells', () => {
  it('gives each cell of the losses row its column\'s party, line breaks kept inside the cell', () => {
    const html = [
      '<table class="infobox">',
      '<tr><th colspan="2">Belligerents</th></tr>',
      '<tr><td>Kingdom of Sardinia</td><td>Austrian Empire</td></tr>',
      '<tr><th colspan="2">Casualties and losses</th></tr>',
      '<tr><td>4,000 killed<br>1,200 captured</td><td>6,500 killed or wounded<br>2,100 captured</td></tr>',
      '</table>',
    ].join('\n');
    const claims = extractClaims(html, { format: 'html' });
    expect(claims.map((c) => [html.slice(c.span.start, c.span.end), c.side?.name ?? null])).toEqual([
      ['4,000 killed', 'Kingdom of Sardinia'],
      ['1,200 captured', 'Kingdom of Sardinia'],
      ['6,500 killed or wounded', 'Austria'],
      ['2,100 captured', 'Austria'],
    ]);
  });
});

describe('an infobox whose two columns of losses run together', () => {
  it('opens the second column where the first row\'s loss comes round again', () => {
    const text = [
      'Belligerents',
      'Denmark Denmark Sweden Sweden',
      'Commanders and leaders',
      'Some Admiral',
      'Casualties and losses',
      '14 sailors killed',
      '9 sailors wounded',
      '2 frigates',
      '310 killed',
      '120 wounded',
      '1 ship of the line sunk',
    ].join('\n');
    expect(sides(text).map((r) => r[1])).toEqual(['Denmark', 'Denmark', 'Denmark', 'Sweden', 'Sweden', 'Sweden']);
  });
});

describe('rows told apart by their brackets, and allies listed line by line', () => {
  it('finds the second column where the bracketed row comes round again, and gives it the last party', () => {
    const text = [
      'Belligerents',
      'Allied forces including:',
      'Norway',
      'Denmark Denmark',
      'Netherlands Netherlands',
      'Belgium',
      'Sweden',
      'Commanders and leaders',
      'Some Admiral',
      'Casualties and losses',
      '1,700 dead (ground),',
      '4,900 dead (naval),',
      '29 ships sunk',
      '24,000 dead (ground),',
      '3,500 dead (naval),',
      '38 ships sunk',
    ].join('\n');
    expect(sides(text).map((r) => r[1]).slice(3)).toEqual(['Sweden', 'Sweden', 'Sweden']);
  });
});

describe('an intro that points back to the losses just told', () => {
  it('gives its rows the last loss named', () => {
    const text = 'At least 59 people were killed in the crash, the airline said.\n\nThe numbers we have so far are:\n• 32 passengers were Kenyan\n• 18 Canada\n• 9 Ethiopian\n';
    expect(extractClaims(text).map((c) => [text.slice(c.span.start, c.span.end), c.category])).toEqual([
      ['At least 59 people', 'killed'], ['32 passengers', 'killed'], ['18 Canada', 'killed'], ['9 Ethiopian', 'killed'],
    ]);
  });
});

describe('a "|" infobox whose losses are one line a party', () => {
  it('gives each line the party of its column, however many sentences it holds', () => {
    const text = [
      'Battle of the Sulu Strait | |||',
      'Belligerents | |||',
      'Ruritania | Borduria | ||',
      'Casualties and losses | |||',
      '2 destroyers sunk, 1 cruiser damaged.[3] 412 killed[4] |',
      '1 cruiser sunk.[5] 97 killed[6] |',
      'The battle was fought over three days.',
    ].join('\n');
    expect(extractClaims(text, { lexicon: twoParties }).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([
      [2, 'Ruritania'], [1, 'Ruritania'], [412, 'Ruritania'], [1, 'Borduria'], [97, 'Borduria'],
    ]);
  });
});

describe('an infobox whose columns run together, each party\'s ships then its men', () => {
  it('starts the second party where ships come round again after men', () => {
    const text = [
      'Belligerents',
      ' Ruritania  Borduria',
      'Commanders and leaders',
      'Admiral Vogel',
      'Casualties and losses',
      '1 cruiser out of action',
      '21 killed',
      '40 wounded',
      '2 destroyers sunk',
      '1 battleship damaged',
      '610 killed',
      '95 captured',
    ].join('\n');
    expect(extractClaims(text, { lexicon: twoParties }).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([
      [1, 'Ruritania'], [21, 'Ruritania'], [40, 'Ruritania'], [2, 'Borduria'], [1, 'Borduria'], [610, 'Borduria'], [95, 'Borduria'],
    ]);
  });
});

describe('numbered infobox fields written out', () => {
  it('gives a losses field the party of the combatant field of the same number', () => {
    const text = '- Combatant1: Chile\n- Combatant2: Peru\n- Casualties1: 2 killed, 1 gunboat sunk\n- Casualties2: 56 killed';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([[2, 'Chile'], [1, 'Chile'], [56, 'Peru']]);
  });

  it('reads a party labelling its own claim in a field ("U.S. claim:") as the source, not the loser', () => {
    const text = 'Infobox\n- Combatant1: United States\n- Combatant2: Panama\n- Casualties2: Panamanian claim: 50 killed, U.S. claim: 314 killed';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null, c.claimant?.name ?? null]))
      .toEqual([[50, 'Panama', 'Panamanian claim'], [314, 'Panama', 'U.S. claim']]);
  });
});

describe('a numbered combatant field naming a party the lexicon does not know', () => {
  it('gives the losses field of the same number that name', () => {
    const text = '- Combatant1: Republic of Ruritania\n- Combatant2: Borduria Liberation Front, allied militias\n- Casualties2: 210 killed';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([[210, 'Borduria Liberation Front']]);
  });
});

describe('a numbered field whose value runs on below its label', () => {
  it('gives the lines below a losses field its number\'s party, and reads a count glued to the label ("Casualties1:200")', () => {
    const text = [
      'Result:Northern victory', 'Combatant1:', '', 'Ruritania', '', 'Combatant2: Borduria', 'Strength1:3,100 men',
      'Casualties1:150 killed', '95 wounded', 'Casualties2:420 killed', '230 wounded', '1,100 prisoners',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([
      [150, 'Ruritania'], [95, 'Ruritania'], [420, 'Borduria'], [230, 'Borduria'], [1100, 'Borduria'],
    ]);
  });
  it('prefers the field\'s number to a column count, but a party labelling its own row to both', () => {
    const text = [
      'Combatant1: Chile', 'Peru', 'Bolivia', 'Commander1: Juan Soto', 'Combatant2: Argentina',
      'Casualties1:2 gunboats sunk,', '40 killed', 'Casualties2: Peru: 12 killed',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([
      [2, 'Chile'], [40, 'Chile'], [12, 'Peru'],
    ]);
  });
  it('does not carry a field into the prose after the infobox', () => {
    const text = 'Combatant1: Chile\nCombatant2: Peru\nCasualties2: 56 killed\n\nAll 81 men of the Peruvian garrison were later killed in the assault on the fort.';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([[56, 'Peru'], [81, 'Peru']]);
  });
});

describe('a field naming several parties, each before its own figures', () => {
  it('gives each figure the nearest party labelling it ("Chile:, 40 killed, Peru:, 12 killed")', () => {
    const text = [
      '- Combatant1: Paraguay', '- Combatant2: Argentina, Brazil, Uruguay',
      '- Casualties2: Argentina:, 1,100 killed or wounded, Brazil:, 2,400 killed or wounded, Uruguay:, 90 killed',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([
      [1100, 'Argentina'], [2400, 'Brazil'], [90, 'Uruguay'],
    ]);
  });
  it('does not take a scholar or historian named by their nationality for the loser ("(Danish historian) 800 killed")', () => {
    const text = ['- Combatant1: Sweden', '- Combatant2: Russia', '- Casualties2: 3,000 killed (Swedish sources), (Danish historian) 800 killed'].join('\n');
    expect(extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([[3000, 'Russia'], [800, 'Russia']]);
  });
});

describe('a numbered losses field whose combatant field the page lost', () => {
  const valueSide = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);
  it('takes the party of the units field of its number', () => {
    const text = '- Place: Karelia\n- Units1: Finnish Army\n- Units2: Soviet 7th Army\n- Casualties1: 320 killed\n- Casualties2: 1,900 killed';
    expect(valueSide(text)).toEqual([[320, 'Finland'], [1900, 'Soviet Union']]);
  });

  it('takes the other principal party of the text when only the other column names one', () => {
    const text = [
      'The Chilean army met the Peruvian army near Arica. Chile claimed victory; Peru withdrew its forces.',
      '- Combatant1: Chile', '- Casualties1: 229 killed, 634 wounded', '- Casualties2: 2,032 killed, 63 captured',
    ].join('\n');
    expect(valueSide(text)).toEqual([[229, 'Chile'], [634, 'Chile'], [2032, 'Peru'], [63, 'Peru']]);
  });

  it('reads "personnel carriers" in a losses row as equipment destroyed', () => {
    const text = '- Combatant1: Chile\n- Combatant2: Peru\n- Casualties2: 600 killed, 160 tanks, 180 personnel carriers';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.category])).toEqual([[600, 'killed'], [160, 'destroyed'], [180, 'destroyed']]);
  });
});

describe('numbered losses fields whose combatant fields the page lost', () => {
  const sides = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);
  it('takes a column\'s party from the text\'s "fought between X and Y", in the order named', () => {
    const text = 'Infobox\n- Conflict: Battle of Ayton\n- Date: 15 January 1881\n- Casualties1: 502 killed, 1,622 wounded\n- Casualties2: 1,200 killed\n\nThe Battle of Ayton was fought between Chile and the forces of Peru near the coast.';
    expect(sides(text)).toEqual([[502, 'Chile'], [1622, 'Chile'], [1200, 'Peru']]);
  });
  it('takes a column\'s party from its strength field ("Strength2: 20,000 Brazilian soldiers")', () => {
    const text = 'Infobox\n- Conflict: Battle of Beeton\n- Strength1: 3,646, 12 cannons\n- Strength2: more than 20,000 Brazilian soldiers\n- Casualties2: 602:, 182 killed, 420 wounded';
    expect(sides(text).filter((r) => r[0] === 182)).toEqual([[182, 'Brazil']]);
  });
});

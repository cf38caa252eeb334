import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims } from '../src/index.js';

/** The mention fields of each claim: quoted span, category, value (or [min, max]), qualifier and subject kind. */
const read = (text: string) =>
  extractClaims(text).map((c) => [
    text.slice(c.span.start, c.span.end),
    c.category,
    c.quantity.qualifier === 'range' ? [c.quantity.min, c.quantity.max] : c.quantity.value,
    c.quantity.qualifier,
    c.subject.kind,
  ]);
const cats = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value ?? [c.quantity.min, c.quantity.max]]);

describe('label–number lists (frames/block)', () => {
  it('reads "label - figure units" rows under an introducing line', () => {
    const text = [
      'The ministry gave the losses of the invading force so far as follows:',
      '',
      'armoured vehicles - 312 units,',
      '',
      'field guns - 95 units,',
      '',
      'soldiers - about 4,100 people were eliminated.',
      '',
      'The figures are being checked.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['312 units', 'destroyed', 312, 'exact', 'equipment'],
      ['95 units', 'destroyed', 95, 'exact', 'equipment'],
      ['about 4,100 people', 'killed', 4100, 'approximate', 'people'],
    ]);
  });

  it('takes the category from a row\'s own label', () => {
    expect(cats('People killed: 1,204\nHouses damaged or destroyed: 48,900\nFamilies displaced: 3,300')).toEqual([
      ['killed', 1204], ['destroyed', 48900], ['displaced', 3300],
    ]);
  });

  it('gives "Total | figure" rows of a loss table the table\'s category', () => {
    const text = 'The losses of the Danes were:\n410 | killed, |\n1,020 | wounded, |\nTotal | 1,430. |';
    expect(cats(text)).toEqual([['killed', 410], ['wounded', 1020], ['casualties', 1430]]);
  });

  it('reads bullets under a sentence that names the dead and missing', () => {
    const text = [
      'Below is what officials have said so far about the dead and the missing after the mine collapse.',
      '',
      '—41 miners, the regional governor says.',
      '',
      '—One Chilean rescue worker, the company says.',
      '',
      '—Nine contractors remain missing, the police say.',
      '',
      '— 230 workers freed, the company says.',
    ].join('\n');
    expect(cats(text)).toEqual([['killed', 41], ['killed', 1], ['missing', 9]]);
  });

  it('switches category with each label line and stops at a label of no loss', () => {
    const text = ['Killed:', '12,000 infantry and 900 cavalry', 'Captured:', '4,000 infantry', '1,100 men who had hidden in the fort', 'Escaped:', '2,500 infantry'].join('\n');
    expect(cats(text)).toEqual([['killed', 12000], ['killed', 900], ['captured', 4000], ['captured', 1100]]);
  });

  it('does not read bare figures that no loss line introduces', () => {
    expect(read('Strength\n61,000 men\n2,100 guns')).toEqual([]);
    expect(read('Population: 48,000\nArea: 1,200')).toEqual([]);
  });
});

describe('infobox columns and loss tables (frames/block, quantities)', () => {
  it('reads rows under "Casualties and losses", with citation marks, "~" and ranges', () => {
    const text = [
      'Strength',
      '410,000 men[2]',
      '1,900 tanks[2]',
      'Casualties and losses',
      'Operation Hammer:[nb 2]',
      '31,077 men [nb 3]',
      '212 [8] tanks and assault guns',
      '~300 guns[9]',
      '1,105[10] – 1,390[11] aircraft',
      '',
      'The battle was fought over six weeks in the summer and ended with neither side able to claim a clear victory.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['31,077 men', 'casualties', 31077, 'exact', 'people'],
      ['212 [8] tanks', 'destroyed', 212, 'exact', 'equipment'],
      ['~300 guns', 'destroyed', 300, 'approximate', 'equipment'],
      ['1,105[10] – 1,390[11] aircraft', 'destroyed', [1105, 1390], 'range', 'equipment'],
    ]);
  });

  it('leaves book references in parentheses out', () => {
    const text = 'Killed:\n7,300 infantry and 640 cavalry (14. 22. 8)';
    expect(cats(text)).toEqual([['killed', 7300], ['killed', 640]]);
  });
});

describe('totals and breakdowns (frames/intro, list parts)', () => {
  it('gives the parts after "including" the category of the count they break down', () => {
    expect(cats('The army had 90,000 casualties; of these about 21,000 died, including 14,000 from Portugal and 7,000 from Brazil.')).toEqual([
      ['casualties', 90000], ['killed', 21000], ['killed', 14000], ['killed', 7000],
    ]);
  });

  it('gives counts after a semicolon the loss of the clause that introduces them', () => {
    expect(cats('Other casualties of the war were wounded; roughly 40,000 from Chile and 9,000 from Peru.')).toEqual([
      ['wounded', 40000], ['wounded', 9000],
    ]);
  });

  it('states a count given "each" for several parties once for each of them', () => {
    const text = 'The dead include five engineers from Korea, two each from Chile and the Netherlands, and one from Peru.';
    expect(read(text)).toEqual([
      ['five engineers', 'killed', 5, 'exact', 'people'],
      ['two each from Chile', 'killed', 2, 'exact', 'people'],
      ['two each from Chile and the Netherlands', 'killed', 2, 'exact', 'people'],
      ['one', 'killed', 1, 'exact', 'people'],
    ]);
    expect(new Set(extractClaims(text).map((c) => c.id)).size).toBe(4);
    expect(extractClaims(text).map((c) => c.side?.name ?? null).slice(1)).toEqual(['Chile', 'Netherlands', 'Peru']);
    expect(cats('Raiders killed 40 villagers and wounded 12 each day.')).toEqual([['killed', 40], ['wounded', 12]]);
  });

  it('reads no one in a demonym before a noun compound ("a Ukrainian shopping centre")', () => {
    expect(cats('The toll from the strike on a Ukrainian shopping centre climbed to 20.')).toEqual([['killed', 20]]);
  });

  it('reads the parts set off by dashes after the total\'s verb', () => {
    expect(cats('By dusk, 61 bodies had been pulled out — 35 women and 26 men — the coast guard said.')).toEqual([
      ['killed', 61], ['killed', 35], ['killed', 26],
    ]);
  });

  it('reads the parts of a breakdown and a family of eighteen', () => {
    expect(cats('Soldiers killed a whole clan of fourteen villagers, including six children, near the river.')).toEqual([
      ['killed', 14], ['killed', 6],
    ]);
    // The figure it was revised from is a claim of its own (every mention counts).
    expect(cats('The count of people killed was revised from 70 to 41, including 30 adults and 11 children.')).toEqual([
      ['killed', 70], ['killed', 41], ['killed', 30], ['killed', 11],
    ]);
  });
});

describe('parts of a counted loss (frames/partitive)', () => {
  it('gives the part the category of the whole, with the parts listed after it', () => {
    expect(cats('Investigators said six of the 40 bodies showed gunshot wounds.')).toEqual([['killed', 6], ['killed', 40]]);
    expect(cats('Three out of the 15 listed fatalities, including two in the north and one in the capital, have been confirmed.')).toEqual([
      ['killed', 3], ['killed', 15], ['killed', 2], ['killed', 1],
    ]);
  });

  it('must not read a part of something that is not a loss', () => {
    expect(cats('Four of the 30 schools reopened on Monday.')).toEqual([]);
  });
});

describe('running figures (frames/tally)', () => {
  it('reads a loss noun or toll with a rising or settled figure', () => {
    expect(cats('Known deaths climb to 2,300 across the delta.')).toEqual([['killed', 2300]]);
    expect(cats('Overall deaths are now recorded at 812 and injuries at 9,140.')).toEqual([['killed', 812], ['wounded', 9140]]);
    expect(cats('The count of residents in shelters has gone up to 31,200.')).toEqual([['displaced', 31200]]);
    expect(cats('Officials warn the fatalities could reach 300.')).toEqual([['killed', 300]]);
    expect(cats('The ministry disputed claims that as many as 900 died, and put the toll at only 70.')).toEqual([['killed', 900], ['killed', 70]]);
    expect(cats('The toll from a landslide near a mountain village reached at least 64 people.')).toEqual([['killed', 64]]);
  });

  it('reads estimates and losses named as totals', () => {
    expect(cats('The most cited estimate of casualties was about 2 million.')).toEqual([['casualties', 2_000_000]]);
    expect(cats('Reports said casualty figures ranged between 5,000 and 8,000.')).toEqual([['casualties', [5000, 8000]]]);
    expect(cats('Losses of the invading infantry amounted to about 14.2 thousand people.')).toEqual([['casualties', 14200]]);
  });
});

describe('other verbs and nouns of loss (lexicon)', () => {
  it('reads euphemisms of killing as killed, whatever the noun', () => {
    expect(cats('Troops neutralised 41 gunmen and arrested 17 suspects.')).toEqual([['killed', 41], ['captured', 17]]);
    expect(cats('Three hostages were killed when the building was stormed.')).toEqual([['killed', 3]]);
    expect(cats('Coast guard vessels sank 9 smuggling boats.')).toEqual([['destroyed', 9]]);
    expect(cats('A police officer was martyred in the attack.')).toEqual([['killed', 1]]);
    expect(cats('The army said 17 insurgents were sent to hell in the raid.')).toEqual([['killed', 17]]);
    expect(cats('Two guards embraced martyrdom while 40 attackers were eliminated.')).toEqual([['killed', 2], ['killed', 40]]);
    expect(cats('Around 1,200 people perished when the dam failed, and 300 boats were disabled.')).toEqual([['killed', 1200], ['damaged', 300]]);
    expect(cats('Officials said 4,300 people were evacuated and 900 were left homeless.')).toEqual([['displaced', 4300], ['displaced', 900]]);
    expect(cats('More than 2,000 people fleeing the fighting have reached the border.')).toEqual([['displaced', 2000]]);
    expect(cats('Some 6,000 villagers remain in evacuation centres.')).toEqual([['displaced', 6000]]);
    expect(cats('Flood damage ranges between $2bn and $4bn.')).toEqual([['economic_loss', [2e9, 4e9]]]);
  });

  it('counts "a" before a nationality that shares the list\'s verb', () => {
    expect(read('Two Danes and a Colombian who worked in Norway are still missing, officials say.')).toEqual([
      ['Two Danes', 'missing', 2, 'exact', 'people'],
      ['a Colombian', 'missing', 1, 'exact', 'people'],
    ]);
  });

  it('reads a quoted loss noun before "of"', () => {
    expect(read('Rights group condemns ‘wanton slaughter’ of 120 villagers by militia')).toEqual([['120 villagers', 'killed', 120, 'exact', 'people']]);
  });

  it('reads a headline of participles', () => {
    expect(cats('5 Villagers Killed 22 Injured in Shelling of Market')).toEqual([['killed', 5], ['wounded', 22]]);
  });
});

describe('not losses (frames/notloss)', () => {
  it('must not extract people who were not lost, operations or places', () => {
    expect(read('Rescue teams rescued at least 80 passengers from the ferry.')).toEqual([]);
    expect(read('Twelve hostages were freed on Sunday.')).toEqual([]);
    expect(read('The town had a population of 45,000 before the siege.')).toEqual([]);
    expect(read('Forces killed 20 fighters in four operations and captured 6 strategic hills.')).toEqual([
      ['20 fighters', 'killed', 20, 'exact', 'people'],
    ]);
    expect(read('About 9,000 survivors were counted after the war.')).toEqual([]);
    expect(read('Rescuers tried to reach Police Officer 3 Maria Santos and Sergeant 1 Tomas Reyes, who were abducted.')).toEqual([]);
  });

  it('takes further not-loss words from an extended lexicon', () => {
    const text = 'About 300 residents were evacuated as a precaution.';
    expect(cats(text)).toEqual([['displaced', 300]]);
    const lexicon = extendLexicon({ categories: { notLoss: ['precaution'] } });
    expect(extractClaims(text, { lexicon }).map((c) => c.category)).toEqual(['displaced']);
    const strict = extendLexicon({ categories: { notLoss: ['evacuated'] } });
    expect(extractClaims(text, { lexicon: strict })).toEqual([]);
  });

  it('must not read "one of the" or a person in a relative clause as a count', () => {
    expect(read('A woman wept after she recognised one of the dead.')).toEqual([]);
    // The nurse is a single victim (frames/victim): a claim of 1 not written as a number, never a stated count.
    expect(extractClaims('The first casualty was reported, a nurse who died while treating soldiers.').map((c) => [c.quantity.value, c.quantity.stated])).toEqual([[1, false]]);
  });
});

describe('active verbs of shooting', () => {
  it('reads "shot dead N" and "gunned down N" as killed', () => {
    expect(extractClaims('Gunmen stopped a bus near Quetta and shot dead 13 passengers.').map((c) => [c.quantity.value, c.category])).toEqual([[13, 'killed']]);
    expect(extractClaims('Bandits gunned down 7 farmers in the village.').map((c) => [c.quantity.value, c.category])).toEqual([[7, 'killed']]);
  });
});

describe('counts that are ages, places or purposes, and losses told by their manner', () => {
  const counts = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value]);
  it('reads every number of a list of ages after "aged" as an age, but a count with its noun after them as a count', () => {
    expect(counts('Three of his daughters, aged five, seven and 13, were killed in the blaze.')).toEqual([['killed', 3]]);
    expect(counts('Two boys, aged 6 and 9, and 30 adults drowned.')).toEqual([['killed', 2], ['killed', 30]]);
  });
  it('does not count the places after a locative as the losses ("in four districts")', () => {
    expect(counts('Some 5,000 herders in six counties were displaced by the drought.')).toEqual([['displaced', 5000]]);
    expect(counts('Landslides across 12 provinces killed 31 people.')).toEqual([['killed', 31]]);
    // Places lost are still counted.
    expect(counts('Six villages were destroyed.')).toEqual([['destroyed', 6]]);
  });
  it('reads an injury toll as wounded and a count "prisoner" as captured', () => {
    expect(counts('Officials earlier put the injury toll at 230.')).toEqual([['wounded', 230]]);
    expect(counts('The garrison lost 900 killed, 400 wounded and 1,200 prisoner.')).toEqual([['killed', 900], ['wounded', 400], ['captured', 1200]]);
  });
  it('reads a death told by its manner ("beaten to death", "starved to death")', () => {
    expect(counts('Eleven prisoners were beaten to death in the camp.')).toEqual([['killed', 11]]);
    expect(counts('At least 40 cattle herders starved to death.')).toEqual([['killed', 40]]);
  });
  it('does not read a purpose ("sent to capture the fort") as a loss, nor join its clause to the next count\'s list', () => {
    expect(counts('A column of 2,000 was sent to capture the fort.')).toEqual([]);
    expect(counts('About 600 marines tried to take the ridge; 70 were wounded.')).toEqual([['wounded', 70]]);
  });
});

describe('a part counted from a whole', () => {
  const counts = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value]);
  it('keeps the part and drops the whole it is counted from, unless the whole names a loss of its own', () => {
    expect(counts('The ferry capsized, killing 41 of the 160 passengers.')).toEqual([['killed', 41]]);
    expect(counts('In all, 77 of the 80 miners and all 4 rescuers died.')).toEqual([['killed', 77], ['killed', 4]]);
    expect(counts('Some 19 of the 52 dead were children.')).toEqual([['killed', 19], ['killed', 52]]);
  });
});

describe('totals with estimates, asides and ranges', () => {
  const counts = (text: string) => extractClaims(text).map((c) => [c.category, c.quantity.value ?? [c.quantity.min, c.quantity.max], c.claimant?.name ?? null]);
  it('reads "estimates of the dead range from A to B" and a figure put on the same loss after it', () => {
    expect(counts('Estimates of the dead range from 5,000 to 9,000; the Red Crescent put the figure at 7,200.'))
      .toEqual([['killed', [5000, 9000], null], ['killed', 7200, 'Red Crescent']]);
  });
  it('reads past an aside of attribution between a total and its figure', () => {
    expect(counts('The toll, according to rescuers, has climbed to 64.')).toEqual([['killed', 64, 'rescuers']]);
    expect(counts('The death toll, officials said, rose to 23.')).toEqual([['killed', 23, 'officials']]);
  });
  it('reads "earlier estimates" and "upper estimates" as words about the loss named before', () => {
    expect(counts('The storm killed 12, and the number still missing fell from earlier estimates to only six.').map((c) => c[0])).toEqual(['killed', 'missing']);
    expect(counts('The siege cost the army at least 9,000 killed and wounded, with upper estimates at 14,000.').map((c) => [c[0], c[1]]))
      .toEqual([['casualties', 9000], ['casualties', 14000]]);
  });
});

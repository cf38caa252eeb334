import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { frames, rows } from './helpers.js';

/** Category and value of each frame, with its rule: the frame stage alone, sentence by sentence. */
const read = (text: string) => frames(text).map((f) => [f.mention, f.category, f.value, f.rule]);

describe('participle after the count (frames/predicate)', () => {
  it('reads passives and participles, with auxiliaries and hedges between', () => {
    expect(read('Five people were killed in the blast.')).toEqual([['Five people', 'killed', 5, 'passive']]);
    expect(read('Nine soldiers are said to have been wounded.')).toEqual([['Nine soldiers', 'wounded', 9, 'passive']]);
    expect(read('Another 14 remained missing.')).toEqual([['14', 'missing', 14, 'passive']]);
    expect(read('About 45,000 residents have been left homeless.')).toEqual([['About 45,000 residents', 'displaced', 45000, 'passive']]);
    expect(read('As many as 8,000 residents might have lost their lives.')).toEqual([['As many as 8,000 residents', 'killed', 8000, 'passive']]);
  });

  it('reads a participle right after the count, before or without a noun', () => {
    expect(read('The raid left 14 dead and 40 wounded.')).toEqual([
      ['14 dead', 'killed', 14, 'participle'],
      ['40 wounded', 'wounded', 40, 'participle'],
    ]);
    expect(read('The figure includes 10 killed civilians.')).toEqual([['10 killed civilians', 'killed', 10, 'participle']]);
  });

  it('joins two participles: killed or wounded is casualties, destroyed or captured is destroyed', () => {
    expect(read('More than 700 servicemen were killed or wounded.')[0].slice(1, 3)).toEqual(['casualties', 700]);
    expect(read('Until May, 100 tanks are said to have been destroyed or captured.')[0].slice(1, 3)).toEqual(['destroyed', 100]);
  });

  it('reads a loss noun heading the phrase', () => {
    expect(read('The group confirmed 293 of these deaths.')).toEqual([['293 of these deaths', 'killed', 293, 'head-noun']]);
    expect(read('The army reported 85 casualties.')).toEqual([['85 casualties', 'casualties', 85, 'head-noun']]);
  });

  it('does not give an active verb with its own object to the count before it', () => {
    expect(read('Three gunmen killed 5 people.')).toEqual([['5 people', 'killed', 5, 'transitive']]);
  });

  it('does not read across a relative clause with a verb of its own', () => {
    expect(read('Marta Ruiz, one guard, who escaped by lying still and pretending to be dead, spoke.')).toEqual([]);
  });

  it('leaves counts without a loss alone', () => {
    expect(read('Moscow sent several thousand Russian troops to the region.')).toEqual([]);
    expect(read('There were between 3,000 and 8,000 unarmed students in the area.')).toEqual([]);
    expect(read('Five people were not killed.')).toEqual([]);
  });
});

describe('loss noun with "of" before the count (frames/nominal)', () => {
  it('reads deaths, destruction, downing and whereabouts of', () => {
    expect(read('The monitor reported the deaths of 541 fighters.')).toEqual([['541 fighters', 'killed', 541, 'nominal']]);
    expect(read('It claimed the downing of four helicopters.')).toEqual([['four helicopters', 'downed', 4, 'nominal']]);
    expect(read('The whereabouts of 21 civilians remain unknown.')).toEqual([['21 civilians', 'missing', 21, 'nominal']]);
    expect(read('Footage showed the destruction or damage of five tanks.')).toEqual([['five tanks', 'destroyed', 5, 'nominal']]);
  });

  it('counts "a" and "another" as one only in such a frame, before a known noun', () => {
    expect(read('It reported the destruction of a BM-27 rocket launcher.')).toEqual([['a BM-27 rocket launcher', 'destroyed', 1, 'nominal']]);
    expect(read('It reported the destruction of another Su-25 aircraft.')).toEqual([['another Su-25 aircraft', 'destroyed', 1, 'nominal']]);
    expect(read('A ceasefire was signed as a result of talks.')).toEqual([]);
  });
});

describe('active verb before the count (frames/transitive)', () => {
  it('reads killed, destroyed, displaced and lost', () => {
    expect(read('The strikes killed around 26 civilians.')).toEqual([['around 26 civilians', 'killed', 26, 'transitive']]);
    expect(read('Forces have destroyed 264 drones.')).toEqual([['264 drones', 'destroyed', 264, 'transitive']]);
    expect(read('The clashes have displaced approximately half of the population or approximately 70,000 people.')[0].slice(1, 3)).toEqual(['displaced', 70000]);
  });

  it('reads "lost" as killed for people, destroyed for equipment, nothing otherwise', () => {
    expect(read('Azerbaijan lost 2,906 troops.')[0].slice(1, 3)).toEqual(['killed', 2906]);
    expect(read('The brigade lost 12 tanks.')[0].slice(1, 3)).toEqual(['destroyed', 12]);
    expect(read('The team lost 3 games.')).toEqual([]);
  });
});

describe('running totals (frames/tally)', () => {
  it('reads a toll or a number linked to its figure', () => {
    expect(read('The death toll reported by the ministry is 415 villagers.')[0].slice(1, 4)).toEqual(['killed', 415, 'tally']);
    expect(read('The number of civilians killed reached 91.')[0].slice(1, 4)).toEqual(['killed', 91, 'tally']);
    expect(read('The number of residents who died in the town has risen to 7,500.')[0].slice(1, 4)).toEqual(['killed', 7500, 'tally']);
  });

  it('refers "that number" and "lower than the N" back to the figure before', () => {
    const got = read('About 4,000 residents were confirmed to have been killed. A spokesman put that number even higher, at 9,200.');
    expect(got.map((r) => r.slice(1, 4))).toEqual([['killed', 4000, 'passive'], ['killed', 9200, 'tally-anaphora']]);
    expect(read('A further 2,500 villagers remained missing, lower than the 3,100 given before.').map((r) => r.slice(1, 4))).toEqual([
      ['missing', 2500, 'passive'],
      ['missing', 3100, 'comparison'],
    ]);
  });

  it('needs a loss or a figure before to refer to', () => {
    expect(read('The number of troops stood at 5,000.')).toEqual([]);
  });
});

describe('"included" after a loss (frames/included)', () => {
  it('gives the loss in the subject to every count of the list', () => {
    const got = read('The captured trophies included 39 tanks, 24 IFVs and 12 mortars.');
    expect(got.map((r) => r.slice(0, 3))).toEqual([['39 tanks', 'captured', 39], ['24 IFVs', 'captured', 24], ['12 mortars', 'captured', 12]]);
  });
});

describe('money (frames/money)', () => {
  it('reads a sum named as a loss', () => {
    expect(read('The centre estimated losses at US$1.2 billion.')).toEqual([['US$1.2 billion', 'economic_loss', 1.2e9, 'money']]);
    expect(read('The storm caused an estimated $5 billion in damage.')[0].slice(1, 3)).toEqual(['economic_loss', 5e9]);
  });

  it('leaves other money alone', () => {
    expect(read('The government pledged $5 million for schools.')).toEqual([]);
  });
});

describe('infobox rows (frames/infobox)', () => {
  it('reads a label glued to its figure and the bare rows under it', () => {
    const got = read('Deaths200+ (Human Rights Watch)\n485 (parliament figure)\n613 (government claim)');
    expect(got.map((r) => r.slice(1, 3))).toEqual([['killed', 200], ['killed', 485], ['killed', 613]]);
  });

  it('does not read a bare row without a label above it', () => {
    expect(read('485 (parliament figure)')).toEqual([]);
  });
});

describe('lists and ellipsis (pipeline/frames)', () => {
  it('distributes a participle after a list over every count', () => {
    const got = read('13 T-72 tanks, two IFVs, four BM-21 Grad launchers and two radar systems were destroyed.');
    expect(got.map((r) => r.slice(0, 3))).toEqual([
      ['13 T-72 tanks', 'destroyed', 13],
      ['two IFVs', 'destroyed', 2],
      ['four BM-21 Grad launchers', 'destroyed', 4],
      ['two radar systems', 'destroyed', 2],
    ]);
  });

  it('distributes a noun before a list, and starts a new list at a new noun', () => {
    const got = read('They claimed the downing of four helicopters and the destruction of ten tanks, as well as 15 drones.');
    expect(got.map((r) => r.slice(1, 3))).toEqual([['downed', 4], ['destroyed', 10], ['destroyed', 15]]);
  });

  it('reads ellipsis: one verb, two counts', () => {
    expect(read('At least 200 people were killed and 400 wounded.').map((r) => r.slice(1, 3))).toEqual([['killed', 200], ['wounded', 400]]);
  });

  it('tells the subject kind from the nouns', () => {
    const [tanks, people] = frames('Five tanks were destroyed and three soldiers were killed.');
    expect([tanks.kind, people.kind]).toEqual(['equipment', 'people']);
  });
});

describe('wire, UN and disaster phrasing beyond the fixtures', () => {
  it('reads a loss noun before a list of parts', () => {
    const got = frames('The UN mission has verified 9,701 civilian deaths, including 560 children, since February 2022.');
    expect(got.map((f) => [f.mention, f.category, f.value])).toEqual([['9,701 civilian deaths', 'killed', 9701], ['560 children', 'killed', 560]]);
  });

  it('keeps an active verb with its own object from the count before it', () => {
    const got = frames('The fire destroyed 1,200 homes and damaged another 300.');
    expect(got.map((f) => [f.category, f.value, f.kind])).toEqual([['destroyed', 1200, 'other'], ['damaged', 300, 'other']]);
  });

  it('reads drowned, fled, remain missing and "left ... dead"', () => {
    expect(frames('At least 57 migrants drowned when their boat capsized.').map((f) => [f.category, f.value])).toEqual([['killed', 57]]);
    expect(frames('Some 1.5 million people have fled to neighbouring countries.').map((f) => [f.category, f.value])).toEqual([['displaced', 1500000]]);
    expect(frames('More than 6,000 people remain missing after the floods.').map((f) => [f.category, f.value])).toEqual([['missing', 6000]]);
    expect(frames('Floods have affected more than 33 million people and killed at least 1,325.').map((f) => [f.category, f.value])).toEqual([['killed', 1325]]);
  });
});

describe('people still sought', () => {
  it('reads "yet to be traced", "yet to be found" and "untraced" as missing', () => {
    const cats = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.category]);
    expect(cats('Around 140 villagers are yet to be traced after the mudslide.')).toEqual([[140, 'missing']]);
    expect(cats('Twelve divers were yet to be found at nightfall.')).toEqual([[12, 'missing']]);
    expect(cats('Some 30 herders remain untraced.')).toEqual([[30, 'missing']]);
  });
});

describe('label–count pairs run together in one line', () => {
  it('gives each count the label before its colon, not the next label', () => {
    const read = (t: string) => extractClaims(t).map((c) => [c.quantity.value, c.category]);
    expect(read('Killed: 412 Wounded: 1,020 Captured: 95 |')).toEqual([[412, 'killed'], [1020, 'wounded'], [95, 'captured']]);
    expect(read('Dead: 31 Missing: 7')).toEqual([[31, 'killed'], [7, 'missing']]);
  });
});

describe('more ways to say displaced and destroyed, and a label of its own below prose (lexicon/categories, frames/block)', () => {
  const cats = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.category]);
  it('reads "driven from their homes" as displaced and an active "flattened" as destroyed', () => {
    expect(cats('Some 300 families were driven from their homes by the shelling.')).toEqual([[300, 'displaced']]);
    expect(cats('The typhoon flattened 72 houses in the bay.')).toEqual([[72, 'destroyed']]);
    expect(cats('Rescuers searched under the flattened roof for hours.')).toEqual([]);
  });

  it('reads no loss in a label row saying what befell its own count below prose of losses', () => {
    expect(cats('The cyclone struck the coast, where it destroyed homes.\nPeople killed: 34\nPeople affected: 25,000')).toEqual([[34, 'killed']]);
  });
});

describe('infobox rows with a label of a few words before the figure (frames/infobox)', () => {
  const cats = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.category]);
  it('reads "Non-fatal injuries 70" and "Total deaths 300" as labelled rows, and nothing in "On board 362"', () => {
    expect(cats('Capsizing of the barge\nDeaths 41\nNon-fatal injuries 12\nOn board 80')).toEqual([[41, 'killed'], [12, 'wounded']]);
    expect(cats('Total deaths 300 (UN)')).toEqual([[300, 'killed']]);
  });
});

describe('a loss noun standing for its total before "numbered", "totalled" and an agent (frames/tally)', () => {
  const cats = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.category]);
  it('reads "the dead numbered 2,300" and "deaths totalled 45"', () => {
    expect(cats('Bavarian dead numbered some 2,300.')).toEqual([[2300, 'killed']]);
    expect(cats('Deaths totalled 45 by nightfall.')).toEqual([[45, 'killed']]);
  });

  it('reads "casualties were estimated by the Prussian staff at 9,000"', () => {
    expect(cats('Danish casualties were estimated by the Prussian staff at 9,000.')).toEqual([[9000, 'casualties']]);
  });
});

describe('people who took refuge', () => {
  it('reads "took refuge" and "sought shelter" as displaced', () => {
    expect(frames('So far, nine people are reported dead and 5,576 people took refuge in 23 shelters.').map((f) => [f.value, f.category])).toEqual([[9, 'killed'], [5576, 'displaced']]);
    expect(frames('About 1,200 residents sought shelter in schools after the floods.').map((f) => [f.value, f.category])).toEqual([[1200, 'displaced']]);
  });
});

describe('victims of what befell them, events counted, burning by hand', () => {
  const read = (text: string) => frames(text).map((f) => [f.value, f.category]);
  it('gives victims the verb that follows them, and the dead when none says more', () => {
    expect(read('Fifteen victims were injured.')).toEqual([[15, 'wounded']]);
    expect(read('Fifteen victims have been hospitalized.')).toEqual([[15, 'wounded']]);
    expect(read('Rescuers found 12 victims in the rubble.')).toEqual([[12, 'killed']]);
  });
  it('counts no events as losses: "two explosions", "32 bushfires", "two drone attacks"', () => {
    expect(read('The toll from two explosions near the shrine rose to 84.')).toEqual([[84, 'killed']]);
    expect(read('There were 32 bushfires burning across the state, and 4 people died.')).toEqual([[4, 'killed']]);
    expect(read('Two drone attacks on Monday killed 9 fighters.')).toEqual([[9, 'killed']]);
  });
  it('reads "torched", "razed", "set fire to" as destroying', () => {
    expect(read('The militants torched at least 30 houses and shot 12 villagers dead.')).toEqual([[30, 'destroyed'], [12, 'killed']]);
    expect(read('The army razed 14 villages in the valley.')).toEqual([[14, 'destroyed']]);
  });
});

describe('survivors who died since, and more verbs of killing', () => {
  const read = (text: string) => frames(text).map((f) => [f.value, f.category]);
  it('counts survivors who have died since, but not survivors found alive', () => {
    expect(read('Three more elderly survivors of the fire have died, bringing the toll to 46.')).toEqual([[3, 'killed'], [46, 'killed']]);
    expect(read('Rescuers found 40 survivors in the rubble.')).toEqual([]);
  });
  it('reads "murdering", "massacring" and "decimated" as killing', () => {
    expect(read('The gunmen spent three days murdering at least 100 villagers.')).toEqual([[100, 'killed']]);
    expect(read('The epidemic decimated more than 300,000 people in two years.')).toEqual([[300000, 'killed']]);
  });
});

describe('relief reports\' short forms', () => {
  it('reads IDPs as displaced', () => {
    expect(frames('About 2,000 IDPs were counted in the camp.').map((f) => [f.value, f.category])).toEqual([[2000, 'displaced']]);
  });
});

describe('a table by month, its months the row labels', () => {
  it('reads "January 122" under an intro of losses as a count, not a date', () => {
    const text = 'Homicides in the city this year, by month:\nJanuary 122\nFebruary 82\nMarch 1,005';
    expect(rows(text, { referenceDate: '2012-06-01' }).map((r) => [r.value, r.category])).toEqual([[122, 'killed'], [82, 'killed'], [1005, 'killed']]);
  });
  it('still reads a day or a year after a month as a date', () => {
    expect(rows('On January 12, 40 people were killed.', { referenceDate: '2012-06-01' }).map((r) => [r.value, r.date])).toEqual([[40, '2012-01-12']]);
    expect(rows('In May 1945, 300 soldiers were killed.').map((r) => [r.value, r.date])).toEqual([[300, '1945-05']]);
  });
});

import { describe, expect, it } from 'vitest';
import { rows } from './helpers.js';

const sides = (text: string) => rows(text).map((r) => [r.value, r.side]);

describe('side: who had the losses, neighbours and marked letters (pipeline/side)', () => {
  it('reads a party the lexicon lacks as the subject of "had" before a counted loss', () => {
    expect(sides('The Fenians had 12 killed in the skirmish; the Canadian militia had nine killed.')).toEqual([[12, 'Fenians'], [9, 'Canada']]);
    expect(sides('In the 1970 fighting, Jordan had 600 killed and 1,500 wounded, while the PLO had an estimated 1,000 killed.')).toEqual([
      [600, 'Jordan'], [1500, 'Jordan'], [1000, 'PLO'],
    ]);
    // A word of role in capitals names no body of its own.
    expect(sides('At Camden the Enemy had 300 killed.').map((r) => r[1])).not.toContain('Enemy');
    // "had" before people who were not lost says nothing: "the Zouaves had 600 men in the fort".
    expect(sides('The Zouaves had 600 men in the fort, of whom 40 were killed.')).not.toContainEqual([40, 'Zouaves']);
  });

  it('folds marked letters to the lexicon\'s spelling of a people', () => {
    expect(sides('Over 100 Burkinabé and approximately 40 Malian soldiers were killed in the war.')).toEqual([[100, 'Burkina Faso'], [40, 'Mali']]);
    expect(sides('Official figures reported 48 Burkinabé and 11 Malians killed.')).toEqual([[48, 'Burkina Faso'], [11, 'Mali']]);
  });

  it('lends an armed group\'s side to no soldiers counted after it', () => {
    expect(sides('Thirty Taliban have been killed while four soldiers died in the fighting, the military said.')).toEqual([[30, 'Taliban'], [4, null]]);
    expect(sides('Twelve al-Shabaab fighters were killed while two soldiers died in the clashes near Baidoa, the Somali army said.')).toEqual([
      [12, 'al-Shabaab'], [2, 'Somalia'],
    ]);
  });

  it('takes a country named as the neighbour ("the border with", "neighbouring") as no home of the events', () => {
    expect(sides('Nine soldiers died and six were injured in Kunar province, near the border with Pakistan.')).toEqual([[9, 'Afghanistan'], [6, 'Afghanistan']]);
    expect(sides('Sixty Taliban have been killed while five soldiers died in the Waziristan area along the border with Afghanistan, the military said.')).toEqual([
      [60, 'Taliban'], [5, 'Pakistan'],
    ]);
  });

  it('gives a bare count right after another the side of the one before, whatever its basis', () => {
    expect(sides('Mali reported one soldier killed and eight wounded in the skirmish.')).toEqual([[1, 'Mali'], [8, 'Mali']]);
  });
});

describe('side: fights with guns, groups the lexicon lacks, namesakes and craft struck (pipeline/side)', () => {
  it('reads an "exchange of fire" in a gunfight as violence, not a fire that burns', () => {
    expect(sides('Police in Chhattisgarh said 12 Maoists were killed in the gunfight. Three security personnel sustained injuries in the exchange of fire.')).toEqual([
      [12, 'Maoists'], [3, 'India'],
    ]);
    // A people named the lexicon lacks still lends its side to its own wounded after it.
    expect(sides('In three hours at least 1,500 Jews were murdered, and more than 1,000 wounded including women and children.')).toEqual([
      [1500, 'Jews'], [1000, 'Jews'],
    ]);
  });

  it('takes a first-order region before a foreign town of the same name when nothing else tells', () => {
    expect(sides('A gunman killed 5 people at a campus in Virginia on Monday.')).toEqual([[5, 'United States']]);
    expect(sides('Two students were shot dead at a college in Blacksburg, Virginia, police said.')).toEqual([[2, 'United States']]);
  });

  it('gives the people aboard a struck craft its flag\'s side, but not the victims of a craft that strikes', () => {
    expect(sides('Fighter jets shot down a Libyan airliner over the desert, killing 108 passengers and crew.')).toEqual([[108, 'Libya']]);
    expect(sides('The bombing of a Russian airliner over the Sinai killed 224 people.')).toEqual([[224, 'Russia']]);
    expect(sides('A Russian plane bombed the market in Idlib, killing 12 people.')).toEqual([[12, 'Syria']]);
  });
});

describe('side: who had the losses, more shapes (pipeline/side)', () => {
  it('reads a people named before a word of role, and a count of people before the loss word', () => {
    expect(sides('At the ford the Fenian raiders had 9 killed.')).toEqual([[9, 'Fenian']]);
    expect(sides('The scouts reported that the Comanche had 40 warriors killed in the fight.')).toEqual([[40, 'Comanche']]);
  });
  it('reads Northern Ireland as the United Kingdom', () => {
    expect(sides('Police said 8 people were killed in rioting in Northern Ireland in August 1969.')).toEqual([[8, 'United Kingdom']]);
  });
});

describe('side: people who fled (pipeline/side)', () => {
  it('gives them the country they fled, not the one they reached', () => {
    expect(sides('About 12,000 refugees crossed into Bangladesh from Myanmar on Tuesday.')).toEqual([[12000, 'Myanmar']]);
    expect(sides('Some 30,000 people fled to Uganda after the clashes in North Kivu.')).toEqual([[30000, 'DR Congo']]);
    expect(sides('Fighting in the town killed 80 people and some 20,000 fled into neighbouring Chad, the UN said.').map((r) => r[1])).not.toContain('Chad');
  });
});

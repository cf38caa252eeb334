/** A toll that changes names two figures of one loss: the one it changed from and the one it changed to. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.category, c.quantity.qualifier]);

describe('toll changes', () => {
  it('counts the figure changed from as a claim of the same loss', () => {
    expect(read('Officials raised the death toll from the landslide from 38 to 61 on Tuesday.')).toEqual([[38, 'killed', 'exact'], [61, 'killed', 'exact']]);
    expect(read('Authorities revised the civilian death toll from 64 down to 51.')).toEqual([[64, 'killed', 'exact'], [51, 'killed', 'exact']]);
    expect(read('The number of missing persons is at 427 from 349.')).toEqual([[427, 'missing', 'exact'], [349, 'missing', 'exact']]);
    expect(read('The toll of injured climbed to 240, up from 180 a day earlier.')).toEqual([[240, 'wounded', 'exact'], [180, 'wounded', 'exact']]);
  });

  it('keeps a range a range where nothing changes', () => {
    expect(read('The death toll ranged from 300 to 400.')).toEqual([[null, 'killed', 'range']]);
  });

  it('links a total to its figure over adverbs and a leading qualifier', () => {
    expect(read('The number of injured has meanwhile risen to 412.')).toEqual([[412, 'wounded', 'exact']]);
    expect(read('Local media put the death toll as high as 80.')).toEqual([[80, 'killed', 'up_to']]);
  });

  it('does not take the cause of a toll for its source', () => {
    expect(extractClaims('The death toll from Cyclone Nargis climbed to 61.').map((c) => c.claimant)).toEqual([null]);
  });
});

describe('labels after a count, and label–count pairs', () => {
  it('reads a headline\'s toll with no verb, the count right after "toll" or "toll in" a place', () => {
    expect(read('Landslide Toll in Upper Valley 38, Police Say')).toEqual([[38, 'killed', 'exact']]);
    expect(read('Riots go on for a third night, official death toll 17')).toEqual([[17, 'killed', 'exact']]);
    expect(read('The toll 12 years ago was lower.')).toEqual([]);
  });

  it('counts the earlier total a toll is "up from" or "down from"', () => {
    expect(read('The death toll is up from 118 a week ago, the relief agency said.')).toEqual([[118, 'killed', 'exact']]);
    expect(read('The number of injured was down from 75 on Friday.')).toEqual([[75, 'wounded', 'exact']]);
  });

  it('reads a count opening its line with its label after a colon', () => {
    expect(read('The war in numbers\n12,500: Northern soldiers killed\n9,000: Southern soldiers wounded\n40: days of fighting'))
      .toEqual([[12500, 'killed', 'exact'], [9000, 'wounded', 'exact']]);
  });

  it('reads pairs split by semicolons, each by its own label, and skips a label of no loss', () => {
    expect(read('Losses of the volunteers: killed in action, 1,240; died of disease, 3,100; discharged, 900; total deaths, 4,340.'))
      .toEqual([[1240, 'killed', 'exact'], [3100, 'killed', 'exact'], [4340, 'killed', 'exact']]);
  });

  it('skips a strength label right after the line\'s own label ("NORTH: Engaged, 10,000; ...")', () => {
    expect(read('EASTERN ARMY: Engaged, 12,000; Casualties, 3,400')).toEqual([[3400, 'casualties', 'exact']]);
    expect(read('Western corps: present for duty, 8,100; killed, 640')).toEqual([[640, 'killed', 'exact']]);
  });
});

describe('tables whose header names the losses of its columns', () => {
  it('gives each count of a row the loss of its column, "Total" the row total', () => {
    const text = '  Killed Wounded Missing Total % of Total\nNorth 1,155 4,530 365 6,050 27%\nSouth 900-1,100 2,800 250 3,950-4,150 30%';
    expect(read(text)).toEqual([
      [1155, 'killed', 'exact'], [4530, 'wounded', 'exact'], [365, 'missing', 'exact'], [6050, 'casualties', 'exact'],
      [null, 'killed', 'range'], [2800, 'wounded', 'exact'], [250, 'missing', 'exact'], [null, 'casualties', 'range'],
    ]);
  });

  it('reads "Total prisoners" as one label, not a header of two columns', () => {
    expect(read('Total prisoners\n= 4,700 (or possibly 5,000).')).toEqual([[4700, 'captured', 'exact'], [5000, 'captured', 'exact']]);
  });

  it('takes no coordinates for counts', () => {
    expect(read('Coordinates | 43°08′28″N 102°21′46″W\nKilled: 40')).toEqual([[40, 'killed', 'exact']]);
  });
});

describe('parts of a total, and labels glued to figures', () => {
  it('gives the parts in brackets, between dashes or "N of them" the loss of the total', () => {
    expect(read('There were 52 fatalities (49 spectators and 3 crew), and 300 spectators were injured.'))
      .toEqual([[52, 'killed', 'exact'], [49, 'killed', 'exact'], [3, 'killed', 'exact'], [300, 'wounded', 'exact']]);
    expect(read('The ministry reported eleven fatalities — ten civilians and one policeman — on Friday.'))
      .toEqual([[11, 'killed', 'exact'], [10, 'killed', 'exact'], [1, 'killed', 'exact']]);
    expect(read('Seven people died, six of them fishermen.')).toEqual([[7, 'killed', 'exact'], [6, 'killed', 'exact']]);
  });

  it('reads a label of two words glued to its figure, and a spelled range with its scale after the second figure', () => {
    expect(read('Casualties\nTotal fatalities41\nGround injuries230')).toEqual([[41, 'killed', 'exact'], [230, 'wounded', 'exact']]);
    expect(extractClaims('Between two and three thousand villagers fled the fighting.').map((c) => [c.quantity.min, c.quantity.max]))
      .toEqual([[2000, 3000]]);
  });
});

describe('gapping', () => {
  it('gives a verbless list of buildings after a clause of damage that clause\'s loss, not the places it names', () => {
    expect(read('12 houses and three schools were damaged in the north, while 40 houses, two bridges and nine telecom towers in 12 villages of the south.'))
      .toEqual([[12, 'damaged', 'exact'], [3, 'damaged', 'exact'], [40, 'damaged', 'exact'], [2, 'damaged', 'exact'], [9, 'damaged', 'exact']]);
  });
  it('gives people no loss by gapping', () => {
    expect(read('Nine houses were destroyed while 40 people in two villages were moved to shelters.')).toEqual([[9, 'destroyed', 'exact']]);
  });
});

describe('general words of loss, places in brackets, item numbers', () => {
  it('reads "lost" and "losses include" by what each member counts', () => {
    expect(read('Northern forces lost over 3,700 men and more than 50 tanks in the attempt.'))
      .toEqual([[3700, 'killed', 'more_than'], [50, 'destroyed', 'more_than']]);
    expect(read('The losses of the southern army since June 4 include 3,715 personnel, 52 tanks and 207 armored vehicles.'))
      .toEqual([[3715, 'casualties', 'exact'], [52, 'destroyed', 'exact'], [207, 'destroyed', 'exact']]);
  });

  it('gives each place its share in brackets after a total', () => {
    expect(read('Flash floods killed 40 people in Ayton (4), Beeton (30) and Ceeville (6) districts.'))
      .toEqual([[40, 'killed', 'exact'], [4, 'killed', 'exact'], [30, 'killed', 'exact'], [6, 'killed', 'exact']]);
  });

  it('takes no item number for a count', () => {
    expect(read('(4) Total Death: 258\n(5) Injured: 110\n6) Houses Destroyed: 9,091')).toEqual([[258, 'killed', 'exact'], [110, 'wounded', 'exact'], [9091, 'destroyed', 'exact']]);
  });
});

describe('more ways to say a loss', () => {
  it('reads burnt to death, collapsed buildings, a toll past a figure and a believed final number', () => {
    expect(read('More than 90 people were burnt to death when the tanker exploded.')).toEqual([[90, 'killed', 'more_than']]);
    expect(read('Officials said 6,217 buildings have collapsed in the province.')).toEqual([[6217, 'destroyed', 'exact']]);
    expect(read('The toll climbed past 80 people on Sunday.')).toEqual([[80, 'killed', 'exact']]);
    expect(read('At least 40 people died in the fire. The true number is believed to be 55.')).toEqual([[40, 'killed', 'at_least'], [55, 'killed', 'exact']]);
    expect(read('Casualties, 1,860; prisoners, 300.')).toEqual([[1860, 'casualties', 'exact'], [300, 'captured', 'exact']]);
  });
  it('takes no building near a count of people for a loss', () => {
    expect(read('Rescuers brought out a group of 24 people from the collapsed building.')).toEqual([]);
  });
});

describe('shares of a total by place', () => {
  it('gives "N in Place" and "Place, with N" after a total the total\'s loss', () => {
    expect(read('The quake killed 1,300 people: 1,100 in the South, 120 in Nippes and 80 in Grand Anse.'))
      .toEqual([[1300, 'killed', 'exact'], [1100, 'killed', 'exact'], [120, 'killed', 'exact'], [80, 'killed', 'exact']]);
    expect(read('The toll rose to 45, with 38 in Ayton, four in Beeton and three in Ceeville.'))
      .toEqual([[45, 'killed', 'exact'], [38, 'killed', 'exact'], [4, 'killed', 'exact'], [3, 'killed', 'exact']]);
  });
});

describe('a second verb of the same total', () => {
  it('reads "the toll was N but rose to M" and "stood at N ... and climbed to M" as two figures of one total', () => {
    expect(read('The toll was 230 on Monday but rose to 410 by Friday.')).toEqual([[230, 'killed', 'exact'], [410, 'killed', 'exact']]);
    expect(read('The number of injured stood at 56 at noon and later climbed to 98.')).toEqual([[56, 'wounded', 'exact'], [98, 'wounded', 'exact']]);
  });
  it('reads nothing into "and" before a verb of a figure that is no total', () => {
    expect(read('The toll stood at 40 and rescuers pulled 12 survivors from the rubble.')).toEqual([[40, 'killed', 'exact']]);
    expect(read('The army had 300 men in the town and rose to 900 by the spring.')).toEqual([]);
  });
});

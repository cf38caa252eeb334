import { describe, expect, it } from 'vitest';
import { ClaimSchema, claimJsonSchema, extendLexicon, extractClaims, type Claim } from '../src/index.js';
import { parseGold, scoreClaims } from '../src/testing/index.js';
import { frames } from './helpers.js';

/** Each claim as [mention, category, value, stated]: stated is false for a count not written as a number. */
const read = (text: string, referenceDate = '1997-05-20') =>
  extractClaims(text, { referenceDate }).map((c) => [text.slice(c.span.start, c.span.end), c.category, c.quantity.value, c.quantity.stated ?? true]);
const one = (text: string, referenceDate = '1997-05-20'): Claim => {
  const claims = extractClaims(text, { referenceDate });
  expect(claims).toHaveLength(1);
  return claims[0];
};

describe('one victim described without a numeral (frames/victim)', () => {
  it('counts a person noun phrase with its own loss as one, not stated as a number', () => {
    const c = one('A 42-year-old woman was killed when her car left the road near Tampere on Sunday, police said.');
    expect(c).toMatchObject({
      category: 'killed',
      quantity: { value: 1, min: 1, max: 1, qualifier: 'exact', unit: null, text: 'A 42-year-old woman', stated: false },
      subject: { text: '42-year-old woman', kind: 'people' },
      claimant: { name: 'police' },
      date: { value: '1997-05-18' },
      modality: 'asserted',
    });
    expect(ClaimSchema.parse(c)).toEqual(c);
  });

  it('reads teenagers, deputies, drivers, bare headline nouns and ages in apposition', () => {
    expect(read('A teenager was stabbed to death outside a cinema in Lille.')).toEqual([['A teenager', 'killed', 1, false]]);
    expect(read('A deputy was wounded in the arm during the standoff.')).toEqual([['A deputy', 'wounded', 1, false]]);
    expect(read('The driver died at the scene after the tanker overturned.')).toEqual([['The driver', 'killed', 1, false]]);
    expect(read('Ferry worker, 63, dies after fall from gangway')).toEqual([['Ferry worker', 'killed', 1, false]]);
    expect(read('A pensioner from Graz was found dead in his garden.')).toEqual([['A pensioner from Graz', 'killed', 1, false]]);
    expect(read('The night porter of the hostel, who had raised the alarm, was injured.')).toEqual([['The night porter of the hostel', 'wounded', 1, false]]);
  });

  it('reads a named person, with a title or a given name, and an age after the name', () => {
    expect(read('Constable Mirela Popescu was fatally stabbed on Tuesday.')).toEqual([['Constable Mirela Popescu', 'killed', 1, false]]);
    expect(read('Tomas Lindqvist, 71, succumbed to his injuries in hospital.')).toEqual([['Tomas Lindqvist', 'killed', 1, false]]);
    expect(read('Sergeant Ruth Okafor, a medic with the battalion, was killed by a mine in 1994.', '1994-08-01')).toEqual([
      ['Sergeant Ruth Okafor, a medic with the battalion', 'killed', 1, false],
    ]);
    expect(read('The veteran of the Ogaden campaign, Major Dawit Bekele, was killed.')).toEqual([
      ['The veteran of the Ogaden campaign, Major Dawit Bekele', 'killed', 1, false],
    ]);
    expect(read('On the third day of the offensive, Major Dawit Bekele was killed.')).toEqual([['Major Dawit Bekele', 'killed', 1, false]]);
  });

  it('reads "the victim" when it is the first victim the text names', () => {
    expect(read('The victim, a 30-year-old baker, died later in hospital.')).toEqual([['The victim, a 30-year-old baker', 'killed', 1, false]]);
  });

  it('reads each kind of loss one person suffers', () => {
    const cat = (text: string) => extractClaims(text).map((c) => c.category);
    expect(cat('A miner was killed in the collapse.')).toEqual(['killed']);
    expect(cat('A lorry driver was shot dead at the depot.')).toEqual(['killed']);
    expect(cat('A shopkeeper was fatally shot during the robbery.')).toEqual(['killed']);
    expect(cat('A climber died on the north face.')).toEqual(['killed']);
    expect(cat('A fisherman was found dead on the shore.')).toEqual(['killed']);
    expect(cat('A cyclist succumbed to her injuries on Friday.')).toEqual(['killed']);
    expect(cat('A nurse was wounded by shrapnel.')).toEqual(['wounded']);
    expect(cat('A jogger was injured by a falling branch.')).toEqual(['wounded']);
    expect(cat('A guard was shot in the leg.')).toEqual(['wounded']);
    expect(cat('A passenger was hospitalised in critical condition.')).toEqual(['wounded']);
    expect(cat('A hiker has been missing since Thursday.')).toEqual(['missing']);
    expect(cat('An engineer was kidnapped near the pipeline.')).toEqual(['captured']);
    expect(cat('A priest was abducted from his parish.')).toEqual(['captured']);
  });

  it('reads the person after an active verb of loss', () => {
    expect(read('A gunman shot and killed a 19-year-old outside a kebab shop in Marseille.')).toEqual([['a 19-year-old', 'killed', 1, false]]);
    expect(read('The avalanche killed a mountain guide and injured his client.')).toEqual([
      ['a mountain guide', 'killed', 1, false],
      ['his client', 'wounded', 1, false],
    ]);
    expect(read('The shell killed Private Anton Kovalenko and Corporal Ihor Melnyk.')).toEqual([
      ['Private Anton Kovalenko and Corporal Ihor Melnyk', 'killed', 2, false],
    ]);
    expect(read('Bandits abducted an aid worker near the dam.')).toEqual([['an aid worker', 'captured', 1, false]]);
    expect(read('The robbers shot a jeweller dead.')).toEqual([['a jeweller', 'killed', 1, false]]);
  });

  it('reads a harm suffered', () => {
    expect(read('A 24-year-old courier suffered a stab wound to the arm.')).toEqual([['A 24-year-old courier', 'wounded', 1, false]]);
    expect(read('A pensioner sustained serious injuries in the fall.')).toEqual([['A pensioner', 'wounded', 1, false]]);
    expect(read('A motorcyclist suffered fatal injuries on the pass road.')).toEqual([['A motorcyclist', 'killed', 1, false]]);
    expect(read('A welder was found shot to death in his workshop.')).toEqual([['A welder', 'killed', 1, false]]);
    expect(read('Rangers found a hunter with gunshot wounds near the lake.')).toEqual([['a hunter', 'wounded', 1, false]]);
    expect(read('A second passenger, a 70-year-old woman, was taken to a regional hospital.')).toEqual([
      ['A second passenger, a 70-year-old woman', 'wounded', 1, false],
    ]);
    expect(read('A deckhand was treated for minor burns and released.')).toEqual([['A deckhand', 'wounded', 1, false]]);
    expect(read('A tram driver was killed and another injured when the trams collided.')).toEqual([
      ['A tram driver', 'killed', 1, false],
      ['another', 'wounded', 1, false],
    ]);
  });

  it('reads a wound that turns fatal in the same clause as a death', () => {
    expect(read('A courier was shot in the stomach and taken to hospital, where he died.')).toEqual([['A courier', 'killed', 1, false]]);
  });

  it('counts conjoined victims together', () => {
    expect(read('A man and a woman were found dead in a chalet near Zermatt.')).toEqual([['A man and a woman', 'killed', 2, false]]);
    expect(read('A farmer, his wife and a farmhand were killed when the barn burned.')).toEqual([['A farmer, his wife and a farmhand', 'killed', 3, false]]);
    expect(read('Corporal Ana Ruiz and Private Luis Mora were wounded.')).toEqual([['Corporal Ana Ruiz and Private Luis Mora', 'wounded', 2, false]]);
    expect(read('His father and brother were injured.')).toEqual([['His father and brother', 'wounded', 2, false]]);
  });

  it('leaves a stated count in the list as its own claim, as lists distribute', () => {
    // A list distributes (ANNOTATION.md): 1 + 2 and 2 + 1, each stated or not as the text writes it.
    expect(read('A grocer and his two sons were killed when the shell hit their shop.')).toEqual([
      ['A grocer', 'killed', 1, false],
      ['two sons', 'killed', 2, true],
    ]);
    expect(read('Two men and a teenager were wounded in the brawl.')).toEqual([
      ['Two men', 'wounded', 2, true],
      ['a teenager', 'wounded', 1, false],
    ]);
  });

  it('counts "one" in "said that one person" as a count that is stated', () => {
    expect(read('The mayor said that one person was killed.')).toEqual([['one person', 'killed', 1, true]]);
  });
});

describe('one event, one count', () => {
  it('does not count the victim named again', () => {
    const text = [
      'A 55-year-old man was stabbed to death in a park in Bergen on Friday, police said.',
      'The victim died at the scene. The man had been walking his dog.',
      'Police named him as Olav Haug. Haug, 55, was pronounced dead by paramedics.',
      'He died before the ambulance arrived.',
    ].join(' ');
    expect(read(text)).toEqual([['A 55-year-old man', 'killed', 1, false]]);
  });

  it('counts a second victim named after the first', () => {
    const text = 'A pedestrian was killed by a reversing bus in Ghent on Monday. The driver was injured.';
    expect(read(text)).toEqual([['A pedestrian', 'killed', 1, false], ['The driver', 'wounded', 1, false]]);
  });

  it('reads a headline that restates the lead as a mention of its own', () => {
    const text = 'Motorcyclist, 19, killed in crash on coast road\n\nA 19-year-old motorcyclist was killed on Saturday when his bike hit a wall.';
    expect(read(text)).toEqual([['Motorcyclist', 'killed', 1, false], ['A 19-year-old motorcyclist', 'killed', 1, false]]);
  });

  it('does not read an age in apposition as a count', () => {
    expect(read('Helga Brandt, 81, was injured when the stairs gave way.')).toEqual([['Helga Brandt', 'wounded', 1, false]]);
    expect(read('A woman, 34, was shot dead.')).toEqual([['A woman', 'killed', 1, false]]);
    expect(read('Two brothers, 17 and 19, drowned in the quarry lake.')).toEqual([['Two brothers', 'killed', 2, true]]);
    expect(read('A mother of three was killed in the fire.')).toEqual([['A mother of three', 'killed', 1, false]]);
  });
});

describe('not victims', () => {
  it('must not count suspects arrested, a gunman who fled or people questioned', () => {
    expect(read('A 31-year-old man was arrested on suspicion of murder.')).toEqual([]);
    expect(read('A suspect was detained at the border.')).toEqual([]);
    expect(read('A man was detained for questioning.')).toEqual([]);
    expect(read('A gunman fled on a motorbike.')).toEqual([]);
    expect(read('The shooter fled in a stolen van.')).toEqual([]);
    expect(read('Two neighbours were questioned by detectives.')).toEqual([]);
  });

  it('must not count a person who did the harm, only the one it befell', () => {
    expect(read('A farmer shot his neighbour during a quarrel over a fence.')).toEqual([['his neighbour', 'wounded', 1, false]]);
    expect(read('The man who killed the shopkeeper was jailed for life.')).toEqual([['the shopkeeper', 'killed', 1, false]]);
  });

  it('must not count the object of an attempt or a denial', () => {
    expect(read('The intruder tried to kill a night watchman.')).toEqual([]);
    expect(read('The accused did not stab the cashier, his lawyer said.')).toEqual([]);
  });

  it('must not count a victim in a supposition, a negation or a near miss', () => {
    expect(read('If a child is injured on the slide, the council is liable.')).toEqual([]);
    expect(read('A diver could have drowned, the coastguard said.')).toEqual([]);
    expect(read('A pedestrian was nearly killed by the tram.')).toEqual([]);
    expect(read('The driver was not injured.')).toEqual([]);
  });

  it('must not count a victim of an earlier event named as background', () => {
    expect(read('Two years ago, a postman died at the same crossing.')).toEqual([]);
    expect(read('The attack comes a month after a taxi driver was shot dead nearby.')).toEqual([]);
    expect(read('It was the first killing in the village since a shepherd was murdered in 1979.')).toEqual([]);
    expect(read('A ranger was killed by poachers in 1988, the museum recalls.')).toEqual([]);
    // One of a group counted already: the group's count is the only claim.
    expect(read('Three commanders, including Colonel Pavel Hrubý, were killed.').map((r) => r.slice(1))).toEqual([['killed', 3, true]]);
  });
});

describe('claimant, side and date as for any claim', () => {
  it('takes the sheriff\'s office as claimant and the day named as the date', () => {
    const c = one('A deputy was shot and wounded on Tuesday, the sheriff\'s office said.', '2003-11-14');
    expect(c).toMatchObject({ category: 'wounded', claimant: { name: "sheriff's office" }, date: { value: '2003-11-11' } });
  });

  it('takes the coroner as claimant, before or after the figure', () => {
    expect(one('A hiker died of hypothermia on the ridge on Saturday, the coroner said.', '2016-02-09')).toMatchObject({
      claimant: { name: 'coroner' }, date: { value: '2016-02-06' }, side: null,
    });
    expect(one('According to the coroner, a diver drowned off Malin Head on 3 July.', '2016-07-05')).toMatchObject({
      category: 'killed', claimant: { name: 'coroner' }, date: { value: '2016-07-03' },
    });
  });

  it('gives no side to the victim of an accident', () => {
    const c = one('A cyclist was killed in a collision with a tractor near Leuven.', '2012-03-02');
    expect(c.side).toBeNull();
  });

  it('gives a soldier in a war the side the text names', () => {
    const c = one('A Georgian soldier was killed by sniper fire near Tskhinvali, the ministry said.', '2008-08-10');
    expect(c).toMatchObject({ category: 'killed', side: { name: 'Georgia' }, claimant: { name: 'ministry' } });
  });
});

describe('frame rule, lexicon and schema', () => {
  it('names its rule and reads only sentences with a victim predicate', () => {
    expect(frames('A lifeguard was hurt.').map((f) => [f.mention, f.rule])).toEqual([['A lifeguard', 'victim']]);
    expect(frames('The lifeguard was on duty all afternoon.')).toEqual([]);
  });

  it('reaches new person nouns and predicates through extendLexicon', () => {
    const text = 'A ferryman was keelhauled.';
    expect(extractClaims(text)).toEqual([]);
    const lexicon = extendLexicon({ victims: { people: ['ferryman'], predicates: { keelhauled: 'killed' } } });
    expect(extractClaims(text, { lexicon }).map((c) => [c.category, c.quantity.value, c.quantity.stated])).toEqual([['killed', 1, false]]);
  });

  it('documents quantity.stated in the JSON Schema', () => {
    const schema = claimJsonSchema as unknown as { properties: { quantity: { required: string[]; properties: Record<string, { type: string; description: string }> } } };
    const quantity = schema.properties.quantity;
    expect(quantity.properties.stated.type).toBe('boolean');
    expect(quantity.properties.stated.description).toMatch(/not written as a number/);
    expect(quantity.required).not.toContain('stated');
  });
});

describe('scoring a count not written as a number', () => {
  it('is neither a hit nor a false positive when no gold claim matches it', () => {
    const text = 'Four soldiers were killed. A medic was wounded.';
    const gold = parseGold('{"doc":"x.txt"}\n{"q":"Four soldiers","cat":"killed","v":4}').claims;
    const s = scoreClaims(text, extractClaims(text), gold);
    expect([s.predicted, s.truePositives, s.precision, s.extras]).toEqual([1, 1, 1, []]);
  });

  it('is a hit when a gold claim matches it', () => {
    const text = 'Four soldiers were killed. A medic was wounded.';
    const gold = parseGold('{"doc":"x.txt"}\n{"q":"Four soldiers","cat":"killed","v":4}\n{"q":"A medic","cat":"wounded","v":1}').claims;
    const s = scoreClaims(text, extractClaims(text), gold);
    expect([s.predicted, s.truePositives, s.matchedGold]).toEqual([2, 2, 2]);
  });
});

describe('a state after "the" is a noun', () => {
  it('reads no victim in "who helped bury the dead" or "carried the wounded"', () => {
    expect(extractClaims('A villager who helped bury the dead said on Friday that the count was wrong.')).toEqual([]);
    expect(extractClaims('A man who carried the wounded to the clinic said the army fired first.')).toEqual([]);
    expect(extractClaims('A man was found dead in his home.').map((c) => c.quantity.value)).toEqual([1]);
  });
});

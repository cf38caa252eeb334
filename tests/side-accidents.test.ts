import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).map((c) => c.side?.name ?? null);

describe('industrial accidents have no side', () => {
  it('reads gas in the sewers, a fertiliser store or a refinery as an accident', () => {
    expect(sides('A series of gas explosions in the sewers of Monterrey, Mexico, killed at least 40 people, officials said.')).toEqual([null]);
    expect(sides('Fire at a fertiliser depot near Rouen, France, left 12 workers dead and 60 injured.')).toEqual([null, null]);
    expect(sides('A blaze at a refinery in Texas killed 15 workers on Tuesday; soldiers helped search the site.')).toEqual([null]);
  });

  it('still gives the victims of a bombing the country where it happened', () => {
    expect(sides('A car bomb in Kirkuk, Iraq, killed 14 people on Sunday.')).toEqual(['Iraq']);
  });
});

describe('fires and heat have no side', () => {
  it('reads a fire at a hall and heat-related deaths as disasters', () => {
    expect(sides('More than 40 people were killed in a fire at a concert hall in Bucharest, Romania.')).toEqual([null]);
    expect(sides('Heat-related deaths in Athens rose to 112 on Monday as hot weather gripped Greece.')).toEqual([null]);
  });
});

describe('a party inside a label before its count', () => {
  it('gives the count the label\'s party', () => {
    const text = 'Coalition losses\nItalian wounded in action: 14\nDutch aircraft lost: 2';
    expect(sides(text)).toEqual(['Italy', 'Netherlands']);
  });
});

describe('a label naming a source', () => {
  it('does not give its party the count after it', () => {
    const text = 'Casualties and losses\nFrench losses: 1,200 killed\nItalian claim: 3,000 killed or wounded';
    expect(sides(text)).toEqual(['France', 'France']);
  });
});

describe('people, famine and lists of mixed parties', () => {
  it('reads "Frenchmen", "Irishwomen" as the country\'s people', () => {
    expect(sides('In all, 190 Frenchmen died in the village.')).toEqual(['France']);
  });

  it('gives a famine\'s dead no side', () => {
    expect(sides('During 1983 and 1984, the famine in Sudan killed between 40,000 and 80,000 people.')).toEqual([null]);
  });

  it('does not give militants the side of the soldiers listed with them', () => {
    expect(sides('Five Nigerian soldiers and at least 21 suspected militants were killed in clashes with Boko Haram near Maiduguri.'))
      .toEqual(['Nigeria', 'Boko Haram']);
  });
});

describe('a bare count after a count of a party\'s people', () => {
  it('takes that party\'s side', () => {
    expect(sides('The ministry said 212 Turkish soldiers had been killed and 560 wounded.')).toEqual(['Turkey', 'Turkey']);
  });

});

describe('a count given each for several parties', () => {
  it('gives each copy its own party and a span up to it', () => {
    const text = 'The dead include three each from Britain and the United States, and two from Romania.';
    expect(extractClaims(text).map((c) => [text.slice(c.span.start, c.span.end), c.side?.name ?? null])).toEqual([
      ['three each from Britain', 'United Kingdom'],
      ['three each from Britain and the United States', 'United States'],
      ['two', 'Romania'],
    ]);
  });
});

describe('the side a count is said to be on', () => {
  it('reads "on the X side" after the count', () => {
    expect(sides('The death toll was 39 on the Tajik side and 59 on the Kyrgyz side.')).toEqual(['Tajikistan', 'Kyrgyzstan']);
    expect(sides('By evening 14 were dead on the Eritrean side.')).toEqual(['Eritrea']);
  });

  it('knows the Central Asian demonyms in use', () => {
    expect(sides('Border guards said 4 Kazakh soldiers and 2 Uzbek soldiers were wounded.')).toEqual(['Kazakhstan', 'Uzbekistan']);
  });
});

describe('a state\'s forces counted by a body of that state', () => {
  it('are its own when no party of their own is named', () => {
    expect(sides('The Pakistani army said five soldiers were killed in the ambush.')).toEqual(['Pakistan']);
    expect(sides('Kenyan police said two officers died in the attack.')).toEqual(['Kenya']);
  });

  it('yield to a party named in the counted phrase', () => {
    expect(sides('The Ethiopian army said 40 Eritrean soldiers were killed.')).toEqual(['Eritrea']);
  });
});

describe('a short name that ends a longer one the text uses', () => {
  it('stands for the party of the longer name', () => {
    expect(sides('DR Congo: militiamen killed 40 civilians in eastern Congo, near the Ugandan border.')).toEqual(['DR Congo']);
    expect(sides('Raid in DR.Congo: 300 people killed')).toEqual(['DR Congo']);
  });

  it('not when the short name is a party\'s own', () => {
    expect(sides('South Sudan and Sudan clashed at the border; Sudan said 12 soldiers died.')).toEqual(['Sudan']);
    expect(sides('Militiamen killed 40 civilians in the Congo.')).toEqual(['Republic of the Congo']);
  });
});

describe('where a figure was told', () => {
  it('is not where it happened', () => {
    expect(sides('The minister told reporters in Geneva that 40 villagers were killed.')).toEqual([null]);
    expect(sides('Officials speaking in Nairobi said 40 villagers were killed in Somalia.')).toEqual(['Somalia']);
  });
});

describe('first-order regions from the region data', () => {
  it('place an attack in its country', () => {
    expect(sides('A gunman killed 19 children at a school in Uvalde, Texas, police said.')).toEqual(['United States']);
    expect(sides('A bomb killed 12 people at a market in Sindh.')).toEqual(['Pakistan']);
    expect(sides('Gunmen killed 7 villagers in Kerala on Sunday.')).toEqual(['India']);
  });
});

describe('people of no party counted by a state\'s institution', () => {
  it('are that state\'s when the sentence names no other party', () => {
    expect(sides('The Georgian Interior Ministry reported that 31 people were killed.')).toEqual(['Georgia']);
  });

  it('not when the speaker is an armed group or a state speaking of others', () => {
    expect(sides('Taliban security officials said 19 people had been killed.')).not.toEqual(['Taliban']);
  });
});

describe('"the enemy" of a sentence before', () => {
  it('names no side for a sentence of prose after it', () => {
    const lx = extendLexicon({ parties: [
      { name: 'Ruritania', names: ['Ruritania'], demonyms: ['Ruritanian'], capitals: [] },
      { name: 'Zenda Front', names: ['Zenda Front'], demonyms: [], capitals: [], kind: 'armed group' },
    ] });
    const text = 'Raid on Ruritania Base Repelled; 150 Are Killed\n\nFighters of the Zenda Front stormed a garrison in Ruritania at dawn, ' +
      'the army said.\n\nColonel Karl Berg said patrols counted 140 rebel dead. "Enemy losses must be far greater," ' +
      'he added.\n\nBerg said just three soldiers died and 11 were hurt.';
    expect(extractClaims(text, { lexicon: lx }).map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([
      [150, 'Ruritania'], [140, 'Zenda Front'], [3, 'Ruritania'], [11, 'Ruritania'],
    ]);
  });
});

describe('disasters named by the nouns WordNet lists, and fires that burn', () => {
  it('reads storms, slides and quakes of other names as disasters', () => {
    expect(sides('A hailstorm flattened crops near Mendoza, Argentina, and killed 3 farmers.')).toEqual([null]);
    expect(sides('A rockslide buried part of a hillside suburb of Quito, Ecuador, killing 19 residents.')).toEqual([null]);
    expect(sides('The temblor struck at dawn; 27 people died in Oaxaca, Mexico, officials said.')).toEqual([null]);
  });

  it('reads a fire that swept a building as a disaster, soldiers among its dead or not', () => {
    expect(sides('Eleven soldiers and 30 civilians died when fire swept through a barracks in Lagos, Nigeria.')).toEqual([null, null]);
    expect(sides('The warehouse fire in Chittagong, Bangladesh, killed 26 workers.')).toEqual([null]);
  });

  it('reads gunfire, shelling set alight and a riot\'s arson as violence', () => {
    expect(sides('Troops opened fire on marchers in Harare, Zimbabwe, killing 6 people.')).toEqual(['Zimbabwe']);
    expect(sides('Rioters set fire to shops in Bulawayo, Zimbabwe; 4 people were killed in the unrest.')).toEqual(['Zimbabwe']);
    expect(sides('Artillery fire hit a market in Donetsk, Ukraine, and 9 civilians were killed.')).toEqual(['Ukraine']);
  });

  it('reads a country that fires shells at an island as violence, its people dead there its own', () => {
    expect(sides('Pakistan fires mortars across the line; 3 Indian villagers killed in Poonch, India.')).toEqual(['India']);
  });
});

describe('explosives used by rescuers', () => {
  it('leave a shipwreck a disaster: its missing have no side, whatever their nationality', () => {
    const text = 'The ferry capsized off Corsica on Friday.\n\nDivers used explosives to open the hull; 3 German passengers and 2 French crew are still missing.';
    expect(sides(text)).toEqual([null, null]);
  });
});

describe('epidemics named by their disease', () => {
  it('give their dead no side: "Ebola", "measles", "Lassa fever"', () => {
    expect(sides('Ebola has now killed 1,200 people in Sierra Leone, the health ministry said.')).toEqual([null]);
    expect(sides('A measles outbreak in Samoa has killed 53 children.')).toEqual([null]);
    expect(sides('Lassa fever deaths in Nigeria rose to 212 this year.')).toEqual([null]);
  });
  it('leave the Cold War\'s dead their side', () => {
    expect(sides('During the Cold War, 36 American airmen were killed when their plane was shot down.')).toEqual(['United States']);
  });
});

describe('states of history the country table lacks', () => {
  it('reads their peoples and armies: Zulus, Marathas, Rhodesian soldiers, Byzantines', () => {
    expect(sides('About 3,000 Zulus were killed in the attack on the camp.')).toEqual(['Zulu Kingdom']);
    expect(sides('Some 1,500 Marathas were killed in the assault.')).toEqual(['Maratha Confederacy']);
    expect(sides('Two Rhodesian soldiers were also killed.')).toEqual(['Rhodesia']);
    expect(sides('The Byzantines lost 40 ships.')).toEqual(['Byzantine Empire']);
  });
});

describe('the party that lost, with a place after "in"', () => {
  it('is the army named first, not the country it fought in', () => {
    expect(sides('The French army in Algeria lost 300 men.')).toEqual(['France']);
    expect(sides('The Japanese army in North China suffered 2,349 killed.')).toEqual(['Japan']);
  });
  it('still reads a lone country that lost', () => {
    expect(sides('Chad lost 40 soldiers in the fighting.')).toEqual(['Chad']);
  });
});

describe('movements and armed groups named as parties', () => {
  it('reads the Khmer Rouge, the Contras, UNITA as the side of their own dead', () => {
    expect(sides('The army said 40 UNITA fighters were killed near Huambo, Angola.')).toEqual(['UNITA']);
    expect(sides('Some 200 Khmer Rouge soldiers died in the assault.')).toEqual(['Khmer Rouge']);
  });
});

describe('poisonings, killing weather and blasts at arms works are accidents: no side', () => {
  it('gives no side to the dead of tainted liquor or food', () => {
    expect(sides('At least 31 people have died after drinking bootleg liquor laced with methanol in the Indian state of Punjab, police said.')).toEqual([null]);
    expect(sides('Food poisoning at a wedding in Kenya left 4 dead, health officials said.')).toEqual([null]);
  });
  it('gives no side to those killed by cold, wind or lightning', () => {
    expect(sides('Seventeen runners died when freezing rain and high winds hit a mountain race in Gansu province, China.')).toEqual([null]);
    expect(sides('Lightning killed 11 farmers in Bihar, India, on Sunday.')).toEqual([null]);
  });
  it('gives no side to a munitions works blast in wartime', () => {
    expect(sides('An explosion at a munitions factory near Lyon killed 40 workers in 1917, during the war against Germany.')).toEqual([null]);
  });
});

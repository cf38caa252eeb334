import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims } from '../src/index.js';
import { rows } from './helpers.js';

const sides = (text: string) => rows(text).map((r) => [r.value, r.side]);

describe('side: whose loss (pipeline/side)', () => {
  it('reads a demonym or a country in the counted noun phrase', () => {
    expect(sides('Two French journalists were injured by Azerbaijani fire.')).toEqual([[2, 'France']]);
    expect(sides('Israeli strikes killed 12 Palestinian civilians.')).toEqual([[12, 'Palestine']]);
    expect(sides('Over 28,000 ethnic Armenians have left the region.')).toEqual([[28000, 'Armenia']]);
  });

  it('covers every country, not only those of the fixtures', () => {
    expect(sides('Four Malian soldiers were killed.')).toEqual([[4, 'Mali']]);
    expect(sides('Three Sudanese civilians were wounded.')).toEqual([[3, 'Sudan']]);
  });

  it('reads named non-state parties', () => {
    expect(sides('The losses included 7000 killed servicemen of the Artsakh Defence Army.')).toEqual([[7000, 'Artsakh']]);
    expect(sides('Nine Houthi fighters were killed.')).toEqual([[9, 'Houthis']]);
  });

  it('gives list members the side of their siblings', () => {
    expect(sides('180 Azerbaijani soldiers, 12 service members of the Interior Ministry, and one civilian were killed.')).toEqual([
      [180, 'Azerbaijan'], [12, 'Azerbaijan'], [1, 'Azerbaijan'],
    ]);
  });

  it('takes people counted by their own group\'s name, which no sibling of the list overrides', () => {
    expect(sides('The dead included 41 Alawites, 28 Britons and 16 Maronites.')).toEqual([[41, 'Alawites'], [28, 'United Kingdom'], [16, 'Maronites']]);
    expect(sides('Among the dead were 35 Circassians and 12 Britons.')).toEqual([[35, 'Circassians'], [12, 'United Kingdom']]);
    // A word of a place's name is no group: "7 Regents Park".
    expect(sides('Two bombs killed 11 soldiers in London. Deaths by site: 4 Hyde Park, 7 Regents Park.').map(([, s]) => s)).not.toContain('Regents');
    // A capitalised loss word is no group: "7 Fatalities".
    expect(sides('Incident summary: 7 Fatalities, 9 Injured')).toEqual([[7, null], [9, null]]);
  });

  it('reads the party that lost or whose losses are counted', () => {
    expect(sides('Armenia lost 3,825 troops, while Azerbaijan lost 2,906 troops.')).toEqual([[3825, 'Armenia'], [2906, 'Azerbaijan']]);
    expect(sides('The centre estimated Armenian losses at US$1.2 billion.')).toEqual([[1.2e9, 'Armenia']]);
  });

  it('never takes the claimant or the attacker as the side', () => {
    expect(sides('The Azerbaijani MoD reported the destruction of 11 tanks.')).toEqual([[11, null]]);
    expect(sides('Two civilians were killed by Russian shelling.')).toEqual([[2, null]]);
  });

  it('reads a section heading named for a party', () => {
    const text = '== Equipment losses ==\n=== Azerbaijani ===\nThe army claimed the destruction of 39 military vehicles.';
    expect(sides(text)).toEqual([[39, 'Azerbaijan']]);
  });

  it('does not read the document title as a side', () => {
    expect(sides('= Casualties of the Russo-Ukrainian War =\nAt least 12 people were killed.')).toEqual([[12, null]]);
  });

  it('reads the opponent of a named attacker in a two-party text', () => {
    const text = 'Azerbaijan fought Armenia. Azerbaijan and Armenia signed a truce. At least 200 people were killed as a result of Baku\'s offensive.';
    expect(sides(text)).toEqual([[200, 'Armenia']]);
  });

  it('carries the side into sentences that continue the report', () => {
    expect(sides('Nine Ukrainian soldiers were killed. Some 20 troops were wounded.')).toEqual([[9, 'Ukraine'], [20, 'Ukraine']]);
  });

  it('names a group by its earlier description', () => {
    expect(sides('Gunmen attacked unarmed Iraqi cadets. Later, 1,700 cadets were killed.')).toEqual([[1700, 'Iraq']]);
  });

  it('leaves the side null when the text does not tell or says both sides', () => {
    expect(sides('At least 12 people were killed in the flood.')).toEqual([[12, null]]);
    expect(sides('Nine Ukrainian soldiers were killed. The number of civilian fatalities on both sides is at least 185.')).toEqual([[9, 'Ukraine'], [185, null]]);
  });

  it('takes parties from the lexicon, so users can add their own', () => {
    const lexicon = extendLexicon({ parties: [{ name: 'Northern Alliance', names: ['Northern Alliance'], demonyms: [], capitals: [] }] });
    const text = 'Eight Northern Alliance fighters were killed.';
    expect(rows(text, { lexicon }).map((r) => r.side)).toEqual(['Northern Alliance']);
  });
});

describe('side across paragraphs and places', () => {
  it('reads people counted in a named country', () => {
    expect(sides('OHCHR recorded 204 civilian casualties in Ukraine.')).toEqual([[204, 'Ukraine']]);
    expect(sides('The shelling killed more than 500 people in Chad and nearly 60 in Niger.')).toEqual([[500, 'Chad'], [60, 'Niger']]);
    // A natural disaster has no side, wherever it struck.
    expect(sides('The quake killed more than 40,000 people in Peru and nearly 3,000 in Ecuador.')).toEqual([[40000, null], [3000, null]]);
  });

  it('does not carry a side into a new paragraph that does not continue the report', () => {
    // Soldiers alone say nothing of a war (they die in floods too): the shelling does.
    expect(sides('Nine Ukrainian soldiers were killed in shelling.\nAn estimated 3,000 homes were destroyed in the floods.')).toEqual([[9, 'Ukraine'], [3000, null]]);
    expect(sides('Nine Ukrainian soldiers were killed, the agency said.\nSome 20 were wounded, the agency added.')).toEqual([[9, 'Ukraine'], [20, 'Ukraine']]);
  });
});

describe('names that are common words elsewhere', () => {
  it('takes "Island" inside a place name for no country of its own', () => {
    const c = extractClaims('The shelling killed 3 Pine Island civilians, the army of Ruritania said.');
    expect(c.map((x) => x.quantity.value)).toEqual([3]);
    expect(c.map((x) => x.side?.name ?? null)).not.toContain('Iceland');
  });
});

describe('historical parties of the Vietnam War and the American Civil War', () => {
  const whose = (text: string) => extractClaims(text).map((c) => c.side?.name ?? null);

  it('tells North from South Vietnam and the Viet Cong, and reads the Union\'s forces as the United States', () => {
    expect(whose('The North Vietnamese lost 900 men near the border, while 210 South Vietnamese rangers were killed.')).toEqual(['North Vietnam', 'South Vietnam']);
    expect(whose('Some 75 Viet Cong were killed in the paddies.')).toEqual(['Viet Cong']);
    expect(whose('Union troops lost 1,400 killed at the creek.')).toEqual(['United States']);
  });
});

describe('a place of a country the text names only as the attacker', () => {
  const whose = (text: string) => extractClaims(text).map((c) => c.side?.name ?? null);

  it('is no namesake: the place names the country where the people were hit', () => {
    const text = 'In Kharkiv, the toll rises to 14 people.\n\nEmergency services said 14 people were killed by a Russian missile strike on the city.';
    expect(whose(text)).toEqual(['Ukraine', 'Ukraine']);
  });

  it('is still a namesake elsewhere when the text names another country as the place it is about', () => {
    const text = 'Insurgents attacked the town of Palma in northern Mozambique. Mozambique\'s army said 12 soldiers were killed in Palma.';
    expect(whose(text)).toEqual(['Mozambique']);
  });
});

describe('a party with its weapon after "in"', () => {
  it('is the attacker, not where it happened', () => {
    const claims = extractClaims("The death toll in Borduria's airstrike on the market in Kharkiv climbed to 31.", {
      lexicon: extendLexicon({ parties: [{ name: 'Borduria', names: ['Borduria'], demonyms: ['Bordurian'], capitals: [] }] }),
    });
    expect(claims.map((c) => [c.quantity.value, c.side?.name ?? null])).toEqual([[31, 'Ukraine']]);
  });
});

describe('sides named by a place\'s country, a partitive pronoun, or past a participle\'s object', () => {
  const sides = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);
  it('reads the namesake of a city in the country named after it ("in Tripoli, Lebanon")', () => {
    expect(sides('Clashes in Tripoli, Lebanon, killed seven people and wounded 30.')).toEqual([[7, 'Lebanon'], [30, 'Lebanon']]);
    expect(sides('Clashes in Tripoli killed seven people.')).toEqual([[7, 'Libya']]);
  });
  it('gives "N of them" and "N of its ..." the party the sentence before opened with', () => {
    expect(sides('Hamas fighters crossed the fence at dawn. About 300 of them were killed inside Israel.')).toEqual([[300, 'Hamas']]);
    expect(sides('The Japanese carrier force was caught at Midway. Four of its carriers were sunk.')).toEqual([[4, 'Japan']]);
  });
  it('does not read the object of a participle as the party that lost', () => {
    expect(sides('The Ottoman army besieging Vienna lost about 12,000 men.')).toEqual([[12000, 'Ottoman Empire']]);
  });
});

describe('places weighed against the other countries a text names', () => {
  const whose = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);

  it('keeps a city the text places the events in twice over a country it names once in passing', () => {
    const text = 'A blast killed 14 people at a bus station in Quetta on Sunday.\n\nRescue workers in Quetta said 30 were wounded. The bomber had trained in Iran, officials said.';
    expect(whose(text)).toEqual([[14, 'Pakistan'], [30, 'Pakistan']]);
  });

  it('reads no place in a hotel, hospital or regiment named after one', () => {
    expect(whose('Gunmen killed seven people at the Durban Hotel in Mombasa on Monday.')).toEqual([[7, 'Kenya']]);
    expect(whose('Gunmen killed seven people at the Durban Hotel on Monday.')).toEqual([[7, null]]);
    expect(whose('Gunmen killed seven people in Durban on Monday.')).toEqual([[7, 'South Africa']]);
  });

  it('reads a world region ("South Asia") as no town of that name', () => {
    expect(whose('Insurgent attacks killed 40 people across South Asia last year.')).toEqual([[40, null]]);
  });
});

describe('a total and its parts', () => {
  const whose = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);

  it('does not give a total of people the nationality of a part ("39 people, including one Canadian")', () => {
    expect(whose('Gunmen stormed a nightclub in Istanbul, killing at least 39 people, including one Canadian.')).toEqual([[39, 'Turkey'], [1, 'Canada']]);
    expect(whose('A car bomb in Kabul killed 14 people, among them two Germans.')).toEqual([[14, 'Afghanistan'], [2, 'Germany']]);
  });

  it('still gives troops the side of the force a part names ("210 troops, including 80 Zimbabweans")', () => {
    expect(whose('The rebels said they had killed 210 loyalist troops, including 80 Zimbabweans.')).toEqual([[210, 'Zimbabwe'], [80, 'Zimbabwe']]);
  });
});

describe('people of no party after an armed group counted by its role word', () => {
  it('does not give civilians the side of the rebels or militants counted before them', () => {
    const sides = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);
    expect(sides('Government troops said 14 soldiers died in the fighting.\n\nForty insurgents were also killed, and nine civilians were wounded.'))
      .toEqual([[14, null], [40, 'insurgents'], [9, null]]);
    // A bare count of people, or "others", still goes on with the report before it.
    expect(sides('Forty insurgents were killed in the ambush, and nine others were wounded.')).toEqual([[40, 'insurgents'], [9, 'insurgents']]);
  });
});

describe('side: forces of two kinds, places and flags (pipeline/side)', () => {
  it('lends no force\'s party to a force of the other kind in the same list', () => {
    const s = sides('Some 300 Kurdish rebels and 45 government troops were killed in the valley.');
    expect(s[0]).toEqual([300, 'Kurdish forces']);
    expect(s[1]?.[1]).not.toBe('Kurdish forces');
    expect(sides('The monitor said 35 army soldiers and 20 rebels died in fighting near Homs.')[1]).toEqual([20, 'rebels']);
  });

  it('takes no country named only as where it happened for the other party of an agent', () => {
    expect(sides('Belgian troops in Congo killed 20 gunmen, the ministry said.')).toEqual([[20, 'gunmen']]);
  });

  it('reads a flag\'s file name before a row\'s count as the row\'s party', () => {
    const text = 'Casualties and losses\nMovimento Nacional de Libertacao de Guine (bandeira).svgUnknown\nFlag of Portugal.svg 2,100 dead\nFlag of Cuba.svg 12 killed';
    expect(sides(text)).toEqual([[2100, 'Portugal'], [12, 'Cuba']]);
  });

  it('reads a party before its count in brackets: "Peru (12 deaths)"', () => {
    expect(sides('Thirty nations lost citizens in the attacks, including Peru (12 deaths), Kenya (9 deaths) and Norway (3 deaths).')).toEqual([
      [12, 'Peru'], [9, 'Kenya'], [3, 'Norway'],
    ]);
  });

  it('lends an armed group\'s side to no civilians listed beside its fighters', () => {
    const s = sides('Government shelling killed 14 Kurdish fighters and five civilians near the border.');
    expect(s[0]).toEqual([14, 'Kurdish forces']);
    expect(s[1]?.[1]).not.toBe('Kurdish forces');
  });

  it('reads an armed group named in capitals the lexicon does not know, before its fighters', () => {
    expect(sides('Police said 26 Lashkar-e-Omar militants were killed in the raid.')).toEqual([[26, 'Lashkar-e-Omar']]);
    expect(sides('The army said it had captured 650 ONLF fighters near Degehabur.')).toEqual([[650, 'ONLF']]);
    expect(sides('The ministry said 29 Islamist militants were killed.')[0]?.[1]).not.toBe('Islamist');
  });

  it('reads "pro-government fighters" as forces of the state where it happened', () => {
    expect(sides('The monitor counted 40 pro-government fighters and 25 rebels killed near Homs, Syria.')).toEqual([[40, 'Syria'], [25, 'rebels']]);
  });

  it('reads a body named in capitals as the subject of "lost" or "suffered"', () => {
    expect(sides('The dispatch said the Heavy Brigade had lost 78 men at the ford.')).toEqual([[78, 'Heavy Brigade']]);
    expect(sides('The 3rd Lancers suffered 40 casualties.')).toEqual([[40, '3rd Lancers']]);
    // A sentence's first word alone is no name of its own.
    expect(sides('Rebels lost 40 men in the attack.')[0]?.[1]).not.toBe('Rebels');
  });
});

describe('side: the speaker of a clause is not who lost (pipeline/side/stated)', () => {
  it('reads "X assert that Y lost 800 men" as Y\'s loss', () => {
    expect(sides('The Serbs assert that the Ottomans lost 9,000 men.')).toEqual([[9000, 'Ottoman Empire']]);
  });

  it('reads a party owning a loss noun a few words before its linking verb ("X\'s losses in the battle for Y amounted to N")', () => {
    expect(sides("Chile's losses in the battle for the port amounted to 1,400 men, the Peruvian command claimed.")).toEqual([[1400, 'Chile']]);
  });

  it('reads a city in capitals and a colon opening a story ("LAHORE: ...") as where it happened', () => {
    expect(sides('LAHORE: Twin blasts at a crowded market killed at least 39 people on Friday, officials said.')).toEqual([[39, 'Pakistan']]);
    expect(sides('UPDATE: Twin blasts at a crowded market killed at least 39 people on Friday.')).toEqual([[39, null]]);
  });

  it('reads the group a copula names after the count ("686 of the dead were guerrillas")', () => {
    expect(sides('According to the report, 412 of the dead were rebels.')).toEqual([[412, 'rebels']]);
  });

  it('reads a boat "mishap" as an accident, whose dead have no side', () => {
    expect(sides('The state emergency agency said the death toll from the boat mishap near Lokoja had risen to 30.')).toEqual([[30, null]]);
  });
});

import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims } from '../src/index.js';

/** [value, claimant name, kind] of each claim, in order. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name ?? null, c.claimant?.kind ?? null]);

describe('claimant frames (pipeline/sources)', () => {
  it('reads a participle after the clause subject: "issued a statement saying", ", claiming"', () => {
    expect(who("On Monday, Peru's interior ministry put out a statement saying that 14 rebels were killed.")).toEqual([
      [14, "Peru's interior ministry", 'organisation'],
    ]);
  });

  it('reads "a count compiled by X" and "an investigation by X"', () => {
    expect(who('According to a count compiled by Reuters, 212 people died in the floods.')).toEqual([[212, 'Reuters', 'outlet']]);
    expect(who('An investigation by Amnesty International found that 37 villagers were killed.')).toEqual([
      [37, 'Amnesty International', 'organisation'],
    ]);
  });

  it('reads a document\'s maker after a participle: "assessments, conducted by X,", "a survey carried out by X"', () => {
    expect(who('Field assessments, conducted by the Kenya Red Cross Society, indicated that nine herders were killed.')).toEqual([
      [9, 'Kenya Red Cross Society', 'organisation'],
    ]);
    expect(who('A household survey carried out by Johns Hopkins University found 650 excess deaths.').map((c) => c[1])).toEqual([
      'Johns Hopkins University',
    ]);
    expect(who('Preliminary investigations by the provincial prosecutor confirm at least 14 fatalities.').map((c) => c[1])).toEqual([
      'provincial prosecutor',
    ]);
    // The outlet that carried a statement is its medium: the ministry still speaks.
    expect(who('In a statement carried by the state news agency, the Health Ministry said 31 people were killed.').map((c) => c[1])).toEqual([
      'Health Ministry',
    ]);
  });

  it('reads "figures from X", "per X" and "X\'s tally"', () => {
    expect(who('Figures from the Red Cross show 300 houses were destroyed.')).toEqual([[300, 'Red Cross', 'organisation']]);
    expect(who('Some 90 civilians were wounded, per the Health Ministry.')).toEqual([[90, 'Health Ministry', 'organisation']]);
    expect(who("The observatory's tally puts the dead at 41.")).toEqual([[41, 'observatory', 'organisation']]);
  });

  it('keeps the speaker, not the listener: "X told Reuters"', () => {
    expect(who('A police commander told Reuters that 18 officers were killed.')).toEqual([[18, 'police commander', 'person']]);
  });

  it('reads "X put the toll at" and "X estimated the death toll at"', () => {
    expect(who('The governor put the toll at 63 dead.').map((c) => c[1])).toEqual(['governor']);
    expect(who('The World Health Organization estimated the death toll at 1,200.').map((c) => c[1])).toEqual(['World Health Organization']);
  });

  it('reads the subject past a time, an acronym in brackets and a relative clause', () => {
    expect(who('The Office for Disaster Relief (ODR) on Friday said 77 people were missing.')).toEqual([
      [77, 'Office for Disaster Relief', 'organisation'],
    ]);
    expect(who('The fire chief, who led the search through the night, said 12 bodies were recovered.').map((c) => c[1])).toEqual(['fire chief']);
  });

  it('resolves "It said" and "he added" to the source named before', () => {
    const claims = extractClaims('The Chilean navy said three sailors died. It said 11 more were missing.');
    expect(claims.map((c) => c.claimant?.name)).toEqual(['Chilean navy', 'Chilean navy']);
    const person = extractClaims('Energy Minister Anna Berg said 40 miners were rescued. She said four miners were killed.');
    expect(person.at(-1)!.claimant).toMatchObject({ name: 'Energy Minister Anna Berg', kind: 'person' });
  });

  it('takes no adjective, report or estimate for a source', () => {
    expect(who('Earlier reports had said 31 sailors were killed.')).toEqual([[31, null, null]]);
    expect(who('Some estimates put the toll at 7,000 dead.')).toEqual([[7000, null, null]]);
    const climbers = who('Eleven climbers confirmed dead by Sunday include two guides.');
    expect(climbers.length).toBeGreaterThan(0);
    expect(climbers.every((c) => c[1] === null)).toBe(true);
  });

  it('keeps unnamed sources, as unnamed', () => {
    expect(who('Witnesses said at least 25 protesters were killed.')).toEqual([[25, 'Witnesses', 'unnamed']]);
    expect(who('Local sources reported that 9 fishermen drowned.')).toEqual([[9, 'Local sources', 'unnamed']]);
  });

  it('gives a government by its capital the kind government', () => {
    expect(who('Kyiv said 31 drones were shot down.')).toEqual([[31, 'Kyiv', 'government']]);
    expect(who('The government said 8 soldiers were killed.')).toEqual([[8, 'government', 'government']]);
  });

  it('does not carry a source past a new source that starts the next sentence', () => {
    const claims = extractClaims('Rebels said 50 soldiers were killed. The army said only 6 soldiers died.');
    expect(claims.map((c) => c.claimant?.name)).toEqual(['Rebels', 'army']);
  });

  it('gives list items the source of the line introducing the list', () => {
    const text = 'The General Staff of Ruritania gave the following figures:\n* 64 soldiers killed\n* 12 tanks destroyed\n';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name])).toEqual([
      [64, 'General Staff of Ruritania'],
      [12, 'General Staff of Ruritania'],
    ]);
  });

  it('gives enumerated source lines the figures under them', () => {
    const text = '(i) Herodotus (7. 60)\n= 20,000 killed\n(ii) Ctesias\n= 15,000 killed\n';
    expect(extractClaims(text).map((c) => c.claimant?.name)).toEqual(['Herodotus', 'Ctesias']);
  });

  it('lets a press release\'s "Source:" line speak for figures no one else claims', () => {
    const text = 'Aid convoy hit near Goma\n\nSource: Children First\n\nAt least 17 pupils were reported killed this week.';
    expect(extractClaims(text).map((c) => c.claimant?.name)).toEqual(['Children First']);
  });

  it('gives a figure to the agent named right after it: "a count of 40 given by X"', () => {
    expect(who('The ministry said the death toll of 40 given by the village elder was wrong.').map((c) => c[1])).toEqual(['village elder']);
  });

  it('reads the lexicon through extendLexicon: new source nouns, outlets and hedges reach the stages', () => {
    expect(extractClaims('The harbourmaster said 6 boats were destroyed.').map((c) => c.claimant)).toEqual([null]);
    const lexicon = extendLexicon({ attribution: { sourceNouns: ['harbourmaster'], outlets: ['bugle'], hedges: ['so we hear'] } });
    expect(extractClaims('The harbourmaster said 6 boats were destroyed.', { lexicon }).map((c) => [c.claimant?.name, c.claimant?.kind])).toEqual([
      ['harbourmaster', 'organisation'],
    ]);
    expect(extractClaims('Nine boats were destroyed, the Coast Bugle reported.', { lexicon }).map((c) => c.claimant?.kind)).toEqual(['outlet']);
    expect(extractClaims('Nine boats were destroyed, so we hear.', { lexicon }).map((c) => c.modality)).toEqual(['hedged']);
  });

  it('reads an agent a few words after its participle: "the count released each week by X"', () => {
    expect(who('The count released each week by the health office stood at 212 dead.').map((c) => c[1])).toEqual(['health office']);
  });

  it('a participle reports only what follows it: the disputed figure before it is not the disputer\'s', () => {
    expect(who('The army disputed reports that 300 civilians died, putting the toll at 12.')).toEqual([
      [300, null, null],
      [12, 'army', 'organisation'],
    ]);
  });

  it('reads an infobox note after a count, but not a dateline after a day', () => {
    expect(who('Deaths: 485 (parliament figure)')).toEqual([[485, 'parliament', 'organisation']]);
    expect(who('Lagos, Mar 14 (Wirefeed.com): The death toll rose to 61 on Friday.').map((c) => c[1])).toEqual([null]);
  });

  it('reads a demonym in an infobox note as a government: "(Chinese estimate)"', () => {
    expect(who('Killed: 1,200 (Chinese estimate)')).toEqual([[1200, 'Chinese', 'government']]);
  });
});

describe('claimant subjects set off by commas, pronouns and headline verbs (pipeline/sources)', () => {
  it('reads the subject before a clause set off by commas: ", speaking on condition of anonymity,", ", where ..."', () => {
    expect(who('A police officer, speaking on condition of anonymity, said 17 bodies had been brought in.').map((c) => c[1])).toEqual(['police officer']);
    expect(who('A port official, asked about the search, said nine sailors were missing.').map((c) => c[1])).toEqual(['port official']);
    expect(who('Doctors at Mercy Hospital, where most of the injured were taken, said 23 people had died.').map((c) => c[1])).toEqual(['Mercy Hospital']);
  });

  it('reads a pronoun as a subject of its own, not the end of the name before it: "told the BBC they had counted"', () => {
    expect(who('Villagers told the BBC they had counted 30 bodies after the raid.').map((c) => c[1])).toEqual(['Villagers']);
    expect(who('The coroner told Reuters he had counted 12 bodies.').map((c) => c[1])).toEqual(['coroner']);
  });

  it('reads a headline source after its verb: ", reports police", ", confirms coast guard"', () => {
    expect(who('Nine dead in bus crash near Cusco, reports police').map((c) => c[1])).toEqual(['police']);
    expect(who('Six missing after ferry sinks off Mombasa, confirms coast guard').map((c) => c[1])).toEqual(['coast guard']);
  });
});

describe('claimant: a bracket after a place (pipeline/sources)', () => {
  it('reads "(Northern Province)" after "Zone 4" as the place\'s other name, not a source', () => {
    expect(who('Another 31 deaths are being verified: 20 in Zone 4 (Northern Province), 11 in Zone 2 (Lakeside).').map((c) => c[1])).toEqual([null, null, null]);
    expect(who('Around 300 houses were damaged in Region 7 (Central Visayas).').map((c) => c[1])).toEqual([null]);
  });

  it('still reads a source in brackets after a figure', () => {
    expect(who('Casualties: 40 killed (Red Cross)').map((c) => c[1])).toEqual(['Red Cross']);
  });
});

describe('claimant: figures named by who gave them (pipeline/sources)', () => {
  it('reads "according to official Chilean figures", "according to Interior Ministry figures", "according to army estimates" (the army)', () => {
    expect(who('According to official Chilean figures, 2,300 people died in the quake.').map((c) => c[1])).toEqual(['official Chilean figures']);
    expect(who('According to Interior Ministry figures, 48 people were killed in the riots.').map((c) => c[1])).toEqual(['Interior Ministry figures']);
    expect(who('According to army estimates, 120 insurgents were killed.').map((c) => c[1])).toEqual(['army']);
    expect(who('According to Peruvian estimates, 900 Bolivian soldiers were captured.').map((c) => c[1])).toEqual(['Peruvian']);
  });

  it('reads none in "according to the latest figures"', () => {
    expect(who('According to the latest figures, 15 people were killed.').map((c) => c[1])).toEqual([null]);
  });
});

describe('claimant: places set off by commas around the subject (pipeline/source-subject)', () => {
  it('reads past ", Country," after a subject and inside a relative clause', () => {
    expect(who('A nurse in Kandahar, Afghanistan, said 17 people died.').map((c) => c[1])).toEqual(['nurse in Kandahar']);
    expect(who('Sister Maria Okafor, whose clinic treats the displaced in Plateau state, Nigeria, said 44 people had been killed.').map((c) => c[1])).toEqual(['Sister Maria Okafor']);
  });

  it('reads the subject before a clause set off by dashes', () => {
    expect(who('A relief worker in Bukavu — speaking on condition of anonymity — said 300 families had fled.').map((c) => c[1])).toEqual(['relief worker in Bukavu']);
  });
});

describe('claimant: more verbs, clauses and brackets (pipeline/sources, lexicon/verb-forms)', () => {
  it('reads the past forms of every listed verb and a few more verbs of saying: "assert", "opined", "admit"', () => {
    expect(who('The Serbs assert that the Ottomans lost 9,000 men.').map((c) => c[1])).toEqual(['Serbs']);
    expect(who('The villagers opined that more than 500 had been killed.').map((c) => c[1])).toEqual(['villagers']);
    expect(who('The Danes, while announcing a victory, admit losing 40 officers.').map((c) => c[1])).toEqual(['Danes']);
  });

  it('resolves "the agency" to an authority or council named before', () => {
    expect(who('The State Disaster Management Authority said 48 people had died.\n\nThe agency said another 30 were missing.').map((c) => c[1])).toEqual([
      'State Disaster Management Authority', 'State Disaster Management Authority',
    ]);
  });

  it('reads a kind of estimate in brackets as the source of the figure before it', () => {
    expect(who('Casualties: 9,000 killed (official estimate), 14,000 killed (neutral estimates), 30,000 killed (church estimates)').map((c) => c[1])).toEqual([
      'official estimate', 'neutral estimates', 'church estimates',
    ]);
  });
});

describe('claimant: ordinals in names, "by X\'s own count", a headline\'s source in brackets (pipeline/sources)', () => {
  it('keeps an ordinal inside a capitalised name', () => {
    expect(who("The Kenyan army's 9th Rifles Battalion, in a statement, said two soldiers had died.").map((c) => c[1])).toEqual(["Kenyan army's 9th Rifles Battalion"]);
  });

  it('reads "by the hospital\'s own count"', () => {
    expect(who("By the clinic's own count, 58 wounded were admitted.").map((c) => c[1])).toEqual(['clinic']);
  });

  it('reads a source noun in brackets closing a headline', () => {
    expect(who('Bandits kill 14 herders in Katsina village (police)').map((c) => c[1])).toEqual(['police']);
    expect(who('The flood killed 12 people in the north (Kano)').map((c) => c[1])).toEqual([null]);
  });
});

describe('claimant: "described how", and no carried source for background figures (pipeline/sources, extract)', () => {
  it('reads "X described how N died" and "X recalled that"', () => {
    expect(who('Villagers in Borno described how more than 60 of their neighbours drowned.').map((c) => c[1])).toEqual(['Villagers in Borno']);
    expect(who('A survivor recalled that 30 people were killed.').map((c) => c[1])).toEqual(['survivor']);
  });

  it('carries no source to a figure its own words date years before the report', () => {
    const text = 'The disaster agency said 22 climbers died in the eruption. It was the deadliest since 1979, when another eruption killed 60 people.';
    expect(extractClaims(text, { referenceDate: '2023-12-05' }).map((c) => [c.quantity.value, c.claimant?.name ?? null])).toEqual([[22, 'disaster agency'], [60, null]]);
  });
});

describe('claimant: a surname for the full name named before (pipeline/claimant)', () => {
  it('reads "Okafor said" as the Dr Amaka Okafor named before', () => {
    const text = 'Dr Amaka Okafor, a medical officer at the hospital, put the death toll at 40.\n\nOkafor said the blasts wounded at least 140 other people.';
    expect(who(text).map((c) => c[1])).toEqual(['Dr Amaka Okafor', 'Dr Amaka Okafor']);
  });
});

describe('claimant: "was quoted as saying", a name after a description, a second verb after "corroborated" (pipeline/sources)', () => {
  it('reads the subject of "was quoted as saying" as the source', () => {
    expect(who('"The toll is now three dead," the prefecture was quoted as saying by local media.').map((c) => c[1])).toEqual(['prefecture']);
  });

  it('reads a name set off after a description: "A native of the area, Eze Okoro, said"', () => {
    expect(who('A native of the area, Eze Okoro, said the 16 bodies recovered included children.').map((c) => c[1])).toEqual(['Eze Okoro']);
  });

  it('reads "corroborated the account and said" as one subject\'s report', () => {
    expect(who('A police official in the province corroborated the account and said that at least 19 people were killed.').map((c) => c[1])).toEqual(['police official']);
  });
});

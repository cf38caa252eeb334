import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const names = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);

describe('words between a source and its verb', () => {
  it('passes over a parenthetical of adverbs between commas', () => {
    expect(names('The coast guard, however, said only six fishermen drowned.')).toEqual(['coast guard']);
    expect(names('The rebels, for their part, said 40 soldiers were killed.')).toEqual(['rebels']);
    expect(names('The harbour master, Tomas Lind, meanwhile, said three crewmen were missing.')).toEqual(['Tomas Lind']);
  });

  it('passes over a fixed phrase of time or turn ("at first", "in turn")', () => {
    expect(names('The Belgian command at first reported that 21 men had died.')).toEqual(['Belgian command']);
    expect(names('The health directorate in turn put the toll at 48.')).toEqual(['health directorate']);
  });

  it('passes over where it was said: a statement, a briefing, a broadcast, a social network', () => {
    expect(names('The navy in a written statement said 14 sailors were killed.')).toEqual(['navy']);
    expect(names('The interior minister at his daily briefing said 63 people were injured.')).toEqual(['interior minister']);
    expect(names('The governor on state television said 19 villagers died.')).toEqual(['governor']);
    expect(names('The fire brigade on Twitter said 5 firefighters were hurt.')).toEqual(['fire brigade']);
  });

  it('passes over a phrase of a preposition or a participle between commas, and a report of a time of day', () => {
    expect(names('The Provincial Relief Office (PRO), in its latest bulletin at 9 a.m., said the number of dead had reached 31.')).toEqual(['Provincial Relief Office']);
    expect(names('The navy, in a rare admission, said 17 sailors died.')).toEqual(['navy']);
    expect(names('The Refugee Council, based in Nairobi, counted 1,200 dead.')).toEqual(['Refugee Council']);
    expect(names('The PRO in its 6 p.m. bulletin has only reported 42 deaths in the district.')).toEqual(['PRO']);
  });

  it('passes over what the subject is, after an indefinite article between commas', () => {
    expect(names('The Harbour Board, a body set up after the storm, gave the number of drowned as 64, while local sources listed 90 deaths.')).toEqual([
      'Harbour Board', 'local sources',
    ]);
    expect(names('Mara Lenz, a nurse at the field clinic, said 12 children died.')).toEqual(['Mara Lenz']);
  });

  it('passes over the part of a day after its day, and "late" or "early" before it', () => {
    expect(names('The relief agency on Thursday evening raised the death toll to 52, up from 40.')).toEqual(['relief agency', 'relief agency']);
    expect(names('The regional council late on Sunday said 33 hikers were missing.')).toEqual(['regional council']);
    expect(names('The regional council early Sunday said 33 hikers were missing.')).toEqual(['regional council']);
  });

  it('still reads a place or a noun before the verb as no source', () => {
    expect(names('Floods in the valley on Monday killed 12 people.')).toEqual([null]);
  });
});

describe('figures of a kind that say who gave them', () => {
  it('reads "Official data indicates", "Unofficial tallies put" and "Hospital records show"', () => {
    expect(names('Official data indicates that one guard and 12 raiders were killed.')).toEqual(['Official data', 'Official data']);
    expect(names('Unofficial tallies put the number of drowned at 300.')).toEqual(['Unofficial tallies']);
    expect(names('Hospital records show 30 miners died.')).toEqual(['Hospital']);
    expect(names('The monitor detailed 75 deaths in the capital alone.')).toEqual(['monitor']);
  });
});

describe('a document named after "according to" with its day before it', () => {
  it('reads the issuer, not the day', () => {
    expect(names('Nine insurgents were killed, according to a Sunday statement from the gendarmerie.')).toEqual(['gendarmerie']);
    expect(names('Nine insurgents were killed, according to a Sunday police statement.')).toEqual(['police statement']);
  });
});

describe('a speaker with initials after a quotation', () => {
  it('keeps the initials inside the sentence and names the speaker', () => {
    expect(names('"Thirty people were injured and eleven died," District Collector M.S. Rao told reporters.')).toEqual([
      'District Collector M.S. Rao', 'District Collector M.S. Rao',
    ]);
  });
});

describe('a named person and a role the phrase reader cannot take whole', () => {
  it('speaks through the name before the role ("Marta Vell, adviser to the head of the council, said")', () => {
    expect(names('Tomas Reyes, adviser to the head of the Provincial Military Administration, said that 30 died.')).toEqual(['Tomas Reyes']);
    expect(names('On Monday, Tomas Reyes, adviser to the governor, said 12 miners died.')).toEqual(['Tomas Reyes']);
  });

  it('reads researchers who "concluded" a toll as its source', () => {
    expect(names('Commission researchers concluded that roughly 340 villagers were murdered.')).toEqual(['Commission researchers']);
  });
});

describe('a capitalised particle opening a name', () => {
  it('keeps "De", "El", "Al" before a capitalised word, and drops a connector that only opens the sentence', () => {
    expect(names('De Vries gives twenty thousand soldiers killed.')).toEqual(['De Vries']);
    expect(names('Al Mayadeen reported 40 killed.')).toEqual(['Al Mayadeen']);
    expect(names('And officials said 4 died.')).toEqual(['officials']);
  });
});

describe('bodies and offices from WordNet as sources', () => {
  it('reads a body or office the hand-kept words lack', () => {
    expect(names('The gendarmerie said nine smugglers were killed.')).toEqual(['gendarmerie']);
    expect(names('The district pathologist said nine people drowned.')).toEqual(['district pathologist']);
    expect(names('Three miners died, the mining consortium said.')).toEqual(['mining consortium']);
  });
});

describe('sources named in the shapes of headlines and editors\' brackets', () => {
  it('puts a headline\'s quoted claim in the mouth of the phrase before the quote', () => {
    expect(names("Borduria's navy 'kills 6 smugglers'")).toEqual(["Borduria's navy"]);
    expect(names('Rebel command "kills 40 soldiers"')).toEqual(['Rebel command']);
  });

  it('reads the name an editor put in brackets after "according to"', () => {
    expect(names('According to [the relief agency], as of 3 May, 88 people died.')).toEqual(['relief agency']);
  });

  it('reads reports of a kind as their source: "Official reports said", "Unofficial estimates say"', () => {
    expect(names('Official reports said that 46 miners were killed.')).toEqual(['Official reports']);
    expect(names('Unofficial estimates say 300 villagers died.')).toEqual(['Unofficial estimates']);
  });
});

describe('a place that recorded losses', () => {
  it('is where they happened, not who counts them', () => {
    expect(names('Portland recorded the highest number of deaths at 10; Kingston 2.')).toEqual([null, null]);
    expect(names('Clarendon and Manchester each reported one death.')).toEqual([null]);
  });

  it('leaves a capital (its government) and an outlet as sources', () => {
    expect(names('Kyiv reported 12 deaths in the strike.')).toEqual(['Kyiv']);
    expect(names('Reuters reported 12 deaths in the strike.')).toEqual(['Reuters']);
  });
});

describe('a subject that cannot speak', () => {
  it('reads no source in a place named with its district, province or city', () => {
    expect(names("Sindh's Hyderabad district recorded the most deaths, 14.")).toEqual([null]);
    expect(names('The city of Valparaiso and Vina del Mar reported 22 deaths.')).toEqual([null]);
  });

  it('reads no source in a loss or a disaster named in common words', () => {
    expect(names('The avalanche claimed the lives of 31 skiers.')).toEqual([null]);
    expect(names('Total casualties recorded are 58 deaths and 12 missing.')).toEqual([null, null]);
  });

  it('keeps a body whose name holds such a word, and a province that speaks', () => {
    expect(names('Iraq Body Count recorded 612 civilian deaths in May.')).toEqual(['Iraq Body Count']);
    expect(names('The Fire Service reported 4 deaths.')).toEqual(['Fire Service']);
  });
});

describe('verbs of saying a figure as the speaker\'s word', () => {
  it('reads "conceded", "advised", "reiterated" as reporting', () => {
    expect(names('The navy conceded that 14 sailors had drowned.')).toEqual(['navy']);
    expect(names('The Red Cross reiterated that 230 people were missing.')).toEqual(['Red Cross']);
  });
});

describe('a document or a body named again by its common noun', () => {
  it('reads "according to the statement" as the source that put the statement out', () => {
    expect(names('The Kenya Red Cross issued a statement on Monday.\n\nAccording to the statement, 19 people drowned.')).toEqual(['Kenya Red Cross']);
  });

  it('reads "the union", "the charity" as the source named before whose head it is', () => {
    expect(names('The Nurses Union of Peru released a count on Friday.\n\nThe union said 12 nurses had died.')).toEqual(['Nurses Union of Peru']);
    expect(names('The union said 12 nurses had died.')).toEqual(['union']);
  });
});

describe('words that look like a speaker but are not one', () => {
  it('reads no speaker in a row label of the people counted ("Civilians:", "Combatants:")', () => {
    expect(names('- Casualties2: Civilians:, 31 killed, 140 injured, Combatants:, 12 killed')).toEqual([null, null, null]);
  });
  it('passes over an adverb in -ly between a pronoun or a body and its verb', () => {
    expect(names('The coroner counted 86 bodies. He eventually estimated more than 300 people dead.')).toEqual(['coroner', 'coroner']);
    expect(names('The fire service belatedly confirmed 12 deaths.')).toEqual(['fire service']);
  });
  it('reads "our last report", "its weekly estimate" as a noun, not a verb with a subject', () => {
    expect(names('Since our last report on 3 May, 23 more deaths have been recorded.')).toEqual([null]);
  });
});

describe('a speaker with a relative clause, a bracketed acronym or a role before its body', () => {
  const claimants = (text: string) => extractClaims(text).map((c) => (c.claimant ? [c.claimant.name, c.claimant.person] : null));
  it('reads the body after a role that opens the apposition, and over the body\'s acronym in brackets', () => {
    expect(claimants('Lena Park, the head of the Coastal Rescue Agency (CRA), said on Monday that 12 fishermen drowned.'))
      .toEqual([['Coastal Rescue Agency', 'Lena Park']]);
    expect(claimants('Omar Haddad, spokesman for the civil defence, said 9 people were killed.')).toEqual([['civil defence', 'Omar Haddad']]);
    // A role after its body keeps the body, as before.
    expect(claimants('Omar Haddad, the ministry\'s spokesman, said 9 people were killed.')).toEqual([['ministry', 'Omar Haddad']]);
  });
  it('reads the name before a relative clause of "that" or "which", but not a place\'s', () => {
    expect(names('The mining firm Ostrava Coal that operates the pit said 7 miners were missing.')).toEqual(['mining firm Ostrava Coal']);
    expect(names('In a province that recorded 40 deaths last year, 12 more people drowned.')).toEqual([null, null]);
  });
  it('reads a government word as a speaker: "the presidency said"', () => {
    expect(names('The presidency also said 31 people were injured in the blast.')).toEqual(['presidency']);
  });
  it('reads "based on" like "according to", and a sentence-initial capital is no name of the research that shows', () => {
    expect(names('Based on the latest report of the fire service, 17 homes were destroyed.')).toEqual(['fire service']);
    expect(names('Based on police data, 14 people drowned.')).toEqual(['police']);
    expect(names('Earlier estimates were based on the army\'s count of 300 dead. More recent research has shown that 420 were killed.'))
      .toEqual(['army', null]);
  });
});

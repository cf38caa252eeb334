import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const names = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);

describe('claimants of verbs that set a toll, and of reports', () => {
  it('takes the subject of a verb that puts, places, raises or revises a toll', () => {
    expect(names('Local hospital staff placed the number of dead at 57.')).toEqual(['Local hospital staff']);
    expect(names('A parliamentary commission calculated a final toll of 6,200.')).toEqual(['parliamentary commission']);
    expect(names('The regional governor raises the number of drowned to 14.')).toEqual(['regional governor']);
    expect(names('The governor revised the number of deaths in the bus crash from 28 to 23.')).toEqual(['governor', 'governor']);
  });

  it('keeps the source of a verb that the figure took in ("officials estimated 3,000 died")', () => {
    expect(names('Provincial officials estimated 3,000 died in the landslide.')).toEqual(['Provincial officials']);
  });

  it('reads the issuer of statements after "according to"', () => {
    expect(names('According to statements from the navy, at least 14 sailors were killed.')).toEqual(['navy']);
  });

  it('takes reports of a kind as the source, not bare or dated ones', () => {
    expect(names('Foreign reports claimed that the strike killed 15 people.')).toEqual(['Foreign reports']);
    expect(names('Earlier reports had said 31 sailors were killed.')).toEqual([null]);
    expect(names('Reports indicated that 300 fishermen had drowned.')).toEqual([null]);
  });

  it('leaves reports inside a named speaker\'s clause to the speaker', () => {
    const text = 'The aid coordinator, Ana Reyes, said on Monday that initial field reports indicated at least 9 villagers were killed.';
    expect(names(text)).toEqual(['Ana Reyes']);
  });

  it('ends the report before at a report that names no one', () => {
    const text = 'The army said 12 soldiers died in the ambush. Earlier reports said 20 soldiers were killed.';
    expect(names(text)).toEqual(['army', null]);
  });
});

describe('a list introduced right after a report', () => {
  it('goes on with that report\'s source', () => {
    const text = 'The coast guard said on Monday that 40 people had drowned.\nThe deaths by province are:\nAlbay 12\nSorsogon 28';
    expect(names(text)).toEqual(['coast guard', 'coast guard', 'coast guard']);
  });

  it('goes on with it after a quotation of several sentences, not past a party\'s label', () => {
    const text = 'The provincial health office said on Friday that 52 people had died in the heat. "Most were elderly. Several lived alone. ' +
      'Two were found in cars. Cases rose in the north," it said.\nThe deaths by district are:\nKandy 20\nMatale 32';
    expect(names(text)).toEqual(['provincial health office', 'provincial health office', 'provincial health office']);
    expect(names('Chile\n(Chilean estimate):\n1,200 killed\nBolivia:\n300 dead')).toEqual(['Chilean estimate', null]);
  });

  it('goes on with it after an intro that says the figures were reported, naming no one', () => {
    const text = 'The civil defence office said on Friday that the toll had risen to 60.\nThe fatalities were reported in the following provinces:\n- Albay – 25\n- Sorsogon – 35';
    expect(names(text)).toEqual(['civil defence office', 'civil defence office', 'civil defence office']);
  });

  it('takes "according to source" for no source', () => {
    expect(names('Note: figures vary according to source.\nPoland:\n310 dead\n95 wounded')).toEqual([null, null]);
  });

  it('does not take "According" for a source when a document follows it', () => {
    const text = 'According to updated figures, the army lost 1,400 men.';
    expect(names(text)).toEqual([null]);
  });
});

describe('speaker labels and relative clauses', () => {
  it('takes no place or party heading a row for a speaker', () => {
    expect(names('Germany Wehrmacht: 311 killed 280 wounded')).toEqual([null, null]);
    expect(names('North Carolina: 3 dead\nSouth Australia: 2 dead')).toEqual([null, null]);
  });

  it('still reads a person\'s name before a colon as the speaker', () => {
    expect(names('Estimates vary. Hartmann: 12,000 dead Okafor: 9,000 dead')).toEqual(['Hartmann', 'Okafor']);
  });

  it('takes an unknown name alone before its figure for a row, not a speaker', () => {
    expect(names('Deaths by venue:\nVelodrome: 41\nMarquette Hall: 12')).toEqual([null, null]);
  });

  it('names the body before its acronym and a relative clause', () => {
    const text = 'The Ruritanian Medical Association (RMA), which is based in Vienna and is critical of the government, said that it has confirmed 412 deaths.';
    expect(names(text)).toEqual(['Ruritanian Medical Association']);
  });
});

describe('unit labels', () => {
  it('takes no military unit heading a row for a speaker', () => {
    expect(names('Losses: 4th Lancer Regiment: 10 killed, 9th Field Regt: 2 killed')).toEqual([null, null]);
  });
});

describe('a quotation over several sentences', () => {
  it('is claimed by the speaker named after its closing mark', () => {
    const text = 'The search went on.\n\n“We have 64 dead and 120 injured. Another 30 are missing,” the regional governor, Ana Lima, said on the radio.';
    expect(names(text)).toEqual(['regional governor', 'regional governor', 'regional governor']);
  });
});

describe('labels and brackets that are no sources', () => {
  it('reads neither a place at the end of a label nor a party in brackets as a source', () => {
    expect(names('Deaths at Sea: 4,901')).toEqual([null]);
    expect(names('Losses: 8 killed, 27 wounded (US)')).toEqual([null, null]);
  });
});

describe('sources named by what they are', () => {
  it('reads watchdogs, opposition parties and unions as sources', () => {
    expect(names('The army killed six children in an assault on two towns, a watchdog reported on Thursday.')).toEqual(['watchdog']);
    expect(names('Three opposition parties claimed that at least 5,000 people have died in the region.')).toEqual(['Three opposition parties']);
    expect(names('The miners\' union said 35 workers remained trapped and 12 had died.')[1]).toBe('union');
  });
});

describe('the author of a report a text is about', () => {
  it('speaks for the figures the text gives no other source', () => {
    const text = 'Human Rights Watch said in a report released on Tuesday that soldiers had shelled the valley for a week.\n\n' +
      'Shelling of the market in Tavor killed 23 civilians and wounded 40.';
    expect(names(text)).toEqual(['Human Rights Watch', 'Human Rights Watch']);
  });

  it('not without a report, nor for a person\'s report', () => {
    expect(names('Human Rights Watch condemned the shelling.\n\nShelling of the market killed 23 civilians.')).toEqual([null]);
  });
});

describe('one of the people a plural source noun names', () => {
  it('speaks, and "he" after it stands for that person', () => {
    const text = 'Military authorities said 30 died.\n\nA villager who helped at the cemetery said on Friday that his team had counted 171 bodies. ' +
      'He told reporters that 109 men and 24 women were killed.';
    expect(names(text)).toEqual(['Military authorities', 'villager', 'villager', 'villager']);
  });
});

describe('the words of a source\'s name', () => {
  it('keeps "on" inside a capitalised name and a compound of nouns before the head', () => {
    expect(names('The Malawi National Commission on Human Rights has reported that 12 people have died.')).toEqual(['Malawi National Commission on Human Rights']);
    expect(names('Lagos state law enforcement officials said that four policemen were killed.')).toEqual(['Lagos state law enforcement officials']);
  });

  it('does not take a document\'s words for a name: "the agency\'s latest situation report showed"', () => {
    expect(names('Nine deaths have been confirmed, the agency\'s latest situation report showed.')).toEqual(['situation report']);
  });
});

describe('competing figures in one sentence', () => {
  it('gives a figure before a comma to the clause it stands in, not to the source after the comma', () => {
    expect(names('While the government puts the toll at 50, rights groups say at least 200 people were killed.')).toEqual(['government', 'rights groups']);
    expect(names('The army put the toll at 12, while witnesses said 30 people died.')).toEqual(['army', 'witnesses']);
  });

  it('leaves a figure in a fronted clause of contrast to no one when its own clause names no source', () => {
    expect(names('Although 40 bodies were recovered, police said 60 people were still missing.')).toEqual([null, 'police']);
    expect(names('Although exact figures are lacking, local accounts speak of 900 people killed, the agency said.')).toEqual(['agency']);
  });
});

describe('a body\'s figures as the subject of a verb', () => {
  it('takes the body whose figures, data or findings show a count', () => {
    expect(names('Police figures show 12 people died in the clashes.')).toEqual(['Police']);
    expect(names('The NDMA figures also show that 40 people remain missing.')).toEqual(['NDMA']);
    expect(names('90 killed, 30 wounded in depot blast, MoD findings reveal')).toEqual(['MoD', 'MoD']);
  });

  it('takes no adjective for a body: "Official figures show", "The latest figures show"', () => {
    expect(names('The latest figures show 40 died.')).toEqual([null]);
  });

  it('reads "feared" as a verb of report', () => {
    expect(names('Officials feared the death toll could climb past 300.')).toEqual(['Officials']);
  });
});

describe('a paragraph that goes on about the dead of the report before', () => {
  it('keeps the report\'s source', () => {
    const text = 'The Malawi Human Rights Commission said 30 people had died in the protests.\n\nThe deceased are from several districts: Lilongwe (12), Blantyre (18).';
    expect(names(text)).toEqual(['Malawi Human Rights Commission', 'Malawi Human Rights Commission', 'Malawi Human Rights Commission']);
  });
});

describe('a quotation whose speaker is named on the line after it', () => {
  it('is claimed by that speaker', () => {
    expect(names('"In total, the army has destroyed 125 planes and 91 helicopters,"\n\nGen. Smith said.')).toEqual(['Gen. Smith', 'Gen. Smith']);
  });

  it('not by a speaker on a long line of its own counts', () => {
    expect(names('"Forty people died,"\n\nThe mayor said on Sunday that another 12 people were missing.')).toEqual([null, 'mayor']);
  });
});

describe('figures of a kind and a person of a body', () => {
  it('takes "according to official figures" for a source, not "according to updated figures"', () => {
    expect(names('Floods left 94 dead and 8 missing, according to official figures.')).toEqual(['official figures', 'official figures']);
    expect(names('Forty people died, according to official tolls.')).toEqual(['official tolls']);
    expect(names('According to updated figures, the army lost 1,400 men.')).toEqual([null]);
  });

  it('takes the body named after "of" between commas', () => {
    expect(names('Ana Ruiz, of the Interior Ministry, estimated the death toll at over 300.')).toEqual(['Interior Ministry']);
  });
});

describe('a paragraph opening "Among the wounded"', () => {
  it('goes on with the report before it', () => {
    const text = 'The military command said 20 people died when the depot exploded.\n\nAmong the wounded were 16 soldiers and 40 civilians.';
    expect(names(text)).toEqual(['military command', 'military command', 'military command']);
  });
});

describe('two reports joined by "and"', () => {
  it('a second verb of the same subject reports for it', () => {
    expect(names('The navy said it sank 3 rebel boats and then said 2 sailors were missing.')).toEqual(['navy', 'navy']);
  });

  it('a new subject after "and" takes only the figures after it', () => {
    expect(names('Police said 3 died and rescuers reported 40 missing.')).toEqual(['Police', 'rescuers']);
  });
});

describe('verbs of deploring', () => {
  it('report for their subject, and "he" after them stands for that person', () => {
    const text = 'The rights chief Anton Berg decried the attacks in a statement.\n\n"At least 40 civilians were killed," he said.';
    expect(names(text)).toEqual(['rights chief Anton Berg']);
  });
});

describe('a statement signed at its foot', () => {
  it('is claimed by the body that signs it', () => {
    const text = 'PRESS RELEASE\nOur units repelled the attack on the northern post.\n1. 40 armoured vehicles were destroyed;\n2. 12 trucks were seized.\nSpokesperson\nRuritanian Armed Forces';
    expect(names(text)).toEqual(['Ruritanian Armed Forces', 'Ruritanian Armed Forces']);
  });

  it('not without a heading that says it is a statement', () => {
    expect(names('Our units repelled the attack.\n40 armoured vehicles were destroyed.\nRuritanian Armed Forces')).toEqual([null]);
  });
});

describe('an outline announced with its source', () => {
  it('is claimed by that source down to the next source named', () => {
    const text = 'Following is a summary of the floods, according to provincial officials.\nNORTH\nPeople killed: 40\nPeople missing: 12\n' +
      'SOUTH\nPeople killed: 9\nThe Red Cross said 300 families were displaced.';
    expect(names(text)).toEqual(['provincial officials', 'provincial officials', 'provincial officials', 'Red Cross']);
  });
});

describe('offices of administration speak (WordNet\'s administrators)', () => {
  it('reads a director or a manager as a speaker, before or after a quote', () => {
    expect(names('The director said 11 patients were injured in the fire.')).toEqual(['director']);
    expect(names('"Four workers are still missing," the plant manager said.')).toEqual(['plant manager']);
  });
});

describe('sources after the figures: an article before a name, an agent after a changed figure, a headline\'s verb', () => {
  it('reads "according to a ... survey" by the name inside it', () => {
    expect(names('The toll stood at 91 in six provinces, according to a Kyodo News survey.')).toEqual(['Kyodo News']);
    expect(names('Some 40 homes were destroyed, according to a UN tally.')).toEqual(['UN']);
  });
  it('reads the agent of a passive verb past the figures it changed', () => {
    expect(names('The toll had been revised from 33 to 31 by the district coroner\'s office.')).toEqual(['district coroner\'s office', 'district coroner\'s office']);
  });
  it('reads a headline\'s capitalised verb after its figures', () => {
    expect(names('Landslide toll rises to 64, Says Disaster Agency')).toEqual(['Disaster Agency']);
  });
});

describe('a plural after a number is a noun, not a verb of saying', () => {
  it('reads "six northern states" and "in 12 reports" as nouns', () => {
    expect(names('In all, 105 people were killed in six Northern states last year.')).toEqual([null]);
    expect(names('Police says 12 people were killed.')).toEqual(['Police']);
  });
});

describe('groups of people who speak for a figure', () => {
  const read = (text: string) => extractClaims(text).map((c) => [c.quantity.value ?? c.quantity.min, c.claimant?.name ?? null]);

  it('takes people named as a group for the subject of a verb of saying', () => {
    expect(read('The governor said 12 were killed, while the fishermen reported up to 60 deaths.')).toEqual([[12, 'governor'], [60, 'fishermen']]);
    expect(read('The miners said 17 of their colleagues died underground.')).toEqual([[17, 'miners']]);
    expect(read('According to the passengers, 9 crew members were missing.')).toEqual([[9, 'passengers']]);
  });

  it('steps over a reflexive that only stresses the subject', () => {
    expect(read('The army said 8 died; the villagers themselves put the toll at 35.')).toEqual([[8, 'army'], [35, 'villagers']]);
  });

  it('does not take counted people for speakers', () => {
    expect(read('Two workers reported missing after the blast were found dead.').map((r) => r[1])).toEqual([null]);
  });
});

describe('words that only look like a source', () => {
  const by = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);
  it('reads "claiming 42 lives" as a toll taken, not a claim made', () => {
    expect(by('Floods swept through the valley at the weekend, claiming 42 lives as they destroyed bridges.')).toEqual([null]);
    expect(by('The officials said the landslide claimed the lives of 12 miners.')).toEqual(['officials']);
  });
  it('reads a verb of saying in -s right before a verb in the past as a noun', () => {
    expect(by('The toll rose to 31 Thursday as a dozen more girls died at hospitals overnight and details began to emerge.')).toEqual([null, null]);
    expect(by('Whether subsequent estimates changed this figure is not known, but the total losses were only 355.')).toEqual([null]);
    expect(by('The ministry says that 355 people died.')).toEqual(['ministry']);
  });
  it('takes a contracted pronoun for a pronoun, so the speaker named after the quote speaks', () => {
    expect(by('“We’ve confirmed 37 deaths at the border,” said Helena Martins, whose group monitors the crossing.')).toEqual(['Helena Martins']);
  });
  it('takes no total, count or event for a source', () => {
    expect(by('Total number of refugees reported by the camps: 22,158')).not.toContain('Total number of refugees');
    expect(by('Battle of Ayton reported 400 killed on each side.')).toEqual([null]);
  });
});

describe('a disaster named where a source stands', () => {
  const by = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);
  it('takes no eruption, cyclone or quake for a source, but keeps a body named for what it handles', () => {
    expect(by('Mt Ayton Eruption Claims 16 Casualties')).toEqual([null]);
    expect(by('The National Disaster Management Authority said 16 people died.')).toEqual(['National Disaster Management Authority']);
    expect(by('Cal Fire said three civilians have died in the fire.')).toEqual(['Cal Fire']);
  });
});

describe('sources with where they were, adverbs, and documents dated after "according to"', () => {
  const by = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);
  it('reads the source before a phrase of where it was or a participle with it', () => {
    expect(by('An official on the ground said about 40 people are missing.')).toEqual(['official']);
    expect(by('A spokesman at the scene said 12 people were hurt.')).toEqual(['spokesman']);
  });
  it('reads "had always estimated" as the subject\'s estimate', () => {
    expect(by('Authorities had always estimated that between 38 and 50 people were killed in the raid.')).toEqual(['Authorities']);
  });
  it('takes a document the sentence dates after "according to" for the source', () => {
    expect(by('According to research done in 1998, 40 civilians were killed.')).toEqual(['research']);
    expect(by('According to a study published in 2004, 300 people died.')).toEqual(['study']);
  });
});

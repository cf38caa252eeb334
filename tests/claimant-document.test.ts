/** Sources that speak for a whole document: a sourcing paragraph, and a report with one named source. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const who = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name ?? null]);

describe('document-wide sources (pipeline/claimant)', () => {
  it('a paragraph that only attributes speaks for the unclaimed figures before and after it', () => {
    const text = 'Losses among the invading forces reached about 4,300 soldiers by Monday.\n\n' +
      'As reported by the Daily Mirror with reference to the regional command.\n\n' +
      'The losses since the offensive began are:\n\n' +
      'tanks - 120 units,\n\n' +
      'helicopters - 9 units.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.quantity.value, c.claimant?.name ?? null])).toEqual([
      [4300, 'Daily Mirror'], [120, 'Daily Mirror'], [9, 'Daily Mirror'],
    ]);
  });

  it('a figure with its own source keeps it; an attributing sentence inside a paragraph is no document source', () => {
    expect(who('Police said 3 people died.\n\nAccording to the Red Cross.\n\n12 houses were destroyed.')).toEqual([
      [3, 'Police'], [12, 'Red Cross'],
    ]);
    expect(who('12 houses were destroyed. According to the Red Cross, nobody was hurt.')).toEqual([[12, null]]);
    // "As reported by X" on a line of its own claims the figures before it; "As" opening it names nobody.
    expect(who('12 houses were destroyed.\n\nAs reported by the fire brigade.')).toEqual([[12, 'fire brigade']]);
  });

  it('the source of a wire lead keeps the story\'s later paragraphs while it is the only one named', () => {
    const text = 'HAVANA (AP) — The toll from the storm rose to 31, the National Weather Agency said on Friday.\n\n' +
      'Another 12 people were injured in the coastal provinces.\n\n' +
      'Some 400 houses were damaged.';
    expect(who(text)).toEqual([[31, 'National Weather Agency'], [12, 'National Weather Agency'], [400, 'National Weather Agency']]);
  });

  it('stops at a second named source, and never reaches back before the source is named', () => {
    const text = 'Eight miners were killed.\n\n' +
      'SANTIAGO, Chile — The mine operator said 5 miners had died.\n\n' +
      'A union official said 7 had died.\n\n' +
      '20 miners were rescued and 3 were injured.';
    expect(who(text)).toEqual([[8, null], [5, 'mine operator'], [7, 'union official'], [3, null]]);
  });

  it('keeps a source out of later paragraphs without a wire lead', () => {
    expect(who('The Coast Guard said 30 sailors were missing.\n\nAt least 185 fishermen died in the storms.')).toEqual([[30, 'Coast Guard'], [185, null]]);
  });
});

describe('the page names the source of its figures', () => {
  it('"The casualty totals in this table were compiled by X" speaks for every figure no one else claims', () => {
    const text = 'Records of the 1905 naval campaign are incomplete.\n\n' +
      'The casualty totals in this table were compiled by the Baltic Naval Society from its archives.\n\n' +
      'About 4,800 sailors died and 1,200 were wounded.';
    expect(who(text)).toEqual([[4800, 'Baltic Naval Society'], [1200, 'Baltic Naval Society']]);
  });

  it('reads "the numbers come from X" and "taken from X"', () => {
    expect(who('Some 600 homes were destroyed.\n\nAll numbers below come from the Regional Health Office.')).toEqual([[600, 'Regional Health Office']]);
  });

  it('takes no media label in parentheses for a source', () => {
    expect(who('Quake toll rises to 410, missing 90 (Video)')).toEqual([[410, null], [90, null]]);
    expect(who('Civilians killed: 485 (Amnesty International)')).toEqual([[485, 'Amnesty International']]);
  });
});

describe('a back-reference opening its sentence', () => {
  it('"The agency added" resolves to the organisation named before', () => {
    const text = 'The World Meteorological Organization said on Monday that the heatwave was spreading north. The agency added that 210 people had died.';
    expect(who(text)).toEqual([[210, 'World Meteorological Organization']]);
  });

  it('"According to the preliminary situation report" is the report of the source named before, and never a name with "According to" in it', () => {
    const text = 'Storms swept the coast overnight, according to a statement from the Fiji National Disaster Management Office.\n\n' +
      'According to the preliminary situation report, 9 people have died and 140 homes were destroyed.';
    expect(who(text)).toEqual([[9, 'Fiji National Disaster Management Office'], [140, 'Fiji National Disaster Management Office']]);
    expect(who('According to the final casualty report, 61 soldiers were killed.')).toEqual([[61, 'final casualty report']]);
    // Estimates of no one's name no one.
    expect(who('According to the most reliable estimates, 3,000 people were killed in the purge.')).toEqual([[3000, null]]);
  });

  it('keeps a named body after "according to the", though another source came before', () => {
    expect(who('The Red Cross said 40 people were hurt.\n\nAccording to the health ministry, 12 people have died.')).toEqual([[40, 'Red Cross'], [12, 'health ministry']]);
  });
});

describe('a source before a citing clause', () => {
  it('"X, citing Y, said" gives X, with Y as via', () => {
    const [c] = extractClaims('Kyodo, citing local officials, said 14 people were killed in the landslide.');
    expect([c.quantity.value, c.claimant?.name, c.claimant?.via]).toEqual([14, 'Kyodo', ['local officials']]);
    const [d] = extractClaims('The Associated Press, quoting hospital sources in Mosul, reported that 31 people were wounded.');
    expect([d.quantity.value, d.claimant?.name]).toEqual([31, 'Associated Press']);
  });
});

describe('a page that says who it is', () => {
  it('gives the body a page names as itself ("This is the X report") its unattributed figures', () => {
    const text = 'RURITANIA MONTHLY REPORT\nThis is the Ruritania Casualty Monitoring Project monthly report on the war in Ruritania.\n\nIn May, 41 civilians were killed and 77 injured.';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name ?? null])).toEqual([[41, 'Ruritania Casualty Monitoring Project'], [77, 'Ruritania Casualty Monitoring Project']]);
  });
  it('gives a body that describes itself as one ("X is an analytical project") the figures of its page', () => {
    const text = 'Borduria Body Count (BBC) is an independent monitoring project. Our procedure is to collect every report.\nRecent Events\nTuesday 12 March: 3 killed\nAyton: 3 killed by gunmen.';
    expect(extractClaims(text).map((c) => c.claimant?.name ?? null)).toEqual(['Borduria Body Count', 'Borduria Body Count']);
  });
  it('takes no person and no lower-case phrase for such a body', () => {
    expect(extractClaims('This is the story of John Smith, who survived.\n\nSome 30 people were killed in the fire.').map((c) => c.claimant)).toEqual([null]);
  });
});

describe('a bulletin heading of a place, an event and its sources in brackets', () => {
  const text = 'Daily Flash of 27 March 2015\n\nRuritania - Floods (ECHO)\n\n  • So far, nine people are reported dead and 19 missing.\n\nBorduria - Earthquake (USGS, ECHO)\n\n  • A quake struck on 26 March. Four people were killed.';
  it('gives the figures under the heading its bracketed source, until the next such heading', () => {
    expect(extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name ?? null])).toEqual([[9, 'ECHO'], [19, 'ECHO'], [4, 'USGS']]);
  });
  it('takes no bracket of lower-case words or of a year for a source', () => {
    expect(extractClaims('Ruritania - Floods (update)\n\n  • So far, nine people are reported dead.').map((c) => c.claimant)).toEqual([null]);
    expect(extractClaims('Ruritania - Floods (2015)\n\n  • So far, nine people are reported dead.').map((c) => c.claimant)).toEqual([null]);
  });
});

describe('more ways a page says who it is', () => {
  const by = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);
  it('reads an acronym, a name with small words, and "the report of the X"', () => {
    expect(by('This is the RCMP weekly bulletin on the floods.\n\nSo far 14 people have died.')).toEqual(['RCMP']);
    expect(by('The Borduria Observatory for Human Rights (BOHR) is a London-based monitoring group.\n\nIn March, 61 civilians were killed.')).toEqual(['Borduria Observatory for Human Rights']);
    expect(by('This is the annual report of the Ruritanian Society for the Relief of Shipwrecks for 1884.\n\nDuring the year 212 lives were lost at sea.')).toEqual(['Ruritanian Society for the Relief of Shipwrecks']);
  });
  it('takes no sentence opening "This is the" about something else', () => {
    expect(by('This is the worst flood in a decade.\n\nSo far 14 people have died.')).toEqual([null]);
  });
});

/** A figure takes the date of the statement or report that gives it, and failing all, the reference date. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const dated = (text: string, referenceDate?: string) =>
  extractClaims(text, { referenceDate }).map((c) => [text.slice(c.span.start, c.span.end), c.date ? `${c.date.value} ${c.date.role}` : null]);

describe('dates from the report (pipeline/date)', () => {
  it('carries a source\'s dated statement into its later undated figures', () => {
    const text = 'The Interior Ministry said on Tuesday that the storm had hit four provinces.\n' +
      'The Interior Ministry said 23 people were killed and 70 injured.';
    expect(dated(text, '2022-11-10')).toEqual([['23 people', '2022-11-08 reported'], ['70 injured', '2022-11-08 reported']]);
  });

  it('does not give one source\'s statement date to another source', () => {
    // The statement lies more than a month before publication: no lead date, only the ministry's own.
    const text = 'Floods hit four provinces.\n' +
      'The Interior Ministry said on 2 October that the rivers were rising.\n' +
      'The Interior Ministry said 23 people were killed. The Red Cross said 40 people were missing.';
    expect(dated(text, '2022-11-10')).toEqual([['23 people', '2022-10-02 reported'], ['40 people', '2022-11-10 reported']]);
  });

  it('gives the bullets of a list the date of the statement introducing it', () => {
    const text = 'The disaster agency said on Monday:\n' +
      '• 12 people killed in the north\n' +
      '• 300 homes destroyed\n' +
      'Roads reopened in the south.';
    expect(dated(text, '2021-03-04')).toEqual([['12 people', '2021-03-01 reported'], ['300 homes', '2021-03-01 reported']]);
  });

  it('dates undated figures by the day the story\'s lead names, when shortly before the reference date', () => {
    const text = 'Gunmen attacked a market in the north of the country on Sunday.\n\n' +
      'The governor said 17 traders were killed and 25 wounded.';
    expect(dated(text, '2021-06-08')).toEqual([['17 traders', '2021-06-06 event'], ['25 wounded', '2021-06-06 event']]);
  });

  it('dates a total told as it stands now by the report, not by the event day the lead names', () => {
    // A collapse on Tuesday, reported on Thursday: what "has been confirmed" holds on Thursday; what happened, Tuesday.
    const text = 'A five-storey building in the old town collapsed on Tuesday.\n\n' +
      'Four workers were killed when the roof fell.\n\n' +
      'A total of 19 people have been confirmed dead so far, the fire brigade said. Rescuers have pulled out 11 survivors to date.';
    expect(dated(text, '2019-03-14')).toEqual([
      ['Four workers', '2019-03-12 event'], ['19 people', '2019-03-14 reported'],
    ]);
    // Told as it stood then ("had died"), the total keeps the event's day.
    expect(dated('The ferry capsized off the island on Saturday.\n\nBy nightfall 27 passengers had died.', '1998-05-18')).toEqual([['27 passengers', '1998-05-16 event']]);
  });

  it('gives a lead statement\'s day only to that source\'s figures', () => {
    const text = 'The coastguard said on Monday that the search went on.\n\n' +
      'The coastguard said 12 migrants were missing. The Red Cross said 30 migrants had drowned.';
    expect(dated(text, '2021-06-09')).toEqual([['12 migrants', '2021-06-07 reported'], ['30 migrants', '2021-06-09 reported']]);
  });

  it('falls back to the reference date: reported when a source gives the figure, as of otherwise', () => {
    expect(dated('The army said 8 insurgents were killed.', '2019-02-01')).toEqual([['8 insurgents', '2019-02-01 reported']]);
    expect(dated('At least 8 fishermen drowned when the boat capsized.', '2019-02-01')).toEqual([['At least 8 fishermen', '2019-02-01 as_of']]);
  });

  it('keeps a date far along a long sentence with the clause it belongs to', () => {
    const text = 'Eleven militants have been killed, the navy said, as patrols kept searching the islands for the crew of a cargo ship and the two fishermen who were seized from their boat near the reef on 2 March.';
    // Not the 2 March of the seizure, far along the sentence: the navy's figure, dated by the reference as reported.
    expect(dated(text, '2019-03-20')[0]).toEqual(['Eleven militants', '2019-03-20 reported']);
  });

  it('reads on into the next line when a line stops mid-sentence', () => {
    const text = 'Nine people were killed when a bridge collapsed over the river in the town of Kota,\nin the west of the island on 4 May.';
    expect(dated(text, '2020-05-10')).toEqual([['Nine people', '2020-05-04 event']]);
    // And back: a line starting in lower case goes on with the line above, and its date.
    const back = 'The most careful count, published on 2 March, put\nthe toll at 41 dead in the valley.';
    expect(dated(back, '2020-06-01').map(([, d]) => d)).toEqual(['2020-03-02 reported']);
  });
});

describe('a date after the count\'s noun that says "as of"', () => {
  it('dates that count, not the event named before it', () => {
    const text = 'The toll from the cyclone that struck Odisha last week rose again, with 212 deaths as of Tuesday evening, officials said.';
    expect(extractClaims(text, { referenceDate: '2021-05-27' }).map((c) => [c.quantity.value, c.date?.value ?? null])).toEqual([[212, '2021-05-25']]);
  });
});

describe('a day after any verb of saying, far from the figure', () => {
  it('dates the report: "a document seen by Reuters showed on Tuesday"', () => {
    const text = 'At least 63 people have been killed in the Malawian city of Blantyre after two days of torrential rain brought down hillsides and flooded the lower districts, a government document seen by reporters showed on Tuesday.';
    expect(extractClaims(text, { referenceDate: '2023-03-16' }).map((c) => [c.quantity.value, c.date?.value ?? null])).toEqual([[63, '2023-03-14']]);
  });
});

describe('the day the text says the event happened', () => {
  const dayOf = (text: string, referenceDate: string) => extractClaims(text, { referenceDate }).map((c) => [c.quantity.value, c.date?.value ?? null, c.date?.role ?? null]);
  it('dates the event\'s losses reported on other days by it, but not a running total', () => {
    const text = 'Raiders killed 41 herders in the hills, a district official said on Monday.\nThe raid took place on Saturday.\n"Another 17 were wounded," the official said.';
    expect(dayOf(text, '2022-05-17')).toEqual([[41, '2022-05-14', 'event'], [17, '2022-05-14', 'event']]);
    const running = 'The quake struck late on Sunday.\nThe toll has since risen to 230, officials said on Wednesday.';
    expect(dayOf(running, '2023-02-09')).toEqual([[230, '2023-02-08', 'reported']]);
  });
});

describe('dates of a dateline, of the event in the figure\'s clause, of a whole month and of a named event\'s year', () => {
  const on = (text: string, referenceDate?: string) => extractClaims(text, referenceDate ? { referenceDate } : {}).map((c) => c.date?.value ?? null);
  it('reads a dateline\'s day as the day of filing, not of the losses', () => {
    expect(on('MOGADISHU, July 11 (Reuters) - A car bomb killed 14 soldiers at a checkpoint on Saturday, police said.', '2022-07-11')).toEqual(['2022-07-09']);
  });
  it('prefers the event\'s day in the figure\'s clause to the day it was reported', () => {
    expect(on('Officials said on Monday that 23 people were killed in Saturday\'s mudslides.', '2022-07-11')).toEqual(['2022-07-09']);
    expect(on('The army said on Tuesday that 9 rebels were killed in an air strike the previous day.', '2022-07-13')).toEqual(['2022-07-11']);
  });
  it('states a range over a whole month as the month, and a part of one as of its end', () => {
    expect(on('Between 1 and 30 June 2023, the mission recorded 131 civilians killed.', '2023-07-10')).toEqual(['2023-06']);
    expect(on('The report covering 1 to 15 March counted 40 deaths.', '2023-04-02')).toEqual(['2023-03-15']);
  });
  it('reads the days of a month written first, with their year, in the year given ("October 25–27, 1949")', () => {
    expect(on('Date: November 2–5, 1917\nCasualties: 2,100 killed')).toEqual(['1917-11-05']);
    expect(on('Storms on August 3-9, 1998 left 300 people dead.', '2024-01-01')).toEqual(['1998-08-09']);
  });
  it('places a day of no year in the year of the event the sentence names ("The 1976 Tangshan earthquake struck on 28 July")', () => {
    expect(on('The 1976 Tangshan earthquake struck on 28 July and killed at least 242,000 people.')).toEqual(['1976-07-28']);
    // A year after "since" says when a period began: it places nothing.
    expect(on('It was the first deadly quake since the 2017 Kos earthquake. On 30 October, 26 people died.')).toEqual(['--10-30']);
  });
});

describe('the day of a report made in a setting ("said in a statement on Sunday", "told reporters Monday")', () => {
  it('dates the figures the statement gives', () => {
    expect(dated('The governor of Nampula said in a statement on Sunday that nine people had drowned.', '2024-03-13').map(([, d]) => d)).toEqual(['2024-03-10 reported']);
    expect(dated('The army said in a televised address Friday that 30 rebels were killed.', '2024-03-13').map(([, d]) => d)).toEqual(['2024-03-08 reported']);
    expect(dated('The district chief told reporters on Monday that 14 miners were still missing.', '2024-03-13').map(([, d]) => d)).toEqual(['2024-03-11 reported']);
  });
  it('does not read a preposition alone as a setting ("18 reported in early July" dates no other figure)', () => {
    expect(dated('The toll rose to 21 from 18 reported in early July, the prosecutor said Monday.', '2022-07-18')[0]).toEqual(['21', '2022-07-18 reported']);
  });
});

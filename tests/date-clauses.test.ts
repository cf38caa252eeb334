import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const dates = (text: string, referenceDate?: string) => extractClaims(text, { referenceDate }).map((c) => (c.date ? `${c.date.value} ${c.date.role}` : null));

describe('dates of a fronted report clause and of a year before an event', () => {
  it('dates the figures of a source by the day its report came out, stated in a clause before it', () => {
    expect(dates('In its latest toll, released on Wednesday, the committee said 108 people were killed.', '2020-06-15')).toEqual(['2020-06-10 reported']);
  });

  it('dates an event by the year that names it', () => {
    expect(dates('A 1963 landslide caused the overtopping of the dam and around 2,000 deaths.')).toEqual(['1963 event']);
    expect(dates('The 2004 tsunami killed more than 200,000 people, officials said.', '2014-12-26')).toEqual(['2004 event']);
  });

  it('gives each clause of a list of past events its own year', () => {
    expect(dates('A mine blast in 2016 killed 31 workers, 12 were killed in another blast in 2009, and a flood killed 44 miners in 1998.', '2024-03-01'))
      .toEqual(['2016 event', '2009 event', '1998 event']);
    // A fronted day is no other figure's clause: it dates the figure after it.
    expect(dates('On 3 May 2011, 14 people were killed in a bombing of a bus depot built in 1987.', '2024-03-01')).toEqual(['2011-05-03 event']);
  });

  it('reads no year before a word that is no event', () => {
    expect(dates('During the 1963 season, storms killed 40 fishermen.', '2020-06-15')).toEqual(['2020-06-15 as_of']);
  });
});

describe('a text looking back on an event long before its publication', () => {
  it('dates undated figures by the event it names, not by the page', () => {
    const text = 'The dam at Riverton failed on 31 May 1889.\n\nThe water destroyed 1,600 homes. In all, 2,209 people perished.';
    expect(dates(text, '2022-08-13')).toEqual(['1889-05-31 event', '1889-05-31 event']);
  });

  it('keeps the page\'s day for a news story that counts days from it', () => {
    const text = 'The dam at Riverton failed on 31 May 1889.\n\nOn Tuesday, officials said 12 people were hurt in a new flood.';
    expect(dates(text, '2022-08-13')).toEqual(['2022-08-09 reported']);
  });
});

describe('a dated list of past events', () => {
  it('reads a date opening a row, underscores and all, and puts year-less dates before the report', () => {
    const text = 'Militants attacked a police academy on Tuesday.\n\n__Sept 16: Suicide attack kills 36 worshippers in a mosque;\n' +
      '- Aug. 8: Suicide bombing kills more than 70 people at a hospital;\nMarch 27: Bombing kills 65 people in a park;\n';
    expect(extractClaims(text, { referenceDate: '2016-10-25' }).map((c) => c.date?.value)).toEqual(['2016-09-16', '2016-08-08', '2016-03-27']);
  });
});

describe('days named after their counts and weekdays of a narrative', () => {
  it('gives each count of a list the day right after it', () => {
    expect(dates('The ministry listed the dead by day: 20 on 3 May, 25 on 4 May and 16 on 5 May.', '2021-06-15')).toEqual([
      '2021-05-03 event', '2021-05-04 event', '2021-05-05 event',
    ]);
  });

  it('dates a running total by the day after it, not the event its subject names', () => {
    expect(dates('The death toll from a weekend bus fire in southern Chad rose to 41 on Thursday, a regional official said.', '2020-06-15')).toEqual(['2020-06-11 event']);
  });

  it('reads a weekday after a stated day as one of the days after it, without a reference date', () => {
    expect(dates('The storm struck on Tuesday, March 3, 1987. On Wednesday officials counted 40 dead, on Thursday 65.')).toEqual([
      '1987-03-04 event', '1987-03-05 event',
    ]);
  });

  it('still dates no weekday of a text with no stated day', () => {
    expect(dates('On Wednesday officials counted 40 dead.')).toEqual([null]);
  });
});

describe('a running total whose subject names the event\'s day', () => {
  it('holds on the day it is told, not on the day of the event', () => {
    expect(dates("ANKARA, March 9 -- The death toll from Tuesday's landslide hit 31.", '2021-03-09')).toEqual(['2021-03-09 reported']);
    expect(dates("The toll from Sunday's fire reached 12 on Wednesday.", '2021-03-12')).toEqual(['2021-03-10 event']);
  });
});

describe('a day whose year follows "of" (pipeline/date/parsers/day-of-year)', () => {
  const dated = (text: string, referenceDate?: string) =>
    extractClaims(text, { referenceDate }).map((c) => [text.slice(c.span.start, c.span.end), c.date?.value ?? null]);

  it('reads "December 2 of 1959" as that day, not the month and day in the reference year', () => {
    expect(dated('On December 2 of 1959, the dam burst and the flood killed 421 people.', '2019-05-01')).toEqual([['421 people', '1959-12-02']]);
    expect(dated('On March 3rd of 1871, a fire in the mill killed 27 workers.')).toEqual([['27 workers', '1871-03-03']]);
  });
});

describe('a day right after "N more" (pipeline/date)', () => {
  it('dates each count of a day-by-day tally by its own day', () => {
    const text = 'State radio said troops killed nearly 100 rebels Tuesday and almost 300 more Wednesday near the ridge.';
    expect(extractClaims(text, { referenceDate: '1987-01-09' }).map((c) => c.date?.value)).toEqual(['1987-01-06', '1987-01-07']);
  });
});

describe('dates of a "when" clause, a bracketed period start and a range "between the ... and the ..."', () => {
  it('dates a figure in a "when" clause by the date it describes', () => {
    expect(dates('It was the worst flood since 1954, when nearly 3,000 people drowned in the delta.', '2021-08-02')).toEqual(['1954 event']);
    expect(dates('The blast was the deadliest since May 2, 1998, when a depot exploded near Lagos, killing 86 people.', '2021-08-02')).toEqual(['1998-05-02 event']);
  });

  it('reads a date in brackets after "since the start of" as when the period began', () => {
    expect(dates('Since the start of the epidemic (on 3 March 2019), 71 deaths have been recorded, as of 20 May 2019.', '2019-05-22')[0]).toMatch(/^2019-05-20 /);
  });

  it('reads "between the 2nd of May and the 9th of June 2011" as one range', () => {
    expect(dates('Rebel losses: 240 killed (between the 2nd of May and the 9th of June 2011).')[0]).toMatch(/^2011-06-09 /);
  });
});

describe('a headline dated by its story, and running tolls in the present', () => {
  it('dates a headline figure by the event day its lead gives', () => {
    const text = 'At least 19 dead in Lagos market fire\n\nNineteen traders died when a fire swept through a market in Lagos on Monday, officials said.';
    expect(dates(text, '2021-03-10')).toEqual(['2021-03-08 event', '2021-03-08 event']);
  });

  it('keeps a running toll in a headline on the day it is told', () => {
    const text = 'Market fire toll rises to 23\n\nNineteen traders died when a fire swept through a market in Lagos on Monday, officials said.';
    expect(dates(text, '2021-03-10')[0]).toBe('2021-03-10 as_of');
  });
});

describe('a text looking back on an event, with "today" said only in passing', () => {
  it('dates its undated figures by the event, not by the page', () => {
    const text = 'Campaigners seek new inquest into 1979 hotel fire\n\nThe fire at the hotel killed 31 people.\n\nThe memories are as vivid today as they were in 1979.';
    expect(dates(text, '2024-05-02')).toEqual(['1979 event']);
  });
});

describe('ISO dates and a table written one cell a line', () => {
  it('reads an ISO date in text', () => {
    expect(dates('On 2021-03-04, 12 people died in the blast.')).toEqual(['2021-03-04 event']);
  });

  it('dates a figure\'s cell by its own row\'s date cell', () => {
    const text = ['Date |', 'Event |', 'Casualties', '|', '1911-05-02 |', 'Mill boiler explosion |', '14 deaths |', '|', '1923-09-17 |', 'Dock fire |', '6 deaths |', '|'].join('\n');
    expect(dates(text)).toEqual(['1911-05-02 event', '1923-09-17 event']);
  });
});

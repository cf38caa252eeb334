/** Dates a layout gives its rows: an infobox's date row, and a paragraph that attributes the figures above it. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { rows } from './helpers.js';

const dates = (text: string, referenceDate?: string) => extractClaims(text, { referenceDate }).map((c) => [c.quantity.value, c.date?.value ?? null]);

describe('infobox date row', () => {
  it('dates the loss rows by the row\'s day, or a range\'s end (as of it), at the precision it states', () => {
    const box = (date: string) => `Siege of Brenn\nDate ${date}\nLocation Brenn\nResult Victory\nCasualties and losses\n1,200 killed\n300 captured\n\nThe siege was long.`;
    expect(dates(box('3–9 October 1871'))).toEqual([[1200, '1871-10-09'], [300, '1871-10-09']]);
    expect(dates(box('16 November 1632'))).toEqual([[1200, '1632-11-16'], [300, '1632-11-16']]);
    expect(dates(box('28 June – 2 August 1916'))).toEqual([[1200, '1916-08-02'], [300, '1916-08-02']]);
  });

  it('leaves rows above the date row to the other rules (here the document\'s first stated date)', () => {
    const text = 'Battle of Vell\nCasualties: 40\nDate 12 May 1702\nCasualties and losses\n90 killed';
    expect(dates(text)).toEqual([[40, '1702-05-12'], [90, '1702-05-12']]);
    expect(dates(text, '2020-01-01')).toEqual([[40, '1702-05-12'], [90, '1702-05-12']]);
  });
});

describe('a paragraph that only attributes', () => {
  it('dates the figures it speaks for with its own date', () => {
    const text = 'Some 230 people have died and 1,100 were injured in the eastern provinces.\n\n' +
      'This is according to the disaster agency’s latest figures as of Friday, 14 April 2017.';
    expect(dates(text, '2017-04-16')).toEqual([[230, '2017-04-14'], [1100, '2017-04-14']]);
  });
});

describe('a running total', () => {
  it('holds on the day it is reported, not on the day of the event its subject names', () => {
    expect(dates('On Monday, the health ministry announced that the toll from the blast that struck the depot on Saturday night has risen to 41 dead.', '2019-03-12'))
      .toEqual([[41, '2019-03-11']]);
    expect(dates('At least 30 people have been killed since the river burst its banks over the weekend, officials said Wednesday.', '2019-03-14'))
      .toEqual([[30, '2019-03-13']]);
  });

  it('keeps the day of a single event', () => {
    expect(dates('Six people were killed on Friday, officials said Sunday.', '2019-03-12')).toEqual([[6, '2019-03-08']]);
  });
});

describe('periods and revisions', () => {
  it('takes a date in a "since" clause for when a period began, never the figure\'s date', () => {
    expect(dates('More than 4,100 people have been killed in the region since the army intervened in June 2012, the monitor says.', '2014-05-02'))
      .toEqual([[4100, '2014-05-02']]);
  });

  it('dates a revised toll on the day of the revision, not on the day of the attack it counts', () => {
    expect(dates('The government on Tuesday revised the death toll of the March 3 bombing from 95 to 88.', '2010-04-08'))
      .toEqual([[95, '2010-04-06'], [88, '2010-04-06']]);
  });
});

describe('an infobox date row dates the article\'s event', () => {
  it('dates figures without a date of their own, or with only its year, after the row, in a pipe table too', () => {
    const text = 'Ferry disaster\nDate | May 4, 1961 |\nFatalities | 212 |\n\nIn 1961, 212 people drowned; it remains the deadliest accident on the lake.';
    expect(dates(text)).toEqual([[212, '1961-05-04'], [212, '1961-05-04']]);
  });
});

describe('the document\'s own dated context', () => {
  it('dates a figure nothing else dates by the first date with a year the text states, when there is no reference date', () => {
    expect(dates('The siege of Brenn began on 3 May 1704.\n\nThe garrison lost 300 men.')).toEqual([[300, '1704-05-03']]);
  });
  it('takes as the text\'s first stated date only one that states its year, not a stretch counted from no reference', () => {
    // "this month" names no year of its own: the text's first stated year is the one after it.
    expect(dates('Raids this month hit a camp set up in 1998.\n\nThe raids left 25 refugees dead.')).toEqual([[25, '1998']]);
  });
  it('dates by the event a text looks back on, years before its reference date, when it counts no day from it', () => {
    expect(dates('The siege of Brenn began on 3 May 1704.\n\nThe garrison lost 300 men.', '2020-01-01')).toEqual([[300, '1704-05-03']]);
    expect(dates('The siege of Brenn began on 3 May 1704.\n\nToday the garrison lost 300 men.', '2020-01-01')).toEqual([[300, '2020-01-01']]);
  });
});

describe('the document\'s dated context below its figures', () => {
  it('dates an infobox\'s rows by the event date its lead states further down', () => {
    expect(dates('Casualties and losses\n47 dead 382 wounded |\n\nAt the Battle of Vell (2 September 1698), the army was routed.'))
      .toEqual([[47, '1698-09-02'], [382, '1698-09-02']]);
  });
  it('dates an altered toll on the day it was altered', () => {
    expect(dates('The health ministry said on Saturday it had altered the number of deaths in the crash that occurred on Thursday from 32 to at least 19.', '2021-03-29'))
      .toEqual([[32, '2021-03-27'], [19, '2021-03-27']]);
  });
});

describe('a year of another event, stated after the figures', () => {
  it('does not date a report of this week by an older disaster it recalls at the end', () => {
    const text = 'The toll from the floods in Sylhet has risen to 31, the relief ministry said.\n\nSome 4,000 homes were destroyed.\n\n' +
      'Aid groups are appealing for funds.\n\nRoads remain cut.\n\nSchools are closed.\n\nThe region is prone to floods, including those of 1998, which killed 1,100 people.';
    expect(dates(text, '2024-06-20').slice(0, 2)).toEqual([[31, '2024-06-20'], [4000, '2024-06-20']]);
  });
  it('still dates an old event that the first lines name', () => {
    expect(dates('The siege of Brenn began on 3 May 1704.\n\nThe garrison lost 300 men.', '2020-01-01')).toEqual([[300, '1704-05-03']]);
  });
});

describe('a text that looks back, whatever other words it uses', () => {
  it('dates by the old event when "this" or "years ago" count no day from publication', () => {
    const text = 'Forty years ago, on 5 May 1966, the pit at Grenfell exploded.\n\nThis tragedy killed 31 miners.';
    expect(dates(text, '2006-05-04')).toEqual([[31, '1966-05-05']]);
  });
  it('still dates by the report when it counts a day from publication', () => {
    expect(dates('On 5 May 1966 a pit exploded here.\n\nYesterday 31 more miners were reported dead.', '2006-05-04')).toEqual([[31, '2006-05-03']]);
  });
});

describe('an infobox date row written as a field', () => {
  it('dates the rows after a bulleted "- Date:" field like a plain row', () => {
    const text = '- Conflict: Siege of Vell\n- Date: 3–9 May 1704\n- Casualties1: 300 killed\n- Casualties2: 1,200 killed';
    expect(dates(text)).toEqual([[300, '1704-05-09'], [1200, '1704-05-09']]);
  });
  it('dates the losses of a span of months as of the span\'s end', () => {
    expect(dates('Date: 23 October – 11 November 1812\nCasualties: 4,000 killed')).toEqual([[4000, '1812-11-11']]);
  });
});

describe('a month of no year in a text of no reference date', () => {
  it('takes the year the text names for itself later on', () => {
    const text = 'The monitor said it had registered 212 civilians killed in March.\n\nThese figures bring to 900 the civilians killed since the beginning of 2017.';
    expect(dates(text)[0]).toEqual([212, '2017-03']);
  });
});

describe('a table by year or by month, its period the row label', () => {
  const dates = (text: string, referenceDate?: string) => rows(text, referenceDate ? { referenceDate } : {}).map((r) => [r.value, r.date]);
  it('dates a row by its year', () => {
    expect(dates('Drownings on the coast by year:\n1961 43\n1962 103\n1963 58')).toEqual([[43, '1961'], [103, '1962'], [58, '1963']]);
  });
  it('dates a row by its month, in the year its intro names', () => {
    expect(dates('Homicides in the province by month, 2009:\nJanuary 612\nFebruary 580\nMarch 1,201')).toEqual([[612, '2009-01'], [580, '2009-02'], [1201, '2009-03']]);
  });
});

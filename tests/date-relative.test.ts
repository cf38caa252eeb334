/** Dates counted from the reference date, each form against one fixed day: Friday 15 September 2023. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { dateParser } from '../src/pipeline/date/chrono.js';
import { rows } from './helpers.js';

const FRIDAY = '2023-09-15';
const dateOf = (text: string, referenceDate: string | Date | undefined = FRIDAY) =>
  extractClaims(text, { referenceDate }).map((c) => (c.date ? [c.date.value, c.date.role, c.date.text] : null));

describe('relative dates (pipeline/date)', () => {
  it('reads a bare weekday as the last such day on or before the reference date', () => {
    expect(dateOf('Rescuers said on Wednesday that 14 hikers were killed in the avalanche.')).toEqual([['2023-09-13', 'reported', 'on Wednesday']]);
    expect(dateOf('Coastguards said Monday that 6 sailors were missing.')).toEqual([['2023-09-11', 'reported', 'Monday']]);
    expect(dateOf('Late on Friday, 9 herders were killed in a raid on the village.')).toEqual([['2023-09-15', 'event', 'on Friday']]);
    expect(dateOf('By Tuesday, 18 bodies had been recovered from the river.')).toEqual([['2023-09-12', 'as_of', 'Tuesday']]);
  });

  it('reads yesterday, today, overnight, last night and "ago" as days', () => {
    expect(dateOf('Yesterday, 7 fishermen were reported missing off the coast.')).toEqual([['2023-09-14', 'reported', 'Yesterday']]);
    expect(dateOf('Today the relief agency said 30 houses were destroyed.')).toEqual([['2023-09-15', 'reported', 'Today']]);
    expect(dateOf('Overnight, 12 civilians were killed by shelling in the port.')).toEqual([['2023-09-15', 'event', 'Overnight']]);
    expect(dateOf('Last night 4 firefighters were injured in the blaze.')).toEqual([['2023-09-14', 'event', 'Last night']]);
    expect(dateOf('Three days ago, 11 border guards were killed.')).toEqual([['2023-09-12', 'event', 'Three days ago']]);
  });

  it('states a stretch of days at the finest unit holding it: last week, earlier this week, this weekend', () => {
    expect(dateOf('Last week, 40 soldiers were killed near the frontier.')).toEqual([['2023-09', 'event', 'Last week']]);
    expect(dateOf('Earlier this week, 8 protesters were injured in clashes.')).toEqual([['2023-09', 'event', 'Earlier this week']]);
    expect(dateOf('This weekend 5 climbers died in the storm.')).toEqual([['2023-09', 'event', 'This weekend']]);
    // The week of 26 June to 2 July straddles two months: the year is all it supports.
    expect(dateOf('Last week, 40 soldiers were killed near the frontier.', '2023-07-05')).toEqual([['2023', 'event', 'Last week']]);
    // Seen from early January, last week is 25 to 31 December: the month before the reference's.
    expect(dateOf('Last week, 40 soldiers were killed near the frontier.', '2024-01-03')).toEqual([['2023-12', 'event', 'Last week']]);
    // 30 December 2024 to 5 January 2025 holds in no month or year: the figure is only dated as of the reference.
    expect(dateOf('Last week, 40 soldiers were killed near the frontier.', '2025-01-08')).toEqual([['2025-01-08', 'as_of', '']]);
  });

  it('reads "last month" and "last July" as months before the reference month', () => {
    expect(dateOf('Last month, 200 families were displaced by the floods.')).toEqual([['2023-08', 'event', 'Last month']]);
    expect(dateOf('Last July, 60 people died in the heatwave.')).toEqual([['2023-07', 'event', 'Last July']]);
    expect(dateOf('Last October, 60 people died in the cyclone.')).toEqual([['2022-10', 'event', 'Last October']]);
  });

  it('dates a running period as of the reference date: so far this year, since a day, the past 24 hours', () => {
    expect(dateOf('So far this year, 300 migrants have died at sea.')).toEqual([['2023-09-15', 'as_of', '']]);
    expect(dateOf('Since February 24, 900 civilians have been killed in the region.')).toEqual([['2023-09-15', 'as_of', '']]);
    // The period says how long the count ran; the statement's weekday dates it.
    expect(dateOf('In the past 24 hours, 25 people were wounded, the ministry said on Thursday.')).toEqual([['2023-09-14', 'reported', 'on Thursday']]);
  });

  it('reads "as of" and the end of "between A and B", taking the first date\'s year from the second', () => {
    expect(dateOf('As of 23 April, 44 people were missing after the quake.', '2023-05-02')).toEqual([['2023-04-23', 'as_of', '23 April']]);
    expect(dateOf('Between 15 December and 31 January, 70 people were killed.', '2024-02-10')).toEqual([['2024-01-31', 'as_of', '15 December and 31 January']]);
    expect(dateOf('Monitors counted 70 people killed between 3 June and 9 August 2019.')).toEqual([['2019-08-09', 'as_of', '3 June and 9 August 2019']]);
  });

  it('counts "a week later" from the date named before, not from the reference date', () => {
    const text = 'On 2 September, 5 trucks were destroyed. A week later, 3 medics were injured.';
    expect(dateOf(text).map((d) => d?.[0])).toEqual(['2023-09-02', '2023-09-09']);
  });

  it('has no time-of-day parsers: "at 10 am" is no date, and a day next to a time stays a day', () => {
    const ref = { instant: new Date(Date.UTC(2023, 8, 15, 12)), timezone: 0 };
    expect(dateParser.parse('The curfew starts at 10 am.', ref)).toEqual([]);
    expect(dateParser.parse('within 5 minutes', ref)).toEqual([]);
    expect(dateOf('At 10 am on Tuesday, 3 guards were killed.')).toEqual([['2023-09-12', 'event', 'on Tuesday']]);
  });

  it('drops a stretch counted from the reference ("this month", "the coming week") when there is none, rather than invent a year', () => {
    const undated = (text: string) => extractClaims(text).map((c) => (c.date ? [c.date.value, c.date.role, c.date.text] : null));
    expect(undated('Nine miners were killed this month when a shaft collapsed.')).toEqual([null]);
    expect(undated('At least 14 pilgrims died this week in the heat, officials said.')).toEqual([null]);
    // With a reference it is that month; a month named outright still keeps its day and month.
    expect(dateOf('Nine miners were killed this month when a shaft collapsed.')).toEqual([['2023-09', 'event', 'this month']]);
    expect(undated('On 4 March, 22 villagers were killed.')).toEqual([['--03-04', 'event', 'On 4 March']]);
  });
});

describe('a relative phrase beside the date it names (pipeline/date/refiners)', () => {
  it('reads "On this day, 3 May 1808," as that date, not as the reference day', () => {
    expect(dateOf('On this day, 3 May 1808, French troops shot 400 prisoners outside the city.')).toEqual([['1808-05-03', 'event', '3 May 1808']]);
    expect(dateOf('On this day, 3 May 1808, French troops shot 400 prisoners outside the city.', undefined)).toEqual([['1808-05-03', 'event', '3 May 1808']]);
  });

  it('keeps "today" alone as the reference day', () => {
    expect(dateOf('Today, 12 fishermen were reported missing off the coast.')?.[0]?.[0]).toBe(FRIDAY);
  });
});

describe('a weekday of last week (pipeline/date/refiners)', () => {
  it('reads "on Thursday last week" as the Thursday of the week before', () => {
    expect(dateOf('Villagers said 40 people drowned after gunmen attacked on Tuesday last week.')?.[0]?.[0]).toBe('2023-09-05');
  });
});

describe('parts of a day counted from the date before, and a date glued after "by"', () => {
  it('reads "the following morning" and "the night before" from the date named before', () => {
    const text = 'On 14 November 2018, militiamen attacked the camp, killing 40 people. The following morning two gunmen killed two people driving a motorbike.';
    expect(rows(text).map((r) => [r.value, r.date])).toEqual([[40, '2018-11-14'], [2, '2018-11-15']]);
    const night = 'The town was shelled on 3 June 1999. The night before, a raid had killed six villagers.';
    expect(rows(night).map((r) => [r.value, r.date])).toEqual([[6, '1999-06-02']]);
  });
  it('dates a figure by the date right after "by" that follows it, not by the report day before', () => {
    const text = 'Reports on 27 October put the injured at 230; the figure rose to over 410 by 30 October.';
    expect(rows(text, { referenceDate: '2011-11-02' }).map((r) => [r.value, r.date])).toEqual([[230, '2011-10-27'], [410, '2011-10-30']]);
  });
});

import * as chrono from 'chrono-node';
import { DayOfYearParser } from './parsers/day-of-year.js';
import { DayRangeParser, MonthDayRangeParser } from './parsers/day-range.js';
import { LastMonthNameParser } from './parsers/last-month-name.js';
import { OvernightParser } from './parsers/overnight.js';
import { RecentPeriodParser } from './parsers/recent-period.js';
import { WeekSpanParser } from './parsers/week-span.js';
import { YearFirstParser } from './parsers/year-first.js';
import { AppositiveDateRefiner } from './refiners/appositive-date.js';
import { BetweenRangeRefiner } from './refiners/between-range.js';
import { PastWeekdayRefiner } from './refiners/past-weekday.js';
import { RelativeTagRefiner } from './refiners/relative-tag.js';

/** Phrases only a time-of-day parser reads whole: figures are dated by day, so those parsers go. */
const TIME_PROBES = ['at 10 am', 'within 5 minutes', 'this morning', 'next 2 hours'];
const PROBE_REFERENCE = { instant: new Date(Date.UTC(2001, 0, 10, 12)), timezone: 0 };

/**
 * Whether a parser reads time of day: tried alone on the probes. Judged by behaviour, not by class name,
 * which a minifier renames.
 */
function readsTimeOfDay(parser: chrono.Parser): boolean {
  const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
  return TIME_PROBES.some((probe) => alone.parse(probe, PROBE_REFERENCE).some((r) => r.index === 0 && r.text === probe));
}

/**
 * chrono's casual English without its time-of-day parsers, plus the stage's own: ours come first so that on
 * a tie ("last week") chrono's overlap refiner keeps them. Our refiners run after chrono's, on merged results.
 */
export function buildDateParser(): chrono.Chrono {
  const base = chrono.casual.clone();
  const parsers: chrono.Parser[] = [
    new WeekSpanParser(), new OvernightParser(), new LastMonthNameParser(), new RecentPeriodParser(), new YearFirstParser(), new DayRangeParser(), new MonthDayRangeParser(), new DayOfYearParser(),
    ...base.parsers.filter((p) => !readsTimeOfDay(p)),
  ];
  const refiners: chrono.Refiner[] = [...base.refiners, new AppositiveDateRefiner(), new BetweenRangeRefiner(), new PastWeekdayRefiner(), new RelativeTagRefiner()];
  return new chrono.Chrono({ parsers, refiners });
}

export const dateParser = buildDateParser();

/**
 * What a reference date may be, checked in one place for the API (ExtractOptionsSchema, extractMany), the date stage
 * and the command line (-r, a JSONL record's "date"): an ISO 8601 date — a year, a month or a day, the day with an
 * optional time — or a valid Date. Anything else ("March 3", "1", "2023-02-30") is no reference date. No chrono and
 * no word lists here, so the command line's main thread can check dates without loading the extractor.
 */
import { z } from 'zod';

export const REFERENCE_FORMS = 'an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, with an optional time such as 2023-09-28T14:30Z)';

/** YYYY, YYYY-MM, YYYY-MM-DD, then [T or space]hh:mm[:ss[.fff]][Z or ±hh[:mm]] (RFC 3339 allows the space). */
const ISO = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?(?:Z|[+-](\d\d)(?::?(\d\d))?)?)?)?)?$/i;
const YEAR = 1;
const MONTH = 2;
const DAY = 3;
const HOUR = 4;
const MINUTE = 5;
const SECOND = 6;
const ZONE_HOURS = 7;
const ZONE_MINUTES = 8;

/** A calendar day at UTC noon (any year 0000–9999: Date.UTC alone would read 0050 as 1950), or null if it does not exist. */
export function calendarDay(y: number, m: number, d: number): Date | null {
  const day = new Date(Date.UTC(2000, 0, 1, 12));
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? day : null;
}

const within = (v: string | undefined, max: number) => v === undefined || Number(v) <= max;

/**
 * The calendar day a reference date names, at UTC noon, or null when it names none. A string is read as written:
 * "2023-09-15T23:30+09:00" is 15 September. A year stands for its middle day (1 July) and a month for its 15th, so
 * that a date the text gives without a year, which takes the year nearest the reference, lands in that year or month
 * ("11 December" with "2023" is 2023-12-11; read from 1 January it would be 2022). A Date is read as its calendar
 * day in the caller's time zone (a local midnight in Tokyo is that Tokyo day).
 */
export function referenceDay(ref: Date | string): Date | null {
  if (ref instanceof Date) return Number.isNaN(ref.getTime()) ? null : calendarDay(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
  const m = ISO.exec(ref.trim());
  if (!m) return null;
  const clock = within(m[HOUR], 23) && within(m[MINUTE], 59) && within(m[SECOND], 60) && within(m[ZONE_HOURS], 23) && within(m[ZONE_MINUTES], 59);
  if (!clock) return null;
  return m[MONTH] === undefined ? calendarDay(Number(m[YEAR]), 7, 1) : calendarDay(Number(m[YEAR]), Number(m[MONTH]), Number(m[DAY] ?? 15));
}

/** Why a value is no reference date, naming it: the message of the RangeError (after "referenceDate "). */
export const referenceProblem = (ref: unknown): string =>
  ref instanceof Date ? 'is an invalid Date' : `${JSON.stringify(ref)} is not ${REFERENCE_FORMS} or a valid Date`;

/** The reference date option: a Date or an ISO 8601 string (a TypeError otherwise) that names a day (a RangeError). */
export const ReferenceDateSchema = z
  .union([z.instanceof(Date), z.string()], { error: 'expected a Date or an ISO 8601 date string' })
  .refine((v) => referenceDay(v) !== null, { error: (issue) => referenceProblem(issue.input), params: { referenceDate: true } })
  .meta({
    description:
      'When the text was published or what date it is about: an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD, with an optional time; a year stands for 1 July, a month for its 15th) or a valid Date. Partial dates in the text take the year nearest to it.',
  });

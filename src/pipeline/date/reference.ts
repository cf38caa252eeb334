import { utc } from './calendar.js';
import type { Doc } from '../types.js';
import { dateParser } from './chrono.js';

const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)(?:$|T)/;

/**
 * The reference date as the calendar day the caller meant, at UTC noon: "2023-09-15" (or an ISO time stamp)
 * by its written day; a Date by its day in the caller's zone (a local midnight in Tokyo is that Tokyo day,
 * not the UTC day before). A value that is no date is a RangeError naming it.
 */
export function parseReference(ref: Date | string | undefined | null): Date | null {
  if (ref === undefined || ref === null) return null;
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) throw new RangeError('referenceDate is an invalid Date');
    return utc(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
  }
  if (typeof ref !== 'string') throw new TypeError(`referenceDate must be a Date or a date string, got ${typeof ref}`);
  const iso = ISO_DAY.exec(ref.trim());
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const day = utc(y, m, d);
    // "2023-02-30" rolls over in Date.UTC: a day that does not exist is no date.
    if (day.getUTCMonth() + 1 === m && day.getUTCDate() === d && !Number.isNaN(new Date(ref.trim()).getTime())) return day;
  } else {
    const parsed = new Date(ref);
    if (ref.trim() && !Number.isNaN(parsed.getTime())) return utc(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
  }
  throw new RangeError(`referenceDate ${JSON.stringify(ref)} is not a valid date`);
}

/** How far into the text a title line may stand to date it. */
const TITLE_REACH = 2;
const TITLE_MAX = 200;

/**
 * The date a document gives itself when the caller gives none: its wire dateline ("LIMA, March 3, 2019
 * (AP) —"), else a title line that names a full date ("Flood situation report (as of 4 May 2018)"; for a
 * range, its end). Only a date with its year: a year-less dateline cannot place a weekday.
 */
export function documentReference(doc: Doc): Date | null {
  const candidates: string[] = [];
  if (doc.dateline?.date) candidates.push(doc.dateline.date.text);
  for (const s of doc.sentences) {
    if (s.paragraph >= TITLE_REACH) break;
    if (s.indexInParagraph === 0 && s.end - s.start <= TITLE_MAX && !/[.!?]["”’)]?$/.test(s.text)) candidates.push(s.text);
  }
  for (const text of candidates) {
    for (const r of dateParser.parse(text, { instant: utc(2000, 7, 1), timezone: 0 })) {
      const c = r.end ?? r.start;
      if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) return utc(c.get('year')!, c.get('month')!, c.get('day')!);
    }
  }
  return null;
}

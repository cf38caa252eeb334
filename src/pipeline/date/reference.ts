import { utc } from './calendar.js';
import type { Doc } from '../types.js';
import { dateParser } from './chrono.js';
import { referenceDay, referenceProblem } from '../../reference-date.js';

/**
 * The reference date as the calendar day the caller meant, at UTC noon (see referenceDay: an ISO 8601 date read as
 * written, a Date by its day in the caller's zone). The options schema has checked it already; a value that is no
 * date is still a RangeError naming it, for callers that come here directly.
 */
export function parseReference(ref: Date | string | undefined | null): Date | null {
  if (ref === undefined || ref === null) return null;
  if (!(ref instanceof Date) && typeof ref !== 'string') throw new TypeError(`referenceDate must be a Date or a date string, got ${typeof ref}`);
  const day = referenceDay(ref);
  if (!day) throw new RangeError(`referenceDate ${referenceProblem(ref)}`);
  return day;
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

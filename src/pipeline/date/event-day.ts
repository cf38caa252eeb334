import type { Category, ClaimDate } from '../../schema.js';
import type { Frame, Sentence } from '../types.js';
import { findDates, type DateContext, type MentionRules } from './mentions.js';
import { asClaimDate } from './report.js';

/** How far into a text its statement of when the event happened may stand, and how far from it its losses may be. */
const LEAD = 6;
const REACH = 6;
/** Losses of the event itself; a count of the displaced or of damage is told as of a report. */
const EVENT_LOSSES = new Set<Category>(['killed', 'wounded', 'missing', 'captured', 'casualties']);

export interface EventDay {
  date: ClaimDate;
  sentence: number;
}

/**
 * "The attacks took place on Saturday", "The quake struck late on Sunday": a sentence of the text's lead that names
 * no figure but says on which day the event happened.
 */
export function eventDay(sentences: Sentence[], hasFrames: (s: Sentence) => boolean, ctx: DateContext, words: { occurred: RegExp; occurredBefore: RegExp }, rules: MentionRules): EventDay | null {
  for (const s of sentences.slice(0, LEAD)) {
    if (hasFrames(s) || !words.occurred.test(s.text)) continue;
    const d = findDates(s, { ...ctx }, [], rules).find((x) => x.precision === 'day' && !x.periodStart && words.occurredBefore.test(s.text.slice(Math.max(0, x.index - 40), x.index)));
    if (d) return { date: { ...asClaimDate(d), role: 'event' }, sentence: s.index };
  }
  return null;
}

/**
 * A loss of the event with no day of its own, or only the day it was reported ("killed about 100 people, the mayor
 * said on Sunday"), holds for the day the text says the event happened — not a running total, told as of its report.
 */
export function onEventDay(f: Frame, date: ClaimDate | null, day: EventDay | null, running: boolean): ClaimDate | null {
  if (!day || running || !EVENT_LOSSES.has(f.category) || Math.abs(f.sentence.index - day.sentence) > REACH) return date;
  if (date && date.role !== 'reported') return date;
  if (date && /^\d{4}-\d\d-\d\d$/.test(date.value) && date.value < day.date.value) return date;
  return day.date;
}

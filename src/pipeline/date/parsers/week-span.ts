import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, mondayIndex, utc } from '../calendar.js';
import { TAG } from '../tags.js';

/** The reference day as a UTC noon: the calendar day the caller meant. */
export function referenceDay(context: ParsingContext): Date {
  const r = context.reference.instant;
  return utc(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
}

const parts = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

/**
 * "last week", "earlier this week", "this weekend", "over the weekend": a stretch of days counted from the
 * reference date, read as a range (start and end) so the mention reader can state it at the finest unit that
 * holds it all. A weekend is the latest one begun on or before the reference day (losses are reported after).
 */
export class WeekSpanParser implements Parser {
  pattern(): RegExp {
    return /\b(earlier this|this|last|previous|the|over the)\s+(week|weekend)\b/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const which = match[1].toLowerCase();
    const unit = match[2].toLowerCase();
    const ref = referenceDay(context);
    let start: Date;
    let end: Date;
    if (unit === 'week') {
      if (which === 'the' || which === 'over the') return null; // "the week" alone names no week
      const monday = addDays(ref, -mondayIndex(ref));
      if (which === 'last' || which === 'previous') [start, end] = [addDays(monday, -7), addDays(monday, -1)];
      else [start, end] = [monday, ref];
    } else {
      const sinceSaturday = (ref.getUTCDay() + 1) % 7; // Saturday 0, Sunday 1, Monday 2 ...
      start = addDays(ref, -sinceSaturday);
      if (which === 'last' || which === 'previous') start = sinceSaturday <= 1 ? addDays(start, -7) : start;
      end = addDays(start, 1);
      if (end > ref) end = ref;
    }
    const result = context.createParsingResult(match.index!, match[0], parts(start), parts(end));
    return result.addTag(TAG.relative).addTag(TAG.span);
  }
}

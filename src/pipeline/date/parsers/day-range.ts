import type { Parser, ParsingContext } from 'chrono-node';
import { MONTHS as MONTH_WORDS } from '../../../lexicon/numbers.js';

/** The months' three-letter stems, in order. */
const MONTHS = [...MONTH_WORDS].slice(0, 12).map((m) => m.slice(0, 3));
/** "between 1 and 31 May 2021", "from 3 to 9 June", "covering 1–15 March": two days of one month, the month after both. */
const DAY_RANGE = new RegExp(
  `\\b(?:(between|from|covering)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|until|[-–])\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join('|')})[a-z]*\\.?(?:,?\\s+(\\d{4}))?\\b`,
  'i',
);

/** "October 25–27, 1949", "from March 3 to 9, 2021": the month first, then both days, then the year. */
const MONTH_DAY_RANGE = new RegExp(
  `\\b(?:(between|from|covering)\\s+)?(${MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|until|[-–])\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
  'i',
);

/**
 * Days of one month written once for both: chrono reads only the second day ("31 May 2021"); the range is the
 * stretch the figures were counted over, and the mention reader states it as of its end (or as the month, when it
 * is the whole month).
 */
export class DayRangeParser implements Parser {
  pattern(): RegExp {
    return DAY_RANGE;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [from, to] = [Number(match[2]), Number(match[3])];
    // A bare "12-15 May" without "between" or "from" may be a list of counts: only a rising pair of days is a range.
    if (from < 1 || to > 31 || from >= to) return null;
    return rangeOf(context, match, MONTHS.indexOf(match[4].slice(0, 3).toLowerCase()) + 1, from, to, match[5]);
  }
}

/**
 * The month written first ("October 25–27, 1949"): chrono reads the first day alone and loses the year after the
 * second. Only with its year: in "from August 20 to 31 were ..." and "March 3-12 killed" the second number may be
 * read as a count, and chrono's first day is kept.
 */
export class MonthDayRangeParser implements Parser {
  pattern(): RegExp {
    return MONTH_DAY_RANGE;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [from, to] = [Number(match[3]), Number(match[4])];
    if (from < 1 || to > 31 || from >= to || !match[5]) return null;
    return rangeOf(context, match, MONTHS.indexOf(match[2].slice(0, 3).toLowerCase()) + 1, from, to, match[5]);
  }
}

/** The range's two days of one month, in the year given, else the reference's. */
function rangeOf(context: ParsingContext, match: RegExpMatchArray, month: number, from: number, to: number, yearText: string | undefined) {
  const year = yearText ? Number(yearText) : undefined;
  const start = context.createParsingComponents({ month, day: from, ...(year ? { year } : {}) });
  const end = context.createParsingComponents({ month, day: to, ...(year ? { year } : {}) });
  if (!year) {
    const ref = context.reference.instant;
    start.imply('year', ref.getUTCFullYear());
    end.imply('year', ref.getUTCFullYear());
  }
  return context.createParsingResult(match.index!, match[0], start, end);
}

import type { Parser, ParsingContext } from 'chrono-node';
import { MONTHS as MONTH_WORDS } from '../../../lexicon/numbers.js';

/** The months' three-letter stems, in order: "sep" of "Sep", "Sept" and "September". */
export const MONTHS = [...MONTH_WORDS].slice(0, 12).map((m) => m.slice(0, 3));
/** "1934 — Sep 8", "1906 – April 18": a chronology's entry, the year first and a dash before the month and day. */
const YEAR_FIRST = new RegExp(`\\b(1[0-9]\\d\\d|20\\d\\d)\\s*[—–-]\\s*(${MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{1,2})\\b(?![,.]?\\s*\\d{4})`, 'i');

/**
 * A timeline's dated entry: the year, a dash, then the month and day. chrono reads the month and day alone and
 * takes the year nearest its reference; the entry names its own.
 */
export class YearFirstParser implements Parser {
  pattern(): RegExp {
    return YEAR_FIRST;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = MONTHS.indexOf(match[2].slice(0, 3).toLowerCase()) + 1;
    const day = Number(match[3]);
    if (day < 1 || day > 31) return null;
    return context.createParsingComponents({ year: Number(match[1]), month, day });
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { MONTHS } from './year-first.js';
/** "December 2 of 1959", "March 3rd of 1871": a month and day, then "of" and the year. */
const DAY_OF_YEAR = new RegExp(`\\b(${MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+(\\d{3,4})\\b`, 'i');

/**
 * A day whose year follows "of": chrono reads the month and day alone and gives them the year nearest its
 * reference, leaving "of 1959" unread.
 */
export class DayOfYearParser implements Parser {
  pattern(): RegExp {
    return DAY_OF_YEAR;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
    const day = Number(match[2]);
    if (month < 1 || day < 1 || day > 31) return null;
    return context.createParsingComponents({ year: Number(match[3]), month, day });
  }
}

import type { Parser, ParsingContext } from 'chrono-node';
import { TAG } from '../tags.js';
import { referenceDay } from './week-span.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const LAST_MONTH = new RegExp(`\\b(?:last|this past)\\s+(${MONTHS.join('|')})\\b(?!\\s*\\d)`, 'i');

/**
 * "last March", "this past June": the latest such month before the reference month. chrono drops the "last"
 * and takes the month nearest the reference, which may lie after it.
 */
export class LastMonthNameParser implements Parser {
  pattern(): RegExp {
    return LAST_MONTH;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = MONTHS.indexOf(match[1].toLowerCase()) + 1;
    const ref = referenceDay(context);
    const year = month < ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
    return context.createParsingComponents({ year, month }).addTag(TAG.relative);
  }
}

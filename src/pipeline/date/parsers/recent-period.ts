import type { Parser, ParsingContext } from 'chrono-node';
import { TAG } from '../tags.js';
import { referenceDay } from './week-span.js';

/**
 * A running period up to the report: "in the past 24 hours", "over the last three weeks", "so far this year",
 * "to date". It says how long a count ran, not when it holds: the figure takes its report's date, else the
 * reference date (as of).
 */
export class RecentPeriodParser implements Parser {
  pattern(): RegExp {
    return /\b(?:(?:in|during|over|within|for)\s+)?the\s+(?:past|last|previous)\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|24|48|72)\s+)?(?:hours?|days?|weeks?|months?|years?)\b|\bso far (?:this|in) (?:year|month|week)\b|\bto date\b/i;
  }

  extract(context: ParsingContext) {
    const day = referenceDay(context);
    const components = context.createParsingComponents({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
    return components.addTag(TAG.relative).addTag(TAG.period);
  }
}

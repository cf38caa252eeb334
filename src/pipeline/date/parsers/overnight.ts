import type { Parser, ParsingContext } from 'chrono-node';
import { addDays } from '../calendar.js';
import { TAG } from '../tags.js';
import { referenceDay } from './week-span.js';

/**
 * "overnight" (the night into the reporting day: that day) and "last night" (the evening before it).
 * chrono reads neither as a date.
 */
export class OvernightParser implements Parser {
  pattern(): RegExp {
    return /\b(overnight|last night)\b/i;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const day = match[1].toLowerCase() === 'overnight' ? referenceDay(context) : addDays(referenceDay(context), -1);
    const components = context.createParsingComponents({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
    return components.addTag(TAG.relative);
  }
}

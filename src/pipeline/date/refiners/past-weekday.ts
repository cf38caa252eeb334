import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays } from '../calendar.js';
import { TAG } from '../tags.js';
import { referenceDay } from '../parsers/week-span.js';

/**
 * A bare weekday in a report ("said Monday", "late on Friday", "by Tuesday") is the last such day on or before
 * the reference date: news tells what happened, and chrono would otherwise take the nearest one, even ahead.
 * "next Friday" keeps chrono's reading.
 */
export class PastWeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.end || !r.start.isCertain('weekday') || r.start.isCertain('day') || r.tags().has(TAG.span)) continue;
      r.addTag(TAG.relative);
      if (/\b(?:next|coming|following)\b/i.test(r.text)) continue;
      const ref = referenceDay(context);
      // "on Thursday last week", "Monday of last week": the same weekday a week further back.
      const lastWeek = /\blast\s+week\b/i.test(r.text) || /^\s*(?:of\s+)?last\s+week\b/i.test(context.text.slice(r.index + r.text.length)) ? 7 : 0;
      const day = addDays(ref, -((ref.getUTCDay() - r.start.get('weekday')! + 7) % 7) - lastWeek);
      r.start.assign('year', day.getUTCFullYear()).assign('month', day.getUTCMonth() + 1).assign('day', day.getUTCDate());
    }
    return results;
  }
}

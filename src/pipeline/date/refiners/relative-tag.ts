import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTHS } from '../../../lexicon/numbers.js';
import { CHRONO_RELATIVE_TAGS, TAG } from '../tags.js';

/** Text with neither a figure nor a month's name ("this month", "the coming week") is counted from the reference. */
const MONTH_NAME = new RegExp(`\\b(?:${[...MONTHS].slice(0, 12).map((m) => m.slice(0, 3)).join('|')})`, 'i');
const namesNoDate = (text: string) => !/\d/.test(text) && !MONTH_NAME.test(text);

/**
 * Marks every result counted from the reference date ("yesterday", "last month", "three days ago", "this
 * year"), whichever parser found it: without a reference date the stage drops them rather than invent a day.
 * A date that names its month ("12 May") is absolute even if its year is implied.
 */
export class RelativeTagRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const tags = [...r.tags()];
      const byChrono = tags.some((t) => CHRONO_RELATIVE_TAGS.some((p) => t.startsWith(p)));
      if (byChrono || !r.start.isCertain('month') || /\bago\b/i.test(r.text) || namesNoDate(r.text)) r.addTag(TAG.relative);
    }
    return results;
  }
}

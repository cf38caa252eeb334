import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { CHRONO_RELATIVE_TAGS, TAG } from '../tags.js';

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
      if (byChrono || !r.start.isCertain('month') || /\bago\b/i.test(r.text)) r.addTag(TAG.relative);
    }
    return results;
  }
}

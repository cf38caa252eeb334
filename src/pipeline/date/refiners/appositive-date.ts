import { casual, type ParsingContext, type ParsingResult, type Refiner } from 'chrono-node';

/** A relative phrase, a comma, then what follows it: "this day, 3 May 1808". */
const RELATIVE_THEN_COMMA = /^(?:this\s+day|today|that\s+day|the\s+same\s+day)\s*,\s*/i;

/**
 * "On this day, 3 May 1808, ...": chrono merges the relative phrase with the date set beside it and keeps
 * today's day. The date named after the comma is the one meant, so the result is read again from there.
 */
export class AppositiveDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const lead = RELATIVE_THEN_COMMA.exec(r.text);
      if (!lead || r.start.isCertain('day')) return r;
      // chrono's parse returns its ParsingResult objects, typed as read-only ParsedResult.
      const again = casual.parse(r.text.slice(lead[0].length), context.reference)[0] as unknown as ParsingResult | undefined;
      if (again?.index !== 0 || !again.start.isCertain('day')) return r;
      again.index = r.index + lead[0].length;
      return again;
    });
  }
}

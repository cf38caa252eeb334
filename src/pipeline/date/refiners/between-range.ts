import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * "between 3 June and 9 August 2019", "between the 15th of May and the 2nd of June 2020": chrono reads two dates; they are one range, and the first takes its
 * year from the second (the year before, when its month comes later: "between 15 December and 31 January").
 */
export class BetweenRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let k = 0; k < results.length; k++) {
      const a = results[k];
      const b = results[k + 1];
      const gap = b ? context.text.slice(a.index + a.text.length, b.index) : '';
      const opens = /\bbetween\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, a.index - 14), a.index));
      if (!b || a.end || b.end || !opens || !/^\s*and\s+(?:the\s+)?$/i.test(gap)) {
        out.push(a);
        continue;
      }
      const start = a.start.clone();
      if (!start.isCertain('year') && b.start.isCertain('year')) {
        const year = b.start.get('year')!;
        start.assign('year', (start.get('month') ?? 1) > (b.start.get('month') ?? 12) ? year - 1 : year);
      }
      const merged = context.createParsingResult(a.index, context.text.slice(a.index, b.index + b.text.length), start, b.start);
      for (const t of [...a.tags(), ...b.tags()]) merged.addTag(t);
      out.push(merged);
      k++;
    }
    return out;
  }
}

import type { CompiledLexicon } from './context.js';
import type { LineLayout } from '../pipeline/types.js';

/** How near an approximating word stands to the figure noun it qualifies: "approximate figures", "figures are rough". */
const REACH = 3;

/**
 * "Venezuelans are distributed as follows (approximate figures as of November 2021):" — a head line that calls its
 * figures approximate makes the exact counts of the rows under it approximate too.
 */
export function approximateHeads(layout: LineLayout | null, lex: CompiledLexicon): boolean {
  if (!layout) return false;
  const { approximateWords, figureWords } = lex.figures;
  return layout.heads.some((h) => h.tokens.some((t, i) =>
    approximateWords.has(t.lower) && h.tokens.slice(Math.max(0, i - REACH), i + REACH + 1).some((x) => figureWords.has(x.lower))));
}

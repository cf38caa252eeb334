import type { Sentence } from './types.js';

/**
 * The loss a row tells first, in its own word ("549 killed" → killed, "803 died of disease" → died: a column may
 * tell both), and whether it counts civilians ("270 civilians killed" sits beside "568 killed" in one column).
 * Null for a row of no one-word loss ("1,814 frostbitten and sick").
 */
function rowLoss(s: Sentence, lossWords: Map<string, string>): string | null {
  const word = s.tokens.find((t) => lossWords.has(t.lower));
  if (!word) return null;
  return s.tokens.some((t) => /^civilians?$/.test(t.lower)) ? `civilian ${word.lower}` : word.lower;
}

/**
 * An infobox's losses run on from one party's column into the next with nothing between them: "549 killed",
 * "1,148 wounded", then "2,351 killed or committed suicide", "28 captured". A column tells each loss of people once,
 * so the row whose loss the column already holds opens the next column, up to `most` columns. Things lost repeat a
 * loss by their kind ("4 gunboats sunk", "1 minelayer sunk") and open nothing; a label among the rows ("Civilian
 * casualties:", "Soviet sources:") ends the run this reads. Null when no loss comes round again.
 */
export function columnsByRepeatedLoss(sentences: Sentence[], rows: number[], words: { lossWords: Map<string, string>; equipment: Set<string> }, most: number): Map<number, number> | null {
  const out = new Map<number, number>();
  let column = 0;
  let seen = new Set<string>();
  for (const j of rows) {
    const s = sentences[j];
    if (!/\d/.test(s.text) && /:\s*$/.test(s.text)) break;
    const thing = s.tokens.some((t) => words.equipment.has(t.lower) || words.equipment.has(t.lower.replace(/s$/, '')));
    const loss = thing ? null : rowLoss(s, words.lossWords);
    if (loss && seen.has(loss) && column + 1 < most) {
      column++;
      seen = new Set();
    }
    if (loss) seen.add(loss);
    out.set(j, column);
  }
  return column > 0 ? out : null;
}

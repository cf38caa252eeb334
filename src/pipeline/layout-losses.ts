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

/** A figure of a row, a range written as one word included ("300-400", "26,000+"). */
const FIGURE = /^\d[\d,.]*(?:[-–]\d[\d,.]*)?\+?$/;
/** What joins a figure to the phrase before it in one column: a list's comma or "and", a range's dash or "to". */
const JOINER = /^(?:[,;&–—-]|and|or|to)$/i;

/**
 * A rendered infobox sets the parties' losses side by side on one line: "59,247 c. 26,000", "~900 killed 300-400
 * killed[3]". Each figure whose phrase nothing joins to the one before (no comma, "and" or range's dash between
 * them, brackets and qualifiers such as "c." skipped) opens the next column. The token indices where columns 1, 2,
 * ... open, when the line holds from two to `most` such phrases; else null.
 */
export function columnsInLine(s: Sentence, most: number, qualifier: (word: string) => boolean): number[] | null {
  const t = s.tokens;
  const opens: number[] = [];
  let depth = 0;
  let seen = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i].text;
    if (x === '(' || x === '[') depth++;
    else if (x === ')' || x === ']') depth = Math.max(0, depth - 1);
    if (depth || !FIGURE.test(x)) continue;
    if (seen) {
      // Back over brackets and qualifiers ("c.", "~", "about") to the token that says whether this figure goes on.
      let k = i;
      for (let d = 0; k > 0; k--) {
        const p = t[k - 1].text;
        if (p === ')' || p === ']') d++;
        else if (p === '(' || p === '[') d--;
        else if (!d && !(qualifier(p) || /^[~.+<>≈]$/.test(p))) break;
      }
      const before = t[k - 1]?.text ?? '';
      if (!JOINER.test(before)) {
        // The qualifiers before the figure open its column with it; brackets after the last phrase stay with it.
        let open = i;
        for (let m = i - 1, d = 0; m >= k; m--) {
          const p = t[m].text;
          if (p === ')' || p === ']') d++;
          else if (p === '(' || p === '[') d--;
          else if (!d) open = m;
        }
        opens.push(open);
      }
    }
    seen = true;
  }
  return opens.length && opens.length < most ? opens : null;
}

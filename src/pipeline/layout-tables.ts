import type { LineLayout, Sentence } from './types.js';

/** The non-empty cells of a table row: "| 4,000 killed | 6,500 killed |" → two. */
const cellsOf = (text: string) => text.split('|').map((c) => c.trim()).filter(Boolean);
/** A row's cells, empty ones ("—", "-", "n/a") counted too: "Wounded | 40,000 | —" has three. */
const allCells = (text: string) => text.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());

/**
 * A table written out with bars whose first row heads its columns ("Loss | Ruritania | Borduria", then "Killed |
 * 3,155 | 2,592"): each cell below stands in its header cell's column, so the side stage can read the party the
 * header names there (a header of categories or sources names none, and nothing is taken from it).
 */
export function readHeaderRows(sentences: Sentence[], out: Array<LineLayout | null>): void {
  for (let k = 0; k < sentences.length - 1; k++) {
    const header = sentences[k];
    if (!header.text.includes('|') || out[k]?.columns) continue;
    const width = allCells(header.text).length;
    if (width < 3 || cellsOf(header.text).length !== width || /\d/.test(header.text)) continue;
    let j = k + 1;
    for (; j < sentences.length && sentences[j].text.includes('|') && allCells(sentences[j].text).length === width && !out[j]?.columns; j++) {
      out[j] = { ...(out[j] ?? { heads: [], closer: null }), columns: { headers: [header], column: -1, columns: width, knownOnly: true } };
    }
    k = j - 1;
  }
}

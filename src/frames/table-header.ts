import type { Category } from '../schema.js';
import type { Token } from '../pipeline/types.js';
import { matchAt, type CompiledLexicon, type FrameContext } from './context.js';
import { predicateAt } from './predicate.js';

/** The header line of a table of losses: which loss each column counts. */

/**
 * The columns of a table header that names two or more losses: "Killed Wounded Missing Total" → killed, wounded,
 * missing, casualties ("Total" of the row's losses). Null for any other line.
 */
export function headerColumns(tokens: Token[], lex: CompiledLexicon): Category[] | null {
  const heads = shortHeads(tokens, lex);
  if (heads) return heads;
  const out: Category[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "Total" alone heads a column; "Total prisoners" is one label.
    if (/^(total|totals)$/i.test(tokens[i].text)) {
      const own = tokens[i + 1] && (predicateAt({ tokens, lex } as FrameContext, i + 1) ?? matchAt(lex.nouns, tokens, i + 1));
      if (own) return null;
      if (tokens[i - 1]?.lower !== 'of') out.push('casualties');
      continue;
    }
    const p = predicateAt({ tokens, lex } as FrameContext, i);
    if (p) { out.push(p.category); i = p.last; continue; }
    const n = matchAt(lex.nouns, tokens, i);
    if (n) { out.push(n.value); i = n.last; }
  }
  return new Set(out).size >= 2 ? out : null;
}

/**
 * "| K. | W. | K. | W. |", "| Unit | KIA | WIA |", "KIA WIA MIA": a header line of short column heads, two or more; in a "|"
 * table the first cell may name the row labels' column.
 */
function shortHeads(tokens: Token[], lex: CompiledLexicon): Category[] | null {
  const piped = tokens.some((t) => t.text === '|');
  const cells = piped ? tableCells(tokens) : tokens.map((_, i) => [i, i] as [number, number]);
  const out: Category[] = [];
  for (let c = 0; c < cells.length; c++) {
    const words = tokens.slice(cells[c][0], cells[c][1] + 1).filter((t) => t.text !== '.');
    const head = words.length === 1 ? lex.columnHeads.get(words[0].lower) : undefined;
    if (head) out.push(head);
    else if (!(piped && c === 0) && words.length) return null;
  }
  return out.length >= 2 ? out : null;
}

/** The loss each cell of a "|" header names, by position (null for "Place", "Sources"), or undefined for no "|" header. */
export function headerCells(tokens: Token[], lex: CompiledLexicon): Array<Category | null> | undefined {
  if (!tokens.some((t) => t.text === '|')) return undefined;
  return tableCells(tokens).map(([a, b]) => {
    const cell = tokens.slice(a, b + 1);
    if (cell.length === 1 && /^(total|totals)$/i.test(cell[0].text)) return 'casualties';
    // A short column head: "K.", "WIA", "Gef." (the lexicon's columnHeads).
    const words = cell.filter((t) => t.text !== '.');
    const short = words.length === 1 ? lex.columnHeads.get(words[0].lower) : undefined;
    if (short) return short;
    for (let i = 0; i < cell.length; i++) {
      const p = predicateAt({ tokens: cell, lex } as FrameContext, i) ?? null;
      if (p) return p.category;
      const n = matchAt(lex.nouns, cell, i);
      if (n) return n.value;
    }
    return null;
  });
}

/** The cells of a "|" table row as token ranges ([i, i - 1] when empty), less the empty ones at its edges. */
export function tableCells(tokens: Token[]): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].text !== '|') continue;
    cells.push([start, i - 1]);
    start = i + 1;
  }
  while (cells.length && cells[0][1] < cells[0][0]) cells.shift();
  while (cells.length && cells[cells.length - 1][1] < cells[cells.length - 1][0]) cells.pop();
  return cells;
}

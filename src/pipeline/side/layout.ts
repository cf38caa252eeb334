import type { Side } from '../../schema.js';
import type { LineLayout } from '../layout.js';
import type { PartyMention } from '../parties.js';
import type { Sentence } from '../types.js';
import { isAgentMention } from './agent.js';
import type { SideWords } from './lexicon.js';

/** A party named as the source of a head ("according to Northern sources:", "Southern estimate:"), not as its loser. */
function speaks(s: Sentence, p: PartyMention, words: SideWords): boolean {
  const before = s.tokens.slice(Math.max(0, p.first - 3), p.first).map((t) => t.lower).join(' ');
  const after = s.tokens[p.last + 1]?.lower ?? '';
  return /according to|\bper$|\bby$|\bfrom$/.test(before) || words.layoutSourceWords.has(after);
}

/**
 * The side a row of a layout inherits: its infobox column's party, else the nearest head line that names a
 * party as the one that suffered ("The losses of the Northern army were:", "Cavalry of Ruritania:").
 */
export function layoutSide(layout: LineLayout | null, row: Sentence, at: number, partiesOf: (s: Sentence) => PartyMention[], words: SideWords): Side | null {
  if (!layout) return null;
  // The row's own label first: "Northern army – 40".
  const own = partiesOf(row).find((m) => m.last < at && !isAgentMention(row, m, words) && !speaks(row, m, words));
  if (own) return { name: own.name, text: own.text, basis: 'stated' };
  if (layout.columns) {
    const seen = new Set<string>();
    const inOrder: Array<{ p: PartyMention }> = [];
    for (const h of layout.columns.headers) for (const p of partiesOf(h)) if (!seen.has(p.name)) { seen.add(p.name); inOrder.push({ p }); }
    // Fewer columns than parties ("Bolivia, Peru" against "Chile"): the last column is the last party's.
    const { column, columns } = layout.columns;
    const hit = column === columns - 1 && columns < inOrder.length ? inOrder.at(-1) : inOrder[column];
    if (hit) return { name: hit.p.name, text: hit.p.text, basis: 'heading' };
  }
  for (let k = layout.heads.length - 1; k >= 0; k--) {
    const h = layout.heads[k];
    const p = partiesOf(h).find((m) => !isAgentMention(h, m, words) && !speaks(h, m, words));
    if (p) return { name: p.name, text: p.text, basis: 'heading' };
  }
  return null;
}

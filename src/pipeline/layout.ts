import { DEFAULT_LAYOUT, type LayoutLexicon } from '../lexicon/layout.js';
import { DEFAULT_SIDE_WORDS } from '../lexicon/sides.js';
import { alternation } from '../lexicon/pattern.js';
import type { Doc, LineLayout, Sentence } from './types.js';
import { readHeaderRows } from './layout-tables.js';
import { columnsByRepeatedLoss, columnsInLine } from './layout-losses.js';
import { DEFAULT_CATEGORIES, type CategoryLexicon } from '../lexicon/categories.js';

/**
 * The layout of lines that are not prose: what heads each row of a list, label block or table, and which
 * column of an infobox a row stands in. Read once after segmenting, from the lines' shapes and the few words of
 * the lexicon's layout section, so that the side, claimant and date stages can each take what a row inherits:
 *
 *   The losses of the Northern army were:      ← an intro (level 0): a clause ending in a colon
 *   Cavalry:                                   ← a label (level 1): a short line heading the rows below it
 *   (Official figures):                        ← a bracketed label (level 2): a source for the rows below it
 *   1,200 killed                               ← rows: heads = [intro, label, bracketed label]
 *   (Southern sources)                         ← a bracketed line closing the rows above: their source
 *
 * An infobox flattened to text lists its parties on the line after "Belligerents" and then each party's
 * losses in turn; a row's column is counted by where the first row's label comes round again.
 */
export type { LineLayout } from './types.js';

/** Rows are short: more words than this make a line prose. */
const MAX_ROW_WORDS = 16;
const MAX_LABEL_WORDS = 6;
const BULLET = /^\s*(?:[-–—•*·▪◦‣►]|\d{1,2}[.)]\s)/u;
/** Footnote marks and citations ("[3]", "[nb 5]", "*") are not words of a line. */
const MARKS = /\[[^\]]{0,12}\]|\*/g;
const COLUMN_HEADS = /^(?:belligerents|combatants|parties(?: to the conflict)?|sides)\s*:?$/i;
/** Lines naming the parties under "Belligerents" that are read, flags and allies included. */
const MAX_HEADER_LINES = 8;
const LOSSES_LABEL = /^(?:casualties(?: and losses)?|losses|casualties and losses)\s*:?$/i;

/** The layout section compiled: abbreviations, and patterns of infobox ends, intro clauses and row qualifiers. */
export interface LayoutWords {
  abbreviations: Set<string>;
  infoboxEnd: RegExp;
  /** A verb makes a line ending in a colon a clause that introduces ("The losses were as follows:"), not a label. */
  intro: RegExp;
  rowQualifier: RegExp;
  /** The subjects lexicon's equipment words ("tanks", "cruiser"): infobox rows of things lost, not people. */
  equipment: Set<string>;
  /** The side words' name particles ("Kingdom *of* Italy"): small words a line of party names may hold. */
  nameParticles: Set<string>;
  /** The categories' one-word predicates and nouns ("killed", "sunk", "deaths"): the loss an infobox row tells. */
  lossWords: Map<string, string>;
}

export function compileLayout(l: LayoutLexicon, equipment: string[] = [], nameParticles: string[] = [], categories: CategoryLexicon = DEFAULT_CATEGORIES): LayoutWords {
  const single = (entries: Record<string, string>) => Object.entries(entries).filter(([k]) => !k.includes(' ')).map(([k, c]) => [k.toLowerCase(), c] as [string, string]);
  return {
    lossWords: new Map([...single(categories.predicates), ...single(categories.nouns)]),
    equipment: new Set(equipment.map((w) => w.toLowerCase())),
    nameParticles: new Set(nameParticles.map((w) => w.toLowerCase())),
    abbreviations: new Set(l.abbreviations.map((w) => w.toLowerCase())),
    infoboxEnd: new RegExp(`^(?:${alternation(l.infoboxEnds)})\\b`, 'i'),
    intro: new RegExp(`\\b(?:${alternation(l.introWords)})\\b`, 'i'),
    rowQualifier: new RegExp(`\\b(?:${alternation(l.rowQualifiers.map((w) => w.toLowerCase()))})\\b`, 'g'),
  };
}

/** The default lexicon's, for segmenting without one. */
export const DEFAULT_LAYOUT_WORDS = compileLayout(DEFAULT_LAYOUT, [], DEFAULT_SIDE_WORDS.nameParticles);
const bare = (s: Sentence) => s.text.replace(MARKS, '').trim();
/**
 * A line without the empty cells a flattened table leaves after it ("Belligerents | | |"), cut by a loop from the
 * end: the pattern /[\s|]+$/ tries again from every space of a long run that ends in a word, quadratic in the run.
 */
function label(s: Sentence): string {
  // A table's row from HTML opens with its first cell's bar: "| Belligerents".
  const text = bare(s).replace(/^\|\s*/, '');
  let end = text.length;
  while (end > 0 && /[\s|]/.test(text[end - 1])) end--;
  return text.slice(0, end);
}
const words = (text: string) => text.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const hasFigure = (text: string) => /\d/.test(text.replace(/\([^)]*\)/g, ''));

type LineKind = 'intro' | 'label' | 'bracket' | 'row' | 'closer' | 'prose';

function kindOf(s: Sentence, whole: boolean, w: LayoutWords): LineKind {
  const text = bare(s);
  if (!whole) return 'prose';
  const n = words(text);
  if (/^\(.*\):?$/.test(text) && n <= 8) return text.endsWith(':') ? 'bracket' : 'closer';
  if (text.endsWith(':')) return n <= MAX_LABEL_WORDS && !hasFigure(text) && !w.intro.test(text) ? 'label' : n <= 40 ? 'intro' : 'prose';
  if (hasFigure(text) && (n <= MAX_ROW_WORDS || BULLET.test(text))) return 'row';
  if (BULLET.test(text) && n <= MAX_ROW_WORDS) return 'row';
  if (n <= MAX_LABEL_WORDS && !hasFigure(text) && !/[.!?]$/.test(text)) return 'label';
  return 'prose';
}

const LEVEL: Partial<Record<LineKind, number>> = { intro: 0, label: 1, bracket: 2 };

/** The key of an infobox row, its words without figures or marks, to tell when the first column's sequence comes round again. */
const rowKey = (s: Sentence, w: LayoutWords, brackets = false) => bare(s).toLowerCase().replace(brackets ? /[()]/g : /\([^)]*\)/g, ' ').replace(/[^\p{L}\s]+/gu, ' ').replace(w.rowQualifier, ' ').replace(/\s+/g, ' ').trim();

export function readLayout(doc: Doc, w: LayoutWords = DEFAULT_LAYOUT_WORDS): Array<LineLayout | null> {
  const { sentences } = doc;
  const out: Array<LineLayout | null> = sentences.map(() => null);
  const whole = (k: number) => sentences[k].indexInParagraph === 0 && sentences[k + 1]?.paragraph !== sentences[k].paragraph;
  const kinds = sentences.map((s, k) => kindOf(s, whole(k), w));
  // "(Official records)" above rows heads them; below rows, with none after it, it closes them.
  for (let k = 0; k < kinds.length; k++) if (kinds[k] === 'closer' && kinds[k + 1] === 'row' && kinds[k - 1] !== 'row') kinds[k] = 'bracket';
  let stack: Array<{ s: Sentence; level: number }> = [];
  let blockRows: number[] = [];
  // Rows indented under a row ("• Northern army – 40" then "    • Cavalry – 12") have it as their parent.
  let parents: Array<{ s: Sentence; indent: number }> = [];
  const indentOf = (s: Sentence) => s.start - (doc.text.lastIndexOf('\n', s.start - 1) + 1);
  const headingOf = (s: Sentence) => s.headings.at(-1)?.start ?? -1;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const kind = kinds[k];
    if (stack.length && headingOf(stack[0].s) !== headingOf(s)) { stack = []; blockRows = []; parents = []; }
    const level = LEVEL[kind];
    if (level !== undefined) {
      // A label heads only when rows (or a deeper label) follow it.
      const next = kinds[k + 1];
      if (kind === 'label' && next !== 'row' && next !== 'bracket' && next !== 'label') { stack = []; blockRows = []; continue; }
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      stack.push({ s, level });
      blockRows = [];
      parents = [];
      continue;
    }
    if (kind === 'row') {
      const indent = indentOf(s);
      while (parents.length && parents.at(-1)!.indent >= indent) parents.pop();
      if (stack.length || parents.length) {
        out[k] = { heads: [...stack.map((h) => h.s), ...parents.map((p) => p.s)], closer: null };
        blockRows.push(k);
      }
      if (BULLET.test(s.text)) parents.push({ s, indent });
      continue;
    }
    if (kind === 'closer' && blockRows.length && blockRows.at(-1) === k - 1) {
      for (const r of blockRows) out[r]!.closer = s;
      blockRows = [];
      continue;
    }
    stack = [];
    blockRows = [];
    parents = [];
  }
  readInfoboxColumns(doc, kinds, out, w);
  readHeaderRows(doc.sentences, out);
  return out;
}

/** The non-empty cells of a table row: "| 4,000 killed | 6,500 killed |" → two. */
const cellsOf = (text: string) => text.split('|').map((c) => c.trim()).filter(Boolean);

/** "Belligerents" then the parties' line(s); under "Casualties and losses", each party's rows in turn. */
function readInfoboxColumns(doc: Doc, kinds: LineKind[], out: Array<LineLayout | null>, w: LayoutWords): void {
  const { sentences } = doc;
  const at = sentences.findIndex((s) => COLUMN_HEADS.test(label(s)));
  const headers: Sentence[] = [];
  let k = at + 1;
  if (at >= 0) {
    for (; k < sentences.length && headers.length < MAX_HEADER_LINES && !w.infoboxEnd.test(label(sentences[k])) && !LOSSES_LABEL.test(label(sentences[k])); k++) headers.push(sentences[k]);
  } else {
    k = unlabelledParties(sentences, headers, w);
  }
  if (!headers.length) return;
  // One row of cells naming the parties ("| Kingdom of Sardinia | Austrian Empire"): each cell below it is its column.
  const headerCells = cellsOf(headers[0].text);
  if (headers.length === 1 && headerCells.length >= 2) {
    const at = sentences.findIndex((s, j) => j > k - 1 && LOSSES_LABEL.test(label(s)));
    let j = at + 1;
    for (; at >= 0 && j < sentences.length && cellsOf(sentences[j].text).length >= 2; j++) {
      out[j] = { ...(out[j] ?? { heads: [], closer: null }), columns: { headers, column: -1, columns: headerCells.length } };
    }
    if (j > at + 1) return;
    // Rows that are not cells: "1 carrier sunk, ... 715 killed |" then "1 light carrier sunk, ... 966 killed |", a
    // line a party in the parties' order, each line ending in its cell's bar however many sentences it holds.
    if (at >= 0 && lineColumns(sentences, at + 1, headers, headerCells.length, out)) return;
  }
  const losses = sentences.findIndex((s, j) => j >= k && LOSSES_LABEL.test(label(s)));
  if (losses < 0) return;
  const rows: number[] = [];
  for (let j = losses + 1; j < sentences.length && kinds[j] !== 'prose'; j++) rows.push(j);
  // "59,247 c. 26,000": one line holds every party's figure, each a column of its own.
  const figureRows = rows.filter((j) => /\d/.test(sentences[j].text));
  const opens = figureRows.length === 1 ? columnsInLine(sentences[figureRows[0]], Math.max(2, headers.length), (x) => !x.toLowerCase().replace(w.rowQualifier, '')) : null;
  if (opens) out[figureRows[0]] = { ...(out[figureRows[0]] ?? { heads: [], closer: null }), columns: { headers, column: 0, columns: opens.length + 1, opens } };
  if (rows.length < 2 || opens) return;
  let column = 0;
  const columnOf = new Map<number, number>();
  // Rows told apart by their brackets ("dead (ground)", "dead (naval)") repeat with them; else without them ("(per X)").
  for (const brackets of [true, false]) {
    const first = rowKey(sentences[rows[0]], w, brackets);
    column = 0;
    rows.forEach((j, n) => {
      if (n > 0 && rowKey(sentences[j], w, brackets) === first) column++;
      columnOf.set(j, column);
    });
    if (column > 0) break;
  }
  // "2 aircrew killed, 2 sailors wounded, 3 aircraft" then "1,297 killed, 350 wounded": with two parties, the second
  // column opens where the first row's last word (its loss) comes round again after rows of other losses.
  if (column === 0 && rows.length >= 3) {
    const lastWord = (j: number) => rowKey(sentences[j], w).split(' ').at(-1) ?? '';
    const loss = lastWord(rows[0]);
    const again = rows.findIndex((j, n) => n > 1 && lastWord(j) === loss && rows.slice(1, n).some((x) => lastWord(x) !== loss));
    if (loss && again > 0) {
      for (const [n, j] of rows.entries()) columnOf.set(j, n < again ? 0 : 1);
      column = 1;
    }
  }
  // "1 battlecruiser out of action", "15 killed", then "1 armoured cruiser sunk", "954 killed": each party's things
  // lost, then its people, and again for the next party.
  if (column === 0 && rows.length >= 4) {
    const thing = rows.map((j) => sentences[j].tokens.some((t) => w.equipment.has(t.lower) || w.equipment.has(t.lower.replace(/s$/, ''))));
    const starts = rows.map((_, n) => n).filter((n) => n === 0 || thing[n] !== thing[n - 1]);
    if (starts.length === 4 && thing[0] !== thing[starts[1]]) {
      for (const [n, j] of rows.entries()) columnOf.set(j, n < starts[2] ? 0 : 1);
      column = 1;
    }
  }
  // "549 killed", "1,148 wounded", then "2,351 killed": a loss the column already told opens the next.
  if (column === 0) {
    const byLoss = columnsByRepeatedLoss(sentences, rows, w, Math.max(2, headers.length));
    if (byLoss) {
      for (const [j, c] of byLoss) columnOf.set(j, c);
      column = Math.max(...byLoss.values());
    }
  }
  // No sequence comes round again, but one line a party ("1 carrier sunk 307 killed |" then "4 carriers sunk ..."):
  // each line is a column.
  if (column === 0 && rows.length === headers.length + (headers.length === 1 ? 1 : 0) && rows.length > 1) rows.forEach((j, n) => {
    columnOf.set(j, (column = n));
  });
  // No sequence comes round again, but the rows fall in blocks apart by blank lines (a block of bullets belongs
  // to the line above it): one block a column, when there are no more blocks than columns of parties.
  if (column === 0) {
    const blocks: number[][] = [];
    for (const j of rows) {
      const s = sentences[j];
      const gap = blocks.length ? doc.text.slice(sentences[blocks.at(-1)!.at(-1)!].end, s.start) : '';
      const fresh = !blocks.length || (/\n[ \t]*\n/.test(gap) && !BULLET.test(s.text));
      if (fresh) blocks.push([j]);
      else blocks.at(-1)!.push(j);
    }
    if (blocks.length >= 2 && blocks.length <= Math.max(2, headers.length)) {
      blocks.forEach((b, n) => {
        for (const j of b) columnOf.set(j, n);
      });
      column = blocks.length - 1;
    }
  }
  if (column === 0) return;
  // " Ottoman Empire" after "Russian Empire", "Kingdom of Romania": the line set in by a space opens the last column.
  // When every line is set in, none opens a column by it.
  const isSetIn = (h: Sentence) => /^[ \t\u00a0]/.test(doc.text.slice(doc.text.lastIndexOf('\n', h.start - 1) + 1, h.start + 1));
  const setIn = isSetIn(headers[0]) ? -1 : headers.findIndex((h, n) => n > 0 && isSetIn(h));
  const lastFrom = column === 1 && setIn > 0 ? setIn : undefined;
  for (const [j, c] of columnOf) out[j] = { ...(out[j] ?? { heads: [], closer: null }), columns: { headers, column: c, columns: column + 1, lastFrom } };
}

const COMMANDERS = /^commanders?(?: and leaders?)?\s*:?$/i;
/** Whether a line reads as parties: names, a flag's file, a bracket, or a label such as "Supported by:". */
function partiesLine(s: Sentence, w: LayoutWords): boolean {
  const text = label(s).replace(/\([^)]*\)/g, ' ').replace(/\S+\.svg\b/gi, ' ').trim();
  if (!text || w.infoboxEnd.test(text) || /\d/.test(text)) return false;
  if (/:$/.test(text)) return words(text) <= MAX_LABEL_WORDS;
  const parts = text.split(/\s+/).filter((x) => /\p{L}/u.test(x));
  if (parts.every((x) => /^\p{Lu}/u.test(x) || w.nameParticles.has(x))) return true;
  // "Sikh militants", "Kurdish rebels": a short name of an armed group.
  return parts.length <= 3 && /^\p{Lu}/u.test(parts[0]) && /^\p{Ll}+s$/u.test(parts.at(-1)!);
}

/**
 * An infobox whose parties' line has lost its "Belligerents" label ("Result British victory", " Ruritania  Borduria",
 * "Commanders and leaders"): the lines of names right above "Commanders and leaders", up to the result or date
 * label. Fills `headers` and returns the index of the commanders' line, or -1.
 */
function unlabelledParties(sentences: Sentence[], headers: Sentence[], w: LayoutWords): number {
  const c = sentences.findIndex((s) => COMMANDERS.test(label(s)));
  if (c < 1) return -1;
  let j = c - 1;
  while (j >= 0 && c - j <= MAX_HEADER_LINES && partiesLine(sentences[j], w)) j--;
  headers.push(...sentences.slice(j + 1, c));
  return c;
}

/** Lines below a losses label that each end in a cell's bar, one a party: true when they were read as columns. */
function lineColumns(sentences: Sentence[], from: number, headers: Sentence[], parties: number, out: Array<LineLayout | null>): boolean {
  const lines: number[][] = [];
  for (let j = from; j < sentences.length && lines.length < parties; j++) {
    const s = sentences[j];
    if (!lines.length || sentences[j - 1].paragraph !== s.paragraph) lines.push([]);
    lines.at(-1)!.push(j);
    const lastOfLine = sentences[j + 1]?.paragraph !== s.paragraph;
    if (lastOfLine && !/\|\s*$/.test(s.text)) return false;
  }
  if (lines.length !== parties) return false;
  lines.forEach((line, column) => {
    for (const j of line) out[j] = { ...(out[j] ?? { heads: [], closer: null }), columns: { headers, column, columns: parties } };
  });
  return true;
}

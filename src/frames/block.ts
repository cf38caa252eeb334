import type { Category } from '../schema.js';
import type { Sentence, Token } from '../pipeline/types.js';
import { matchAt, type CompiledLexicon, type Cue, type FrameContext } from './context.js';
import { predicateAt } from './predicate.js';
import { headerCells, headerColumns, tableCells } from './table-header.js';

/**
 * Lists and tables that state counts without a verb: fact-box bullets under "the latest on the victims",
 * rows under "Casualties and losses" or "Killed:", and "label - figure" lines ("tanks - 410 units",
 * "People killed: 602", "Total | 9,100"). The introducing line says what the rows count.
 */

/** What a block's rows count: one category, "losses" (people → casualties, equipment → destroyed), or nothing lost. */
export type BlockCategory = Category | 'losses' | 'none';

export interface Block {
  category: BlockCategory;
  /** Opened by a sentence of prose: only bullets, table rows and labelled rows belong to it. */
  fromProse: boolean;
  /** A table's header of losses ("Killed Wounded Missing Total"): the category of each column, in order. */
  columns?: Category[];
  /** A "|" header's cells by position, each its loss or null ("Place | Deaths | Injured | Sources"). */
  cellColumns?: Array<Category | null>;
}

/** Rows are short: more words than this (outside brackets) make a sentence prose. */
const MAX_ROW_WORDS = 16;
/** A label line ("Killed:", "Casualties and losses", "Operation Storm:") has at most this many words. */
const MAX_LABEL_WORDS = 8;
const BULLETS = new Set(['—', '–', '-', '•', '*', '·', '−', '►', '▪', '◦', '‣', '=']);
const SEPARATORS = new Set(['-', '–', '—', ':', '|', '=', '−']);

/** Tokens outside (...) and [...]: citations and sources in rows do not count as words. */
function outsideBrackets(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') depth++;
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    else if (depth === 0) out.push(t);
  }
  return out;
}

/** The loss a line names (first loss word wins), "losses" for a general word, "none" for words of no loss. */
export function lineCategory(tokens: Token[], lex: CompiledLexicon): BlockCategory | null {
  let general = false;
  const words = lineWords(lex);
  for (let i = 0; i < tokens.length; i++) {
    // A word that opens none of the phrases below changes nothing.
    if (!words.has(tokens[i].lower)) continue;
    // "exclusive of prisoners": what a line leaves out is not what its rows count.
    if (EXCLUSIONS.includes(tokens[i].lower)) break;
    // "Total survivors" names no loss; "Operation Sealion" is a name, not a count of operations.
    if (!general && matchAt(lex.notLoss, tokens, i) && !(/^\p{Lu}/u.test(tokens[i].text) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? ''))) return 'none';
    // A general word ("casualties", "losses") gives way to a specific one: "other casualties: wounded".
    if (lex.figures.generalLosses.has(tokens[i].lower)) { general = true; continue; }
    const p = predicateAt({ tokens, lex } as FrameContext, i);
    if (p) return p.category;
    const n = matchAt(lex.nouns, tokens, i);
    if (n) return n.value;
    // "The enemy lost the following:", "Rebels destroyed:": an active verb of loss before the rows it introduces.
    // "lost" alone says no more than losses (its rows may be tanks or men).
    const v = matchAt(lex.transitive, tokens, i);
    if (v) return /^los/.test(tokens[i].lower) ? 'losses' : v.value;
  }
  return general ? 'losses' : null;
}

/** First words of every loss phrase lineCategory can return (predicates, nouns, transitive verbs, general words). */
const lossFirstWords = new WeakMap<CompiledLexicon, Set<string>>();
function mayNameLoss(tokens: Token[], lex: CompiledLexicon): boolean {
  let words = lossFirstWords.get(lex);
  if (!words) {
    words = new Set([...lex.predicates.keys(), ...lex.nouns.keys(), ...lex.transitive.keys(), ...lex.figures.generalLosses]);
    lossFirstWords.set(lex, words);
  }
  for (const t of tokens) if (words.has(t.lower)) return true;
  return false;
}

/** Words after which a line's loss words are no longer its own: "excluding 40 wounded". */
const EXCLUSIONS = ['exclusive', 'excluding', 'except', 'besides', 'apart'];

/** Every word lineCategory acts on: the first words of loss phrases, of no-loss phrases, and the words of exclusion. */
const lineFirstWords = new WeakMap<CompiledLexicon, Set<string>>();
function lineWords(lex: CompiledLexicon): Set<string> {
  let words = lineFirstWords.get(lex);
  if (!words) {
    words = new Set([...lex.predicates.keys(), ...lex.nouns.keys(), ...lex.transitive.keys(), ...lex.figures.generalLosses, ...lex.notLoss.keys(), ...EXCLUSIONS]);
    lineFirstWords.set(lex, words);
  }
  return words;
}

function isWholeLine(s: Sentence): boolean {
  return s.indexInParagraph === 0;
}

/** The row's shape, or null when the sentence is prose (`words`: its word count outside brackets, if known). */
export function rowShape(s: Sentence, lex: CompiledLexicon, words = outsideBrackets(s.tokens).length): 'bullet' | 'table' | 'label' | 'plain' | null {
  const t = s.tokens;
  if (!t.length) return null;
  if (BULLETS.has(t[0].text) && t[0].text !== '-' && t[0].text !== '=' || (t[0].text === '-' || t[0].text === '=') && t.length > 1) return 'bullet';
  if (t.some((x) => x.text === '|')) return 'table';
  if (words > MAX_ROW_WORDS || !isWholeLine(s)) return null;
  if (labelEnd(t, lex) >= 0) return 'label';
  return 'plain';
}

/** Index of the separator after a leading label ("tanks -", "People killed:"), or -1. */
export function labelEnd(tokens: Token[], lex: CompiledLexicon): number {
  let i = BULLETS.has(tokens[0]?.text) ? 1 : 0;
  const start = i;
  for (; i < tokens.length && i < start + 12; i++) {
    const t = tokens[i];
    if (SEPARATORS.has(t.text)) return i > start && /^\d/.test(tokens[i + 1]?.text ?? '~') || i > start && (tokens[i + 1]?.lower === '~' || lex.figures.rowApproximators.has(tokens[i + 1]?.lower ?? '')) ? i : -1;
    if (/^\d/.test(t.text)) return -1;
  }
  return -1;
}

/**
 * Reads one sentence for the block it opens or continues; returns the block its rows fall under
 * (null when it is no row of a block). Called for every sentence, read or not.
 */
export function readBlock(s: Sentence, lex: CompiledLexicon, state: { block?: Block | null; category?: Category | null }): Block | null {
  const tokens = s.tokens;
  const plain = outsideBrackets(tokens);
  const shape = rowShape(s, lex, plain.length);
  const hasFigure = plain.some((t) => /^\d/.test(t.text));
  const last = tokens[tokens.length - 1]?.text;
  // A label line: "Casualties and losses", "Killed:", "Total prisoners", "Operation Storm:[3]".
  const words = shape === 'table' ? plain.filter((t) => t.text !== '|' && t.text !== '.').length : plain.length;
  const isLabel = isWholeLine(s) && !hasFigure && words <= MAX_LABEL_WORDS && (last === ':' || !/^[.!?,;]$/.test(last ?? ''));
  // "In total 90 were killed:" introduces its rows as a label does, though it holds a figure of its own.
  if (isLabel || last === ':') {
    const cat = lineCategory(tokens, lex);
    const columns = isLabel ? headerColumns(tokens, lex) : null;
    if (columns) state.block = { category: 'losses', fromProse: false, columns, cellColumns: headerCells(tokens, lex) };
    else if (cat) state.block = { category: cat, fromProse: false };
    // "The numbers we have so far are:" after the losses were told: its rows count the same losses.
    else if (!isLabel && state.category && tokens.some((t) => lex.figures.figureWords.has(t.lower))) state.block = { category: state.category, fromProse: false };
    else if (!isLabel) state.block = null;
    return null;
  }
  const block = state.block ?? null;
  // "People affected: 25,000" below prose that "destroyed homes": a label saying what befell its own count, in
  // words that name no loss, is no row of the prose's losses.
  if (block?.fromProse && shape === 'label' && ownStateLabel(tokens, lex)) return null;
  // A sentence of prose introduces only short bullets and table rows, not long bulleted paragraphs.
  if (shape && block && (!block.fromProse || shape !== 'plain' && plain.length <= MAX_ROW_WORDS)) return block;
  // A short row outside any block leaves the state alone; a long bulleted paragraph is prose.
  if (!block && (shape === 'table' || shape === 'label' || shape === 'bullet' && plain.length <= MAX_ROW_WORDS)) return null;
  // Prose: the last sentence of a paragraph may introduce bullets below it ("... on the dead and missing.").
  // Most prose names no loss word at all: one set lookup a token rules it out before lineCategory reads it.
  const cat = s.indexInParagraph >= 0 && mayNameLoss(tokens, lex) ? lineCategory(tokens, lex) : null;
  state.block = cat && cat !== 'none' ? { category: cat, fromProse: true } : null;
  return null;
}

/** A row label ending in a participle the lexicon knows as no loss: "People affected:", "Persons assisted:". */
function ownStateLabel(tokens: Token[], lex: CompiledLexicon): boolean {
  const end = labelEnd(tokens, lex);
  const word = tokens[end - 1]?.lower ?? '';
  return end > 0 && /^\p{Ll}{3,}ed$/u.test(word) && !lineCategory(tokens.slice(0, end), lex);
}

/** "(22. 49. 15)": numbers of a book reference, not counts. */
function isReference(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  return (next?.text === '.' && /^\d/.test(tokens[last + 2]?.text ?? '')) || (prev?.text === '.' && /^\d+$/.test(tokens[first - 2]?.text ?? ''));
}

/** Whether the counted words after the figure (past citations and "units") or the label name equipment. */
function countsEquipment(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  const isEquipment = (t: Token) => ctx.lex.equipment.has(t.lower) || ctx.lex.equipment.has(t.lower.replace(/s$/, '')) || ctx.lex.structures.has(t.lower);
  let depth = 0;
  for (let j = m.last + 1, n = 0; j < tokens.length && n < 6; j++) {
    const t = tokens[j];
    if (t.text === '[' || t.text === '(') { depth++; continue; }
    if (t.text === ']' || t.text === ')') { depth--; continue; }
    if (depth > 0) continue;
    if (ctx.mentionAt[j] >= 0 || /^[,;.]$/.test(t.text)) break;
    n++;
    // ("personnel carriers": people named only to say what the machine carries.)
    if (ctx.lex.people.has(t.lower) && !(tokens[j + 1] && isEquipment(tokens[j + 1]))) return false;
    if (isEquipment(t) && t.lower !== 'units' && t.lower !== 'unit') return true;
  }
  const sep = labelEnd(tokens, ctx.lex);
  if (sep > 0 && sep < m.first) return tokens.slice(0, sep).some(isEquipment);
  return false;
}

/** For each token, whether it stands inside [...]: one pass a sentence, kept with its tokens. */
const bracketDepth = new WeakMap<Token[], Uint8Array>();
function inBrackets(tokens: Token[], i: number): boolean {
  let inside = bracketDepth.get(tokens);
  if (!inside) {
    inside = new Uint8Array(tokens.length);
    let depth = 0;
    for (let j = 0; j < tokens.length; j++) {
      if (tokens[j].text === '[') depth++;
      else if (tokens[j].text === ']' && depth > 0) depth--;
      inside[j] = depth > 0 ? 1 : 0;
    }
    bracketDepth.set(tokens, inside);
  }
  return inside[i] === 1;
}

/** What a row says about one of its counts. */
export type RowReading =
  | { kind: 'skip' }
  /** The row's label or block overrides the count's own words ("Captured:" over "men who had fled"). */
  | { kind: 'override'; cue: Cue }
  /** The block's category, for a count that no other cue reaches. */
  | { kind: 'fallback'; cue: Cue }
  | null;

/**
 * The category of a count in a row: the row's own label ("People killed: 602"), else the block's, by what is
 * counted for "losses". Own words of the count win, except a state noun or a relative clause ("prisoners",
 * "men who had fled") under a block that says what happened to them.
 */
export function rowCue(ctx: FrameContext, k: number, block: Block | null, own: Cue | null): RowReading {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  if (isReference(tokens, m.first, m.last) || inBrackets(tokens, m.first)) return { kind: 'skip' };
  // A row of a table whose header names its columns' losses: the k-th count takes the k-th column's.
  if (block?.columns) {
    // "| Grenadier Gds. | - | 1 | 1 | 9 |": the value columns are the row's last cells, a dash an empty one.
    const cells = tokens.some((t) => t.text === '|') ? tableCells(tokens) : null;
    const cell = cells ? cells.findIndex(([a, b]) => a <= m.first && m.last <= b) : -1;
    // A row of as many cells as its header: each cell under its header cell, whatever stands after the losses.
    if (cells && cell >= 0 && block.cellColumns?.length === cells.length) {
      const own = block.cellColumns[cell];
      return own ? { kind: 'override', cue: { category: own, first: m.first, last: m.last, rule: 'table-column' } } : { kind: 'skip' };
    }
    const byCell = cells && cell >= 0 && cells.length >= block.columns.length ? cell - (cells.length - block.columns.length) : -1;
    const column = cells && cell >= 0 ? block.columns[byCell] : block.columns[ctx.mentions.slice(0, k).filter((x) => !x.quantity.unit).length];
    if (column) return { kind: 'override', cue: { category: column, first: m.first, last: m.last, rule: 'table-column' } };
    return { kind: 'skip' };
  }
  const sep = labelEnd(tokens, ctx.lex);
  let category: BlockCategory | null = null;
  let labelled = false;
  if (sep > 0 && sep < m.first) {
    category = lineCategory(tokens.slice(0, sep), ctx.lex);
    labelled = category !== null && category !== 'none';
  }
  category ??= block?.category ?? null;
  if (!category || category === 'none') return null;
  if (category === 'losses') category = countsEquipment(ctx, k) ? 'destroyed' : 'casualties';
  const cue: Cue = { category, first: m.first, last: m.last, rule: 'row' };
  if (labelled && !own) return { kind: 'override', cue };
  if (own && block && block.category !== 'losses') {
    const stateNoun = own.rule === 'head-noun' && (own.category === 'captured' || own.category === 'displaced');
    const relative = tokens.slice(m.last + 1, own.last).some((t) => /^(who|which|that)$/.test(t.lower));
    if (stateNoun || relative) return { kind: 'override', cue };
  }
  return { kind: 'fallback', cue };
}

import type { Category } from '../schema.js';
import type { Sentence } from '../pipeline/types.js';
import { lineCategory } from './block.js';
import type { CompiledLexicon, Cue, FrameContext } from './context.js';

/**
 * A list of one toll by source, a line each: a dash, the figure, then who gives it (an author, a body, a book):
 *   — 137  Smith, Ann. Great Fires of the Plains. 1973, p. 104.
 *   –600-800 Harbour Board report, 1911.
 *   — ~1,000 Wikipedia.
 * The lines name no loss of their own; the list counts the loss the document names (its first loss word).
 */
const CITATION_ROW = /^\s*[—–-]{1,2}\s*(?:[~≈<>]\s*|up to\s+)?\d[\d,.]*(?:\s*[-–]\s*[~<>]?\d[\d,.]*)?\+?\s+(?:\p{Lu}|\d+(?:st|nd|rd|th)\b)/u;
/** So few lines of that shape are a list of tolls by source, not a dash that happens to open a line. */
const MIN_ROWS = 3;

/** The entry line a list is under, closing on the toll it gives: "1918 — Oct 25, Liner strands on a reef –343-364". */
const ENTRY_TOLL = /^\s*\d{3,4}\s*[—–-]\s*\p{L}.*[—–-]\s*(?:[~≈<>]\s*)?\d[\d,.]*(?:\s*[-–]\s*[~<>]?\d[\d,.]*)?\+?\s*$/u;

export const isCitationRow = (s: Sentence) => s.indexInParagraph === 0 && (CITATION_ROW.test(s.text) || ENTRY_TOLL.test(s.text));

/** The loss a document's tolls-by-source list counts: null when it has no such list or names no loss. */
export function citationCategory(sentences: Sentence[], lex: CompiledLexicon): Category | null {
  let rows = 0;
  for (const s of sentences) if (isCitationRow(s) && ++rows >= MIN_ROWS) break;
  if (rows < MIN_ROWS) return null;
  // The first specific loss named wins; a general word ("losses", "toll") only if no specific one follows, and a
  // toll with no loss named is one of lives ("Hurricane Toll May Be 4,000"), as is a list that names no loss at all
  // ("1918 — Oct 25, Liner Strands on a Reef" over its sources' figures): what such lists count is the dead.
  let general: Category | null = null;
  for (const s of sentences) {
    if (!lex.lossCue.test(s.text)) continue;
    const c = lineCategory(s.tokens, lex);
    // ("Wreck of the Princess", "Ship Sunk": what befell a ship or a building is no toll of the list.)
    if (!c || c === 'none' || c === 'destroyed' || c === 'damaged' || c === 'downed') continue;
    if (c !== 'losses') return c;
    general ??= s.tokens.some((t) => t.lower === 'toll') ? 'killed' : 'casualties';
  }
  return general ?? (sentences.some((s) => ENTRY_LINE.test(s.text) || DEADLY_TITLE.test(s.text)) ? 'killed' : null);
}
/** The entry a list of tolls by source is under: its year, a dash, its day and the event ("1918 — Oct 25, Liner strands"). */
const ENTRY_LINE = /^\s*\d{3,4}\s*[—–-]\s*\p{L}/u;
/** A title over such lists that says they count lives: "Deadliest Disasters", "Large-Loss-of-Life Events". */
const DEADLY_TITLE = /\bdeadl(?:y|iest)\b|\bloss[- ]of[- ]life\b/i;

/** The figure opening a row of a tolls-by-source list, which names no loss of its own. */
export function citationCue(ctx: FrameContext, k: number, category: Category | null | undefined): Cue | null {
  if (!category || !isCitationRow(ctx.sentence)) return null;
  const entry = ENTRY_TOLL.test(ctx.sentence.text);
  if (k !== (entry ? ctx.mentions.length - 1 : 0)) return null;
  const m = ctx.mentions[k];
  return { category, first: m.first, last: m.last, rule: 'citation' };
}

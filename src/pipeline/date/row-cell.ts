import type { Sentence } from '../types.js';
import { findDates, type DateContext, type DateMention, type MentionRules } from './mentions.js';

/** How many cell lines back a row's date cell may stand. */
const ROW_CELLS = 8;
/** A line of a bar alone ends a row. */
const ROW_END = /^\s*\|\s*$/;

/** A cell line of a table written one cell a line: "12 deaths |". Read from the end: a line may be very long. */
function isCell(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === '|';
}

/**
 * A table written one cell a line ("1903-06-21 |", "Paterson, New Jersey |", "17 deaths |", then "|"): a figure's
 * cell takes the date of its own row's date cell, the first dated cell above it back to the bar that ends the row before.
 */
export function rowDateCell(sentences: Sentence[], s: Sentence, ctx: DateContext, rules: MentionRules): DateMention | null {
  if (!isCell(s.text) || (s.text.length < 40 && ROW_END.test(s.text))) return null;
  let found: DateMention | null = null;
  for (let j = s.index - 1; j >= 0 && s.index - j <= ROW_CELLS; j--) {
    const cell = sentences[j];
    if (!isCell(cell.text) || (cell.text.length < 40 && ROW_END.test(cell.text))) break;
    const d = findDates(cell, { ...ctx }, [], rules).find((x) => /^\d{4}/.test(x.value) && !x.periodStart);
    if (d) found = d;
  }
  return found && { ...found, role: 'event' };
}

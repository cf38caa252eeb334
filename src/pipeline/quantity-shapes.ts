import { TENS, UNITS } from '../lexicon/numbers.js';
import type { Core } from './numbers.js';
import type { Token } from './types.js';

/** Shapes of digits that are no count: ages in a list, dates written with slashes. */

const AGE_WORDS = new Set(['aged', 'age', 'ages']);
const isNumberWord = (t: Token) => /^\d/.test(t.text) || t.lower in UNITS || t.lower in TENS;
/** "aged 4", and each of "aged four, nine and 12": ages, not counts (a count after them has its noun: "and 40 adults"). */
export function agedList(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first - 1] && AGE_WORDS.has(tokens[first - 1].lower)) return true;
  if (tokens[last + 1] && !/^(?:[,;.)]|and|or)$/.test(tokens[last + 1].lower)) return false;
  for (let j = first - 1; j >= 0 && first - j <= 12; j--) {
    const t = tokens[j];
    if (AGE_WORDS.has(t.lower)) return true;
    if (!(t.text === ',' || t.lower === 'and' || isNumberWord(t))) return false;
  }
  return false;
}

/** Whether the digits stand in a date written with slashes: "02/07", "12/3", "3/11/2004" (day and month, either order). */
export function slashDate(tokens: Token[], core: Core): boolean {
  const t = tokens[core.first];
  const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const other = tokens[core.last + 1]?.text === '/' && glued(tokens[core.last], tokens[core.last + 1]) && glued(tokens[core.last + 1], tokens[core.last + 2]) ? tokens[core.last + 2]
    : tokens[core.first - 1]?.text === '/' && glued(tokens[core.first - 2], tokens[core.first - 1]) && glued(tokens[core.first - 1], t) ? tokens[core.first - 2] : undefined;
  if (!other || !/^\d{1,2}$/.test(other.text) || !/^\d{1,2}$/.test(t.text)) return false;
  const [a, b] = [Number(t.text), Number(other.text)];
  return /^0/.test(t.text) || /^0/.test(other.text) || (Math.min(a, b) >= 1 && Math.min(a, b) <= 12 && Math.max(a, b) <= 31);
}


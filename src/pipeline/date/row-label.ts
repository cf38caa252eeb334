import type { ClaimDate } from '../../schema.js';
import { MONTHS } from '../../lexicon/numbers.js';
import type { Sentence } from '../types.js';

/** How many lines above a row its table's intro may stand: "Homicides by month, 2013:" over its rows. */
const INTRO_REACH = 16;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;
/** The numbers-lexicon months' full names come first, in order of the year. */
const MONTH_NUMBER = new Map([...MONTHS].slice(0, 12).map((m, i) => [m, i + 1]));

/**
 * A row of a table by year or by month, its period the row's label: "2015 3,771", "January 612" under "Homicides by
 * month, 2013:". The figure holds for that period (as of it, like any period's toll); a month takes the year of the
 * intro above its rows, else of the reference date, else none.
 */
export function rowLabelDate(sentences: Sentence[], s: Sentence, reference: Date | null): ClaimDate | null {
  const t = s.tokens;
  // The label opens the line, the row's one figure follows it, and nothing else but a citation mark.
  if (s.indexInParagraph !== 0 || t.length < 2 || t.length > 6 || !/^[\d,.]+$/.test(t[1].text)) return null;
  const label = t[0].text;
  if (/^(1[5-9]\d\d|20\d\d)$/.test(label) && Number(t[1].text.replace(/,/g, '')) !== Number(label)) return { value: label, text: label, role: 'as_of' };
  const month = MONTH_NUMBER.get(t[0].lower);
  if (!month || !/^\p{Lu}/u.test(label)) return null;
  let year: string | null = null;
  for (let j = s.index - 1; j >= 0 && s.index - j <= INTRO_REACH; j--) {
    const line = sentences[j].text;
    if (/:\s*$/.test(line)) { year = YEAR.exec(line)?.[1] ?? null; break; }
  }
  year ??= reference ? String(reference.getUTCFullYear()) : null;
  const mm = String(month).padStart(2, '0');
  return { value: year ? `${year}-${mm}` : `--${mm}`, text: label, role: 'as_of' };
}

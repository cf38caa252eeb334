import {
  COUNT_NOUNS, CURRENCIES, MONTHS, SCALES, TENS, UNITS, VAGUE_AMOUNTS,
} from '../lexicon/numbers.js';
import type { Token } from './types.js';

/** "2,906", "14.000", "1.2", "7000"; the European "14.000" is a thousands separator (3 digits after the dot). */
export const DIGITS = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+|\d+(?:\.\d+)?)$/;
const EUROPEAN = /^\d{1,3}(?:\.\d{3})+$/;
export const HYPHEN_RANGE = /^(\d[\d,]*)-(\d[\d,]*)$/;
const SCALED = /^(\d[\d,]*(?:\.\d+)?)(bn|mn|mln|mil|m|k|b|M|B|K)$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/** A number read from tokens [first, last], before qualifiers and ranges. */
export interface Core {
  first: number;
  last: number;
  value: number | null;
  vagueMin?: number | null;
  weak?: boolean;
  /** Written with digits (checked against years, dates and measures). */
  digits: boolean;
  scaled?: boolean;
}

export function parseDigits(s: string): number {
  if (EUROPEAN.test(s)) return Number(s.replace(/\./g, ''));
  return Number(s.replace(/,/g, ''));
}

const wordValue = (w: string): number | undefined => {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return undefined;
};

const scaleOf = (t: Token): number | undefined => {
  if (t.text === 'M' || t.text === 'B' || t.text === 'K') return SCALES[t.lower];
  // Any word of the scale table (src/lexicon/numbers.ts); a lone k, m or b only as the capitals M, B, K above or glued to digits.
  if (t.lower.length < 2) return undefined;
  return SCALES[t.lower];
};
/** One digit group or number word: "3", "forty", "forty-two". Before a scale word "1.250" is a decimal. */
function atomValue(t: Token, next?: Token): { value: number; digits: boolean } | null {
  if (next && EUROPEAN.test(t.text) && /^\d+\.\d+$/.test(t.text) && scaleOf(next) !== undefined) return { value: Number(t.text), digits: true };
  if (DIGITS.test(t.text)) return { value: parseDigits(t.text), digits: true };
  if (DECIMAL_COMMA.test(t.text)) return { value: Number(t.text.replace(',', '.')), digits: true };
  const w = wordValue(t.lower);
  return w === undefined ? null : { value: w, digits: false };
}
/** Digit groups split by (thin, non-breaking) spaces: "40 000", "1 414 021 100". */
function spacedGroups(tokens: Token[], i: number, source: string, base: number): { value: number; last: number } | null {
  if (!/^\d{1,3}$/.test(tokens[i].text)) return null;
  let j = i;
  let text = tokens[i].text;
  while (/^\d{3}$/.test(tokens[j + 1]?.text ?? '') && /^[ \u00a0\u202f\u2009]$/.test(source.slice(tokens[j].end - base, tokens[j + 1].start - base))) {
    j++;
    text += tokens[j].text;
  }
  if (j === i) return null;
  // A row of table cells ("1940 225 511 3,375 5,622") holds numbers side by side, not digit groups of one.
  const cell = (k: number) => /^\d[\d,.]*$/.test(tokens[k]?.text ?? '') && /^\s+$/.test(k < i ? source.slice(tokens[k].end - base, tokens[i].start - base) : source.slice(tokens[j].end - base, tokens[k].start - base));
  if (cell(i - 1) || cell(j + 1)) return null;
  return { value: Number(text), last: j };
}

/** "11, 418": a thousands comma typed with a space after it, before exactly three digits. */
function spacedAfterComma(tokens: Token[], i: number, source: string, base: number): { value: number; last: number } | null {
  const comma = tokens[i + 1];
  const rest = tokens[i + 2];
  if (!/^\d{1,3}$/.test(tokens[i].text) || comma?.text !== ',' || comma.start !== tokens[i].end || !rest || !/^\d{3}$/.test(rest.text)) return null;
  if (source.slice(comma.end - base, rest.start - base) !== ' ') return null;
  // "5, 100 and 200" is a list: a figure or "and" right after the group says so.
  const after = tokens[i + 3];
  const before = tokens[i - 1];
  if (before && /^(,|and|or)$/.test(before.lower) && /^\d/.test(tokens[i - 2]?.text ?? '')) return null;
  // "On February 24, 900 people ...": a day after its month, then a count, not one number.
  if (before && MONTHS.has(before.lower.replace(/\.$/, ''))) return null;
  if (after && (after.text === ',' && /^\d/.test(tokens[i + 4]?.text ?? '') || /^(and|or)$/.test(after.lower) && /^\d/.test(tokens[i + 4]?.text ?? ''))) return null;
  return { value: Number(tokens[i].text + rest.text), last: i + 2 };
}

/**
 * A count in digits and words from i: "forty", "two hundred and fifty", "3 hundred and 21", "a dozen",
 * "three dozens", "half a dozen", "1.2 billion", "40 000".
 */
function readNumber(tokens: Token[], i: number, source: string, base: number): Core | null {
  const t0 = tokens[i];
  if (t0.lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') return { first: i, last: i + 2, value: 6, digits: false };
  // "half a million", "one half million", "a half million".
  const halfAt = t0.lower === 'half' ? i : (t0.lower === 'one' || t0.lower === 'a') && tokens[i + 1]?.lower === 'half' ? i + 1 : -1;
  if (halfAt >= 0) {
    const after = /^an?$/.test(tokens[halfAt + 1]?.lower ?? '') && halfAt === i ? halfAt + 2 : halfAt + 1;
    const scale = tokens[after] ? scaleOf(tokens[after]) : undefined;
    if (scale !== undefined && scale >= 1000) return { first: i, last: after, value: scale / 2, digits: false, scaled: true };
  }
  let total = 0;
  let current = 0;
  let j = i;
  let last = -1;
  let digits = false;
  let scaled = false;
  if (t0.lower === 'a' || t0.lower === 'an') {
    const next = tokens[i + 1];
    if (next && next.lower in COUNT_NOUNS) return { first: i, last: i + 1, value: COUNT_NOUNS[next.lower], digits: false };
    if (!next || !['hundred', 'thousand', 'million', 'billion'].includes(next.lower)) return null;
    current = 1;
    j = i + 1;
  } else if ((t0.lower === 'hundred' || t0.lower === 'thousand') && tokens[i + 1] && scaleOf(tokens[i + 1]) !== undefined) {
    current = 1;
  }
  // After a scale word, "and" may join a smaller part: "two hundred and fifty".
  let afterScale = false;
  let atoms = 0;
  let lastScale = 0;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    const scale = scaleOf(t);
    if (scale !== undefined && (atoms > 0 || current > 0)) {
      lastScale = scale;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = j;
      afterScale = true;
      scaled = true;
      continue;
    }
    if ((t.lower === 'dozen' || t.lower === 'dozens' || t.lower === 'score') && atoms > 0) {
      current = (current || 1) * (t.lower === 'score' ? 20 : 12);
      last = j;
      continue;
    }
    if (t.lower === 'and' && afterScale && tokens[j + 1]) {
      // "3 hundred and 2 hundred" are two numbers; "two hundred and fifty" is one.
      const next = atomValue(tokens[j + 1]);
      const nextScale = tokens[j + 2] ? scaleOf(tokens[j + 2]) : undefined;
      if (next && next.value > 0 && nextScale !== lastScale) continue;
      break;
    }
    const spaced = atoms === 0 ? spacedGroups(tokens, j, source, base) ?? spacedAfterComma(tokens, j, source, base) : null;
    const atom = spaced ? { value: spaced.value, digits: true } : atomValue(t, tokens[j + 1]);
    if (!atom) break;
    // A second figure only continues the first after a scale word ("4 thousand 3 hundred"), never "4000 3".
    if (atoms > 0 && !afterScale && (atom.digits || digits || current % 10 !== 0 || atom.value >= 10)) break;
    if (atoms > 0 && afterScale && atom.value >= (total ? 1000 : 100) && !atom.digits) break;
    if (atoms > 0 && atom.digits !== digits && !afterScale) break;
    current += atom.value;
    digits = digits || atom.digits;
    atoms++;
    afterScale = false;
    if (spaced) j = spaced.last;
    last = j;
  }
  if (last < i) return null;
  if (tokens[last].lower === 'and') last--;
  const value = total + current;
  return { first: i, last, value: Math.round(value * 1e6) / 1e6, digits, scaled };
}

/** Amounts without a figure: "dozens", "hundreds of thousands", "several hundred". */
function readVague(tokens: Token[], i: number): Core | null {
  const w = tokens[i].lower;
  if (w === 'several' || w === 'numerous') {
    const next = tokens[i + 1]?.lower;
    if (next === 'hundred' || next === 'thousand' || next === 'dozen') {
      return { first: i, last: i + 1, value: null, vagueMin: 2 * (next === 'dozen' ? 12 : SCALES[next]), digits: false };
    }
    return { first: i, last: i, value: null, vagueMin: null, digits: false };
  }
  if (!(w in VAGUE_AMOUNTS)) return null;
  // "tens of thousands", "hundreds of thousands"
  if (tokens[i + 1]?.lower === 'of' && ['thousands', 'millions', 'hundreds'].includes(tokens[i + 2]?.lower ?? '')) {
    const base = VAGUE_AMOUNTS[tokens[i + 2].lower] ?? 1;
    const mult = w === 'tens' ? 10 : w === 'hundreds' ? 100 : 1;
    return { first: i, last: i + 2, value: null, vagueMin: base * mult, digits: false };
  }
  if (w === 'tens') return null;
  return { first: i, last: i, value: null, vagueMin: VAGUE_AMOUNTS[w], digits: false };
}

/** The number starting at token i, in digits, words or both, or an amount without a figure. */
export function readCore(tokens: Token[], i: number, source: string, base: number): Core | null {
  const t = tokens[i];
  const hr = HYPHEN_RANGE.exec(t.text);
  if (hr) return { first: i, last: i, value: parseDigits(hr[1]), digits: true };
  const sm = SCALED.exec(t.text);
  if (sm) {
    // "1m" may be a metre: lower-case m and b scale only money ("$5m").
    const unit = sm[2];
    if (unit === 'm') {
      const p = tokens[i - 1];
      if (!p || !(p.lower in CURRENCIES) || /^[a-z]+$/.test(p.lower)) return null;
    }
    return { first: i, last: i, value: parseDigits(sm[1]) * SCALES[unit.toLowerCase()], digits: true, scaled: true };
  }
  return readNumber(tokens, i, source, base) ?? readVague(tokens, i);
}


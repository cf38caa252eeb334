import type { Qualifier, Quantity } from '../schema.js';
import {
  COUNT_NOUNS, CURRENCIES, LABEL_NOUNS, MEASURE_UNITS, MONTHS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, SCALES,
  TENS, UNITS, VAGUE_AMOUNTS,
} from '../lexicon/numbers.js';
import { tokenize } from './tokenize.js';
import type { QuantityMention, Token } from './types.js';

/** "2,906", "14.000", "1.2", "7000"; the European "14.000" is a thousands separator (3 digits after the dot). */
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+|\d+(?:\.\d+)?)$/;
const EUROPEAN = /^\d{1,3}(?:\.\d{3})+$/;
const HYPHEN_RANGE = /^(\d[\d,]*)-(\d[\d,]*)$/;
/** "one" after these is a pronoun: "the one who", "which one". */
const PRONOUN_ONE_BEFORE = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'no', 'someone', 'only', 'last', 'every']);
const SCALED = /^(\d[\d,]*(?:\.\d+)?)(bn|mn|mln|mil|m|k|b|M|B|K)$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const QUALIFIER_MAX_WORDS = 4;

interface Core {
  first: number;
  last: number;
  value: number | null;
  vagueMin?: number | null;
  weak?: boolean;
  /** Written with digits (checked against years, dates and measures). */
  digits: boolean;
  scaled?: boolean;
}

function parseDigits(s: string): number {
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

const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'lakh', 'crore', 'mln', 'mn', 'bn', 'bln', 'tn', 'tln', 'mil', 'M', 'B', 'K']);
const scaleOf = (t: Token): number | undefined => {
  if (t.text === 'M' || t.text === 'B' || t.text === 'K') return SCALES[t.lower];
  if (!SCALE_WORDS.has(t.lower)) return undefined;
  return SCALES[t.lower];
};
/** One digit group or number word: "3", "forty", "forty-two". */
function atomValue(t: Token): { value: number; digits: boolean } | null {
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
  return j > i ? { value: Number(text), last: j } : null;
}

/**
 * A count in digits and words from i: "forty", "two hundred and fifty", "3 hundred and 21", "a dozen",
 * "three dozens", "half a dozen", "1.2 billion", "40 000".
 */
function readNumber(tokens: Token[], i: number, source: string, base: number): Core | null {
  const t0 = tokens[i];
  if (t0.lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') return { first: i, last: i + 2, value: 6, digits: false };
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
    const spaced = atoms === 0 ? spacedGroups(tokens, j, source, base) : null;
    const atom = spaced ? { value: spaced.value, digits: true } : atomValue(t);
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

function readCore(tokens: Token[], i: number, source: string, base: number): Core | null {
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

function isMonth(t: Token | undefined): boolean {
  return !!t && MONTHS.has(t.lower) && /^[A-Z]/.test(t.text);
}

/** Digits that are a year, a day of a month, a time, a measure or a label rather than a count. */
function isNotACount(tokens: Token[], core: Core): boolean {
  if (!core.digits) return false;
  const t = tokens[core.first];
  const prev = tokens[core.first - 1];
  const prev2 = tokens[core.first - 2];
  const next = tokens[core.last + 1];
  if (prev?.text === '[' && next?.text === ']') return true; // citation marker
  if (isMonth(prev) || (prev?.text === '.' && isMonth(prev2)) || isMonth(next)) return true;
  if (next?.text === ':' && /^\d/.test(tokens[core.last + 2]?.text ?? '')) return true;
  if (prev?.text === ':' && /^\d/.test(prev2?.text ?? '') && prev.start === prev2!.end) return true;
  if (next && MEASURE_UNITS.has(next.lower) && next.lower !== 'm') return true;
  if (next?.text === '%') return true;
  if (prev && LABEL_NOUNS.has(prev.lower) && /^[A-Z]/.test(prev.text)) return true;
  if (prev && (prev.lower === 'aged' || prev.lower === 'age')) return true;
  if (!core.scaled && YEAR.test(t.text)) return true;
  if (/^[-–—/]$/.test(prev?.text ?? '') && /^[A-Za-z]/.test(prev2?.text ?? '') && prev2!.end === prev!.start) return true;
  return false;
}

function qualifierBefore(tokens: Token[], first: number): { qualifier: Qualifier; first: number } | null {
  for (let n = QUALIFIER_MAX_WORDS; n >= 1; n--) {
    if (first - n < 0) continue;
    const phrase = tokens.slice(first - n, first).map((t) => t.lower).join(' ');
    const q = QUALIFIERS_BEFORE[phrase];
    if (q) return { qualifier: q, first: first - n };
  }
  return null;
}

function qualifierAfter(tokens: Token[], last: number): { qualifier: Qualifier; last: number } | null {
  for (let n = 2; n >= 1; n--) {
    const words = tokens.slice(last + 1, last + 1 + n);
    if (words.length < n) continue;
    const phrase = words.map((t) => t.lower).join(' ');
    const q = QUALIFIERS_AFTER[phrase];
    if (q && (n > 1 || phrase !== '+' || tokens[last + 1].start === tokens[last].end)) return { qualifier: q, last: last + n };
  }
  return null;
}

function currencyAround(tokens: Token[], first: number, last: number): { unit: string; first: number; last: number } | null {
  const p = tokens[first - 1];
  if (p && p.lower in CURRENCIES && !/^[a-z]+$/.test(p.lower)) {
    // "US$1.2": "US" "$"
    const pp = tokens[first - 2];
    if (pp && /^(us|a|c|nz|hk)$/.test(pp.lower) && pp.end === p.start) return { unit: CURRENCIES[p.lower], first: first - 2, last };
    return { unit: CURRENCIES[p.lower], first: first - 1, last };
  }
  if (p && /^[A-Z]{3}$/.test(p.text) && p.lower in CURRENCIES) return { unit: CURRENCIES[p.lower], first: first - 1, last };
  const n = tokens[last + 1];
  if (n && n.lower in CURRENCIES && /^[a-z]+$/.test(n.lower)) return { unit: CURRENCIES[n.lower], first, last: last + 1 };
  return null;
}

const CHANGE_VERBS = new Set(['rose', 'risen', 'rising', 'increased', 'climbed', 'jumped', 'grew', 'up', 'fell', 'dropped', 'revised', 'raised']);

function makeQuantity(qualifier: Qualifier, value: number | null, min: number | null, max: number | null, unit: string | null, text: string): Quantity {
  return { value, min, max, qualifier, unit, text };
}

function bounds(q: Qualifier, v: number): [number | null, number | null] {
  switch (q) {
    case 'exact': return [v, v];
    case 'at_least': case 'more_than': return [v, null];
    case 'up_to': case 'less_than': return [null, v];
    default: return [null, null];
  }
}

/**
 * Stage 2: every count in a sentence's tokens, with its qualifier, range, scale and currency,
 * leaving out years, dates, times, measures, labels, ages, citation marks and model designations.
 */
export interface FindQuantitiesOptions {
  /** Keep years, days of months, times, measures and labels (for testing the number reader alone). */
  keepNonCounts?: boolean;
}

export function findQuantities(tokens: Token[], source: string, options: FindQuantitiesOptions = {}): QuantityMention[] {
  const out: QuantityMention[] = [];
  if (!tokens.length) return out;
  const base = tokens[0].start;
  const slice = (a: number, b: number) => source.slice(tokens[a].start - tokens[0].start, tokens[b].end - tokens[0].start);
  for (let i = 0; i < tokens.length; i++) {
    let weak = false;
    let core = readCore(tokens, i, source, base);
    if (core && tokens[i].lower === 'one' && core.last === i && PRONOUN_ONE_BEFORE.has(tokens[i - 1]?.lower ?? '')) continue;
    if (!core) {
      const w = tokens[i].lower;
      const next = tokens[i + 1];
      if ((w === 'a' || w === 'an' || (w === 'another' && !(next && readCore(tokens, i + 1, source, base)))) && next && /^\p{L}/u.test(next.text)) {
        core = { first: i, last: i, value: 1, digits: false, weak: true };
        weak = true;
      } else continue;
    }
    if (!options.keepNonCounts && isNotACount(tokens, core)) {
      i = core.last;
      continue;
    }
    // Ranges: "300 to 400", "300–400", "between 300 and 400", "two or three".
    let first = core.first;
    let last = core.last;
    let qualifier: Qualifier = core.value === null ? 'vague' : 'exact';
    let value = core.value;
    let min: number | null = null;
    let max: number | null = null;
    const hr = HYPHEN_RANGE.exec(tokens[i].text);
    const sep = tokens[core.last + 1]?.lower;
    const prevWord = tokens[core.first - 1]?.lower;
    if (hr && !(YEAR.test(hr[1]) && YEAR.test(hr[2])) && parseDigits(hr[2]) > parseDigits(hr[1])) {
      value = null; qualifier = 'range'; min = parseDigits(hr[1]); max = parseDigits(hr[2]);
    } else if (hr) {
      continue;
    } else if (core.value !== null && !weak && sep && ['to', '-', '–', '—', 'and', 'or'].includes(sep)) {
      const c2 = tokens[core.last + 2] ? readCore(tokens, core.last + 2, source, base) : null;
      const okSep = sep === 'and' ? prevWord === 'between' : sep === 'or' ? !core.digits : true;
      if (c2 && c2.value !== null && okSep && (options.keepNonCounts || !isNotACount(tokens, c2)) && c2.value > core.value) {
        const changing = prevWord === 'from' && tokens.slice(Math.max(0, core.first - 4), core.first).some((t) => CHANGE_VERBS.has(t.lower));
        if (changing) { i = core.last; continue; }
        let lo = core.value;
        if (c2.scaled && !core.scaled && lo < 1000) lo *= c2.value / Number(tokens[c2.first].text.replace(/,/g, '')) || 1;
        value = null; qualifier = 'range'; min = lo; max = c2.value; last = c2.last;
        if (prevWord === 'between' || prevWord === 'from') first = core.first - 1;
      }
    }
    if (qualifier !== 'range') {
      const before = qualifierBefore(tokens, first);
      if (before && value !== null) { qualifier = before.qualifier; first = before.first; }
      const after = value !== null ? qualifierAfter(tokens, last) : null;
      if (after) { qualifier = after.qualifier; last = after.last; }
      if (value !== null) [min, max] = bounds(qualifier, value);
      else min = core.vagueMin ?? null;
    } else {
      // "up to 300 to 400": the range carries the bounds; the words before still belong to the mention.
      const before = qualifierBefore(tokens, first);
      if (before) first = before.first;
    }
    const money = value !== null || qualifier === 'range' ? currencyAround(tokens, core.first, last) : null;
    if (money) { first = Math.min(first, money.first); last = Math.max(last, money.last); }
    if (!money && value !== null && !Number.isInteger(value) && !options.keepNonCounts) { i = last; continue; }
    out.push({
      first, last,
      start: tokens[first].start, end: tokens[last].end,
      quantity: makeQuantity(qualifier, value, min, max, money?.unit ?? null, slice(first, last)),
      weak,
    });
    i = last;
  }
  return out;
}

/**
 * The first quantity stated in a short text: "at least 185", "300–400", "a dozen", "14.000", "US$1.2 billion".
 * Null when the text states no count.
 */
export function parseQuantity(text: string): Quantity | null {
  if (typeof text !== 'string') throw new TypeError(`parseQuantity expects a string, got ${text === null ? 'null' : typeof text}`);
  const tokens = tokenize(text);
  if (!tokens.length) return null;
  const found = findQuantities(tokens, text.slice(tokens[0].start));
  const strong = found.find((m) => !m.weak);
  return strong ? strong.quantity : null;
}

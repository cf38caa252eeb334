import type { Qualifier, Quantity } from '../schema.js';
import { CURRENCIES, LABEL_NOUNS, MEASURE_UNITS, MONTHS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, TENS, UNITS, VAGUE_AMOUNTS } from '../lexicon/numbers.js';
import { HYPHEN_RANGE, parseDigits, readCore, type Core } from './numbers.js';
import { agedList, slashDate } from './quantity-shapes.js';
import { tokenize } from './tokenize.js';
import { matchEndingAt, phraseTable } from '../frames/context.js';
import { DEFAULT_FIGURES, type FigureLexicon } from '../lexicon/figures.js';
import { DEFAULT_GRAMMAR, type GrammarLexicon } from '../lexicon/grammar.js';
import { wordSets, type WordSets } from '../lexicon/pattern.js';
import type { QuantityMention, Token } from './types.js';

const YEAR = /^(1[89]\d\d|20\d\d)$/;
/** The lexicon's words the quantity reader reads: pronoun "one", heads never lost, citation labels, verbs of change. */
export interface QuantityWords {
  grammar: WordSets<GrammarLexicon>;
  figures: WordSets<FigureLexicon>;
}
const DEFAULT_WORDS: QuantityWords = { grammar: wordSets(DEFAULT_GRAMMAR), figures: wordSets(DEFAULT_FIGURES) };
const QUALIFIER_MAX_WORDS = 4;
const MAX_COUNT = 1e15;

const NUMBER_STARTS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE_AMOUNTS), 'a', 'an', 'another', 'half', 'hundred', 'thousand',
]);
function mayStartNumber(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return NUMBER_STARTS.has(t.lower) || (t.lower.includes('-') && NUMBER_STARTS.has(t.lower.split('-')[0]));
}

/** A month name, also glued to an infobox label before it ("DateMarch 3"). */
function isMonth(t: Token | undefined): boolean {
  if (!t) return false;
  if (MONTHS.has(t.lower) && /^[A-Z]/.test(t.text)) return true;
  const glued = /\p{Ll}(\p{Lu}\p{Ll}+)$/u.exec(t.text);
  return !!glued && MONTHS.has(glued[1].toLowerCase());
}

/** "(22. 49. 15)": numbers of a book reference in parentheses, not counts. */
function inReference(tokens: Token[], core: Core): boolean {
  const next = tokens[core.last + 1];
  const prev = tokens[core.first - 1];
  const dotted = (next?.text === '.' && /^\d+$/.test(tokens[core.last + 2]?.text ?? '')) || (prev?.text === '.' && /^\d+$/.test(tokens[core.first - 2]?.text ?? ''));
  if (!dotted) return false;
  for (let j = core.first - 1; j >= 0 && j >= core.first - 8; j--) {
    if (tokens[j].text === ')') return false;
    if (tokens[j].text === '(') return true;
  }
  return false;
}

/** Digits that are a year, a day of a month, a time, a measure or a label rather than a count. */
function isNotACount(tokens: Token[], core: Core, w: QuantityWords): boolean {
  const t = tokens[core.first];
  const prev = tokens[core.first - 1];
  const prev2 = tokens[core.first - 2];
  const next = tokens[core.last + 1];
  // Measures and groups are not losses, in digits or words: "two days", "the two sides".
  if (next && (MEASURE_UNITS.has(next.lower) && next.lower !== 'm' || w.figures.uncountedHeads.has(next.lower))) return true;
  // "3,000 villagers in four districts": where the losses were, not a count of them.
  if (prev && w.figures.locativeWords.has(prev.lower) && (w.figures.locativeHeads.has(next?.lower ?? '') || w.figures.locativeHeads.has(tokens[core.last + 2]?.lower ?? ''))) return true;
  if (agedList(tokens, core.first, core.last)) return true;
  if (!core.digits) return false;
  if (prev?.text === '[' && next?.text === ']') return true; // citation marker
  if (prev2?.text === '[' && w.figures.citationLabels.has(prev?.lower ?? '')) return true; // "[nb 6]"
  // "(22. 49. 15)": numbers of a book reference.
  if (inReference(tokens, core)) return true;
  // ("January 122", "March 1,009": a row of a table by month, its month the label and its figure no day or year.)
  const monthRow = core.first === 1 && isMonth(prev) && (t.text.includes(',') || (/^\d{2,3}$/.test(t.text) && Number(t.text) > 31));
  if ((isMonth(prev) && !monthRow) || (prev?.text === '.' && isMonth(prev2)) || isMonth(next)) return true;
  // "3 to 5 July", "7–14 June": the first day of a range of days.
  const day = (x: Token | undefined) => !!x && /^\d{1,2}$/.test(x.text) && Number(x.text) >= 1 && Number(x.text) <= 31;
  if (day(t) && /^(?:to|[-–—])$/.test(next?.lower ?? '') && day(tokens[core.last + 2]) && isMonth(tokens[core.last + 3])) return true;
  // "Casualties1", "Strength2": the index of an infobox field, glued to its label.
  if (prev && /^\p{L}+$/u.test(prev.text) && prev.end === t.start && next?.text === ':') return true;
  // "10:30", "3:1": a time or a ratio is written without spaces; "Casualties1: 8 killed" is a field and its count.
  const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  if (next?.text === ':' && /^\d/.test(tokens[core.last + 2]?.text ?? '') && glued(next, tokens[core.last + 2])) return true;
  // ("Casualties1:200 killed": the digit before the colon is a field's index, glued to its label.)
  const fieldIndex = glued(tokens[core.first - 3], prev2) && /^\p{L}+$/u.test(tokens[core.first - 3]?.text ?? '');
  if (prev?.text === ':' && /^\d/.test(prev2?.text ?? '') && prev.start === prev2!.end && glued(prev, t) && !fieldIndex) return true;
  if (next?.text === '%') return true;
  // "02/07", "3/11/2004": a day and month joined by a slash (a count never opens with a zero).
  if (slashDate(tokens, core)) return true;
  // An item's number opening its line: "(4) Total deaths: 258", "4) Houses destroyed: 90".
  const closes = tokens[core.last + 1]?.text === ')';
  if (closes && (core.first === 0 || (core.first === 1 && prev?.text === '(')) && /^\p{Lu}/u.test(tokens[core.last + 2]?.text ?? '')) return true;
  // Coordinates and angles: "43°08′28″N", "102° 21'".
  if (/^[°′″º]/.test(next?.text ?? '') || /^[°′″º]$/.test(prev?.text ?? '')) return true;
  if (prev && LABEL_NOUNS.has(prev.lower) && /^[A-Z]/.test(prev.text)) return true;
  // A page of a book: "p. 280", "pp. 262-280".
  if (prev?.text === '.' && /^pp?$/i.test(prev2?.text ?? '') && (prev2!.end === prev.start)) return true;
  if (!core.scaled && YEAR.test(t.text)) return true;
  if (/^[-–—/]$/.test(prev?.text ?? '') && /^[A-Za-z]/.test(prev2?.text ?? '') && prev2!.end === prev!.start) return true;
  return false;
}

/** The last token of a citation mark ("[17]", "[nb 3]") starting at i, or i - 1 when there is none. */
function citationEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== '[') return i - 1;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) if (tokens[j].text === ']') return j;
  return i - 1;
}

const QUALIFIER_TABLE = phraseTable(QUALIFIERS_BEFORE);

function qualifierBefore(tokens: Token[], first: number): { qualifier: Qualifier; first: number } | null {
  const m = matchEndingAt(QUALIFIER_TABLE, tokens, first - 1, QUALIFIER_MAX_WORDS);
  return m ? { qualifier: m.value, first: m.first } : null;
}

/** The qualifiers after a figure as a map, and the first words of those of two words ("or more"). */
const QUALIFIER_AFTER = new Map(Object.entries(QUALIFIERS_AFTER));
const TWO_WORD_FIRST = new Set([...QUALIFIER_AFTER.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

function qualifierAfter(tokens: Token[], last: number): { qualifier: Qualifier; last: number } | null {
  for (let n = 2; n >= 1; n--) {
    if (last + n >= tokens.length || (n === 2 && !TWO_WORD_FIRST.has(tokens[last + 1].lower))) continue;
    const phrase = n === 2 ? `${tokens[last + 1].lower} ${tokens[last + 2].lower}` : tokens[last + 1].lower;
    const q = QUALIFIER_AFTER.get(phrase);
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

function isCurrencySign(t: Token | undefined): boolean {
  return !!t && t.lower in CURRENCIES && !/^[a-z]+$/.test(t.lower);
}

const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** How far before "from" a change verb may stand: "raised its count of dead after the landslide from 38 to 61". */
const CHANGE_REACH = 12;

/** A verb of change in the clause before a figure ("revised ... from 40 to 52"), not past a clause break. */
function changeBefore(tokens: Token[], first: number, w: QuantityWords): boolean {
  for (let j = first - 1; j >= 0 && j >= first - CHANGE_REACH; j--) {
    // A period ends the clause, unless it closes an abbreviation ("the U.S. territory's toll").
    if (/^[,;:()]$/.test(tokens[j].text) || (tokens[j].text === '.' && !/^[A-Z][A-Z.]*$/.test(tokens[j - 1]?.text ?? ''))) return false;
    if (w.figures.changeVerbs.has(tokens[j].lower)) return true;
  }
  return false;
}

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
  /** The compiled lexicon's grammar and figures words; the default lexicon's where absent. */
  words?: QuantityWords;
}

export function findQuantities(tokens: Token[], source: string, options: FindQuantitiesOptions = {}): QuantityMention[] {
  const out: QuantityMention[] = [];
  if (!tokens.length) return out;
  const base = tokens[0].start;
  const w = options.words ?? DEFAULT_WORDS;
  const slice = (a: number, b: number) => source.slice(tokens[a].start - tokens[0].start, tokens[b].end - tokens[0].start);
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are plainly not numbers: skip them before any parsing.
    if (!mayStartNumber(tokens[i])) continue;
    let weak = false;
    let core = readCore(tokens, i, source, base);
    if (core && tokens[i].lower === 'one' && core.last === i && w.grammar.pronounOneBefore.has(tokens[i - 1]?.lower ?? '')) continue;
    // "one of the victims", "one of the worst days": a pronoun picking one out, not a count.
    if (core && tokens[i].lower === 'one' && core.last === i && tokens[i + 1]?.lower === 'of' && w.grammar.pronounOneOf.has(tokens[i + 2]?.lower ?? '')) continue;
    // "another dozen": twelve more, read as "a dozen" is.
    if (!core && tokens[i].lower === 'another' && tokens[i + 1]?.lower === 'dozen') core = { first: i, last: i + 1, value: 12, digits: false };
    if (!core) {
      const w = tokens[i].lower;
      const next = tokens[i + 1];
      if ((w === 'a' || w === 'an' || (w === 'another' && !(next && readCore(tokens, i + 1, source, base)))) && next && /^\p{L}/u.test(next.text)) {
        // "a family of five", "an extended family of 18": the count is the number after "of".
        let ofNumber = false;
        for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
          if (tokens[j].lower === 'of' && tokens[j + 1] && mayStartNumber(tokens[j + 1]) && !/^(a|an)$/.test(tokens[j + 1].lower)) { ofNumber = true; break; }
          if (!/^\p{L}/u.test(tokens[j].text)) break;
        }
        if (ofNumber) continue;
        core = { first: i, last: i, value: 1, digits: false, weak: true };
        weak = true;
      } else continue;
    }
    if (!options.keepNonCounts && isNotACount(tokens, core, w)) {
      i = core.last;
      continue;
    }
    // "aged five and seven", "ages 18 to 25": ages, in words or digits, with the second of a pair.
    if (!options.keepNonCounts && /^(aged|ages|age)$/.test(tokens[core.first - 1]?.lower ?? '')) {
      const pair = /^(and|or|to|-|–)$/.test(tokens[core.last + 1]?.lower ?? '') && tokens[core.last + 2] ? readCore(tokens, core.last + 2, source, base) : null;
      i = pair ? pair.last : core.last;
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
    // "820[4] – 1,150[5]": a citation mark between a figure and its range separator.
    const afterCite = citationEnd(tokens, core.last + 1);
    const sepAt = afterCite > core.last ? afterCite + 1 : core.last + 1;
    const sep = tokens[sepAt]?.lower;
    // "between $3bn and $5bn": a currency sign before each figure of a range.
    const signed = isCurrencySign(tokens[core.first - 1]);
    const prevWord = tokens[core.first - 1 - (signed ? 1 : 0)]?.lower;
    if (hr && !(YEAR.test(hr[1]) && YEAR.test(hr[2])) && parseDigits(hr[2]) > parseDigits(hr[1])) {
      value = null; qualifier = 'range'; min = parseDigits(hr[1]); max = parseDigits(hr[2]);
    } else if (hr) {
      continue;
    } else if (core.value !== null && !weak && sep && ['to', '-', '–', '—', 'and', 'or'].includes(sep)) {
      const c2At = signed && isCurrencySign(tokens[sepAt + 1]) ? sepAt + 2 : sepAt + 1;
      const c2 = tokens[c2At] ? readCore(tokens, c2At, source, base) : null;
      const okSep = sep === 'and' ? prevWord === 'between' : sep === 'or' ? !core.digits : true;
      if (c2 && c2.value !== null && okSep && (options.keepNonCounts || !isNotACount(tokens, c2, w)) && c2.value > core.value) {
        // "lifted its tally of dead in the mudslide from 12 to 30": a change, within the clause, not a range.
        // The figure changed from stays a count of its own (the frames give it the loss of the one after it).
        const changing = prevWord === 'from' && changeBefore(tokens, core.first, w);
        if (!changing) {
          let lo = core.value;
          // "2 to 3 thousand", "from four to five hundred": the scale of the second figure is the first's too.
          if (c2.scaled && !core.scaled && lo < 1000) lo *= SCALE_WORDS[tokens[c2.last].lower] ?? (c2.value / Number(tokens[c2.first].text.replace(/,/g, '')) || 1);
          value = null; qualifier = 'range'; min = lo; max = c2.value; last = c2.last;
          if (prevWord === 'between' || prevWord === 'from') first = core.first - 1 - (signed ? 1 : 0);
        }
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
      // "up to 150 to 200": the range carries the bounds; the words before still belong to the mention.
      const before = qualifierBefore(tokens, first);
      if (before) first = before.first;
    }
    const money = value !== null || qualifier === 'range' ? currencyAround(tokens, core.first, last) : null;
    if (money) { first = Math.min(first, money.first); last = Math.max(last, money.last); }
    if (!money && value !== null && !Number.isInteger(value) && !options.keepNonCounts) { i = last; continue; }
    // Figures past any real count (a 5,000-digit run) are not counts; they would not survive JSON either.
    if ((value !== null && !(value <= MAX_COUNT)) || (max !== null && !(max <= MAX_COUNT))) { i = last; continue; }
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

import type { ParsedComponents, ParsingComponents } from 'chrono-node';
import type { DateLexicon } from '../../lexicon/dates.js';
import { alternation } from '../../lexicon/pattern.js';
import type { ClaimDate } from '../../schema.js';
import type { Sentence } from '../types.js';
import { DAY_MS, formatDate, spanPrecision, utc, type Precision } from './calendar.js';
import { dateParser } from './chrono.js';
import { TAG } from './tags.js';

type Role = ClaimDate['role'];

/** A date named in a sentence, at the precision it was stated. */
export interface DateMention {
  value: string;
  date: Date;
  precision: Precision;
  text: string;
  /** Character offsets in the sentence. */
  index: number;
  end: number;
  role: Role;
  /** Stands right after a reporting verb ("reported on Sept. 27"): the date of that source's report. */
  afterVerb: boolean;
  /** When a period began or how long it ran ("since March 2011", "in the past week"): never a figure's date. */
  periodStart?: boolean;
}

export interface DateContext {
  /** The reference date (the caller's, else the document's own), if any. */
  reference: Date | null;
  /** The last day named, for "the same day", "a week later". */
  last: Date | null;
  /** The last year stated in the document, for dates without a year when there is no reference date. */
  year: number | null;
  /**
   * The year the narrative is in ("In 1990 ... on 3 May"): it places year-less dates before the reference does,
   * within its paragraph, or for a full date ("On 2 May 1990, ...") the next paragraphs too.
   */
  paragraphYear: { paragraph: number; year: number; full: boolean } | null;
  /**
   * The year of the event a text looks back on ("10 years since the quake of 23 October 2011"): its year-less dates
   * ("As of 25 October") are that year's, not the year it was published.
   */
  retroYear?: number | null;
}

export const MONTH_WORD = 'january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?';
/** Words that may start a date: chrono reads only the stretches around them. */
const MAY_HOLD_DATE = new RegExp(`\\d/\\d|\\b(?:1[5-9]|20)\\d\\d-[01]\\d-[0-3]\\d\\b|\\b(?:${MONTH_WORD}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|overnight|last night|ago|later|earlier|to date|so far|weekend|(?:last|next|this|past|previous) (?:week|month|year)|(?:past|last|previous) (?:\\w+ )?(?:hours?|days?|weeks?|months?|years?))`, 'i');
const DATE_WORD_G = new RegExp(MAY_HOLD_DATE.source, 'gi');
/** The stage's patterns built from the date words, once per lexicon. */
export interface MentionRules {
  asOfBefore: RegExp;
  /** Counted from the date named before, not from the reference: "a week later", "two days earlier". */
  anaphoric: RegExp;
  bareYear: RegExp;
  sameDay: RegExp;
  /** Each "the same day" phrase, lower-case, with its shift in days. */
  dayShifts: Map<string, number>;
  reportingBefore: RegExp;
  reports: RegExp;
  namesYear: RegExp;
}

/** `reportingVerbs`: the attribution lexicon's verbs of saying, so that "a document seen by Reuters showed on Tuesday" dates a report. */
export function mentionRules(d: DateLexicon, reportingVerbs: readonly string[] = []): MentionRules {
  const days = alternation(Object.keys(d.dayShifts));
  return {
    asOfBefore: new RegExp(`\\b(?:${alternation(d.asOfWords)})\\s*$`, 'i'),
    anaphoric: new RegExp(`\\b(?:${alternation(d.anaphoricWords)})\\b`, 'i'),
    bareYear: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Aa]s of|[Dd]uring|[Uu]ntil|[Oo]f|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+((?:1[89]|20)\\d\\d)\\b(?![-–]\\d)|\\b(?:a|the)\\s+((?:1[89]|20)\\d\\d)\\s+(?=${alternation(d.yearDocuments)})|\\b(?:[Aa]|[Tt]he)\\s+((?:1[0-9]|20)\\d\\d)\\s+(?=(?:[A-Z][\\w'’-]*\\s+){0,2}(?:${alternation(d.yearEvents)})\\b)`, 'g'),
    sameDay: new RegExp(`\\b(?:on\\s+)?the (${days})\\b|\\b(?:until|by|till) (then)\\b`, 'gi'),
    dayShifts: new Map(Object.entries(d.dayShifts).map(([k, v]) => [k.toLowerCase(), v])),
    // (A setting may stand between verb and date: "announced in a televised address Sunday", "told reporters Monday".)
    reportingBefore: new RegExp(`\\b(?:${alternation([...new Set([...d.reportingBefore, ...reportingVerbs])])})\\s+(?:(?:(?:${alternation(d.reportSettingOpeners ?? [])})\\s+(?:[\\w'’-]+\\s+){0,3}?)?(?:${alternation(d.reportSettings ?? [])})\\s+)?(?:(?:late|early)\\s+)?(?:on\\s+)?$`, 'i'),
    reports: new RegExp(`\\b(?:${alternation(d.reportVerbs)})\\b`),
    namesYear: new RegExp(`\\b(?:1[89]|20)\\d\\d\\b|${days}|\\bthen\\b`, 'i'),
  };
}

/** The digits every bare year has: a sentence without them is not searched for one. */
const YEAR_DIGITS = /(?:1\d|20)\d\d/;
/**
 * A date in a clause that "since" opens ("since the coalition intervened in March 2015", "since the first
 * case (on 2 May)"): when a period began.
 */
const SINCE_CLAUSE = /\bsince\s+(?:the|a|an|its|their|[a-z]+)\b[^,;.()]{0,45}(?:\(\s*(?:(?:in|on)\s+)?|\b(?:in|on)\s*)$/i;
const PERIOD_START = /\b(?:since|began(?: in| on)?|begun(?: in)?|started(?: in| on)?|start of)\s*$/i;

/** How many paragraphs after a full date its year still places year-less dates. */
const NARRATIVE_PARAGRAPHS = 2;
/** Characters kept either side of a date word: enough for "from 12 September to 30 November 2014". */
const WINDOW = 48;
const WORD_REACH = 24;
const MAX_SPAN = 400;

/** chrono on the stretches around date words only: its cost grows with the text it scans. */
interface Parsed {
  index: number;
  text: string;
  start: ParsedComponents;
  end: ParsedComponents | null;
  tags: Set<string>;
}

function parseWindows(raw: string, instant: Date): Parsed[] {
  // "__Sept 16:" opens a row of a wire's list: an underscore is no part of a word for a date (same length kept).
  const text = raw.includes('_') ? raw.replace(/_/g, ' ') : raw;
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(DATE_WORD_G)) {
    let a = Math.max(0, (m.index ?? 0) - WINDOW);
    let b = Math.min(text.length, (m.index ?? 0) + m[0].length + WINDOW);
    // Widen to whole words, but only so far: a run of "March-March-..." has no word boundary to find.
    for (let k = 0; k < WORD_REACH && a > 0 && !/\s/.test(text[a - 1]); k++) a--;
    for (let k = 0; k < WORD_REACH && b < text.length && !/\s/.test(text[b]); k++) b++;
    const last = spans[spans.length - 1];
    // Overlapping windows merge, up to a bound: chrono's cost grows faster than the stretch it reads.
    if (last && a <= last[1] && b - last[0] <= MAX_SPAN) last[1] = Math.max(last[1], b);
    else spans.push([last && a < last[1] ? last[1] : a, b]);
  }
  const out: Parsed[] = [];
  for (const [a, b] of spans) {
    for (const r of dateParser.parse(text.slice(a, b), { instant, timezone: 0 }, { forwardDate: false })) {
      out.push({ index: r.index + a, text: r.text, start: r.start, end: r.end ?? null, tags: r.tags() });
    }
  }
  return out;
}

/**
 * chrono's reading of a sentence, kept per sentence and instant: the date stage reads some sentences more than once
 * (the document's first stated date, the line a sentence wraps onto, a later report). Results are only read, never changed.
 */
const parsedBySentence = new WeakMap<Sentence, Map<number, Parsed[]>>();
function sentenceWindows(s: Sentence, instant: Date): Parsed[] {
  let byInstant = parsedBySentence.get(s);
  if (!byInstant) parsedBySentence.set(s, (byInstant = new Map()));
  let parsed = byInstant.get(instant.getTime());
  if (!parsed) byInstant.set(instant.getTime(), (parsed = parseWindows(s.text, instant)));
  return parsed;
}

/** How far after its reference date a year-less date may fall before it is read as the year before's. */
const FUTURE_DAYS = 7;
const DAY = 86_400_000;

/** A year-less date of a narrative year: the same month and day in that year. */
const placeInYear = (c: ParsedComponents, year: number): ParsedComponents => {
  const placed = (c as ParsingComponents).clone();
  placed.imply('year', year);
  return placed;
};

const dayOf = (c: ParsedComponents) => utc(c.get('year') ?? 2000, c.get('month') ?? 1, c.get('day') ?? 1);

function precisionOf(c: ParsedComponents): Precision {
  return c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : 'year';
}

/**
 * Dates named in one sentence, resolved against the reference date (years nearest to it, weekdays the last
 * on or before it) and the context: "the same day" and "a week later" count from the date named before.
 * Without a reference date, dates counted from it ("yesterday", "on Friday") are dropped, not guessed.
 * Counts are never read as days: in "In March, 12 were killed" the date is March, not March 12.
 */
export function findDates(s: Sentence, ctx: DateContext, countSpans: Array<[number, number]>, rules: MentionRules): DateMention[] {
  const chronoMay = MAY_HOLD_DATE.test(s.text.includes('_') ? s.text.replace(/_/g, ' ') : s.text);
  if (!chronoMay && !rules.namesYear.test(s.text)) return [];
  const out: DateMention[] = [];
  const py = ctx.paragraphYear;
  const narrative = py && (py.paragraph === s.paragraph || (py.full && s.paragraph - py.paragraph <= NARRATIVE_PARAGRAPHS));
  const textYear = narrative ? py.year : !ctx.reference ? ctx.year : null;
  // Dates counted from the reference are read from it; year-less dates of a narrative year are placed after.
  // Without a reference, a year-less date takes the year that puts it nearest the last day the text stated in
  // that year ("27 December 1939" ... "By January 5" is 1940's), else nearest the middle of the year.
  const lastOfYear = ctx.last && ctx.last.getUTCFullYear() === textYear ? ctx.last : null;
  const instant = ctx.reference ?? (textYear !== null ? lastOfYear ?? utc(textYear, 7, 1) : utc(2000, 7, 1));
  // Counts are disjoint and in text order: the first one ending after a position is found by binary search.
  const firstCountEndingAfter = (at: number) => {
    let lo = 0;
    let hi = countSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (countSpans[mid][1] > at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const overlapsCount = (a: number, b: number) => {
    const k = firstCountEndingAfter(s.start + a);
    return k < countSpans.length && countSpans[k][0] < s.start + b;
  };
  const reports = rules.reports.test(s.text);
  const before = (index: number) => s.text.slice(Math.max(0, index - 56), index);
  const roleAt = (index: number): Role => {
    if (rules.asOfBefore.test(before(index))) return 'as_of';
    if (rules.reportingBefore.test(before(index))) return 'reported';
    return index <= 3 && reports ? 'reported' : 'event';
  };
  const push = (date: Date, precision: Precision, yearKnown: boolean, text: string, index: number, role: Role, periodStart = false) => {
    const withYear = yearKnown || ctx.reference !== null || textYear !== null;
    const afterVerb = rules.reportingBefore.test(before(index));
    out.push({ value: formatDate(date, precision, withYear), date, precision, text, index, end: index + text.length, role, afterVerb, periodStart });
  };
  for (const r of chronoMay ? sentenceWindows(s, instant) : []) {
    let text = r.text.replace(/[\s,;:]+$/, '');
    let comps: ParsedComponents = r.start;
    let end = r.end;
    const { tags } = r;
    if (overlapsCount(r.index, r.index + text.length)) {
      // "March, 12" or "2 October, 39": keep the date before the count, give the number back to the count.
      const countStart = Math.max(r.index, countSpans[firstCountEndingAfter(s.start + r.index)][0] - s.start);
      // Read again with a few words before it, so "between" still opens a range.
      const from = Math.max(0, r.index - 12);
      const head = s.text.slice(from, countStart).replace(/[\s,;:]+$/, '');
      const again = head.length > r.index - from ? dateParser.parse(head, { instant, timezone: 0 }, { forwardDate: false }).find((x) => x.index + from + x.text.length > r.index) : undefined;
      if (!again || (again.index + from > r.index && !/^\s*(?:in|on|by)\s*$/i.test(s.text.slice(r.index, again.index + from)))) continue;
      if (!again.start.isCertain('month') || (again.start.isCertain('day') && !/\d/.test(again.text))) continue;
      text = again.text;
      comps = again.start;
      end = again.end ?? null;
    }
    const anaphoric = rules.anaphoric.test(text) && !/\bthis (?:week|month|year)\b/i.test(text);
    if (anaphoric && ctx.last) {
      const again = dateParser.parse(text, { instant: ctx.last, timezone: 0 })[0];
      if (again) comps = again.start;
    } else if (tags.has(TAG.relative) && !ctx.reference) {
      // "on Friday" of no known week; but in a narrative that stated a day ("Tuesday, 17 January"), a weekday alone
      // is one of the six days after it ("On Wednesday there was talk of 3,000 dead").
      if (!ctx.last || !/^(?:on\s+)?\p{L}+day$/iu.test(text.trim())) continue;
      const weekday = r.start.get('weekday');
      if (weekday === null || weekday === undefined) continue;
      const ahead = (weekday - ctx.last.getUTCDay() + 7) % 7;
      if (ahead === 0) continue;
      const day = new Date(ctx.last.getTime() + ahead * DAY);
      push(day, 'day', true, text, r.index, roleAt(r.index));
      continue;
    }
    if (tags.has(TAG.period)) {
      push(dayOf(comps), 'day', true, text, r.index, 'as_of', true);
      continue;
    }
    const yearKnown = comps.isCertain('year') || tags.has(TAG.relative) || anaphoric;
    if (!yearKnown && (narrative || ctx.retroYear) && ctx.reference) {
      const year = narrative ? py.year : ctx.retroYear!;
      comps = placeInYear(comps, year);
      if (end && !end.isCertain('year')) end = placeInYear(end, year);
    } else if (!yearKnown && ctx.reference && !end && dayOf(comps).getUTCFullYear() > ctx.reference.getUTCFullYear() &&
      dayOf(comps).getTime() - ctx.reference.getTime() > FUTURE_DAYS * DAY) {
      // Losses are told after they happen: "March 27" in a report of October is this year's, never next year's.
      comps = placeInYear(comps, dayOf(comps).getUTCFullYear() - 1);
    }
    if (end && tags.has(TAG.span)) {
      // "last week": the finest unit that holds all its days, or nothing when it straddles two years.
      const precision = spanPrecision(dayOf(comps), dayOf(end));
      if (precision) push(dayOf(end), precision, true, text, r.index, roleAt(r.index));
      continue;
    }
    if (end) {
      // "between 1 and 31 May": a whole month is that month.
      const last = dayOf(end);
      const wholeMonth = comps.get('day') === 1 && comps.get('month') === end.get('month') && new Date(last.getTime() + DAY).getUTCDate() === 1 && precisionOf(end) === 'day';
      // "from 12 September to 30 November", "between 3 June and 9 August": the figure holds as of the end.
      push(last, wholeMonth ? 'month' : precisionOf(end), end.isCertain('year') || yearKnown, text, r.index, 'as_of');
      continue;
    }
    push(dayOf(comps), precisionOf(comps), yearKnown, text, r.index, roleAt(r.index));
  }
  // "since March 2011", "began in 2011": when a period started, not when a figure holds.
  for (const d of out) if (PERIOD_START.test(s.text.slice(Math.max(0, d.index - 20), d.index)) || SINCE_CLAUSE.test(s.text.slice(Math.max(0, d.index - 60), d.index))) d.periodStart = true;
  // chrono's dates in text order, walked with one pointer as the bare years come in order too.
  const byIndex = [...out].sort((a, b) => a.index - b.index);
  let covering = 0;
  for (const m of YEAR_DIGITS.test(s.text) ? s.text.matchAll(rules.bareYear) : []) {
    const digits = m[1] ?? m[2] ?? m[3];
    // "the first since the 2017 Kos earthquake": another event, named only to compare.
    if (m[3] && /\bsince\s*$/i.test(s.text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) continue;
    const index = (m.index ?? 0) + m[0].indexOf(digits);
    while (covering < byIndex.length && byIndex[covering].end <= index) covering++;
    if ((covering < byIndex.length && byIndex[covering].index <= index) || overlapsCount(index, index + 4)) continue;
    push(utc(Number(digits), 1, 1), 'year', true, digits, index, m[2] ? 'reported' : m[3] ? 'event' : roleAt(m.index ?? 0));
    if (PERIOD_START.test(s.text.slice(Math.max(0, index - 20), index))) out[out.length - 1].periodStart = true;
  }
  const named = [...out].sort((a, b) => a.index - b.index);
  let lastDay: DateMention | undefined;
  let nextNamed = 0;
  for (const m of s.text.matchAll(rules.sameDay)) {
    // Counted from the date named last: earlier in this sentence, else before it.
    while (nextNamed < named.length && named[nextNamed].index < (m.index ?? 0)) {
      if (named[nextNamed].precision === 'day' && !named[nextNamed].periodStart) lastDay = named[nextNamed];
      nextNamed++;
    }
    const base = lastDay?.date ?? ctx.last;
    if (!base) continue;
    const what = (m[1] ?? m[2]).toLowerCase();
    const shift = rules.dayShifts.get(what) ?? 0;
    push(new Date(base.getTime() + shift * DAY_MS), 'day', true, m[0], m.index ?? 0, m[2] ? 'as_of' : roleAt(m.index ?? 0));
  }
  out.sort((a, b) => a.index - b.index);
  // "The 1999 Izmit earthquake struck on 17 August": a year the sentence states before a year-less day is its year.
  for (let k = 1; k < out.length; k++) {
    const m = out[k];
    if (!m.value.startsWith('--')) continue;
    const year = out.slice(0, k).reverse().find((x) => x.precision === 'year' && !x.periodStart);
    if (year) out[k] = { ...m, value: `${year.value}${m.value.slice(1)}`, date: utc(Number(year.value), m.date.getUTCMonth() + 1, m.date.getUTCDate()) };
  }
  // "from last Tuesday until then": the span ends at the later date.
  const asOfAfter: boolean[] = [];
  for (let k = out.length - 1, seen = false; k >= 0; k--) {
    asOfAfter[k] = seen;
    seen ||= out[k].role === 'as_of' && !out[k].periodStart;
  }
  return out.filter((d, k) => !(asOfAfter[k] && /\bfrom\s+$/i.test(s.text.slice(Math.max(0, d.index - 12), d.index))));
}

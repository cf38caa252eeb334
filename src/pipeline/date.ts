import * as chrono from 'chrono-node';
import type { ClaimDate } from '../schema.js';
import { framesBySentence } from './by-sentence.js';
import type { Attribution } from './claimant.js';
import type { Doc, Frame, Sentence } from './types.js';

type Role = ClaimDate['role'];
type Precision = 'day' | 'month' | 'year';

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
  /** When a period began ("since March 2011"): context for later dates, never a figure's date. */
  periodStart?: boolean;
}

/** A sentence without claims is read for dates only when it names one outright (context for "a week later"). */
const NAMES_DATE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|(?:1[89]|20)\d\d)\b/i;
/** Date words that count from a date named before. */
const CONTEXT_WORDS = /same day|previous day|day before|next day|following day|\bthen\b|\blater\b|\bearlier\b|\bago\b/i;
const MAY_HOLD_DATE = /\d\/\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|ago|later|earlier|(?:last|next|this|past|previous) (?:week|month|year))/i;
const AS_OF_BEFORE = /\b(?:by|as of|until|till|up to|through|as at)\s*$/i;
const RELATIVE = /\b(?:later|earlier|ago|before|after|previous|next|following|yesterday|today|tonight|last|this)\b/i;
const WEEKDAY_ONLY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const BARE_YEAR = /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Aa]s of|[Dd]uring|[Uu]ntil|[Oo]f|[Ff]rom)\s+((?:1[89]|20)\d\d)\b(?![-–]\d)/g;
const SAME_DAY = /\b(?:on\s+)?the (same day|previous day|day before|next day|following day)\b|\b(?:until|by|till) (then)\b/gi;
const REPORTING_BEFORE = /\b(?:said|says|reported|reports|announced|confirmed|claimed|stated|told|gave|added|released|published|estimated|tweeted|posted|wrote)\s+(?:on\s+)?$/i;

const PERIOD_START = /\b(?:since|began(?: in| on)?|begun(?: in)?|started(?: in| on)?|start of)\s*$/i;
/** How many sentences a date named earlier in a paragraph still dates a figure. */
const PARAGRAPH_REACH = 3;

/** chrono's casual English without the time-of-day parsers ("at 10 am", "within 5 minutes"): figures are dated by day. */
const TIME_PARSERS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENEndOfCurrentMonthParser']);
const parser = new chrono.Chrono({
  parsers: chrono.casual.parsers.filter((p) => !TIME_PARSERS.has(p.constructor.name)),
  refiners: chrono.casual.refiners,
});

const DATE_WORD_G = new RegExp(MAY_HOLD_DATE.source, 'gi');
/** Characters kept either side of a date word: enough for "from 27 September to 17 October 2020". */
const WINDOW = 48;
const WORD_REACH = 24;
const MAX_SPAN = 400;

/**
 * chrono on the stretches around date words only: its cost grows with the text it scans, and long
 * sentences hold one or two dates.
 */
interface Parsed {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
}

function parseWindows(text: string, ref: Date): Parsed[] {
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
    for (const r of parser.parse(text.slice(a, b), { instant: ref, timezone: 0 }, { forwardDate: false })) {
      out.push({ index: r.index + a, text: r.text, start: r.start, end: r.end ?? null });
    }
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

function format(d: Date, precision: Precision, withYear = true): string {
  const y = withYear ? String(d.getUTCFullYear()) : '-';
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function fromComponents(c: chrono.ParsedComponents, text: string): { date: Date; precision: Precision; yearKnown: boolean } {
  const date = utc(c.get('year') ?? 2000, c.get('month') ?? 1, c.get('day') ?? 1);
  const dayKnown = c.isCertain('day') || c.isCertain('weekday') || RELATIVE.test(text);
  const precision: Precision = dayKnown ? 'day' : c.isCertain('month') ? 'month' : 'year';
  return { date, precision, yearKnown: c.isCertain('year') || RELATIVE.test(text) };
}

export interface DateContext {
  /** The reference date the caller gave, if any. */
  reference: Date | null;
  /** The last date named, for "the same day", "a week later". */
  last: Date | null;
  /** The last year stated, for dates without a year when there is no reference date. */
  year: number | null;
}

/**
 * Dates named in one sentence, resolved against the reference date (years nearest to it) and the context:
 * "the same day" and "a week later" count from the date named before. Counts are never read as days:
 * in "In March, 12 were killed" the date is March, not March 12.
 */
export function findDates(s: Sentence, ctx: DateContext, countSpans: Array<[number, number]>): DateMention[] {
  const chronoMay = MAY_HOLD_DATE.test(s.text);
  if (!chronoMay && !/\b(?:1[89]|20)\d\d\b|same day|previous day|day before|next day|following day|\bthen\b/i.test(s.text)) return [];
  const out: DateMention[] = [];
  const ref = ctx.reference ?? (ctx.year !== null ? utc(ctx.year, 7, 1) : new Date(Date.UTC(2000, 6, 1)));
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
  const reports = /\b(?:said|reported|claimed|announced|stated|confirmed)\b/.test(s.text);
  const roleAt = (index: number): Role => {
    const before = s.text.slice(Math.max(0, index - 24), index);
    if (AS_OF_BEFORE.test(before)) return 'as_of';
    if (REPORTING_BEFORE.test(before)) return 'reported';
    return index <= 3 && reports ? 'reported' : 'event';
  };
  const push = (date: Date, precision: Precision, yearKnown: boolean, text: string, index: number, role: Role) => {
    if (!yearKnown && !ctx.reference && ctx.year !== null) date = utc(ctx.year, date.getUTCMonth() + 1, date.getUTCDate());
    const withYear = yearKnown || ctx.reference !== null || ctx.year !== null;
    const afterVerb = REPORTING_BEFORE.test(s.text.slice(Math.max(0, index - 24), index));
    out.push({ value: format(date, precision, withYear), date, precision, text, index, end: index + text.length, role, afterVerb });
  };
  for (const r of chronoMay ? parseWindows(s.text, ref) : []) {
    let text = r.text;
    let comps = r.start;
    if (overlapsCount(r.index, r.index + text.length)) {
      // "March, 12" or "2 October, 39": keep the date before the count, give the number back to the count.
      const countStart = Math.max(r.index, countSpans[firstCountEndingAfter(s.start + r.index)][0] - s.start);
      const head = s.text.slice(r.index, countStart).replace(/[\s,;:]+$/, '');
      const again = head ? parser.parse(head, { instant: ref, timezone: 0 }, { forwardDate: false })[0] : undefined;
      if (!again || again.index !== 0 && !/^\s*(?:in|on|by)\s*$/i.test(head.slice(0, again.index))) continue;
      if (!again.start.isCertain('month') || again.start.isCertain('day') && !/\d/.test(again.text)) continue;
      text = again.text;
      comps = again.start;
    }
    if (RELATIVE.test(text) && ctx.last) {
      const again = parser.parse(text, { instant: ctx.last, timezone: 0 })[0];
      if (again) comps = again.start;
    }
    let { date, precision, yearKnown } = fromComponents(comps, text);
    if (WEEKDAY_ONLY.test(text.trim()) && ctx.reference) {
      // News names a weekday of the week it reports on: the last such day on or before publication.
      const back = (ctx.reference.getUTCDay() - comps.get('weekday')! + 7) % 7;
      date = new Date(Date.UTC(ctx.reference.getUTCFullYear(), ctx.reference.getUTCMonth(), ctx.reference.getUTCDate()) - back * DAY_MS);
      yearKnown = true;
    }
    if (r.end && !overlapsCount(r.index, r.index + r.text.length)) {
      // "from 27 September to 17 October": the figure holds as of the end.
      const end = fromComponents(r.end, text);
      push(end.date, end.precision, end.yearKnown, text, r.index, 'as_of');
      continue;
    }
    push(date, precision, yearKnown, text, r.index, roleAt(r.index));
  }
  // "since March 2011", "began in 2011": when a period started, not when a figure holds.
  for (const d of out) if (PERIOD_START.test(s.text.slice(Math.max(0, d.index - 20), d.index))) d.periodStart = true;
  // chrono's dates in text order, walked with one pointer as the bare years come in order too.
  const byIndex = [...out].sort((a, b) => a.index - b.index);
  let covering = 0;
  for (const m of s.text.matchAll(BARE_YEAR)) {
    const index = (m.index ?? 0) + m[0].length - m[1].length;
    while (covering < byIndex.length && byIndex[covering].end <= index) covering++;
    if ((covering < byIndex.length && byIndex[covering].index <= index) || overlapsCount(index, index + 4)) continue;
    push(utc(Number(m[1]), 1, 1), 'year', true, m[1], index, roleAt(m.index ?? 0));
    if (PERIOD_START.test(s.text.slice(Math.max(0, index - 20), index))) out[out.length - 1].periodStart = true;
  }
  const named = [...out].sort((a, b) => a.index - b.index);
  let lastDay: DateMention | undefined;
  let nextNamed = 0;
  for (const m of s.text.matchAll(SAME_DAY)) {
    // Counted from the date named last: earlier in this sentence, else before it.
    while (nextNamed < named.length && named[nextNamed].index < (m.index ?? 0)) {
      if (named[nextNamed].precision === 'day') lastDay = named[nextNamed];
      nextNamed++;
    }
    const base = lastDay?.date ?? ctx.last;
    if (!base) continue;
    const what = (m[1] ?? m[2]).toLowerCase();
    const shift = what === 'previous day' || what === 'day before' ? -1 : what === 'next day' || what === 'following day' ? 1 : 0;
    push(new Date(base.getTime() + shift * DAY_MS), 'day', true, m[0], m.index ?? 0, m[2] ? 'as_of' : roleAt(m.index ?? 0));
  }
  out.sort((a, b) => a.index - b.index);
  // "from the previous day until then": the span ends at the later date.
  const asOfAfter: boolean[] = [];
  for (let k = out.length - 1, seen = false; k >= 0; k--) {
    asOfAfter[k] = seen;
    seen ||= out[k].role === 'as_of';
  }
  return out.filter((d, k) => !(asOfAfter[k] && /\bfrom\s+$/i.test(s.text.slice(Math.max(0, d.index - 12), d.index))));
}

export function parseReference(ref: Date | string | undefined): Date | null {
  if (ref === undefined || ref === null) return null;
  const d = ref instanceof Date ? ref : new Date(/^\d{4}-\d\d-\d\d$/.test(ref) ? `${ref}T12:00:00Z` : ref);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Stage 6: when each figure holds. The date of its sentence nearest before it (else after it, unless that
 * date belongs to another source's report); else the date of the report it continues; else the date named
 * earlier in its paragraph, when no new source speaks.
 */
export function assignDates(doc: Doc, frames: Frame[], attributions: Attribution[], reference: Date | null): Array<ClaimDate | null> {
  const ctx: DateContext = { reference, last: reference, year: reference ? reference.getUTCFullYear() : null };
  const out: Array<ClaimDate | null> = [];
  const bySentence = framesBySentence(frames);
  const reportDate = new Map<number, ClaimDate>();
  let paragraphDate: { paragraph: number; sentence: number; date: ClaimDate } | null = null;
  // The counts of each sentence, so a date is never read from its own figures.
  const countsOf = (s: Sentence): Array<[number, number]> => (bySentence.get(s) ?? []).map((k) => [frames[k].mention.start, frames[k].mention.end]);
  // Sentences without figures are read for dates only as context: for a year when there is no reference date,
  // or for the date that "the same day", "a week later" count from.
  const needsContext = !reference || [...new Set(frames.map((f) => f.sentence))].some((s) => CONTEXT_WORDS.test(s.text));
  for (const s of doc.sentences) {
    const ks0 = bySentence.get(s);
    const found = ks0 || (needsContext && NAMES_DATE.test(s.text)) ? findDates(s, ctx, countsOf(s)) : [];
    const dates = found.filter((d) => !d.periodStart);
    const ks = bySentence.get(s) ?? [];
    const usableBySource = new Map<number, DateMention[]>();
    for (const k of ks) {
      const f = frames[k];
      const p = f.mention.start - s.start;
      const a = attributions[k];
      // "..., a different spokesperson gave on Thursday": a report date belongs to the source it follows.
      const own = (d: DateMention) => !d.afterVerb || !a.claimant || a.sourceAt === undefined || Math.abs(d.index - a.sourceAt) < 16;
      // Frames of one source share their usable dates: filtered once a source, then found by binary search.
      const sourceKey = a.claimant && a.sourceAt !== undefined ? a.sourceAt : -1;
      let usable = usableBySource.get(sourceKey);
      if (!usable) usableBySource.set(sourceKey, (usable = dates.filter(own)));
      let lo = 0;
      for (let hi = usable.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (usable[mid].index < p) lo = mid + 1;
        else hi = mid;
      }
      const after = usable[lo];
      let b = lo - 1;
      while (b >= 0 && usable[b].end > p) b--;
      const before = usable[b];
      const d = before ?? after;
      let date: ClaimDate | null = d ? { value: d.value, text: d.text, role: d.role } : null;
      if (!date && a.continued && a.reportSentence >= 0) date = reportDate.get(a.reportSentence) ?? null;
      if (!date && !dates.length && paragraphDate?.paragraph === s.paragraph && s.index - paragraphDate.sentence <= PARAGRAPH_REACH && (!a.claimant || a.continued)) date = paragraphDate.date;
      out[k] = date;
    }
    const first = ks.map((k) => out[k]).find(Boolean) ?? (dates[0] ? { value: dates[0].value, text: dates[0].text, role: dates[0].role } : null);
    if (first) reportDate.set(s.index, first);
    if (dates.length) paragraphDate = { paragraph: s.paragraph, sentence: s.index, date: { value: dates[0].value, text: dates[0].text, role: dates[0].role } };
    for (const d of found) {
      if (d.precision === 'day') ctx.last = d.date;
      if (/^\d{4}/.test(d.value) && !ctx.reference) ctx.year = d.date.getUTCFullYear();
    }
  }
  return out;
}

import type { ClaimDate } from '../../schema.js';
import { framesBySentence, lastFrameSentence } from '../by-sentence.js';
import type { Attribution } from '../claimant.js';
import type { Doc, Frame, Sentence } from '../types.js';
import type { DateLexicon } from '../../lexicon/dates.js';
import { alternation } from '../../lexicon/pattern.js';
import { findDates, mentionRules, MONTH_WORD, type DateContext, type DateMention, type MentionRules } from './mentions.js';
import { asClaimDate, ReportDates } from './report.js';
import { infoboxDate } from './infobox.js';
import { eventDay, onEventDay } from './event-day.js';
import { rowDateCell } from './row-cell.js';
import { rowLabelDate } from './row-label.js';

/** A sentence without claims is read for dates only when it names one outright (context for "a week later"). */
const NAMES_DATE = new RegExp(`\\b(?:${MONTH_WORD}|(?:1[89]|20)\\d\\d\\b)`, 'i');

/** The date stage's patterns, built once per lexicon: those of mentions.ts and this file's. */
export interface DateRules {
  mentions: MentionRules;
  /** Date words that count from a date named before. */
  contextWords: RegExp;
  /** A statement that dates its report: "the ministry said on Thursday that ...", read even without figures. */
  reportsWithDate: RegExp;
  /** Dates counted from the reference, which say nothing about the year of the paragraph. */
  relativeText: RegExp;
  /** A day counted from the text's publication: "yesterday", "two days ago", "on Tuesday". */
  publicationDay: RegExp;
  /** A running total or a count since an event: its figure holds when it is reported. */
  running: RegExp;
  /** A total told as it stands now ("have been confirmed dead", "so far", "to date"), not as it stood then ("had died"). */
  standsNow: RegExp;
  /** A line that stops mid-sentence ("... exploded in a church in Jolo,"): hard-wrapped text goes on below. */
  wraps: RegExp;
  /** The words before the day an event happened: "the attack took place on", "the quake struck late". */
  occurredBefore: RegExp;
  /** Any of those verbs, to pass over sentences without one. */
  occurred: RegExp;
  /** A page's note on itself ("This article needs additional citations ... (August 2008)"): its dates are read for nothing. */
  editorNote: RegExp;
  /** What may stand between a count and its own date: "20 on 3 May", "40 more on Friday", "rose to 410 by Friday". */
  glued: RegExp;
}

export function dateRules(d: DateLexicon, tallies: string[] = [], runningWords: string[] = [], reportingVerbs: readonly string[] = []): DateRules {
  return {
    mentions: mentionRules(d, reportingVerbs),
    contextWords: new RegExp(`${alternation(Object.keys(d.dayShifts))}|\\bthen\\b|\\blater\\b|\\bearlier\\b|\\bago\\b`, 'i'),
    reportsWithDate: new RegExp(`\\b(?:${alternation(d.reportsWithDate)})\\b`, 'i'),
    relativeText: new RegExp(`\\b(?:${alternation(d.relativeWords)}|[a-z]+day)\\b`, 'i'),
    publicationDay: new RegExp(`\\b(?:${alternation(d.publicationDays)}|(?:${alternation(d.weekdayCues)})\\s+(?:${alternation(d.weekdays)}))\\b`, 'i'),
    running: new RegExp(`\\b(?:${alternation(d.revisionVerbs)})\\b[^.;]{0,80}\\bto\\b|\\b(?:has|have|had)\\s+(?:now\\s+|since\\s+|meanwhile\\s+)?(?:${alternation(d.risingParticiples)})\\b|\\b(?:${alternation(d.risingVerbs ?? ['rose', 'climbed', 'stands', 'stood', 'reached'])}) (?:to|at)\\b|\\bsince\\b|\\bso far\\b${tallies.length && runningWords.length ? `|\\b(?:${alternation(tallies)})\\b[^.;]{0,80}\\b(?:${alternation(runningWords.filter((w) => w.length > 2))})\\b` : ''}`, 'i'),
    standsNow: new RegExp(`\\b(?:has|have)\\s+(?:now\\s+|so far\\s+)?(?:${alternation(d.risingParticiples)})\\b|\\bso far\\b|\\bto date\\b`, 'i'),
    wraps: new RegExp(`[,;]$|\\b(?:${alternation(d.wrapEnds)})$`),
    occurredBefore: new RegExp(`\\b(?:${alternation(d.occurredVerbs)})\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$`, 'i'),
    occurred: new RegExp(`\\b(?:${alternation(d.occurredVerbs)})\\b`, 'i'),
    editorNote: new RegExp(`^(?:this|the) (?:article|section|list)\\b.{0,200}\\b(?:${alternation(d.editorNoteWords ?? [])})\\b`, 'i'),
    glued: new RegExp(`^\\s*(?:(?:more|others?)\\s+)?(?:(?:on|in|during|${alternation(d.asOfWords)})\\s+)?$`, 'i'),
  };
}

/** A page's note on itself, or the bracketed date closing one: "This article needs additional citations. (August 2008)". */
const editorNote = (doc: Doc, s: Sentence, note: RegExp) =>
  note.test(s.text) || (/^\(\p{L}+ \d{4}\)/u.test(s.text) && s.index > 0 && note.test(doc.sentences[s.index - 1].text));

/** The first date with a year that the text states, read from the first sentences naming a year. */
function firstStatedDate(doc: Doc, rules: MentionRules, note: RegExp): { date: ClaimDate; sentence: number; periodStart: boolean } | null {
  let tries = 0;
  for (const s of doc.sentences) {
    if (!YEAR_IN_TEXT.test(s.text) || editorNote(doc, s, note)) continue;
    // Only a date that states its year can be one ("this month" of no reference date is none).
    const d = findDates(s, { reference: null, last: null, year: null, paragraphYear: null }, [], rules).find((x) => /^\d{4}/.test(x.value) && /\d{4}/.test(x.text));
    if (d) return { date: asClaimDate(d), sentence: s.index, periodStart: !!d.periodStart };
    if (++tries >= 8) return null;
  }
  return null;
}
const YEAR_IN_TEXT = /\b(?:1[0-9]|20)\d\d\b/;

/** How many years before its reference date a text's first stated date must lie for the text to look back on it. */
const RETROSPECT_YEARS = 2;
/** The sentences (lines) a text opens with, headline and infobox rows included: where it states its own event. */
const LEAD_SENTENCES = 3;
/** How many sentences a date named earlier in a paragraph still dates a figure. */
const PARAGRAPH_REACH = 3;
/** How far (characters) after a figure a date of its sentence still dates it. */
const AFTER_REACH = 160;
/** A clause's own verb after its figure ("70 *were* killed in ...") or, in past tense, right before it ("a fire *killed* 117"). */
const OWN_VERB_AFTER = /\b(?:was|were|been|died|perished)\b/i;
const OWN_VERB_BEFORE = /\p{L}{3,}ed\s+$/iu;
/** A date, then ", when", then the figure's own clause: "since March 1987, when a ferry capsized, killing 189". */
const WHEN_CLAUSE = /^,?\s+when\b[^;.]*$/i;
const WHEN_REACH = 200;
function whenClauseDate(found: DateMention[], text: string, at: number): DateMention | undefined {
  let m: DateMention | undefined;
  for (const x of found) if (x.end <= at) m = x;
  // (Within a clause's reach: a long sentence of many figures is read in linear time.)
  return m && at - m.end <= WHEN_REACH && WHEN_CLAUSE.test(text.slice(m.end, at)) ? { ...m, role: 'event', periodStart: false } : undefined;
}
/** How a sentence ends: a line without it, followed by a line starting in lower case, is one wrapped sentence. */
const ENDS = /[.!?:]["”’)\]]*$/;
const wrapped = (line: Sentence, next: Sentence | undefined, rules: DateRules) =>
  !!next && next.paragraph === line.paragraph + 1 && (rules.wraps.test(line.text) || (!ENDS.test(line.text) && /^[a-z]/.test(next.text)));

/**
 * Stage 6: when each figure holds. In order: the date of its own sentence nearest before it (else shortly after
 * it, unless that date belongs to another source's report; else the line its hard-wrapped sentence goes on
 * from or to); the date of the report it continues, or of its source's latest dated statement ("the ministry
 * said on Thursday ..."); the date of the statement introducing the list it is a bullet of; a date named earlier
 * in its paragraph when no new source speaks; else the story's lead day or the reference date (ReportDates).
 */
export function assignDates(doc: Doc, frames: Frame[], attributions: Attribution[], reference: Date | null, rules: DateRules): Array<ClaimDate | null> {
  const ctx: DateContext = { reference, last: reference, year: reference ? reference.getUTCFullYear() : null, paragraphYear: null };
  const out: Array<ClaimDate | null> = [];
  const bySentence = framesBySentence(frames);
  const reportDate = new Map<number, ClaimDate>();
  let paragraphDate: { paragraph: number; sentence: number; date: ClaimDate } | null = null;
  // The counts of each sentence, so a date is never read from its own figures.
  const countsOf = (s: Sentence): Array<[number, number]> => (bySentence.get(s) ?? []).map((k) => [frames[k].mention.start, frames[k].mention.end]);
  const needsContext = !reference || [...new Set(frames.map((f) => f.sentence))].some((s) => rules.contextWords.test(s.text));
  const report = new ReportDates(doc.sentences, reference);
  const eventDate = infoboxDate(doc);
  // Without a reference date, the first date with a year that the text states dates what no other rule dates: the
  // document's own dated context ("the battle of 2 September 1898", even below an infobox of its losses).
  const docDate = reference ? null : firstStatedDate(doc, rules.mentions, rules.editorNote);
  // A text about an event long before it was published ("the 1993 blasts", on a page of 2007) that names no day
  // counted from its publication ("today", "on Tuesday"): its undated figures hold for that event, not for the page.
  // (A day named only in passing, "as clear today as in 1973", in a sentence with no figure, dates no report.)
  const countsFromPublication = rules.publicationDay.test(doc.text) && doc.sentences.some((x) => bySentence.has(x) && rules.publicationDay.test(x.text));
  const firstDate = reference && !countsFromPublication ? firstStatedDate(doc, rules.mentions, rules.editorNote) : null;
  // Only a date stated by the first figure or in the text's first lines: "... prone to cyclones, such as Idai, which
  // killed 602 in 2019" near the end of a report of this week's cyclone is another event's year.
  const firstFigure = frames.reduce((m, f) => Math.min(m, f.sentence.index), Infinity);
  const retroDate = firstDate && firstDate.sentence <= Math.max(firstFigure, LEAD_SENTENCES) && reference!.getUTCFullYear() - Number(firstDate.date.value.slice(0, 4)) >= RETROSPECT_YEARS ? firstDate : null;
  ctx.retroYear = retroDate && !retroDate.periodStart ? Number(retroDate.date.value.slice(0, 4)) : null;
  const eventRow = eventDate && { date: eventDate, sentence: doc.sentences.findIndex((x) => x.text.includes(eventDate.text)) };
  // "The attacks took place on Saturday": the day the event happened, for its losses reported on other days.
  const occurred = eventRow ? null : eventDay(doc.sentences, (x) => bySentence.has(x), ctx, rules, rules.mentions);
  // A report named after its figures ("This is according to the agency, as of 20 March."): its first date.
  const laterDates = new Map<number, ClaimDate | null>();
  const laterReport = (k: number): ClaimDate | null => {
    if (!laterDates.has(k)) {
      const d = findDates(doc.sentences[k], { ...ctx }, [], rules.mentions).find((x) => !x.periodStart);
      laterDates.set(k, d ? asClaimDate(d) : null);
    }
    return laterDates.get(k)!;
  };
  // Figures of a title line with no date of their own: dated by the story's lead day once it is read.
  const titleFigures: number[] = [];
  // The dates of the line before, when this line goes on with its sentence.
  let previous: { sentence: Sentence; dates: DateMention[] } | null = null;
  // What the sentences after the last figure say dates no figure: they are not read.
  const lastFigure = lastFrameSentence(frames);
  for (const s of doc.sentences) {
    if (s.index > lastFigure) break;
    const ks = bySentence.get(s) ?? [];
    const next = doc.sentences[s.index + 1];
    const wrapsOn = wrapped(s, next, rules);
    // Sentences naming a month or year are read too: "In 1990 ..." places the year-less dates after it.
    const read = ks.length > 0 || report.wants(s) || wrapsOn || NAMES_DATE.test(s.text) || (needsContext && rules.mentions.namesYear.test(s.text)) || (rules.reportsWithDate.test(s.text) && (NAMES_DATE.test(s.text) || rules.mentions.namesYear.test(s.text) || /day\b|week|night/i.test(s.text)));
    const found = read && !editorNote(doc, s, rules.editorNote) ? findDates(s, ctx, countsOf(s), rules.mentions) : [];
    // "KABUL, March 5 (Reuters) - ... on Saturday": the dateline's day is when the report was filed.
    const line = doc.dateline;
    if (line?.date) for (const d of found) if (s.start + d.index >= line.start && s.start + d.index < line.end) { d.role = 'reported'; d.afterVerb = true; }
    const dates = found.filter((d) => !d.periodStart);
    const wrapsIn = previous?.dates.length && wrapped(previous.sentence, s, rules) ? previous.dates : null;
    previous = { sentence: s, dates };
    let nextFound: DateMention[] | null = null;
    const nextLine = () => (nextFound ??= findDates(next, ctx, countsOf(next), rules.mentions).filter((d) => !d.periodStart));
    const listDate = report.listDate(s, !!doc.layout[s.index]?.heads.length);
    // Read once a sentence, when a day of the event is known: a sentence of thousands of counts stays linear.
    let runningSentence: boolean | undefined;
    let standsNow: boolean | undefined;
    const usableBySource = new Map<number, DateMention[]>();
    for (const k of ks) {
      const f = frames[k];
      const p = f.mention.start - s.start;
      const a = attributions[k];
      // "..., a different spokesperson gave on Thursday": a report date belongs to the source it follows.
      // "In its latest toll, released on Wednesday, the committee said ...": a fronted clause dates its source too.
      // ("announced in a radio address Sunday": the verb's own date past the setting of its report.)
      const own = (d: DateMention) => !d.afterVerb || !a.claimant || a.sourceAt === undefined || Math.abs(d.index - a.sourceAt) < 16 ||
        (d.index < a.sourceAt && a.sourceAt - d.index < 64) ||
        (d.index > a.sourceAt && d.index - a.sourceAt < 56 && rules.mentions.reportingBefore.test(s.text.slice(a.sourceAt, d.index)));
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
      let b = lo - 1;
      while (b >= 0 && usable[b].end > p) b--;
      // A date far after the figure belongs to a later clause ("..., as troops searched for those taken on 3 May"),
      // unless it dates the figure's own source ("..., the ministry said on Oct. 9").
      const after = usable[lo] && (usable[lo].index - p <= AFTER_REACH || usable[lo].afterVerb) ? usable[lo] : undefined;
      // "20 on 3 May, 25 on 4 May", "and 40 more on Friday", "rose to 410 by Friday", "94 fatalities as of Sunday": a
      // date right after its count, or after the count's noun when it says "as of", is that count's own, whatever came before.
      const nounEnd = f.subjectFirst > f.mention.last && f.subjectLast >= f.subjectFirst ? s.tokens[f.subjectLast].end - s.start : -1;
      const glued = usable[lo] && (rules.glued.test(s.text.slice(f.mention.end - s.start, usable[lo].index)) ||
        (nounEnd >= 0 && nounEnd <= usable[lo].index && /^\s*(?:as of|until)\s+$/i.test(s.text.slice(nounEnd, usable[lo].index)))) ? usable[lo] : undefined;
      let d: DateMention | undefined = glued ?? usable[b] ?? (b < 0 && wrapsIn ? wrapsIn.at(-1) : undefined) ?? after ?? (lo >= usable.length && wrapsOn ? nextLine()[0] : undefined);
      // "officials said on Monday that 17 had died in Saturday's floods", "killed in a strike the previous day": the
      // event's day in the figure's own clause, before the day it was reported.
      if (d && d === usable[b] && d.afterVerb && after && !after.afterVerb && after.role === 'event' && !after.periodStart && after.index - p <= AFTER_REACH / 2) d = after;
      // "A fire in 2021 killed 54, at least 70 died in another fire in 2019": after another figure's clause, a date
      // in the figure's own clause (its own verb, no comma between them) is its own; the date before was the other
      // clause's. Not a list of one clause: "reported 17 deaths, 27 injured and 3 missing in the storm of Sunday".
      if (d && d === usable[b] && after && !after.afterVerb && !after.periodStart && /,/.test(s.text.slice(d.end, p)) &&
        !/[,;]/.test(s.text.slice(f.mention.end - s.start, after.index)) && ks.some((j) => j !== k && frames[j].mention.start - s.start > s.text.lastIndexOf(',', d!.index) && frames[j].mention.end - s.start <= p) &&
        (OWN_VERB_AFTER.test(s.text.slice(f.mention.end - s.start, after.index)) || OWN_VERB_BEFORE.test(s.text.slice(s.text.lastIndexOf(',', p), p)))) d = after;
      // A running total ("the toll from the fire that broke out on Saturday has risen to 82", "... killed since the
      // eruption began last weekend, officials said Tuesday") holds on the day it is reported, not on the day of the
      // event its subject names: the date of its source's statement, stated before or after it.
      if (d && d !== glued && !d.afterVerb && (runningSentence ??= rules.running.test(s.text))) {
        const stated = usable.find((x) => x !== d && (x.afterVerb || (a.sourceAt !== undefined && x.end <= a.sourceAt && x.index < 40)));
        if (stated) d = stated;
        // "the toll from Monday's earthquake hit 94": a day that names the event, not the day of the count.
        else if (d.index < p && /^['’]s\b/.test(s.text.slice(d.end, d.end + 3)) && !glued) d = undefined;
      }
      // "the worst since 1968, when nearly 12,000 perished": a figure in a "when" clause holds for the date it describes.
      const described = whenClauseDate(found, s.text, p);
      if (described) d = described;
      let date: ClaimDate | null = d ? asClaimDate(d) : null;
      // After an infobox's date row, a figure with no date of its own, or only the event's year, holds for the
      // event the row names: an encyclopedia article is about that one event.
      if (eventRow && s.index > eventRow.sentence && (!date || (date.value.length === 4 && eventRow.date.value.startsWith(date.value)))) date = eventRow.date;
      if (!date && a.continued && a.reportSentence >= 0) date = reportDate.get(a.reportSentence) ?? laterReport(a.reportSentence);
      if (!date && a.claimant) date = report.statementOf(a.claimant.name, s);
      if (!date) date = listDate;
      if (!date) {
        const cell = rowDateCell(doc.sentences, s, ctx, rules.mentions);
        if (cell) date = asClaimDate(cell);
      }
      // "2015 3,771", "January 612": a row of a table by year or month is dated by its label, even over a year-less reading.
      if (!date || date.value.startsWith('--') || (date.text && s.text.startsWith(date.text))) date = rowLabelDate(doc.sentences, s, reference) ?? date;
      if (!date && !dates.length && paragraphDate?.paragraph === s.paragraph && s.index - paragraphDate.sentence <= PARAGRAPH_REACH && (!a.claimant || a.continued)) date = paragraphDate.date;
      // "killed in April" in a text of no reference date that names its year only later ("since the beginning of
      // 2019"): the month takes the year of the document's own dated context.
      if (date?.value.startsWith('--') && docDate) date = { ...date, value: `${docDate.date.value.slice(0, 4)}${date.value.slice(1)}` };
      // (Not a running toll, "Death toll rises to 40": it holds when it is told.)
      if (!date && report.isTitle(s) && !(runningSentence ??= rules.running.test(s.text))) titleFigures.push(k);
      out[k] = date ?? (eventRow && s.index > eventRow.sentence ? eventRow.date : null) ??
        (retroDate && !(retroDate.periodStart && retroDate.sentence === s.index) ? retroDate.date : null) ?? report.fallback(a.claimant?.name ?? null, (standsNow ??= rules.standsNow.test(s.text))) ??
        // Not when a period began in the figure's own sentence: "killed since the war began in 2011" is a running total.
        (docDate && !(docDate.periodStart && docDate.sentence === s.index) ? docDate.date : null);
      if (occurred) out[k] = onEventDay(f, out[k], occurred, (runningSentence ??= rules.running.test(s.text)));
    }
    const firstDate = ks.map((k) => out[k]).find((d) => d?.text) ?? (dates[0] ? asClaimDate(dates[0]) : null);
    if (firstDate) reportDate.set(s.index, firstDate);
    report.record(s, dates, firstDate);
    if (dates.length) paragraphDate = { paragraph: s.paragraph, sentence: s.index, date: asClaimDate(dates[0]) };
    for (const d of found) {
      // Only a day of a known year: a weekday counted from "May 31" of no year would take a year it was never given.
      if (d.precision === 'day' && !d.periodStart && /^\d{4}/.test(d.value)) ctx.last = d.date;
      if (!/^\d{4}/.test(d.value)) continue;
      // "hit by the 2008 earthquake", "since the 1994 genocide": a year naming another event is not the text's year.
      if (/^\d{4}$/.test(d.text) && /\b(?:the|a|an)\s+$/i.test(s.text.slice(Math.max(0, d.index - 5), d.index))) continue;
      // Any year stated places later dates when there is no reference; within a paragraph only a year that
      // dates something ("In 1990, ...", not "since 1990") overrides the reference date.
      if (!reference) ctx.year = d.date.getUTCFullYear();
      if (!d.periodStart && !rules.relativeText.test(d.text)) {
        const year = d.date.getUTCFullYear();
        // A narrative goes on in its year: "On 2 May 1990 ..." then "The next day, 3 May, ...".
        const full = (d.precision === 'day' && /\d{4}/.test(d.text)) || (ctx.paragraphYear?.full === true && ctx.paragraphYear.year === year);
        ctx.paragraphYear = { paragraph: s.paragraph, year, full };
      }
    }
  }
  // "At least 24 dead in factory flood" above "... drowned on Monday": the headline tells the lead's event.
  const lead = report.leadEvent();
  if (lead) for (const k of titleFigures) if (!out[k] || out[k]!.text === '') out[k] = lead;
  return out;
}

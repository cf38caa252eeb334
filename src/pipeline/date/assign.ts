import type { ClaimDate } from '../../schema.js';
import { framesBySentence } from '../by-sentence.js';
import type { Attribution } from '../claimant.js';
import type { Doc, Frame, Sentence } from '../types.js';
import { DAY_MS, formatDate } from './calendar.js';
import { findDates, MONTH_WORD, NAMES_YEAR, type DateContext, type DateMention } from './mentions.js';

/** A sentence without claims is read for dates only when it names one outright (context for "a week later"). */
const NAMES_DATE = new RegExp(`\\b(?:${MONTH_WORD}|(?:1[89]|20)\\d\\d\\b)`, 'i');
/** Date words that count from a date named before. */
const CONTEXT_WORDS = /same day|previous day|day before|next day|following day|\bthen\b|\blater\b|\bearlier\b|\bago\b/i;
/** A statement that dates its report: "the ministry said on Thursday that ...", read even without figures. */
const REPORTS_WITH_DATE = /\b(?:said|says|reported|announced|revealed|confirmed|stated|told|released|published)\b/i;
/** A list bullet: "• 12 killed", "- 30 houses destroyed", "3) ...". */
const BULLET = /^(?:[•·▪◦‣*–-]|\d{1,2}[.)])\s/;
/** Dates counted from the reference, which say nothing about the year of the paragraph. */
const RELATIVE_TEXT = /\b(?:yesterday|today|ago|last|this|week|weekend|overnight|night|[a-z]+day)\b/i;
/** How far (characters) after a figure a date of its sentence still dates it. */
const AFTER_REACH = 160;
/** A line that stops mid-sentence ("... exploded in a church in Jolo,"): hard-wrapped text goes on below. */
const WRAPS = /[,;]$|\b(?:in|on|at|of|and|the|near)$/;
/** How a sentence ends: a line without it, followed by a line starting in lower case, is one wrapped sentence. */
const ENDS = /[.!?:]["”’)\]]*$/;
const wrapped = (line: Sentence, next: Sentence | undefined) =>
  !!next && next.paragraph === line.paragraph + 1 && (WRAPS.test(line.text) || (!ENDS.test(line.text) && /^[a-z]/.test(next.text)));
/** How far into a text its lead (the paragraphs that say what the story is about) reaches. */
const LEAD_PARAGRAPHS = 3;
/** How many days before the reference date a lead's date may lie and still date the story. */
const LEAD_DAYS = 31;
/** How many sentences a date named earlier in a paragraph still dates a figure. */
const PARAGRAPH_REACH = 3;
/** How many sentences back a source's dated statement still dates its later figures. */
const REPORT_REACH = 6;

const asClaimDate = (d: DateMention): ClaimDate => ({ value: d.value, text: d.text, role: d.role });

interface DatedReport {
  sentence: Sentence;
  date: ClaimDate;
}

/** The words of a sentence, built once and only when asked: each look-up is then O(1), however long it is. */
const wordsCache = new WeakMap<Sentence, Set<string>>();
function namesWord(s: Sentence, word: string): boolean {
  let words = wordsCache.get(s);
  if (!words) wordsCache.set(s, (words = new Set(s.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))));
  return words.has(word);
}

/**
 * The word a source is known by in a later sentence: the last word of its name ("Health" of "Ministry of Health").
 * None for a bare pronoun ("It added"): such a figure goes on with the story's report.
 */
const headWord = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).at(-1) ?? null;

/**
 * Stage 6: when each figure holds. In order: the date of its own sentence nearest before it (else after it,
 * unless that date belongs to another source's report); the date of the report it continues, or of its
 * source's latest dated statement ("the ministry said on Thursday ..."); the date of the statement introducing
 * the list it is a bullet of; a date named earlier in its paragraph when no new source speaks; else the
 * reference date (reported when a source gives the figure, as of otherwise). Without any reference date, null.
 */
export function assignDates(doc: Doc, frames: Frame[], attributions: Attribution[], reference: Date | null): Array<ClaimDate | null> {
  const ctx: DateContext = { reference, last: reference, year: reference ? reference.getUTCFullYear() : null, paragraphYear: null };
  const out: Array<ClaimDate | null> = [];
  const bySentence = framesBySentence(frames);
  const reportDate = new Map<number, ClaimDate>();
  const reports: DatedReport[] = [];
  let paragraphDate: { paragraph: number; sentence: number; date: ClaimDate } | null = null;
  let listIntro: { paragraph: number; date: ClaimDate | null } | null = null;
  // The counts of each sentence, so a date is never read from its own figures.
  const countsOf = (s: Sentence): Array<[number, number]> => (bySentence.get(s) ?? []).map((k) => [frames[k].mention.start, frames[k].mention.end]);
  const needsContext = !reference || [...new Set(frames.map((f) => f.sentence))].some((s) => CONTEXT_WORDS.test(s.text));
  // The day the story is about: the first day its lead names (an event, or a statement "on Wednesday"),
  // when it is shortly before the reference date; figures without a date of their own hold for that day.
  // A lead that dates a statement ("the agency said on Monday") dates only that source's figures.
  let lead: { date: ClaimDate; sentence: Sentence } | null = null;
  let leadOpen = true;
  const fallback = (claimant: string | null): ClaimDate | null => {
    const head = claimant === null ? null : headWord(claimant);
    if (lead && (lead.date.role !== 'reported' || head === null || namesWord(lead.sentence, head))) return lead.date;
    return reference ? { value: formatDate(reference, 'day'), text: '', role: claimant !== null ? 'reported' : 'as_of' } : null;
  };
  /** The latest dated statement, within reach, of a sentence naming the source. */
  const statementOf = (name: string, s: Sentence): ClaimDate | null => {
    const head = headWord(name);
    if (!head) return null;
    for (let k = reports.length - 1; k >= 0 && s.index - reports[k].sentence.index <= REPORT_REACH; k--) {
      if (namesWord(reports[k].sentence, head)) return reports[k].date;
    }
    return null;
  };
  // A title line (short, no closing stop) is no lead: the story starts below it.
  const firstBodyParagraph = doc.sentences.find((s) => /[.!?]["”’)]?$/.test(s.text) || s.text.length > 200)?.paragraph ?? 0;
  // The dates of the line before, when this line goes on with its sentence.
  let previous: { sentence: Sentence; dates: DateMention[] } | null = null;
  for (const s of doc.sentences) {
    const ks = bySentence.get(s) ?? [];
    const intro = /:\s*$/.test(s.text);
    // Sentences naming a month or year are read too: "In 1990 ..." places the year-less dates after it.
    const next = doc.sentences[s.index + 1];
    const wrapsOn = wrapped(s, next);
    const read = ks.length > 0 || intro || wrapsOn || (leadOpen && s.paragraph >= firstBodyParagraph) || NAMES_DATE.test(s.text) || (needsContext && NAMES_YEAR.test(s.text)) || (REPORTS_WITH_DATE.test(s.text) && (NAMES_DATE.test(s.text) || NAMES_YEAR.test(s.text) || /day\b|week|night/i.test(s.text)));
    const found = read ? findDates(s, ctx, countsOf(s)) : [];
    const dates = found.filter((d) => !d.periodStart);
    const wrapsIn = previous && previous.dates.length && wrapped(previous.sentence, s) ? previous.dates : null;
    previous = { sentence: s, dates };
    let nextFound: DateMention[] | null = null;
    const nextLine = () => (nextFound ??= findDates(next, ctx, countsOf(next)).filter((d) => !d.periodStart));
    const bullet = BULLET.test(s.text);
    if (listIntro && s.indexInParagraph === 0 && !bullet && s.paragraph !== listIntro.paragraph) listIntro = null;
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
      let b = lo - 1;
      while (b >= 0 && usable[b].end > p) b--;
      // A date far after the figure belongs to a later clause ("..., as troops searched for those taken on 3 May"),
      // unless it dates the figure's own source ("..., the agency reported on Sept. 27").
      const after = usable[lo] && (usable[lo].index - p <= AFTER_REACH || usable[lo].afterVerb) ? usable[lo] : undefined;
      const d = usable[b] ?? (b < 0 && wrapsIn ? wrapsIn.at(-1) : undefined) ?? after ?? (lo >= usable.length && wrapsOn ? nextLine()[0] : undefined);
      let date: ClaimDate | null = d ? asClaimDate(d) : null;
      if (!date && a.continued && a.reportSentence >= 0) date = reportDate.get(a.reportSentence) ?? null;
      if (!date && a.claimant) date = statementOf(a.claimant.name, s);
      if (!date && listIntro && listIntro.paragraph < s.paragraph) date = listIntro.date;
      if (!date && !dates.length && paragraphDate?.paragraph === s.paragraph && s.index - paragraphDate.sentence <= PARAGRAPH_REACH && (!a.claimant || a.continued)) date = paragraphDate.date;
      out[k] = date ?? fallback(a.claimant?.name ?? null);
    }
    // Set after the sentence's own figures: a date far along a sentence is no fallback for its own first clause.
    if (leadOpen && s.paragraph >= LEAD_PARAGRAPHS + firstBodyParagraph) leadOpen = false;
    if (leadOpen && s.paragraph >= firstBodyParagraph) {
      const day = dates.find((d) => d.precision === 'day' && /^\d{4}/.test(d.value));
      if (day && (!reference || (day.date <= reference && reference.getTime() - day.date.getTime() <= LEAD_DAYS * DAY_MS))) lead = { date: asClaimDate(day), sentence: s };
      if (day) leadOpen = false;
    }
    const firstDate = ks.map((k) => out[k]).find((d) => d && d.text) ?? (dates[0] ? asClaimDate(dates[0]) : null);
    if (firstDate) reportDate.set(s.index, firstDate);
    const stated = dates.find((d) => d.afterVerb || d.role === 'reported');
    if (stated) reports.push({ sentence: s, date: asClaimDate(stated) });
    if (intro) listIntro = { paragraph: s.paragraph, date: stated ? asClaimDate(stated) : firstDate ?? null };
    if (dates.length) paragraphDate = { paragraph: s.paragraph, sentence: s.index, date: asClaimDate(dates[0]) };
    for (const d of found) {
      if (d.precision === 'day' && !d.periodStart) ctx.last = d.date;
      if (!/^\d{4}/.test(d.value)) continue;
      // Any year stated places later dates when there is no reference; within a paragraph only a year that
      // dates something ("In 1990, ...", not "since 1990") overrides the reference date.
      if (!reference) ctx.year = d.date.getUTCFullYear();
      if (!d.periodStart && !RELATIVE_TEXT.test(d.text)) {
        const year = d.date.getUTCFullYear();
        // A narrative goes on in its year: "On 2 May 1990 ..." then "The next day, 3 May, ...".
        const full = (d.precision === 'day' && /\d{4}/.test(d.text)) || (ctx.paragraphYear?.full === true && ctx.paragraphYear.year === year);
        ctx.paragraphYear = { paragraph: s.paragraph, year, full };
      }
    }
  }
  return out;
}

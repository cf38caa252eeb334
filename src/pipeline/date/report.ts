import type { ClaimDate } from '../../schema.js';
import type { Sentence } from '../types.js';
import { DAY_MS, formatDate } from './calendar.js';
import type { DateMention } from './mentions.js';

/** How many sentences back a source's dated statement still dates its later figures. */
const REPORT_REACH = 6;
/** How far into a text its lead (the paragraphs that say what the story is about) reaches. */
const LEAD_PARAGRAPHS = 3;
/** How many days before the reference date a lead's date may lie and still date the story. */
const LEAD_DAYS = 31;
/** A list bullet: "• 12 killed", "- 30 houses destroyed", "3) ...". */
const BULLET = /^(?:[•·▪◦‣*–-]|\d{1,2}[.)])\s/;
/** A sentence ending in a colon introduces what follows: "The agency said on Monday:". */
const INTRODUCES = /:\s*$/;

export const asClaimDate = (d: DateMention): ClaimDate => ({ value: d.value, text: d.text, role: d.role });

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
 * What the text has said so far about when its reports were made, for figures whose own sentence names no
 * date: each source's dated statements ("The ministry said on Thursday that ..."), the statement introducing
 * a list ("The agency said on Monday:" over its bullets), and the story's lead day. Fed one sentence at a time,
 * in order; every look-up is bounded (a few sentences back, one word-set test each).
 */
export class ReportDates {
  private statements: Array<{ sentence: Sentence; date: ClaimDate }> = [];
  private list: { paragraph: number; date: ClaimDate | null } | null = null;
  private lead: { date: ClaimDate; sentence: Sentence } | null = null;
  private leadOpen = true;
  /** A title line (short, no closing stop) is no lead: the story starts below it. */
  private readonly firstBodyParagraph: number;

  constructor(sentences: Sentence[], private readonly reference: Date | null) {
    this.firstBodyParagraph = sentences.find((s) => /[.!?]["”’)]?$/.test(s.text) || s.text.length > 200)?.paragraph ?? 0;
  }

  /** Whether the sentence is a title line above the story (its figures are dated by the lead below it). */
  isTitle(s: Sentence): boolean {
    return s.paragraph < this.firstBodyParagraph;
  }

  /** The story's lead day, once the lead is read: the day of the event it tells, if it names one. */
  leadEvent(): ClaimDate | null {
    return this.lead?.date.role === 'event' ? this.lead.date : null;
  }

  /** Whether the sentence must be read for dates though it holds no figure: a lead, or a list's introduction. */
  wants(s: Sentence): boolean {
    return INTRODUCES.test(s.text) || this.inLead(s);
  }

  private inLead(s: Sentence): boolean {
    if (this.leadOpen && s.paragraph >= LEAD_PARAGRAPHS + this.firstBodyParagraph) this.leadOpen = false;
    return this.leadOpen && s.paragraph >= this.firstBodyParagraph;
  }

  /** The latest dated statement, within reach, of a sentence naming the source. */
  statementOf(name: string, s: Sentence): ClaimDate | null {
    const head = headWord(name);
    if (!head) return null;
    for (let k = this.statements.length - 1; k >= 0 && s.index - this.statements[k].sentence.index <= REPORT_REACH; k--) {
      if (namesWord(this.statements[k].sentence, head)) return this.statements[k].date;
    }
    return null;
  }

  /**
   * The date of the statement introducing the list this sentence is a bullet of, or a row of (`row`: the layout
   * gives it head lines, as "Colombia: 1.8 million" under "... as follows (figures as of May 2020):").
   */
  listDate(s: Sentence, row = false): ClaimDate | null {
    if (this.list && !row && s.indexInParagraph === 0 && !BULLET.test(s.text) && s.paragraph !== this.list.paragraph) this.list = null;
    return this.list && this.list.paragraph < s.paragraph ? this.list.date : null;
  }

  /**
   * When nothing else dates a figure: the story's lead day (a lead that dates a statement, "the agency said on
   * Monday", only for that source's figures), else the reference date, reported when a source gives the figure
   * and as of otherwise. Null without any reference date. A running total ("86 have been confirmed dead so far")
   * holds when it is told, not on the day of the event a lead names ("the fire on Saturday").
   */
  fallback(claimant: string | null, running = false): ClaimDate | null {
    const head = claimant === null ? null : headWord(claimant);
    const lead = this.lead;
    const toldLater = running && lead?.date.role === 'event' && !!this.reference;
    if (lead && !toldLater && (lead.date.role !== 'reported' || head === null || namesWord(lead.sentence, head))) return lead.date;
    return this.reference ? { value: formatDate(this.reference, 'day'), text: '', role: claimant !== null ? 'reported' : 'as_of' } : null;
  }

  /**
   * After a sentence's figures are dated (so a date far along a sentence is no fallback for its own first
   * clause): its statement date, list introduction and, in the lead, the story's day (the first day named,
   * if shortly before the reference date).
   */
  record(s: Sentence, dates: DateMention[], firstDate: ClaimDate | null): void {
    const stated = dates.find((d) => d.afterVerb || d.role === 'reported');
    if (stated) this.statements.push({ sentence: s, date: asClaimDate(stated) });
    if (INTRODUCES.test(s.text)) this.list = { paragraph: s.paragraph, date: stated ? asClaimDate(stated) : firstDate };
    if (!this.inLead(s)) return;
    // Not a day that names the event ("Monday's earthquake"): the story's day is when it is told.
    const day = dates.find((d) => d.precision === 'day' && /^\d{4}/.test(d.value) && !/^['’]s\b/.test(s.text.slice(d.end, d.end + 3)));
    if (!day) return;
    const ref = this.reference;
    if (!ref || (day.date <= ref && ref.getTime() - day.date.getTime() <= LEAD_DAYS * DAY_MS)) this.lead = { date: asClaimDate(day), sentence: s };
    this.leadOpen = false;
  }
}

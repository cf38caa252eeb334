import type { Claimant } from '../schema.js';
import { framesBySentence, lastFrameSentence } from './by-sentence.js';
import { findSources, type Source, type SourceLexicon } from './sources.js';
import { kindOf } from './source-kind.js';
import { headingSource, publisherOf, sourcesAfter } from './source-lines.js';
import { layoutSource } from './source-layout.js';
import { reportAuthor, selfDescribed, signedBy } from './source-author.js';
import type { Doc, Frame, Sentence } from './types.js';
import { SourceRegistry } from './source-registry.js';
import { figureAfter, semicolonsOf } from './source-clauses.js';

const asClaimant = (s: Source, lex: SourceLexicon): Claimant => ({
  name: s.name, text: s.text, via: [...s.via], person: s.person, kind: kindOf(s.name, s.person, lex),
});

/** A list item ("* 64 killed", "2. 160 trucks seized", "— 37 hostages"): it keeps the source of the line introducing the list. */
/** A sentence that opens with a quotation mark; a closing mark with a speaker's verb after it. */
const QUOTE_OPEN = /^\s*["“]/;
const QUOTE_CLOSE = /["”]\s*,?\s*\S/;
/** A sentence announcing what follows: "Following is a summary ...", "Below are the figures ...". */
const OUTLINE = /^\s*(?:(?:following|below|here)\s+(?:is|are)\b|the following\b)/i;
const LIST_ITEM = /^\s*(?:[*•▪‣–—-]|\d{1,2}[.)]\s|\(?[a-z]\)\s)/u;

/** Whether a sentence can name a source at all, by its words: spares the phrase walk on most sentences. */
function mayName(s: Sentence, lex: SourceLexicon): boolean {
  for (const t of s.tokens) {
    if (lex.reportingVerbs.has(t.lower) || lex.reportingParticiples.has(t.lower) || lex.agentNouns.has(t.lower) || t.lower === 'according' || t.lower === 'per') return true;
  }
  return false;
}

/** A sentence's sources, indexed once for the look-ups of each of its frames. */
interface SentenceSources {
  /** Sources in order of their anchor token. */
  byAt: Source[];
  /** Sources whose name stands before their verb, by the name's first token. */
  byFirst: Map<number, Source>;
  /** The sentence's semicolons outside brackets, in order; read once, when a frame asks. */
  semicolons?: number[];
  /** Whether a figure follows each source's anchor; read once a source. */
  figureAfter?: Map<Source, boolean>;
}

function indexSources(sources: Source[]): SentenceSources {
  const byFirst = new Map<number, Source>();
  for (const x of sources) if (x.at >= x.first && !byFirst.has(x.first)) byFirst.set(x.first, x);
  return { byAt: [...sources].sort((a, b) => a.at - b.at), byFirst };
}

/** Index of the first source anchored after token i (binary search over sources in anchor order). */
function firstAfter(byAt: Source[], i: number): number {
  let lo = 0;
  for (let hi = byAt.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (byAt[mid].at <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which of the sentence's sources speaks for the frame: the last one anchored before it, else the first after. */
function sourceFor(frame: Frame, index: SentenceSources): Source | null {
  const { byAt, byFirst } = index;
  if (!byAt.length) return null;
  const p = frame.mention.first;
  const spanEnd = Math.max(frame.mention.last, frame.subjectLast);
  // "200 killed (per the Red Cross), 300 (per the army)": the nearest bracketed source after the figure.
  const t = frame.sentence.tokens;
  const first = firstAfter(byAt, frame.mention.last);
  for (let k = first; k < byAt.length && byAt[k].at - frame.mention.last <= 16; k++) {
    const x = byAt[k];
    // Not across a table's cell ("900 killed | 7,757 (per the governor)").
    if (x.postposed && !t.slice(frame.mention.last + 1, x.at).some((w) => w.text === '|')) return x;
  }
  // "the 900 another aid worker cited": the source right after the figure.
  // Not past a comma: "put the toll at 50, rights groups say 200" gives 50 to the clause before.
  const after = byFirst.get(spanEnd + 1) ?? (/^(?:[,;]|and|but|while)$/i.test(t[spanEnd + 1]?.text ?? '') ? undefined : byFirst.get(spanEnd + 2));
  // (Not a label that speaks for the figures after its colon: "30,000 wounded Austrian sources: 8,000 killed".)
  if (after && !(after.forward && t[after.at]?.text === ':')) return after;
  // "a count of 60 given earlier by the elders": an agent just after the figure owns it.
  const agent = byAt.find((x) => x.agent && x.at > frame.mention.last && x.at <= spanEnd + 3);
  if (agent) return agent;
  let lo = 0;
  for (let hi = byAt.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    // "Officials estimated 3,000 died": a verb the figure's span took in ("estimated 3,000") still follows its source.
    if (byAt[mid].at < p || (byAt[mid].at === p && byAt[mid].last < p)) lo = mid + 1;
    else hi = mid;
  }
  // A bracketed source claims only the figures just before it, never those of another cell or after it (a bounded
  // look back: a run of thousands of bracketed sources stays linear).
  for (let k = lo - 1; k >= 0 && k >= lo - 64; k--) if (!byAt[k].postposed) return byAt[k];
  let later = byAt.find((x) => x.at > p && !x.forward && !x.postposed) ?? null;
  // "Estimates range from 8,000 to 12,000; the Red Cross put it at 10,500": after a semicolon, a source with a
  // figure of its own speaks for its own clause.
  if (later) {
    // The first semicolon after the figure, by binary search over the sentence's semicolons.
    const semis = (index.semicolons ??= semicolonsOf(t));
    let a = 0;
    for (let b = semis.length; a < b;) {
      const mid = (a + b) >> 1;
      if (semis[mid] <= spanEnd) a = mid + 1;
      else b = mid;
    }
    if (a < semis.length && semis[a] < later.first && figureAfter(t, later, (index.figureAfter ??= new Map()))) later = null;
  }
  // "While the official toll was 9,885, unofficial sources put it above 50,000": a fronted clause of contrast is
  // no part of the report that follows it.
  if (later && CONTRAST_OPENERS.has(t[0]?.lower ?? '')) {
    const comma = t.findIndex((w) => w.text === ',');
    if (comma > p && later.first > comma) return null;
  }
  return later;
}

/** Openers of a clause set against the main one: its figures are not the main clause's source's. */
const CONTRAST_OPENERS = new Set(['while', 'whilst', 'whereas', 'although', 'though']);

/** The innermost head line of a row, whose date a row inherits with its source. */
function layoutHead(doc: Doc, s: Sentence): number {
  return doc.layout[s.index]?.heads.at(-1)?.index ?? -1;
}

export interface Attribution {
  claimant: Claimant | null;
  /** The source is carried over from an earlier sentence or refers back to one: its report goes on. */
  continued: boolean;
  /** Index of the sentence whose report the claim continues (for dates), or -1. */
  reportSentence: number;
  /** Character offset, in the claim's sentence, of its own source's verb (for "reported on Sept. 27"). */
  sourceAt?: number;
}

/**
 * Stage 5: who says so. A sentence's own source ("X said", "according to X", "claimed by X", "X, citing Y");
 * back-references ("the news agency", "the list") resolved to the source named before; otherwise the source of
 * the report the sentence continues (same paragraph, or opening with "This number ..."), until a new source, a
 * new date or a sourceless "it was reported" ends it.
 */
export function assignClaimants(doc: Doc, frames: Frame[], lex: SourceLexicon): Attribution[] {
  const registry = new SourceRegistry(lex.synonyms);
  const out: Attribution[] = [];
  const bySentence = framesBySentence(frames);
  let last: { source: Source; sentence: Sentence; list?: boolean; heading?: boolean } | null = null;
  let namedOnce: { source: Source; sentence: Sentence; names: Set<string> } | null = null;
  let soleSource: { source: Source; sentence: Sentence } | null = null;
  let soleEnded = false;
  // "Below are the figures by district, according to X.": X speaks for what follows, until another source.
  let outline: { source: Source; sentence: number } | null = null;
  const dateline = doc.dateline;
  const leadParagraph = dateline ? doc.sentences.find((x) => x.end > dateline.start)?.paragraph ?? -1 : -1;
  const layoutSources = new Map<Sentence, Source | null>();
  const publisher = publisherOf(doc, (s) => findSources(s, lex).sources, (s) => bySentence.has(s), lex.lines);
  const reporter = reportAuthor(doc, lex) ?? selfDescribed(doc, lex) ?? signedBy(doc, lex);
  // The sources named after the last figure speak for none here (speakForPrevious reads those that look back).
  const lastFigure = lastFrameSentence(frames);
  for (const s of doc.sentences) {
    if (s.index > lastFigure) break;
    const ks = bySentence.get(s);
    const heading = headingSource(doc, s, lex.nounMarkers);
    if (heading) { last = { source: heading, sentence: s, heading: true }; continue; }
    // "The deaths by county are:", "The fatalities were reported in these provinces:" right after a report: its rows
    // go on with that report's source. Not a party's label ("Soviet Union:"): the rows under it are that party's.
    const listIntro = !ks && last !== null && !last.heading && /:\s*$/.test(s.text) && /\b\p{Ll}{3,}/u.test(s.text) && s.index - last.sentence.index <= 8;
    if (!ks && !mayName(s, lex)) {
      if (listIntro) last = { source: last!.source, sentence: s, list: true };
      continue;
    }
    const { sources, passiveNone } = findSources(s, lex);
    if (listIntro && !sources.length) {
      last = { source: last!.source, sentence: s, list: true };
      continue;
    }
    const resolved = sources.map((src) => {
      if (!src.backReference && !src.pronoun && registry.namesAgain(src)) src.backReference = true;
      // "Hussain said" after "Dr Zahid Hussain, a medical officer, said": the full name, though the statement is new.
      const full = !src.backReference && !src.pronoun && /^\p{Lu}\p{Ll}+$/u.test(src.name) && src.text === src.name ? registry.resolve(src) : null;
      if (full && full.name !== src.name && full.name.split(/\s+/).length >= 2 && full.name.split(/\s+/).at(-1) === src.name) {
        src.name = full.name;
        src.person = full.person;
      }
      if (!src.backReference) return { src, refSentence: -1 };
      // "the numbers were revised": a figure with no source of its own belongs to the report before.
      // A bare head opening its sentence ("The army said") refers back only when an earlier source has that name.
      // So does a document of the kind its words say, in lower case: "the preliminary assessment report".
      const bare = src.name.split(/\s+/).length === 1 || (/^[\p{Ll} -]+$/u.test(src.name) && lex.agentNouns.has(src.name.split(/\s+/).at(-1)!));
      const target = registry.resolve(src) ?? (last && (src.first > 0 || lex.figureNouns.has(src.name)) && bare ? Object.assign(last.source, { sentence: last.sentence.index }) : null);
      if (!target && src.pronoun) return null;
      if (!target) return { src: { ...src, backReference: false }, refSentence: -1 };
      return { src: { ...target, text: src.text, at: src.at, first: src.first, last: src.last, backReference: true }, refSentence: (target as Source & { sentence?: number }).sentence ?? -1 };
    });
    const found = resolved.filter((r) => r !== null);
    for (const { src } of found) {
      if (!src.backReference) registry.add(Object.assign(src, { sentence: s.index }));
      registry.note(src, lex);
    }
    // The wire lead's source ("MANILA – The toll rose to 12, the council said Thursday.") speaks for the story's
    // later paragraphs while it stays the only source named, until a paragraph opens with a new date.
    for (const { src } of found) {
      // A document ("the ministry's weekly casualty report") is no new source beside the one that issued it.
      if (src.backReference || src.pronoun || lex.figureNouns.has(src.name.split(/\s+/).at(-1)!.toLowerCase())) continue;
      if (!namedOnce) namedOnce = { source: src, sentence: s, names: new Set([src.name.toLowerCase()]) };
      else namedOnce.names.add(src.name.toLowerCase());
    }
    if (lex.newDateStart.test(s.text)) soleEnded = true;
    soleSource = namedOnce && namedOnce.names.size === 1 && !soleEnded && namedOnce.sentence.paragraph === leadParagraph ? namedOnce : null;
    if (ks) {
      const carry =
        !found.length && !passiveNone && last !== null && !lex.newDateStart.test(s.text) &&
        (last.sentence.paragraph === s.paragraph || lex.continues.test(s.text) || (last.list && LIST_ITEM.test(s.text)) || !!last.heading ||
          (!!last.list && !!doc.layout[s.index]?.heads.includes(last.sentence)));
      const index = indexSources(found.map((r) => r.src));
      const refSentenceOf = new Map(found.map((r) => [r.src, r.refSentence]));
      const fromLayout = layoutSource(doc.layout[s.index], lex, layoutSources);
      for (const k of ks) {
        const own = sourceFor(frames[k], index);
        if (own) {
          const r = { refSentence: refSentenceOf.get(own)! };
          out[k] = {
            claimant: asClaimant(own, lex), continued: own.backReference, reportSentence: own.backReference ? r.refSentence : s.index,
            sourceAt: s.tokens[own.at].start - s.start,
          };
        } else if (fromLayout) {
          // A row of a list or table: the source its head line, or the bracket closing its rows, names.
          out[k] = { claimant: asClaimant(fromLayout, lex), continued: true, reportSentence: fromLayout.at >= 0 ? layoutHead(doc, s) : -1 };
        } else if (carry) {
          out[k] = { claimant: asClaimant(last!.source, lex), continued: true, reportSentence: last!.sentence.index };
        } else if (outline) {
          out[k] = { claimant: asClaimant(outline.source, lex), continued: true, reportSentence: outline.sentence };
        } else if (publisher) {
          out[k] = { claimant: asClaimant(publisher, lex), continued: publisher.sentence !== undefined, reportSentence: publisher.sentence ?? -1 };
        } else if (soleSource && soleSource.sentence.index < s.index) {
          out[k] = { claimant: asClaimant(soleSource.source, lex), continued: true, reportSentence: soleSource.sentence.index };
        } else if (reporter && reporter.sentence < s.index) {
          out[k] = { claimant: asClaimant(reporter.source, lex), continued: true, reportSentence: reporter.sentence };
        } else out[k] = { claimant: null, continued: false, reportSentence: -1 };
      }
    }
    if (found.length) outline = OUTLINE.test(s.text) && !ks ? { source: found.at(-1)!.src, sentence: s.index } : null;
    const lastOwn = found.at(-1)?.src;
    if (lastOwn) last = { source: lastOwn, sentence: s, list: /:\s*$/.test(s.text) };
    else if (last?.list && LIST_ITEM.test(s.text)) last = { source: last.source, sentence: s, list: true };
    else if (last?.heading) continue;
    else if (ks && (passiveNone || lex.newDateStart.test(s.text))) last = null;
  }
  speakForPrevious(doc, frames, out, bySentence, lex);
  speakerAfterQuote(doc, out, bySentence, lex);
  for (const a of out) if (a.claimant && !canSpeak(a.claimant, lex)) a.claimant = null;
  return out;
}

/**
 * Whether a claimant is a noun phrase that can speak: not a total, a count or an event read as a name (lex.noSpeaker),
 * nor a disaster named by its own word ("the Mount Ayton eruption's toll", "Cyclone Idai", "the quake").
 */
function canSpeak(c: Claimant, lex: SourceLexicon): boolean {
  if (lex.noSpeaker.test(c.name)) return false;
  const words = c.name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const last = words.at(-1) ?? '';
  // (A body named for what it handles, "the Disaster Management Authority", ends in a word of its own; a book's
  // title with its author, "Smith, The Human Side of Disaster", is a source of many words.)
  if (words.length > 3 || c.name.includes(',')) return true;
  // (Not "fire", which also ends an agency's name: "Cal Fire said".)
  return !((lex.disasterWords.has(last) && !lex.peopleNouns.has(last)) || /^(?:hurricane|cyclone|typhoon)$/.test(words[0] ?? ''));
}

/**
 * '"We count 90 (60 dead, 30 hurt). Ten were flown out," the mayor said.': a quotation that runs over
 * several sentences is claimed by the speaker named after its closing mark, a few sentences on in its paragraph.
 */
function speakerAfterQuote(doc: Doc, out: Attribution[], bySentence: Map<Sentence, number[]>, lex: SourceLexicon): void {
  for (const [s, ks] of bySentence) {
    if (!QUOTE_OPEN.test(s.text) || /[”]|\S["]/.test(s.text.slice(1)) || ks.some((k) => out[k].claimant && !out[k].continued)) continue;
    for (let j = s.index + 1; j < doc.sentences.length && j <= s.index + 4 && doc.sentences[j].paragraph === s.paragraph; j++) {
      const next = doc.sentences[j];
      const close = next.text.search(QUOTE_CLOSE);
      if (close < 0) continue;
      const at = next.start + close;
      const src = findSources(next, lex).sources.find((x) => !x.pronoun && next.tokens[x.at].start > at);
      if (src) for (const k of ks) out[k] = { claimant: asClaimant(src, lex), continued: true, reportSentence: j };
      break;
    }
  }
  // '"... destroyed 125 planes, 91 helicopters ...,"' then a line of its own, 'Gen. Smith said.': the quotation's
  // speaker is named on the line after its closing mark.
  for (const [s, ks] of bySentence) {
    if (!/[,.]?["”]\s*$/.test(s.text) || ks.every((k) => out[k].claimant && !out[k].continued)) continue;
    const next = doc.sentences[s.index + 1];
    if (!next || next.paragraph === s.paragraph || next.tokens.length > 10 || bySentence.has(next)) continue;
    const src = findSources(next, lex).sources.find((x) => !x.pronoun);
    if (src) for (const k of ks) if (!out[k].claimant || out[k].continued) out[k] = { claimant: asClaimant(src, lex), continued: true, reportSentence: next.index };
  }
}

/**
 * "... 12 seamen killed; the Ashford, 3 wounded. So say the returns in the Gazette.": a sentence of its paragraph
 * that only names a source, after figures, speaks for the figures before it that no one claims, back to the last
 * sentence that names a source of its own.
 */
function speakForPrevious(doc: Doc, _frames: Frame[], out: Attribution[], bySentence: Map<Sentence, number[]>, lex: SourceLexicon): void {
  for (const s of doc.sentences) {
    if (s.indexInParagraph === 0 || bySentence.has(s) || s.tokens.length > 30 || !sourcesAfter(s, lex.lines)) continue;
    const src = findSources(s, lex).sources.find((x) => !x.backReference && !x.pronoun);
    if (!src) continue;
    for (let j = s.index - 1; j >= 0 && doc.sentences[j].paragraph === s.paragraph; j--) {
      const ks = bySentence.get(doc.sentences[j]) ?? [];
      if (ks.some((k) => out[k].claimant && !out[k].continued)) break;
      for (const k of ks) if (!out[k].claimant) out[k] = { claimant: asClaimant(src, lex), continued: true, reportSentence: s.index };
    }
  }
}

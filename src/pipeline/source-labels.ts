import type { Sentence, Token } from './types.js';
import { hasTag, isNameStart, knownWord } from './pos.js';
import { DETERMINERS, isCapital, isDateWord, phraseEndingAt, phraseStartingAt, type SourceLexicon } from './source-phrase.js';
import { make, type Source } from './source-make.js';
import { onlyPlaces } from './source-subject.js';
import { isCitationRow } from '../frames/citations.js';
import { TENS, UNITS } from '../lexicon/numbers.js';

/** A figure in words or digits: "Five bodies found - police" has its figure before the source as "50 found" does. */
export const isFigure = (x: Token) => /^\d/.test(x.text) || x.lower in UNITS || x.lower in TENS;

/**
 * Sources a line names by its layout rather than by a verb of saying: a headline's "...: police", a label ending in a
 * source noun ("Chinese records:"), speaker labels ("Hughes: 12,000 dead"), "Source: X", and the issuer of a
 * document after "according to" ("an updated tally of the ministry").
 */

/** A dash set apart by spaces: "toll at 24 — police", "toll at 24 -- police". */
const isDash = (s: Sentence, t: Sentence['tokens'], c: number) => {
  if (!/^[—–-]$/.test(t[c].text)) return false;
  // The characters right around it, not slices of the sentence: a line of many dashes stays linear.
  const before = s.text[t[c].start - s.start - 1] ?? '';
  const after = s.text.slice(t[c].end - s.start, t[c].end - s.start + 2);
  return /\s/.test(before) && /^-?\s/.test(after);
};

/**
 * "Death toll in the floods rises to 50: police", "Toll at 24, 5 missing — police; army on alert": a headline's source
 * after a final colon or dash, up to its end or a semicolon, claims its figures.
 */
export function headlineSource(s: Sentence, lex: SourceLexicon): Source | null {
  const t = s.tokens;
  let stop = t.findIndex((x) => x.text === ';');
  if (stop < 0) stop = t.length;
  let c = stop - 1;
  while (c >= 0 && t[c].text !== ':' && !isDash(s, t, c)) c--;
  if (c < 2 || stop - c > 6 || !t.slice(0, c).some(isFigure)) return null;
  const from = t[c + 1]?.text === '-' ? c + 2 : c + 1;
  const np = phraseStartingAt(t, from, lex);
  if (!np || np[1] < stop - 2) return null;
  // After a dash, only a headline's source: not a row's label ("47 – Victoria", "2,000 – Breakout attempt"), nor a
  // wire's credit after a finished sentence ('... survived." — Wire-AFP'); its words name a body, not a place.
  if (t[c].text !== ':') {
    const words = t.slice(np[0], np[1] + 1);
    const body = words.some((x) => lex.sourceNouns.has(x.lower) || lex.outlets.has(x.lower) || lex.organisationWords.has(x.text) || /^\p{Lu}{2,7}$/u.test(x.text));
    if (c < 3 || /^[.!?"”’']$/.test(t[c - 1].text) || !body || onlyPlaces(t, np[0], np[1], lex)) return null;
  }
  return { ...make(s, np[0], np[1], c, lex), postposed: true };
}

/**
 * "Ruritanian army 'kills 24 rebels'": a headline that quotes a claim with a figure puts it in the mouth of the
 * phrase before the quote, when that phrase is all that comes before it.
 */
export function quotedHeadlineSource(s: Sentence, lex: SourceLexicon): Source | null {
  const t = s.tokens;
  const q = t.findIndex((x) => /^['‘"“]$/.test(x.text));
  if (q < 1 || q > 6 || !/['’"”]$/.test(t.at(-1)!.text) || /[.!?]["'”’]?$/.test(s.text)) return null;
  if (!t.slice(q + 1).some((x) => /^\d/.test(x.text))) return null;
  const np = phraseEndingAt(t, q - 1, lex);
  return np && np[0] === 0 ? { ...make(s, np[0], np[1], q, lex), forward: true } : null;
}

/**
 * "— 137  Smith, Ann. Great Fires of the Plains.": a row of a tolls-by-source list names who gives its figure
 * right after it, up to the end of the name (a period or a bracket).
 */
export function citationSource(s: Sentence, lex: SourceLexicon): Source | null {
  if (!isCitationRow(s)) return null;
  const t = s.tokens;
  const first = t.findIndex((x, i) => i > 1 && /^\p{Lu}/u.test(x.text));
  if (first < 0) return null;
  let last = t.findIndex((x, i) => i > first && /^[.([;]$/.test(x.text) && !/^\p{Lu}\p{Ll}?$/u.test(t[i - 1].text));
  last = last < 0 ? t.length - 1 : last - 1;
  while (last > first && /^[,:“”"']$/.test(t[last].text)) last--;
  return { ...make(s, first, last, first, lex), postposed: true };
}

/**
 * "Chinese records: 22,000", "Modern estimate:": labels of plain words ending in a source noun, then a colon — each
 * one in a line of competing figures ("U.S. estimate: 10,000 killed, 36 tanks lost, Vietnamese figures: 2,000
 * killed"), where a comma, a semicolon or another label's colon opens the next. The figures after each are its own.
 */
export function labelSources(s: Sentence, lex: SourceLexicon): Source[] {
  const t = s.tokens;
  const out: Source[] = [];
  if (!s.text.includes(':')) return out;
  // "• Central Powers: Official German data: 1,726 KIA": each colon closes a label; the one ending in a source noun speaks.
  let first = t[0] && /^[-–—•*(]$/.test(t[0].text) ? 1 : 0;
  for (let i = first + 1; i < t.length; i++) {
    // "..., 6,000 frostbitten<hr />Some Russian–French sources:": a comma, a cell's bar or a tag's end opens a label too.
    if (/^[,;>|]$/.test(t[i].text)) {
      first = i + 1;
      continue;
    }
    if (t[i].text !== ':') continue;
    // "12,000 KIA 30,000 wounded Austrian sources: 8,000 killed": with no comma before it, a label opens at its
    // first capitalised word after the figures before it.
    if (lex.labelSourceNouns.has(t[i - 1].lower) && !t.slice(first, i).every(plain)) {
      let j = i - 1;
      while (j > first && i - j < 4 && plain(t[j - 1])) j--;
      while (j < i - 1 && !/^\p{Lu}/u.test(t[j].text)) j++;
      if (j < i - 1 && /^\p{Lu}/u.test(t[j].text) && t.slice(first, j).some((x) => /^\d/.test(x.text))) first = j;
    }
    if (i - first >= 2 && i - first <= 6 && lex.labelSourceNouns.has(t[i - 1].lower) && t.slice(first, i).every(plain)) {
      out.push({ ...make(s, first, i - 1, i, lex), forward: true });
    }
    first = i + 1;
  }
  return out;
}

/**
 * "an updated tally of the health ministry", "the latest figures from the monitor": a document noun within a few
 * words, then of/from/by and the source that issued it.
 */
export function documentOwner(t: Token[], from: number, lex: SourceLexicon): [number, number] | null {
  for (let j = from; j < from + 6 && j < t.length - 2; j++) {
    if (/^[,;:.()]$/.test(t[j].text) || isCapital(t[j])) return null;
    if (!/^(of|from|by)$/.test(t[j + 1].lower)) continue;
    // "the latest tally of X", or any words of a document with its issuer named: "the available information by X".
    const named = isCapital(t[j + 2]) || (DETERMINERS.has(t[j + 2].lower) && !!t[j + 3] && isCapital(t[j + 3]));
    if (lex.agentNouns.has(t[j].lower) || lex.figureNouns.has(t[j].lower) || (named && !DETERMINERS.has(t[j].lower))) {
      return phraseStartingAt(t, j + 2, lex);
    }
  }
  return null;
}

/** A plain word of a label: letters, periods, apostrophes and hyphens ("U.S.", "Russian–French"). */
const plain = (x: Token) => /^[\p{L}.'’‘–-]+$/u.test(x.text);

const PLACE_TAGS = ['Place', 'Region', 'Country', 'City'] as const;

/**
 * Speaker labels inside a line: "Beevor: 30,000 dead Thomas: 10,000 dead", "Jean de Wavrin: \"... two thousand
 * died\"", "\"Chronicle of the Siege\": \"...\"". A person's name (a given or family name compromise knows, or a
 * capitalised word it does not know at all) or a quoted title before a colon speaks for the figures after it,
 * up to the next label. Parties ("Germany:") and row words ("Total:") are no speakers. "Source: X" after figures
 * claims them.
 */
export function speakerLabels(s: Sentence, lex: SourceLexicon): Source[] {
  const t = s.tokens;
  const out: Source[] = [];
  const unknownNames: Source[] = [];
  for (let i = 1; i < t.length; i++) {
    if (t[i].text !== ':') continue;
    // "15,600 evacuated Source: Civil Protection": a source named after the figures of its line.
    if (/^sources?$/i.test(t[i - 1].text) && i > 1) {
      const np = phraseStartingAt(t, i + 1, lex);
      if (np) out.push({ ...make(s, np[0], np[1], i, lex), postposed: true });
      continue;
    }
    let j = i - 1;
    const quoted = /^["”“']$/.test(t[j].text);
    if (quoted) {
      j--;
      while (j > 0 && !/^["“”']$/.test(t[j].text) && i - j < 12) j--;
      if (!/^["“”']$/.test(t[j]?.text ?? '')) continue;
      const first = j + 1;
      const last = i - 2;
      if (last >= first && t.slice(first, last + 1).some((x) => isCapital(x))) out.push({ ...make(s, first, last, i, lex), forward: true });
      continue;
    }
    while (j >= 0 && i - j <= 4 && (isCapital(t[j]) || (lex.speakerParticles.has(t[j].lower) && j > 0 && isCapital(t[j - 1])))) j--;
    const first = j + 1;
    const last = i - 1;
    if (first > last || !isCapital(t[first]) || /^\d/.test(t[first].text)) continue;
    const name = t.slice(first, last + 1);
    const lower = name.map((x) => x.lower).join(' ');
    // Parties, units ("Seya Task Force:") and loss words ("Fatalities:") head rows; a label alone on its line heads
    // the rows below it (the layout's business), so a speaker's words must follow on its own line.
    // Places too: "Germany Wehrmacht:", "West Virginia: 6", "Texas: 12" head rows of their own.
    const place = name.some((x) => lex.partyNames.has(x.lower) || PLACE_TAGS.some((tag) => hasTag(x.lower, tag))) ||
      (name.length > 1 && lex.placePrefixes.has(name[0].text)) || name.some((x) => lex.unitWords.has(x.lower));
    // "Deaths at Sea:": the capitals end a longer label that a lower-case word opens, not a name.
    const before = t[first - 1];
    const inLabel = !!before && /^\p{Ll}/u.test(before.text) && !lex.lossWords.has(before.lower);
    if (place || inLabel || lex.partyNames.has(lower) || name.some((x) => lex.rowLabels.has(x.text.toLowerCase()) || lex.organisationWords.has(x.text) || lex.lossWords.has(x.lower) || lex.peopleNouns.has(x.lower)) ||
      isDateWord(t[first]) || i === t.length - 1) continue;
    // A given or family name; or a capitalised word compromise does not know (a proper name: "Beevor", "Wavrin"),
    // but only where several such labels compete in one line ("Hughes: 12,000 dead Morel: 8,000 dead"): alone on
    // its line ("Bataclan: 89") an unknown name is a place or a row as often as a speaker.
    const person = name.some((x) => isNameStart(x.lower) || hasTag(x.lower, 'LastName'));
    const unknown = name.some((x) => !knownWord(x.lower) && /^\p{Lu}\p{Ll}+$/u.test(x.text));
    if (person) out.push({ ...make(s, first, last, i, lex), forward: true });
    else if (unknown) unknownNames.push({ ...make(s, first, last, i, lex), forward: true });
  }
  if (unknownNames.length >= 2) out.push(...unknownNames);
  return out.sort((a, b) => a.at - b.at);
}

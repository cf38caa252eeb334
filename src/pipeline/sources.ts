import { isNameStart } from './pos.js';
import { MONTHS } from '../lexicon/numbers.js';
import type { Sentence, Token } from './types.js';

/** The attribution word lists, compiled to sets. */
export interface SourceLexicon {
  reportingVerbs: Set<string>;
  citingVerbs: Set<string>;
  sourceNouns: Set<string>;
  figureNouns: Set<string>;
  backReferences: Set<string>;
}

/** A source named in a sentence: who says the figures near it. */
export interface Source {
  name: string;
  text: string;
  via: string[];
  person: string | null;
  /** Token index that anchors the source in its sentence (its verb, or "according to"). */
  at: number;
  /** Token range of the source's noun phrase. */
  first: number;
  last: number;
  /** A pronoun-like reference ("the news agency") that names an earlier source. */
  backReference: boolean;
  /** What the source put out ("a full list"), for later "the list was updated". */
  objects: string[];
}

const PREPOSITION = /^(in|on|at|by|from|with|after|before|during|near|over|under|into|since|until|while|when|where|who|which|that|said|says|is|was|are|were|has|have|had)$/;
const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'to', 'the', 'de', 'al', 'el', '&']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const ADVERBS = new Set(['also', 'initially', 'later', 'separately', 'officially', 'previously', 'first', 'then', 'further', 'again', 'reportedly', 'today', 'yesterday', 'earlier', 'had', 'has', 'have', 'on', 'quickly', 'publicly']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const ROLE_NOUNS = /^(spokesman|spokeswoman|spokesperson|representative|head|chief|minister|official|director|commander|envoy|ambassador)$/;

const isCapital = (t: Token) => /\p{Lu}/u.test(t.text) && /^[\p{L}\p{N}]/u.test(t.text);
const isDateWord = (t: Token) => (MONTHS.has(t.lower) && /^\p{Lu}/u.test(t.text)) || WEEKDAYS.test(t.lower);

/** Whether token j can be part of a source's name walking left or right. */
function nameToken(tokens: Token[], j: number, lex: SourceLexicon): boolean {
  const t = tokens[j];
  if (!t || isDateWord(t) || /^\d/.test(t.text)) return false;
  if (isCapital(t)) return true;
  if (lex.sourceNouns.has(t.lower) || CONNECTORS.has(t.lower)) return true;
  if (/^[a-z]+-[a-z]+$/.test(t.lower) && !lex.reportingVerbs.has(t.lower)) return true; // "state-run"
  if (t.text === '.' && j > 0 && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[j - 1].text)) return true; // "Maj. Gen."
  // A lower-case word after a determiner or inside a name: "a different ... spokesperson", "... Rights monitoring group".
  const prev = tokens[j - 1];
  return /^\p{Ll}+(?:['’]s)?$/u.test(t.text) && !!prev && (DETERMINERS.has(prev.lower) || isCapital(prev)) && !lex.reportingVerbs.has(t.lower) && !PREPOSITION.test(t.lower);
}

/** Drop connectors at the edges, keep what names the source. */
function trim(tokens: Token[], first: number, last: number): [number, number] {
  while (first <= last && (CONNECTORS.has(tokens[first].lower) && tokens[first].lower !== 'the' || tokens[first].text === '.')) first++;
  while (last >= first && (CONNECTORS.has(tokens[last].lower) || tokens[last].text === '.')) last--;
  return [first, last];
}

function hasHead(tokens: Token[], first: number, last: number, lex: SourceLexicon): boolean {
  for (let i = first; i <= last; i++) {
    if (DETERMINERS.has(tokens[i].lower)) continue; // "An estimated 3,000" names nobody
    if (isCapital(tokens[i]) || lex.sourceNouns.has(tokens[i].lower)) return true;
  }
  return false;
}

const textOf = (s: Sentence, first: number, last: number) =>
  s.text.slice(s.tokens[first].start - s.start, s.tokens[last].end - s.start);

/** "the state-run Azerbaijani Press Agency" → "state-run Azerbaijani Press Agency": the name without its article. */
function nameOf(s: Sentence, first: number, last: number): string {
  let f = first;
  // Without its article or a descriptor such as "state-run": "Azerbaijani Press Agency".
  while (f < last && (DETERMINERS.has(s.tokens[f].lower) || /^\p{Ll}+-\p{Ll}+$/u.test(s.tokens[f].text))) f++;
  return textOf(s, f, last).replace(/['’]s$/, '');
}

const ORGANISATION_WORDS = /\b(?:Ministry|Agency|Observatory|Office|Council|Committee|Department|Army|Forces|Force|Command|Police|Government|Authority|Authorities|Service|Services|Center|Centre|Institute|Organi[sz]ation|Network|Watch|Crescent|Cross|Nations|Union|Media|News|Press|Television|TV|Radio|Times|Post|Party|Front|Brigades?|Group|Movement|Association|Commission|Court|Parliament|Assembly|University|Hospital|Republic|Kingdom|State|States|InfoCenter)\b/;
/**
 * A person named in a source ("Maj. Gen. Igor Konashenkov", "Marie el-Drese"): from a given name or honorific
 * that compromise's lexicon knows, through the capitalised words after it.
 */
function personIn(text: string): string | null {
  if (ORGANISATION_WORDS.test(text)) return null;
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].replace(/[.,]$/, '').toLowerCase();
    if (!isNameStart(w) || !/^\p{Lu}/u.test(words[i])) continue;
    let j = i + 1;
    while (j < words.length && /^(?:\p{Lu}|\p{Ll}+-\p{Lu})/u.test(words[j])) j++;
    if (j - i >= 2) return words.slice(i, j).join(' ').replace(/[,.]$/, '');
  }
  return null;
}

/** The noun phrase ending at token `end`, walking left: the subject of a reporting verb. */
function phraseEndingAt(tokens: Token[], end: number, lex: SourceLexicon): [number, number] | null {
  let j = end;
  while (j >= 0 && nameToken(tokens, j, lex)) {
    // An article opens the phrase, unless it follows "of"/"for"/"to" inside a longer name.
    if (DETERMINERS.has(tokens[j].lower) && !/^(of|for|to|in)$/.test(tokens[j - 1]?.lower ?? '')) { j--; break; }
    j--;
  }
  const [first, last] = trim(tokens, j + 1, end);
  return first <= last && hasHead(tokens, first, last, lex) ? [first, last] : null;
}

/** The noun phrase starting at token `start`, walking right: "according to X", "citing X", "by X". */
function phraseStartingAt(tokens: Token[], start: number, lex: SourceLexicon): [number, number] | null {
  let j = start;
  while (j < tokens.length && (nameToken(tokens, j, lex) || tokens[j].lower === "'s" ) && j - start < 12) j++;
  const [first, last] = trim(tokens, start, j - 1);
  return first <= last && hasHead(tokens, first, last, lex) ? [first, last] : null;
}

function make(s: Sentence, first: number, last: number, at: number, backReference = false): Source {
  const text = textOf(s, first, last);
  const name = nameOf(s, first, last);
  const person = personIn(text);
  return { name, text, via: [], person, at, first, last, backReference, objects: [] };
}

/** "Maj. Gen. Igor Konashenkov, the Russian Defense Ministry spokesman, said": the organisation speaks, through the person. */
function appositive(s: Sentence, verb: number, lex: SourceLexicon): Source | null {
  const t = s.tokens;
  if (t[verb - 1]?.text !== ',') return null;
  const inner = phraseEndingAt(t, verb - 2, lex);
  if (!inner || t[inner[0] - 1]?.text !== ',') return null;
  const outer = phraseEndingAt(t, inner[0] - 2, lex);
  if (!outer) return null;
  const innerText = textOf(s, inner[0], inner[1]);
  const outerText = textOf(s, outer[0], outer[1]);
  const roleLast = ROLE_NOUNS.test(t[inner[1]].lower) ? inner[1] - 1 : inner[1];
  const org = roleLast >= inner[0] ? nameOf(s, inner[0], roleLast) : innerText;
  return {
    name: org, text: `${outerText}, ${innerText}`, via: [], person: personIn(outerText) ?? outerText,
    at: verb, first: outer[0], last: inner[1], backReference: false, objects: [],
  };
}

/**
 * Every source a sentence names, with where it stands: "X said/reported ...", "according to X", "claimed by X",
 * "estimate from X", "the news agency added", and the sources each cites ("citing Y"). `passiveNone` is set when
 * the sentence reports without a source ("it was reported", "Footage was released").
 */
export function findSources(s: Sentence, lex: SourceLexicon): { sources: Source[]; passiveNone: boolean } {
  const t = s.tokens;
  const sources: Source[] = [];
  let passiveNone = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].lower;
    if (w === 'according' && t[i + 1]?.lower === 'to') {
      const np = phraseStartingAt(t, i + 2, lex);
      if (np) sources.push(make(s, np[0], np[1], i));
      continue;
    }
    if (lex.citingVerbs.has(w) && sources.length && /^(citing|quoting)$/.test(w)) {
      const np = phraseStartingAt(t, i + 1, lex);
      if (np) {
        const cited = textOf(s, np[0], np[1]).replace(/^(?:the\s+)?(?:\p{Ll}+['’]s\s+)?/u, '').replace(/^the\s+/i, '');
        sources[sources.length - 1].via.push(cited);
      }
      continue;
    }
    // "estimate from Derna's mayor", "figures from the ministry"
    if (/^(estimate|estimates|figures|figure|data|count|tally)$/.test(w) && /^(from|by)$/.test(t[i + 1]?.lower ?? '')) {
      const np = phraseStartingAt(t, i + 2, lex);
      if (np) sources.push(make(s, np[0], np[1], i));
      continue;
    }
    // Infobox rows: "485 (Azerbaijani parliament figure)", "200+ (Human Rights Watch)".
    if (w === '(' && i > 0 && /^[\d+]/.test(t[i - 1].text)) {
      const np = phraseStartingAt(t, i + 1, lex);
      if (np && t[np[1] + 1]?.text === ')' || np && /^(figure|claim|estimate|count)$/.test(t[np[1] + 1]?.lower ?? '')) {
        const src = make(s, np![0], np![1], np![0]);
        sources.push(src);
      }
      continue;
    }
    if (!lex.reportingVerbs.has(w) || !/^\p{Ll}/u.test(t[i].text)) continue;
    if (/^(an?|the)$/.test(t[i - 1]?.lower ?? '')) continue; // "an estimated 3,000", "the reported toll"

    let k = i - 1;
    while (k >= 0 && ADVERBS.has(t[k].lower) && !PASSIVE_AUX.has(t[k].lower)) k--;
    if (k >= 0 && PASSIVE_AUX.has(t[k].lower)) {
      // Passive: "claimed by X"; "the list was updated" refers back; "it was reported" names nobody.
      if (t[i + 1]?.lower === 'by') {
        const np = phraseStartingAt(t, i + 2, lex);
        if (np) sources.push(make(s, np[0], np[1], i));
        continue;
      }
      let subj = k - 1;
      while (subj >= 0 && ADVERBS.has(t[subj].lower)) subj--;
      if (subj >= 0 && lex.figureNouns.has(t[subj].lower) && /^(the|these|this|those|that)$/.test(t[subj - 1]?.lower ?? '')) {
        sources.push({ ...make(s, subj - 1, subj, i, true), name: t[subj].lower });
      } else passiveNone = true;
      continue;
    }
    if (t[i - 1]?.text !== ',' && t[i + 1]?.lower === 'by') {
      // "The death toll claimed by Azerbaijani authorities is 613": a participle with its agent.
      const np = phraseStartingAt(t, i + 2, lex);
      if (np) { sources.push(make(s, np[0], np[1], i)); continue; }
    }
    const app = appositive(s, i, lex);
    if (app) { sources.push(app); continue; }
    // Speaker named after the verb: '"...," said the Observatory.'
    if (/^(said|says|added|told|reported|wrote)$/.test(w) && (k < 0 || /^[,"”'’]$/.test(t[k].text))) {
      const np = phraseStartingAt(t, i + 1, lex);
      if (np) { sources.push(make(s, np[0], np[1], i)); continue; }
    }
    // ", who warned that": the phrase before the relative pronoun.
    const end = t[k]?.lower === 'who' && t[k - 1]?.text === ',' ? k - 2 : k;
    const np = end >= 0 ? phraseEndingAt(t, end, lex) : null;
    if (!np) continue;
    const src = make(s, np[0], np[1], i);
    const [f, l] = np;
    const lowerOnly = t.slice(f, l + 1).every((x) => !isCapital(x));
    src.backReference = lowerOnly && DETERMINERS.has(t[f].lower) && t[f].lower === 'the' && lex.backReferences.has(t[l].lower);
    // What it put out: "released a full list", "published a report".
    const obj = t.slice(i + 1, i + 5).find((x) => lex.figureNouns.has(x.lower));
    if (obj) src.objects.push(obj.lower);
    sources.push(src);
  }
  return { sources, passiveNone };
}

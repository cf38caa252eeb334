import type { PlaceEntry } from './side/lexicon.js';
import { hasTag, isNameStart, isVerb, knownWord } from './pos.js';
import { MONTHS } from '../lexicon/numbers.js';
import type { SourceLineRules } from './source-lines.js';
import type { GrammarLexicon } from '../lexicon/grammar.js';
import type { WordSets } from '../lexicon/pattern.js';
import type { Sentence, Token } from './types.js';

/** The attribution word lists, compiled to sets (see src/lexicon/reporting.ts for what each holds). */
export interface SourceLexicon {
  reportingVerbs: Set<string>;
  citingVerbs: Set<string>;
  sourceNouns: Set<string>;
  figureNouns: Set<string>;
  backReferences: Set<string>;
  pronouns: Set<string>;
  nounMarkers: Set<string>;
  nonSources: Set<string>;
  mediaLabels: Set<string>;
  fromVerbs: Set<string>;
  reportingAdverbs: Set<string>;
  /** Phrases between a source and its verb, each as its lower-case words. */
  interposedPhrases: string[][];
  reportingVenues: Set<string>;
  interposedPrepositions: Set<string>;
  placeVerbs: Set<string>;
  reportingParticiples: Set<string>;
  agentNouns: Set<string>;
  stateWords: Set<string>;
  roleNouns: Set<string>;
  organisationWords: Set<string>;
  unnamedSources: Set<string>;
  /** Outlet names and words, lower-case, split on spaces: looked up by phrase. */
  outlets: Set<string>;
  governments: Set<string>;
  /** Lower-case names, demonyms and capitals of every party: "Kyiv said" is a government speaking. */
  partyNames: Set<string>;
  /** For each source word, the words a back-reference with it may match ("monitor" → observatory, watch). */
  synonyms: Map<string, string[]>;
  /** A sentence opening that continues the report before. */
  continues: RegExp;
  passiveAuxiliaries: Set<string>;
  figureLinks: Set<string>;
  sourceQualifiers: Set<string>;
  /** A qualifier opening a source's name, to drop: "official" of "official figures". */
  figureQualifier: RegExp;
  headlineVerbs: Set<string>;
  reportHeads: Set<string>;
  placePrefixes: Set<string>;
  unitWords: Set<string>;
  reportDocuments: Set<string>;
  /** A claimant name that is a total, a count or an event: "Total Personnel", "486 Police", "Battle of Ayton". */
  noSpeaker: RegExp;
  reportTimes: Set<string>;
  passiveFigureWords: Set<string>;
  invertedVerbs: Set<string>;
  /** A sentence opening with a new date ("Until 19 October, ..."): a new report starts. */
  newDateStart: RegExp;
  personHeads: Set<string>;
  rowLabels: Set<string>;
  speakerParticles: Set<string>;
  /** A bracketed line opening with a time ("as of"), or holding a note on the figures ("including"). */
  bracketTime: RegExp;
  bracketNote: RegExp;
  /** Function words read around a source's name. */
  grammar: WordSets<GrammarLexicon>;
  /** Whole-line and whole-paragraph patterns of source-lines.ts. */
  lines: SourceLineRules;
  labelSourceNouns: Set<string>;
  /** Words of loss and of totals ("fatalities", "killed", "toll"), lower-case: never a speaker's name. */
  lossWords: Set<string>;
  /** Nouns of the people counted ("civilians", "combatants"), lower-case: a label of them heads rows. */
  peopleNouns: Set<string>;
  /** Words of disasters ("quake", "fire"), lower-case: an event, never a speaker. */
  disasterWords: Set<string>;
  /** Nouns of a place ("district", "province"), lower-case: "Sikkim's Pakyong district" is a place. */
  placeNouns: Set<string>;
  /** The gazetteer's places by their first word (the side stage's index): a place that "recorded" deaths is no source. */
  places: Map<string, PlaceEntry[]>;
  /** Every word a source can be read from (reporting verbs and participles, agent, figure and citing words, "according", "per", "from", "("). */
  anchors: Set<string>;
}

/** Whether a word joins the words of a source's name (the lexicon's grammar.nameConnectors, and "&"). */
const isConnector = (w: string, lex: SourceLexicon) => w === '&' || lex.grammar.nameConnectors.has(w);
export const DETERMINERS = new Set(['the', 'a', 'an']);
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export const isCapital = (t: Token) => /\p{Lu}/u.test(t.text) && /^[\p{L}\p{N}]/u.test(t.text);
export const isDateWord = (t: Token) => (MONTHS.has(t.lower) && /^\p{Lu}/u.test(t.text)) || WEEKDAYS.test(t.lower);

/** A noun without its possessive: "agency's" → "agency". */
const bareNoun = (w: string) => (w.endsWith('s') ? w.replace(/['’]s$/, '') : w);

/** Whether token j can be part of a source's name walking left or right. */
function nameToken(tokens: Token[], j: number, lex: SourceLexicon): boolean {
  const t = tokens[j];
  // "the 6th Infantry Division", "the 93rd Brigade": an ordinal inside a capitalised name.
  if (t && /^\d+(?:st|nd|rd|th)$/.test(t.text) && isCapital(tokens[j + 1] ?? t)) return !!tokens[j + 1];
  if (!t || isDateWord(t) || /^\d/.test(t.text)) return false;
  if (isCapital(t)) return !(j === 0 && lex.nounMarkers.has(t.lower) && !DETERMINERS.has(t.lower));
  if (lex.sourceNouns.has(bareNoun(t.lower)) || isConnector(t.lower, lex) || lex.pronouns.has(t.lower)) return true;
  // "Commission on Human Rights": "on" inside a capitalised name.
  if (t.lower === 'on' && isCapital(tokens[j - 1]) && isCapital(tokens[j + 1])) return true;
  // Nouns before a source noun: "information minister", "energy company", "the disaster agency's", and a compound of
  // two ("law enforcement officials", "city fire department").
  if (modifiesSource(tokens, j, lex)) return true;
  const head = tokens[j + 2]?.lower ?? '';
  if (modifiesSource(tokens, j + 1, lex) && plainModifier(t, lex) && !lex.agentNouns.has(head) && !lex.figureNouns.has(head)) return true;
  if (/^[a-z]+-[a-z]+$/.test(t.lower) && !lex.reportingVerbs.has(t.lower)) return true; // "state-run"
  if (t.text === '.' && j > 0 && /^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{Lu}\.)+\p{Lu})$/u.test(tokens[j - 1].text)) return true; // "Maj. Gen.", "U.N."
  // A lower-case word after a determiner, a name or a source noun: "a different ... spokesperson", "military high command".
  const prev = tokens[j - 1];
  return /^\p{Ll}+(?:['’]s)?$/u.test(t.text) && !!prev && (DETERMINERS.has(prev.lower) || isCapital(prev) || lex.sourceNouns.has(prev.lower)) &&
    !lex.reportingVerbs.has(t.lower) && !lex.reportingParticiples.has(t.lower) && !lex.grammar.nameBreaks.has(t.lower) && !lex.stateWords.has(t.lower) &&
    !(lex.agentNouns.has(t.lower) && !DETERMINERS.has(prev.lower)) &&
    // "an expert evaluating", "Amnesty International found": a verb ends the name.
    !((/(?:ing|ed)$/.test(t.lower) || (isVerb(t.lower) && !hasTag(t.lower, 'Gerund'))) && !lex.sourceNouns.has(t.lower) && !DETERMINERS.has(prev.lower));
}

/** A lower-case word that may stand before a noun of a name: no verb, no break, no state word. */
function plainModifier(t: Token, lex: SourceLexicon): boolean {
  return /^\p{Ll}+$/u.test(t.text) && !lex.grammar.nameBreaks.has(t.lower) && !isVerb(t.lower) && !lex.reportingVerbs.has(t.lower) &&
    !lex.stateWords.has(t.lower) && !lex.nonSources.has(t.lower);
}

/** Whether token j is a plain word right before a source noun: "*information* minister". */
function modifiesSource(tokens: Token[], j: number, lex: SourceLexicon): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return !!t && !!next && lex.sourceNouns.has(bareNoun(next.lower)) && plainModifier(t, lex);
}

/** Drop connectors at the edges, keep what names the source. */
function trim(tokens: Token[], first: number, last: number, lex: SourceLexicon): [number, number] {
  // A connector opens no name, but a capitalised particle before a capitalised word does: "De Thou", "El Salvador".
  const particle = (j: number) => /^\p{Lu}\p{Ll}?$/u.test(tokens[j].text) && tokens[j].lower !== 'of' && j < last && isCapital(tokens[j + 1]);
  while (first <= last && (isConnector(tokens[first].lower, lex) && tokens[first].lower !== 'the' && !particle(first) || tokens[first].text === '.')) first++;
  // The period of "U.S." or "U.N." belongs to the name.
  while (last >= first && (isConnector(tokens[last].lower, lex) || (tokens[last].text === '.' && !/^\p{Lu}(?:\.\p{Lu})+$/u.test(tokens[last - 1]?.text ?? '')))) last--;
  return [first, last];
}


function hasHead(tokens: Token[], first: number, last: number, lex: SourceLexicon): boolean {
  // "Earlier reports", "the attack", "Some estimates": a head that is no source.
  const head = tokens[last].lower.replace(/['’]s$/, '');
  if (lex.nonSources.has(head) && !isCapital(tokens[last])) return false;
  for (let i = first; i <= last; i++) {
    if (DETERMINERS.has(tokens[i].lower)) continue; // "An estimated 3,000" names nobody
    if (i === first && lex.nounMarkers.has(tokens[i].lower)) continue; // "Earlier he"
    // A capital only because it opens the sentence: "As reported by ...", "In a statement ..." name nobody.
    // "Originally published": an adverb capitalised because it opens the line.
    if (tokens[i].i === 0 && (lex.grammar.sentenceOpeners.has(tokens[i].lower) || /^\p{L}{4,}ly$/u.test(tokens[i].lower))) continue;
    const w = tokens[i].lower.replace(/['’]s$/, '');
    // "a villager", "one resident": one of the people a plural source noun names.
    if (isCapital(tokens[i]) || lex.sourceNouns.has(w) || lex.sourceNouns.has(`${w}s`) || lex.pronouns.has(w)) return true;
  }
  // "the miners reported", "according to the passengers": people of any kind, named as a group, can speak.
  return last > first && DETERMINERS.has(tokens[first].lower) && /(?:s|men|children|people)$/.test(head) && lex.peopleNouns.has(head);
}

export const textOf = (s: Sentence, first: number, last: number) =>
  s.text.slice(s.tokens[first].start - s.start, s.tokens[last].end - s.start);

/** "the state-owned Ruritanian News Agency" → "Ruritanian News Agency": the name without article or descriptor. */
export function nameOf(s: Sentence, first: number, last: number): string {
  let f = first;
  // Without its article or a descriptor such as "state-run": "Azerbaijani Press Agency".
  while (f < last && (DETERMINERS.has(s.tokens[f].lower) || /^\p{Ll}+-\p{Ll}+$/u.test(s.tokens[f].text))) f++;
  // A name broken over two lines of hard-wrapped text is one name.
  return textOf(s, f, last).replace(/['’]s$/, '').replace(/\s+/g, ' ');
}

/** Whether the text names an organisation (a capitalised organisation word), not a person. */
export function organisational(text: string, lex: SourceLexicon): boolean {
  for (const w of text.split(/[^\p{L}]+/u)) if (lex.organisationWords.has(w)) return true;
  return false;
}

/**
 * A person named in a source ("Maj. Gen. Igor Konashenkov", "Marie el-Drese"): from a given name or honorific
 * that compromise's lexicon knows, through the capitalised words after it.
 */
export function personIn(text: string, lex: SourceLexicon): string | null {
  if (organisational(text, lex)) return null;
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
export function phraseEndingAt(tokens: Token[], end: number, lex: SourceLexicon): [number, number] | null {
  let j = end;
  while (j >= 0 && nameToken(tokens, j, lex)) {
    // An article opens the phrase, unless it follows "of"/"for"/"to" inside a longer name (not "According to the ...").
    const opens = !/^(of|for|to|in)$/.test(tokens[j - 1]?.lower ?? '') || tokens[j - 2]?.lower === 'according';
    if (DETERMINERS.has(tokens[j].lower) && opens) { j--; break; }
    j--;
  }
  let [first, last] = trim(tokens, j + 1, end, lex);
  // A sentence-initial adverb is no part of the name: "Earlier he", "Later the ministry".
  while (first < last && first === 0 && lex.nounMarkers.has(tokens[first].lower) && !DETERMINERS.has(tokens[first].lower)) first++;
  return first <= last && hasHead(tokens, first, last, lex) ? [first, last] : null;
}

/** Whether the words from j on name a document within a few words ("latest figures", "weekly report"). */
function ownsDocument(tokens: Token[], j: number, lex: SourceLexicon): boolean {
  for (let k = j; k < j + 4 && tokens[k]; k++) {
    if (lex.figureNouns.has(tokens[k].lower) || lex.agentNouns.has(tokens[k].lower)) return true;
    if (!/^\p{Ll}+$/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** The noun phrase starting at token `start`, walking right: "according to X", "citing X", "by X". */
export function phraseStartingAt(tokens: Token[], start: number, lex: SourceLexicon): [number, number] | null {
  let j = start;
  while (j < tokens.length && (nameToken(tokens, j, lex) || tokens[j].lower === "'s") && j - start < 12) {
    if (tokens[j].lower === 'in' && /^(a|an|its|their)$/.test(tokens[j + 1]?.lower ?? '')) break; // "the WHO in its update"
    j++;
    // "the agency's latest figures": the possessor is the source, what it put out is not part of its name.
    if (/['’]s$/.test(tokens[j - 1].text) && ownsDocument(tokens, j, lex)) break;
  }
  const [first, last] = trim(tokens, start, j - 1, lex);
  return first <= last && hasHead(tokens, first, last, lex) ? [first, last] : null;
}

/**
 * Steps left from a verb over what stands between a subject and its verb: adverbs and auxiliaries ("has also"),
 * a time ("on Thursday", "Wednesday"), an acronym in brackets ("(OHCHR)"). Returns the subject's last token.
 */
const DAY_PARTS = /^(morning|afternoon|evening|night)$/;

/**
 * The token before a phrase that ends at k and may stand between a source and its verb, or k itself: ", however,"
 * and "at first" (the lexicon's interposed phrases), "in a statement", "at a news conference", "on Twitter" (a
 * venue after a preposition), "Tuesday evening" (a part of a day after its day).
 */
function interposedBefore(tokens: Token[], k: number, lex: SourceLexicon): number {
  const t = tokens[k];
  // ", however," and ", in turn,": a parenthetical of adverbs between two commas.
  if (t.text === ',') {
    for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
      if (tokens[j].text === ',') return j < k - 1 ? j - 1 : k;
      if (!lex.reportingAdverbs.has(tokens[j].lower) && !lex.interposedPhrases.some((p) => p.includes(tokens[j].lower))) break;
    }
    // ", in its latest report at 6 p.m.,", ", in a rare admission,": a phrase of a preposition between two commas;
    for (let j = k - 1; j >= Math.max(1, k - 15); j--) {
      if (tokens[j].text !== ',') continue;
      // ", based in Geneva,", ", led by Ana Ruiz,": a participle and its preposition.
      const participle = /ed$/.test(tokens[j + 1].lower) && lex.interposedPrepositions.has(tokens[j + 2]?.lower ?? '');
      // ", a charity set up in 1819,": what the subject is, after an indefinite article.
      const description = /^(a|an)$/.test(tokens[j + 1].lower);
      return j < k - 2 && (((lex.interposedPrepositions.has(tokens[j + 1].lower) || participle) && k - j <= 10) || description) ? j - 1 : k;
    }
    return k;
  }
  for (const p of lex.interposedPhrases) {
    if (p.length <= k + 1 && p.every((w, n) => tokens[k - p.length + 1 + n].lower === w)) return k - p.length;
  }
  // "late on Monday", "early Sunday".
  if (/^(late|early)$/.test(t.lower) && tokens[k + 1] && (tokens[k + 1].lower === 'on' || isDateWord(tokens[k + 1]))) return k - 1;
  if (DAY_PARTS.test(t.lower) && tokens[k - 1] && (isDateWord(tokens[k - 1]) || /^(yesterday|today|last|this|late)$/.test(tokens[k - 1].lower))) return k - 1;
  // "in a written statement", "at its daily briefing", "on state television": a venue after a preposition, a few
  // plain words apart.
  if (lex.reportingVenues.has(t.lower) && (t.lower !== 'x' || t.text === 'X')) {
    for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
      if (lex.interposedPrepositions.has(tokens[j].lower)) return j - 1;
      // Plain words and a time of day: "in its 6 p.m. report".
      if (!/^(?:\p{Ll}[\p{Ll}-]*|\d{1,2}(?:[:.]\d\d)?|[ap]\.m|\.)$/u.test(tokens[j].text)) return k;
    }
  }
  return k;
}

/** Prepositions of where a source is: "an official *on* the ground", "a statement read *on* television". */
const WHERE = /^(?:on|at|in|from|near)$/;
/** How many words the place after such a preposition may take: "on state television", "at the scene". */
const WHERE_WORDS = 3;

/**
 * The source noun before a phrase of where it was ("official on the ground", "statement read on state television")
 * that ends at token k, or k: only plain lower-case words between, and a source noun (or a participle after one) before.
 */
function placePhraseBefore(tokens: Token[], k: number, lex: SourceLexicon): number {
  for (let p = k; p >= 1 && p >= k - WHERE_WORDS; p--) {
    if (!WHERE.test(tokens[p].lower)) {
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[p].text)) return k;
      continue;
    }
    if (p === k) return k;
    let noun = p - 1;
    // "read on", "released in": a participle between the noun and its place.
    if (/^(?:\p{Ll}+ed|read|made)$/u.test(tokens[noun].text) && noun > 0) noun--;
    return lex.sourceNouns.has(tokens[noun].lower) ? noun : k;
  }
  return k;
}

export function skipToSubject(tokens: Token[], k: number, lex: SourceLexicon): number {
  for (;;) {
    const t = tokens[k];
    if (!t) return k;
    const interposed = interposedBefore(tokens, k, lex);
    if (interposed < k) { k = interposed; continue; }
    if (lex.reportingAdverbs.has(t.lower) && !lex.grammar.beWords.has(t.lower)) { k--; continue; }
    // "They eventually estimated": an adverb in -ly stands between a subject and its verb (compromise's lexicon lists
    // few of them, tagging the rest by their ending; a word it knows as something else, "family", "daily", is none).
    if (/^\p{Ll}{3,}ly$/u.test(t.text) && (hasTag(t.lower, 'Adverb') || !knownWord(t.lower))) { k--; continue; }
    if (isDateWord(t) && !MONTHS.has(t.lower)) { k -= tokens[k - 1]?.lower === 'on' ? 2 : 1; continue; }
    if (t.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}[\p{Lu}\p{N}.-]*$/u.test(tokens[k - 1].text)) { k -= 3; continue; }
    // "the strikers themselves reported": a reflexive that only stresses the subject.
    if (/^(themselves|himself|herself|itself)$/.test(t.lower) && k > 0) { k--; continue; }
    // "An official on the ground said", "A statement read on state television said": where the source was, or a
    // participle with it, between the source's noun and its verb.
    const where = placePhraseBefore(tokens, k, lex);
    if (where < k) { k = where; continue; }
    return k;
  }
}

import { alternation } from '../lexicon/pattern.js';
import type { CountedLexicon } from '../lexicon/counted.js';
import type { Claim } from '../schema.js';

/**
 * What a figure counts, as one canonical head, so that only figures for the same thing compete:
 * "T-72 tanks" and "tanks" are both `tanks`, "servicemen" and "troops" both `soldiers`, while `civilians`,
 * `police`, `aircraft` and `drones` stay apart.
 */

/** Words that say more than their last word: checked on the whole head phrase first. */
const PHRASES: Array<[RegExp, string]> = [
  [/\binternally displaced\b|\bidps?\b/, 'internally displaced'],
  [/\brefugees?\b|\basylum[- ]seekers?\b/, 'refugees'],
  [/\bunmanned\b|\baerial vehicles?\b/, 'drones'],
  [/\bpolice\b|\bgendarmes?\b/, 'police'],
  [/\bservice ?members?\b|\b(?:military|army) personnel\b/, 'soldiers'],
  [/\bcrew ?members?\b/, 'crew'],
  [/\b(?:medical|health) (?:personnel|staff|workers?)\b/, 'medics'],
  [/\barmou?red\b.*\b(?:vehicles?|carriers?)\b|\bpersonnel carriers?\b/, 'armoured vehicles'],
  [/\bfighter[- ]jets?\b/, 'aircraft'],
];

/** In the mention or the rest of its clause, words that tell displacement inside the country from flight abroad. */
const DISPLACED: Array<[RegExp, string]> = [
  [/\b(?:internally|idps?|inside the country|within the country)\b/i, 'internally displaced'],
  [/\b(?:refugees?|asylum|abroad|across the border|to neighbou?ring countries)\b/i, 'refugees'],
];

/** "12 people, of whom 4 were children": the head after a bare count. */
const BARE_COUNT_HEAD = /^\s+(?:were|was|are|is|being)\s+(?:all\s+)?(\p{L}[\p{L}-]*)/u;

/** The counted-thing words, compiled once per lexicon. */
export interface CountedWords {
  /** Each head lemma's class label. */
  classOf: Map<string, string>;
  irregular: Map<string, string>;
  /** Where a head phrase ends: a preposition, a clause, a conjunction (the first conjunct is the head). */
  phraseEnd: RegExp;
}

export function compileCounted(lex: CountedLexicon): CountedWords {
  return {
    classOf: new Map(Object.entries(lex.classes).flatMap(([label, lemmas]) => lemmas.map((l) => [l, label] as const))),
    irregular: new Map(Object.entries(lex.irregularPlurals)),
    phraseEnd: new RegExp(`\\s*(?:[,;:(]|\\b(?:${alternation(lex.headEnds)})\\b)|(?<=\\S)\\s+(?!(?:build|dwell|hous|cross|crossing)ing\\b)\\p{L}{3,}ing\\b`, 'iu'),
  };
}

/** "howitzers" → "howitzer", "casualties" → "casualty", "policemen" → "policeman". */
export function lemma(word: string, irregularPlurals: ReadonlyMap<string, string>): string {
  // "IFVs" → "ifv", while "TOS" stays: an acronym's plural is its lower-case s.
  if (/^\p{Lu}{2,}s?$/u.test(word)) return word.replace(/s$/, '').toLowerCase();
  const w = word.toLowerCase();
  const irregular = irregularPlurals.get(w);
  if (irregular) return irregular;
  if (w.endsWith('men') && w.length > 4) return `${w.slice(0, -3)}man`;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "journalist" → "journalists": labels outside the classes read as plural nouns. */
function plural(l: string): string {
  if (l.endsWith('man')) return `${l.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(l)) return `${l.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(l)) return `${l}es`;
  return `${l}s`;
}

/** Checks a word against the country/party lexicon: "Bolivians" counts people, not a kind of people. */
export type IsPartyWord = (word: string) => boolean;

/** The head noun phrase of a subject: "officers of the Border Police" → "officers". */
function headPhrase(subject: string, lex: CountedWords): string {
  const end = lex.phraseEnd.exec(subject);
  const phrase = end && end.index > 0 ? subject.slice(0, end.index) : subject;
  return phrase.trim();
}

function labelOfPhrase(phrase: string, kind: Claim['subject']['kind'], isParty: IsPartyWord, lex: CountedWords): string | null {
  const lower = phrase.toLowerCase();
  for (const [pattern, label] of PHRASES) if (pattern.test(lower)) return label;
  const words = phrase.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  if (!words.length) return null;
  // "T-72 tanks": a model designation is not the head; "D-30" alone is.
  let at = words.length - 1;
  while (at > 0 && /\d/.test(words[at])) at--;
  // "Ruritanian Su-25": a party word before a designation names whose it is, not what it is.
  if (at < words.length - 1 && isParty(words[at])) at = words.length - 1;
  const word = words[at].replace(/['’]s?$/, '');
  const l = lemma(word, lex.irregular);
  if (kind === 'equipment' && l === 'fighter') return 'aircraft';
  const label = lex.classOf.get(l);
  if (label) return label;
  if (isParty(word)) return 'people';
  // "artillery pieces", "missile systems": the word before says what the unit is.
  if (/^(?:unit|system|piece|means|round)$/.test(l) && at > 0 && !/\d/.test(words[at - 1])) {
    return `${lemma(words[at - 1], lex.irregular)} ${plural(l === 'means' ? 'mean' : l)}`.replace(/ means?s$/, ' means');
  }
  return /\d/.test(word) ? word.toLowerCase() : plural(l);
}

/** What a count of a kind counts when no word says more: "people", "equipment". */
export const fallbackCounted = (kind: Claim['subject']['kind']) => (kind === 'equipment' || kind === 'money' || kind === 'other' ? kind : 'people');

/**
 * The canonical head of what a claim counts. A bare count ("and 400 wounded") takes the head of the figure
 * before it (`inherited`); displacement reads the words after the count ("3 million are internally displaced").
 */
export function countedThing(c: Claim, inherited: string | null, isParty: IsPartyWord, cache: Map<string, string | null>, lex: CountedWords): string {
  const start = c.span.end - c.evidence.start;
  // A bounded look past the mention: enough for "... are internally displaced", never the whole sentence.
  const after = () => (start >= 0 ? c.evidence.text.slice(start, start + 80) : '');
  if (c.category === 'displaced') {
    const mention = c.evidence.text.slice(Math.max(0, c.span.start - c.evidence.start), start);
    // The clause goes on to the next punctuation or number: "are internally displaced and 280,000 ..." stops at 280.
    const rest = after();
    const cut = rest.search(/[,;:()\d]/);
    const clause = cut < 0 ? rest : rest.slice(0, cut);
    for (const [pattern, label] of DISPLACED) if (pattern.test(mention) || pattern.test(clause)) return label;
  }
  if (c.subject.kind === 'money') return c.quantity.unit ?? 'money';
  // Subjects repeat ("soldiers", "civilians"): each is read once per call of summarize.
  const cacheKey = `${c.subject.kind}\u0001${c.subject.text}`;
  let fromSubject = cache.get(cacheKey);
  if (fromSubject === undefined) cache.set(cacheKey, (fromSubject = labelOfPhrase(headPhrase(c.subject.text, lex), c.subject.kind, isParty, lex)));
  if (fromSubject) return fromSubject;
  const bare = BARE_COUNT_HEAD.exec(after());
  const fromAfter = bare ? labelOfPhrase(bare[1], c.subject.kind, isParty, lex) : null;
  return fromAfter ?? inherited ?? fallbackCounted(c.subject.kind);
}

import type { Category } from '../schema.js';
import type { Lexicon } from '../lexicon/index.js';
import { DEFAULT_VICTIMS } from '../lexicon/victims.js';
import { NUMBER_WORDS } from '../lexicon/numbers.js';
import { DEFAULT_FIGURES, type FigureLexicon } from '../lexicon/figures.js';
import { DEFAULT_GRAMMAR, type GrammarLexicon } from '../lexicon/grammar.js';
import { wordSets, type WordSets } from '../lexicon/pattern.js';
import { isVerb, hasTag } from '../pipeline/pos.js';
import type { QuantityMention, Sentence, Token } from '../pipeline/types.js';

/** A multi-word entry of a lexicon, indexed by its first word. */
export interface Phrase<T> {
  words: string[];
  value: T;
}
export type PhraseTable<T> = Map<string, Phrase<T>[]>;

export function phraseTable<T>(entries: Record<string, T> | Array<[string, T]>): PhraseTable<T> {
  const table: PhraseTable<T> = new Map();
  const list = Array.isArray(entries) ? entries : Object.entries(entries);
  for (const [key, value] of list) {
    const words = key.toLowerCase().split(/\s+/);
    const bucket = table.get(words[0]) ?? [];
    bucket.push({ words, value });
    bucket.sort((a, b) => b.words.length - a.words.length);
    table.set(words[0], bucket);
  }
  return table;
}

/** The longest phrase of the table starting at token i, with the index of its last token. */
export function matchAt<T>(table: PhraseTable<T>, tokens: Token[], i: number): { value: T; last: number } | null {
  const bucket = tokens[i] && table.get(tokens[i].lower);
  if (!bucket) return null;
  for (const p of bucket) {
    let ok = true;
    for (let k = 1; k < p.words.length; k++) {
      if (tokens[i + k]?.lower !== p.words[k]) { ok = false; break; }
    }
    if (ok) return { value: p.value, last: i + p.words.length - 1 };
  }
  return null;
}

/** The longest phrase of the table ending at token i, with the index of its first token. */
export function matchEndingAt<T>(table: PhraseTable<T>, tokens: Token[], i: number, maxWords = 4): { value: T; first: number } | null {
  for (let n = maxWords; n >= 1; n--) {
    const start = i - n + 1;
    if (start < 0) continue;
    const m = matchAt(table, tokens, start);
    if (m && m.last === i) return { value: m.value, first: start };
  }
  return null;
}

/** The lexicon compiled for matching: phrase tables and sets. Built once per lexicon. */
export interface CompiledLexicon {
  predicates: PhraseTable<Category>;
  transitive: PhraseTable<Category>;
  nouns: PhraseTable<Category>;
  tallies: Set<string>;
  people: Set<string>;
  equipment: Set<string>;
  structures: Set<string>;
  reportingVerbs: Set<string>;
  /** Any word that can say a loss, to skip sentences that cannot hold a claim before reading them closely. */
  lossCue: RegExp;
  /** Demonyms of every party, lower-case: "a Colombian" counts one person. */
  demonyms: Set<string>;
  /** A digit or any word that can start a count: the other half of that pre-filter. */
  mayCount: RegExp;
  /** Words that make a count one of people or places not lost ("survivors", "freed", "hills"). */
  notLoss: PhraseTable<true>;
  countedEvents: PhraseTable<true>;
  /** Short column heads of a casualty table ("k" → killed), read only in a header line of such heads. */
  columnHeads: Map<string, Category>;
  /** The words for one victim without a numeral (frames/victim.ts). */
  victims: VictimWords;
  /** Function words around a figure, each list a set. */
  grammar: WordSets<GrammarLexicon>;
  /** Words tying a figure to a total or a loss, each list a set. */
  figures: WordSets<FigureLexicon>;
}

/** The victim lexicon compiled: what one person suffered, who a person is, and what sets them outside the event. */
export interface VictimWords {
  /** Killed, wounded and missing predicates of the category lexicon (less `notLost`) and the victim lexicon's own. */
  predicates: PhraseTable<Category>;
  people: Set<string>;
  /** Last words of the two-word person nouns ("member" of "crew member"). */
  heads: Set<string>;
  notPeople: Set<string>;
  titles: Set<string>;
  backReferences: Set<string>;
  fatal: Set<string>;
  activeVerbs: Set<string>;
  /** Killed, wounded and missing verbs of the category lexicon and the victim lexicon's own, before the person. */
  transitive: PhraseTable<Category>;
  harmVerbs: Set<string>;
  harmNouns: Set<string>;
  hospitalVerbs: Set<string>;
  hospitals: Set<string>;
  auxiliaries: Set<string>;
  attempts: Set<string>;
  notLost: PhraseTable<true>;
  hypothetical: Set<string>;
  background: PhraseTable<true>;
  backgroundBefore: Set<string>;
  /** One word of every victim predicate, lower-case: sentences without any get no victim reading at all. */
  cue: Set<string>;
  /** The first word of every predicate, active verb, harm and hospital verb: the only tokens read closely. */
  starts: Set<string>;
}

/** Categories whose predicates say what befell one person; captures only by the victim lexicon's own words (kidnapped). */
const PEOPLE_LOSSES = new Set<Category>(['killed', 'wounded', 'missing', 'casualties']);


function compileVictims(lexicon: Lexicon): VictimWords {
  const v = lexicon.victims ?? DEFAULT_VICTIMS;
  const fillers = new Set((lexicon.grammar ?? DEFAULT_GRAMMAR).cueFillers.map((w) => w.toLowerCase()));
  const notLost = new Set(v.notLost.map((w) => w.toLowerCase()));
  const predicates: Array<[string, Category]> = [];
  for (const [k, c] of Object.entries(lexicon.categories.predicates)) if (PEOPLE_LOSSES.has(c) && !notLost.has(k.toLowerCase())) predicates.push([k, c]);
  for (const [k, c] of Object.entries(v.predicates)) predicates.push([k, c]);
  const transitive: Array<[string, Category]> = [];
  for (const [k, c] of Object.entries(lexicon.categories.transitive)) if (PEOPLE_LOSSES.has(c) && !notLost.has(k.toLowerCase()) && !/^los/.test(k)) transitive.push([k, c]);
  for (const [k, c] of Object.entries(v.transitive)) transitive.push([k, c]);
  // One word of each phrase stands for it: a word that is a predicate by itself ("found dead" → "dead", "reported
  // missing" → "missing"), else its longest ("in critical condition" → "condition", not "in").
  const single = new Set([...predicates, ...transitive].map(([k]) => k.toLowerCase()).filter((k) => !/\s/.test(k)));
  const cueWords = [...predicates, ...transitive].map(([k]) => {
    const words = k.toLowerCase().split(/\s+/);
    const content = words.filter((w) => !fillers.has(w));
    return words.find((w) => single.has(w)) ?? (content.length ? content : words).reduce((a, b) => (b.length >= a.length ? b : a));
  });
  // Harms and hospitals are looked for by their nouns: "with" or "taken" alone would let most sentences in.
  cueWords.push(...v.harmNouns, ...v.hospitals);
  return {
    predicates: phraseTable(predicates),
    people: new Set(v.people.map((w) => w.toLowerCase())),
    heads: new Set(v.people.filter((w) => /\s/.test(w)).map((w) => w.toLowerCase().split(/\s+/).pop()!)),
    notPeople: new Set(v.notPeople.map((w) => w.toLowerCase())),
    titles: new Set(v.titles.map((w) => w.toLowerCase())),
    backReferences: new Set(v.backReferences.map((w) => w.toLowerCase())),
    fatal: new Set(v.fatal.map((w) => w.toLowerCase())),
    activeVerbs: new Set(v.activeVerbs.map((w) => w.toLowerCase())),
    transitive: phraseTable(transitive),
    harmVerbs: new Set(v.harmVerbs.map((w) => w.toLowerCase())),
    harmNouns: new Set(v.harmNouns.map((w) => w.toLowerCase())),
    hospitalVerbs: new Set(v.hospitalVerbs.map((w) => w.toLowerCase())),
    hospitals: new Set(v.hospitals.map((w) => w.toLowerCase())),
    auxiliaries: new Set(v.auxiliaries.map((w) => w.toLowerCase())),
    attempts: new Set(v.attempts.map((w) => w.toLowerCase())),
    notLost: phraseTable(v.notLost.map((w) => [w, true] as [string, true])),
    hypothetical: new Set(v.hypothetical.map((w) => w.toLowerCase())),
    background: phraseTable(v.background.map((w) => [w, true] as [string, true])),
    backgroundBefore: new Set(v.backgroundBefore.map((w) => w.toLowerCase())),
    cue: new Set(cueWords.map((w) => w.toLowerCase())),
    starts: new Set([...predicates, ...transitive].map(([k]) => k.toLowerCase().split(/\s+/)[0]).concat(v.harmVerbs, v.hospitalVerbs).map((w) => w.toLowerCase())),
  };
}

/** One regex matching every word that can open a loss cue (first words of the category lexicon). */
function lossCueRegex(lexicon: Lexicon): RegExp {
  const c = lexicon.categories;
  const words = new Set<string>();
  for (const table of [c.predicates, c.transitive, c.nouns]) for (const k of Object.keys(table)) words.add(k.split(/\s+/)[0]);
  for (const t of c.tallies) words.add(t);
  for (const w of (lexicon.figures ?? DEFAULT_FIGURES).lossCues) words.add(w);
  const escaped = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  // No \\b after the word: an infobox label may be glued to its figure ("Deaths200+").
  return new RegExp(`\\b(?:${escaped.join('|')})(?![a-z])`, 'i');
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();
export function compile(lexicon: Lexicon): CompiledLexicon {
  let c = compiled.get(lexicon);
  if (!c) {
    c = {
      predicates: phraseTable(lexicon.categories.predicates),
      transitive: phraseTable(lexicon.categories.transitive),
      nouns: phraseTable(lexicon.categories.nouns),
      tallies: new Set(lexicon.categories.tallies),
      people: new Set(lexicon.subjects.people),
      equipment: new Set(lexicon.subjects.equipment),
      structures: new Set(lexicon.subjects.structures),
      reportingVerbs: new Set(lexicon.attribution.reportingVerbs),
      lossCue: lossCueRegex(lexicon),
      demonyms: new Set(lexicon.parties.flatMap((p) => p.demonyms.map((d) => d.toLowerCase()))),
      mayCount: new RegExp(`\\d|\\b(?:${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i'),
      notLoss: phraseTable((lexicon.categories.notLoss ?? []).map((w) => [w, true] as [string, true])),
      countedEvents: phraseTable((lexicon.categories.countedEvents ?? []).map((w) => [w, true] as [string, true])),
      columnHeads: new Map(Object.entries(lexicon.categories.columnHeads ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      victims: compileVictims(lexicon),
      grammar: wordSets(lexicon.grammar ?? DEFAULT_GRAMMAR),
      figures: wordSets(lexicon.figures ?? DEFAULT_FIGURES),
    };
    compiled.set(lexicon, c);
  }
  return c;
}

/** Everything a frame rule reads about one sentence. */
export interface FrameContext {
  sentence: Sentence;
  tokens: Token[];
  mentions: QuantityMention[];
  /** mentionAt[i] = index of the mention covering token i, or -1. */
  mentionAt: Int32Array;
  lex: CompiledLexicon;
}

export function frameContext(sentence: Sentence, mentions: QuantityMention[], lex: CompiledLexicon): FrameContext {
  const mentionAt = new Int32Array(sentence.tokens.length).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.first; i <= m.last; i++) mentionAt[i] = k;
  });
  return { sentence, tokens: sentence.tokens, mentions, mentionAt, lex };
}

/** What a frame rule found: the category and the tokens that say it. */
export interface Cue {
  category: Category;
  first: number;
  last: number;
  rule: string;
  /** Token range of the counted noun phrase, when the rule read one. */
  subjectFirst?: number;
  subjectLast?: number;
}

/** Punctuation that ends a clause besides the lexicon's clause breaks (grammar.clauseBreaks). */
const CLAUSE_MARKS = new Set([';', ':']);

/** A verb in the active voice taking an object ("militants selected the ..."): ends a noun phrase. */
export function isActiveVerbWithObject(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  const t = tokens[i];
  // The determiner after it is the cheapest test, so it comes first.
  if (!t || !lex.grammar.verbObjects.has(tokens[i + 1]?.lower ?? '') || !/^[a-z]/.test(t.text) || lex.grammar.auxiliaries.has(t.lower)) return false;
  return hasTag(t.lower, 'PastTense') || hasTag(t.lower, 'PresentTense') || /[a-z]ed$/.test(t.lower);
}

/** Words that end a clause (the lexicon's grammar.clauseBreaks, and ; and :): a frame never reads across them. */
export function isClauseBreak(t: Token | undefined, lex: CompiledLexicon): boolean {
  return !!t && (CLAUSE_MARKS.has(t.lower) || lex.grammar.clauseBreaks.has(t.lower));
}

export { isVerb, hasTag };

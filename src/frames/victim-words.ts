import type { Token } from '../pipeline/types.js';
import { hasTag, isClauseBreak, type CompiledLexicon, type VictimWords } from './context.js';

/** The small closed word classes and bounds the single-victim frame reads by: grammar, not vocabulary (that is in src/lexicon/victims.ts and grammar.ts). */

export const INDEFINITE = new Set(['a', 'an', 'another']);
export const NEGATION = new Set(['not', 'never', "n't", 'no']);
/** Determiners, forms of "be", prepositions, phrase breaks and object openers are the lexicon's grammar section. */
export const YEAR = /^(1[89]\d\d|20\d\d)$/;
export const AGE_NOUN = /^(\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old$/;
export const WORD = /^[\p{L}\d][\p{L}\p{N}'’.-]*$/u;
export const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
export const MAX_MODIFIERS = 5;
export const MAX_APPOSITION = 12;
export const MAX_NAME = 4;
export const MAX_RELATIVE = 12;
export const MAX_PLACE = 5;
export const MAX_CONJUNCTS = 6;
export const MAX_AFTER = 14;
/** How far a clause is read around a victim, and how many appositions deep: every look stays bounded. */
export const MAX_CLAUSE = 40;
export const MAX_DEPTH = 3;
export const MAX_AUX = 8;
/** How many earlier occurrences of a surname are tried as whole words ("Ann" inside "Anna"). */
export const MAX_SURNAME_TRIES = 64;

export const isWord = (t: Token | undefined) => !!t && WORD.test(t.text);

/** "Smith, 34,", "a man, 34,", "Roe (34)", "a woman, aged 61,": the token before an age apposition ending at e, or -1. */
export function beforeAge(tokens: Token[], e: number): number {
  const t = tokens[e];
  if (t?.text === ')' && /^\d{1,3}$/.test(tokens[e - 1]?.text ?? '') && tokens[e - 2]?.text === '(') return e - 3;
  if (t?.text !== ',') return -1;
  const n = tokens[e - 1];
  if (!n || !/^\d{1,3}$/.test(n.text) || Number(n.text) > 120) return -1;
  if (tokens[e - 2]?.text === ',') return e - 3;
  if (tokens[e - 2]?.lower === 'aged' && tokens[e - 3]?.text === ',') return e - 4;
  return -1;
}

/** A singular noun compromise knows as a person ("courier", "plumber"): one after "a" or "the". */
export function isActor(t: Token | undefined, v: VictimWords): boolean {
  return !!t && hasTag(t.lower, 'Actor') && !hasTag(t.lower, 'Plural') && !v.notPeople.has(t.lower);
}

/** Whether token i (with the one before it, for "crew member") is a noun of the victim lexicon naming one person. */
export function isPersonHead(tokens: Token[], i: number, v: VictimWords): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (v.people.has(t.lower)) return true;
  if (t.lower.includes('-')) {
    // "34-year-old", "mother-of-two": an age, or a person noun with what it is said of.
    if (AGE_NOUN.test(t.lower)) return true;
    const of = t.lower.indexOf('-of-');
    if (of > 0 && v.people.has(t.lower.slice(0, of))) return true;
  }
  // "crew member", "taxi driver": two words, only where the second could end such a phrase.
  return i > 0 && v.heads.has(t.lower) && v.people.has(`${tokens[i - 1].lower} ${t.lower}`);
}

export const SINGULAR: Record<string, string> = { men: 'man', women: 'woman', children: 'child', people: 'person', policemen: 'policeman', firemen: 'fireman' };
export const singular = (w: string) => SINGULAR[w] ?? w.replace(/s$/, '');

/** Per sentence, once: the nearest clause break at or before each token, and at or after it. */
const breaks = new WeakMap<Token[], { lex: CompiledLexicon; before: Int32Array; after: Int32Array }>();
function clauseBreaks(tokens: Token[], lex: CompiledLexicon): { before: Int32Array; after: Int32Array } {
  let b = breaks.get(tokens);
  if (b?.lex !== lex) {
    const n = tokens.length;
    const before = new Int32Array(n);
    const after = new Int32Array(n);
    for (let k = 0, last = -1; k < n; k++) {
      if (isClauseBreak(tokens[k], lex) || tokens[k].text === ';' || tokens[k].text === ':') last = k;
      before[k] = last;
    }
    for (let k = n - 1, next = n; k >= 0; k--) {
      if (isClauseBreak(tokens[k], lex) || tokens[k].text === ';') next = k;
      after[k] = next;
    }
    b = { lex, before, after };
    breaks.set(tokens, b);
  }
  return b;
}

/** The start of the clause holding token i: after the nearest clause break, semicolon or sentence start (40 tokens at most). */
export function clauseStart(tokens: Token[], i: number, lex: CompiledLexicon): number {
  const from = i > 0 ? clauseBreaks(tokens, lex).before[Math.min(i, tokens.length) - 1] + 1 : 0;
  return Math.max(from, i - MAX_CLAUSE, 0);
}

/** The end of the clause holding token i: before the next clause break or semicolon (40 tokens at most). */
export function clauseEnd(tokens: Token[], i: number, lex: CompiledLexicon): number {
  const to = i + 1 < tokens.length ? clauseBreaks(tokens, lex).after[i + 1] - 1 : tokens.length - 1;
  return Math.min(to, i + MAX_CLAUSE, tokens.length - 1);
}

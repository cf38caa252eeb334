import type { Category } from '../schema.js';
import type { Frame, QuantityMention, Token } from '../pipeline/types.js';
import { isNameStart, isVerb } from '../pipeline/pos.js';
import { MONTHS } from '../lexicon/numbers.js';
import { AUX, hasTag, isClauseBreak, matchAt, type FrameContext, type VictimWords } from './context.js';
import { subjectOf } from './subject.js';

/**
 * One victim named or described without a numeral, with a loss of its own: "a 34-year-old man was shot dead",
 * "officer Jane Roe was fatally stabbed", "the driver died", "Girl, 7, dies after ...". A claim of 1, or of n for
 * n conjoined victims ("a man and a woman were found dead"), with `quantity.stated` false. Read backwards from
 * each victim predicate of the sentence: the words between (auxiliaries, "fatally"), then the person before them.
 */

/** What the document has counted so far: a victim named again ("the victim", "the man", "Smith") is no second claim. */
export interface VictimMemory {
  /** Whether any people were counted before. */
  any: boolean;
  /** Head nouns of the people counted before, singular: "man", "driver". */
  heads: Set<string>;
  /** Capitalised words of the people counted before: "Jane", "Roe". */
  names: Set<string>;
  /** The whole text, for a name met before the sentence ("police named him as John Smith"). */
  text: string;
  /** The year the text is about, for a victim in an earlier year; asked only when a clause names a year. */
  year: () => number | null;
}

/** Whether a sentence holds a word of a victim predicate: a look-up a token, cheaper than a pattern over the text. */
export function mayHaveVictim(sentence: { tokens: Token[] }, v: VictimWords): boolean {
  for (const t of sentence.tokens) if (v.cue.has(t.lower)) return true;
  return false;
}

export function victimMemory(text = '', year: () => number | null = () => null): VictimMemory {
  let known: number | null | undefined;
  return { any: false, heads: new Set(), names: new Set(), text, year: () => (known === undefined ? (known = year()) : known) };
}

/** How the person is named: "a man", "the driver" or "his wife", a bare headline noun, a name, "one person", a stated count. */
type Kind = 'indefinite' | 'definite' | 'bare' | 'name' | 'one' | 'numeric';

/** One person (or a counted group) of the subject: tokens [first, last], the words after its determiner from `inner`. */
interface Conjunct {
  first: number;
  last: number;
  inner: number;
  kind: Kind;
  /** The last token of the person, before an age or a place after it. */
  headLast: number;
  /** The head noun, lower-case: "man", "driver"; "" for a name. */
  head: string;
  /** The capitalised words of a name. */
  names: string[];
}

const INDEFINITE = new Set(['a', 'an', 'another']);
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NEGATION = new Set(['not', 'never', "n't", 'no']);
/** Forms of "be" (and "get") that make the participle after them passive: "was shot", "got hurt". */
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', 'remains', 'remained', 'remain']);
const PREPOSITIONS = new Set(['of', 'from', 'in', 'on', 'at', 'aboard', 'inside', 'near', 'outside', 'with']);
/** Words that end a noun phrase read backwards: a clause's, a verb's or a preposition's. */
const NP_BREAK = new Set([
  'and', 'or', 'but', 'nor', 'of', 'from', 'in', 'on', 'at', 'by', 'to', 'for', 'with', 'as', 'after', 'before', 'during',
  'when', 'while', 'where', 'who', 'whom', 'whose', 'which', 'that', 'than', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him',
  'them', 'said', 'says', 'say', 'told', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'be', 'been', 'being', 'if',
  'into', 'onto', 'over', 'under', 'about', 'against', 'between', 'through', 'near', 'not', 'no', 'outside', 'inside',
  'behind', 'across', 'along', 'around', 'towards', 'toward', 'since', 'until', 'because', 'then', 'so',
]);
/** Words after a predicate that start its object: "shot his neighbour", "killed a man", "stabbed Smith". */
const OBJECT_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'himself', 'herself', 'themselves', 'my', 'our', 'two', 'three', 'several']);
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const AGE_NOUN = /^(\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old$/;
const WORD = /^[\p{L}\d][\p{L}\p{N}'’.-]*$/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
const MAX_MODIFIERS = 5;
const MAX_APPOSITION = 12;
const MAX_NAME = 4;
const MAX_RELATIVE = 12;
const MAX_PLACE = 5;
const MAX_CONJUNCTS = 6;
const MAX_AFTER = 14;
/** How far a clause is read around a victim, and how many appositions deep: every look stays bounded. */
const MAX_CLAUSE = 40;
const MAX_DEPTH = 3;
const MAX_AUX = 8;
/** How many earlier occurrences of a surname are tried as whole words ("Ann" inside "Anna"). */
const MAX_SURNAME_TRIES = 64;

const isWord = (t: Token | undefined) => !!t && WORD.test(t.text);

/** "Smith, 34,", "a man, 34,", "Roe (34)", "a woman, aged 61,": the token before an age apposition ending at e, or -1. */
function beforeAge(tokens: Token[], e: number): number {
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
function isActor(t: Token | undefined, v: VictimWords): boolean {
  return !!t && hasTag(t.lower, 'Actor') && !hasTag(t.lower, 'Plural') && !v.notPeople.has(t.lower);
}

/** Whether token i (with the one before it, for "crew member") is a noun of the victim lexicon naming one person. */
function isPersonHead(tokens: Token[], i: number, v: VictimWords): boolean {
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

/** A person's name ending at e, with titles before it: "Jane Roe", "Officer Jane Roe", "off-duty police officer Ann Lee". */
function nameAt(ctx: FrameContext, e: number, lo: number, aged: boolean): Conjunct | null {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  let k = e;
  const names: string[] = [];
  while (k >= lo && e - k < MAX_NAME && CAPITALISED.test(tokens[k].text) && !v.titles.has(tokens[k].lower)) names.unshift(tokens[k--].text);
  if (!names.length || names.some((n) => ctx.lex.demonyms.has(n.toLowerCase()))) return null;
  // A sentence's first word is capitalised anyway: "Police", "Residents" are no names.
  if (k + 1 === 0 && names.length === 1 && !aged && !isNameStart(names[0].toLowerCase())) return null;
  let titled = false;
  let first = k + 1;
  while (k >= lo) {
    const t = tokens[k];
    if (t.text === '.' && v.titles.has(tokens[k - 1]?.lower ?? '')) { k--; continue; }
    if (v.titles.has(t.lower)) { titled = true; first = k--; continue; }
    // "police officer", "off-duty deputy": words before a title belong to it.
    if (titled && /^[a-z][a-z-]*$/.test(t.text) && !NP_BREAK.has(t.lower) && !AUX.has(t.lower) && !DEFINITE.has(t.lower) && !INDEFINITE.has(t.lower) && first - k <= 2) { first = k--; continue; }
    break;
  }
  if (!titled && !isNameStart(names[0].toLowerCase())) {
    // Known by its age alone ("Smith, 34,"): a word that is a verb or a loss word is a label, not a name ("Killed, 34,").
    if (!aged || names.some((n, x) => isVerb(n.toLowerCase()) || matchAt(ctx.lex.predicates, tokens, e - names.length + 1 + x) || matchAt(ctx.lex.nouns, tokens, e - names.length + 1 + x))) return null;
  }
  if (k >= lo && (DEFINITE.has(tokens[k].lower) || INDEFINITE.has(tokens[k].lower)) && titled) first = k;
  return { first, last: e, headLast: e, inner: first, kind: 'name', head: '', names };
}

/** A noun phrase headed by a person noun ending at e: "a 34-year-old man", "the driver", "his wife", "Leeds teenager". */
function personAt(ctx: FrameContext, e: number, lo: number): Conjunct | null {
  const { tokens } = ctx;
  const known = isPersonHead(tokens, e, ctx.lex.victims);
  if (!known && !isActor(tokens[e], ctx.lex.victims)) return null;
  const head = tokens[e].lower;
  let k = e - 1;
  // A verb before a bare noun takes it as its object: "Police shot man dead", "Attacks leave child and woman dead".
  let verb = -1;
  for (let steps = 0; k >= lo && steps <= MAX_MODIFIERS; steps++, k--) {
    const t = tokens[k];
    // "said that one person was killed": the count is written after all.
    if (t.lower === 'one') return { first: k, last: e, inner: k + 1, kind: 'one', head, names: [], headLast: e };
    if (INDEFINITE.has(t.lower)) return { first: k, last: e, inner: k + 1, kind: 'indefinite', head, names: [], headLast: e };
    if (DEFINITE.has(t.lower)) return { first: k, last: e, inner: k + 1, kind: 'definite', head, names: [], headLast: e };
    // "the girl's father", "Smith's wife": a possessive determiner, with its own article.
    if (/['’]s$/.test(t.lower) && k < e) {
      const first = DEFINITE.has(tokens[k - 1]?.lower ?? '') || INDEFINITE.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
      return { first, last: e, inner: k + 1, kind: 'definite', head, names: [], headLast: e };
    }
    if (!isWord(t) || /^\d+$/.test(t.text) || NP_BREAK.has(t.lower) || AUX.has(t.lower) || ctx.mentionAt[k] >= 0 && !ctx.mentions[ctx.mentionAt[k]].weak) break;
    if (verb < 0 && /^[a-z]/.test(t.text) && isVerb(t.lower) && !isPersonHead(tokens, k, ctx.lex.victims)) verb = k;
  }
  // A headline's bare noun: "Man shot dead in Leeds", "Girl, 7, dies", "Leeds teenager stabbed"; only of the lexicon.
  if (!known) return null;
  if (verb >= 0) return { first: verb + 1, last: e, inner: verb + 1, kind: 'bare', head, names: [], headLast: e };
  if (k < 0) return { first: 0, last: e, inner: 0, kind: 'bare', head, names: [], headLast: e };
  // "his wife and daughter": the determiner of the person before "and" is this one's too.
  if (tokens[k].lower === 'and' && k === e - 1 && isPersonHead(tokens, k - 1, ctx.lex.victims)) return { first: e, last: e, inner: e, kind: 'bare', head, names: [], headLast: e };
  return null;
}

/** A count stated in the phrase ending at e ("her two children", "Two men"): the list's other parts are its own claims. */
function countedAt(ctx: FrameContext, e: number, lo: number): Conjunct | null {
  const { tokens } = ctx;
  for (let k = e; k >= lo && e - k <= MAX_MODIFIERS; k--) {
    const m = ctx.mentionAt[k];
    if (m >= 0 && !ctx.mentions[m].weak) {
      let first = ctx.mentions[m].first;
      if (DEFINITE.has(tokens[first - 1]?.lower ?? '')) first--;
      return { first, last: e, inner: first, kind: 'numeric', head: tokens[e].lower, names: [], headLast: e };
    }
    const t = tokens[k];
    if (!isWord(t) || NP_BREAK.has(t.lower) || DEFINITE.has(t.lower) || INDEFINITE.has(t.lower)) break;
  }
  return null;
}

/** One part of the subject ending at token e: a person, a name, a count, each with an age or a place after it. */
function conjunctAt(ctx: FrameContext, e: number, lo: number): Conjunct | null {
  const { tokens } = ctx;
  // "a man was killed and another injured": one more person.
  if (tokens[e]?.lower === 'another' && e >= lo) return { first: e, last: e, inner: e, kind: 'indefinite', head: '', names: [], headLast: e };
  const age = beforeAge(tokens, e);
  const aged = age >= 0;
  if (aged) e = age;
  // The phrase ends before an age after it: "John Roe, 34," is "John Roe".
  const last = e;
  if (e < lo) return null;
  const core = (x: number) => countedAt(ctx, x, lo) ?? personAt(ctx, x, lo) ?? (CAPITALISED.test(tokens[x]?.text ?? '') ? nameAt(ctx, x, lo, aged) : null);
  // "a man from Leeds", "the driver of the van", "a woman in her 60s": a place or a part after the person.
  for (let k = e; k > lo && e - k <= MAX_PLACE; k--) {
    const t = tokens[k];
    if (PREPOSITIONS.has(t.lower) && k < e) {
      const c = core(k - 1);
      if (c) return { ...c, last };
      break;
    }
    // The place is a short noun phrase: no verb ("a man in the town denied ...") and no other clause.
    if (!isWord(t) || NP_BREAK.has(t.lower) || AUX.has(t.lower) || /^[a-z]/.test(t.text) && isVerb(t.lower) && !isPersonHead(tokens, k, ctx.lex.victims)) break;
  }
  const c = core(e);
  return c && { ...c, last };
}

/** The start of the clause holding token i: after the nearest clause break, semicolon or sentence start. */
/** Per sentence, once: the nearest clause break at or before each token, and at or after it. */
const breaks = new WeakMap<Token[], { before: Int32Array; after: Int32Array }>();
function clauseBreaks(tokens: Token[]): { before: Int32Array; after: Int32Array } {
  let b = breaks.get(tokens);
  if (!b) {
    const n = tokens.length;
    const before = new Int32Array(n);
    const after = new Int32Array(n);
    for (let k = 0, last = -1; k < n; k++) {
      if (isClauseBreak(tokens[k]) || tokens[k].text === ';' || tokens[k].text === ':') last = k;
      before[k] = last;
    }
    for (let k = n - 1, next = n; k >= 0; k--) {
      if (isClauseBreak(tokens[k]) || tokens[k].text === ';') next = k;
      after[k] = next;
    }
    b = { before, after };
    breaks.set(tokens, b);
  }
  return b;
}

function clauseStart(tokens: Token[], i: number): number {
  const from = i > 0 ? clauseBreaks(tokens).before[Math.min(i, tokens.length) - 1] + 1 : 0;
  return Math.max(from, i - MAX_CLAUSE, 0);
}

function clauseEnd(tokens: Token[], i: number): number {
  const to = i + 1 < tokens.length ? clauseBreaks(tokens).after[i + 1] - 1 : tokens.length - 1;
  return Math.min(to, i + MAX_CLAUSE, tokens.length - 1);
}

/**
 * The subject before the words from token `at` back to a clause break: its parts, right to left, joined by
 * "and" or list commas ("a man, a woman and a child"); an apposition after the last part is skipped.
 */
function subjectBefore(ctx: FrameContext, e: number, depth = 0): Conjunct[] {
  const { tokens } = ctx;
  const lo = clauseStart(tokens, e + 1);
  // "The victim, a 22-year-old student,", "Smith, police said,": an apposition or a parenthesis before the verb.
  if (tokens[e]?.text === ',' && beforeAge(tokens, e) < 0) {
    if (depth >= MAX_DEPTH) return [];
    let c = e - 1;
    while (c >= lo && e - c <= MAX_APPOSITION && tokens[c].text !== ',') c--;
    if (c < lo || tokens[c].text !== ',') return [];
    const inner = tokens[c + 1];
    const lastInner = tokens[e - 1];
    const apposition = INDEFINITE.has(inner.lower) || DEFINITE.has(inner.lower) || /^(who|whose|aged|of|from)$/.test(inner.lower)
      || ctx.lex.reportingVerbs.has(lastInner.lower) || CAPITALISED.test(inner.text) && c + 1 > lo;
    if (!apposition) return [];
    // "the veteran of the 2016 clashes, Colonel Ivo Brant,": the name in apposition is the subject when nothing before it is.
    const named = CAPITALISED.test(inner.text) ? conjunctAt(ctx, e - 1, c + 1) : null;
    const before = subjectBefore(ctx, beforeAge(tokens, c) >= 0 ? c : c - 1, depth + 1);
    if (!before.length) return named && named.first === c + 1 ? [named] : [];
    // "The victim, a 30-year-old baker,", "the veteran, Major Dawit Bekele,": the apposition is part of the mention.
    const last = before[before.length - 1];
    const described = named && named.first === c + 1 || INDEFINITE.has(inner.lower);
    if (described && before.length === 1) before[0] = { ...last, last: e - 1, names: [...last.names, ...(named?.names ?? [])] };
    return before;
  }
  const parts: Conjunct[] = [];
  let joinedByAnd = false;
  while (e >= lo && parts.length < MAX_CONJUNCTS) {
    let c = conjunctAt(ctx, e, lo);
    // "a man who was walking his dog": a relative clause between the person and the verb.
    if (!c && !parts.length) {
      for (let k = e; k > lo && e - k <= MAX_RELATIVE; k--) {
        if (tokens[k].lower === 'who') { c = conjunctAt(ctx, k - 1, lo); if (c) c = { ...c, last: c.last }; break; }
        if (!isWord(tokens[k])) break;
      }
    }
    if (!c) break;
    parts.unshift(c);
    const join = tokens[c.first - 1];
    if (join?.lower === 'and') joinedByAnd = true;
    else if (!(join?.text === ',' && joinedByAnd)) break;
    e = c.first - 2;
    // "a man, a woman, and a child": the serial comma before "and".
    if (tokens[e]?.text === ',' && join?.lower === 'and' && beforeAge(tokens, e) < 0) e--;
  }
  // "three commanders, including Ivo Brant, were killed": one of a group counted already.
  if (parts.length && /^(including|among|includes|included)$/.test(tokens[parts[0].first - 1]?.lower ?? '')) return [];
  // A part that failed after "and" leaves the parts read so far: "the car hit a tree and the driver died".
  return parts;
}

/** Words between the predicate and the person: auxiliaries and adverbs; null for a negation or a supposition. */
function auxiliariesBefore(ctx: FrameContext, i: number): { e: number; passive: boolean; fatal: boolean } | null {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  let passive = false;
  let fatal = false;
  let j = i - 1;
  for (; j >= 0 && i - j <= MAX_AUX; j--) {
    const w = tokens[j].lower;
    if (NEGATION.has(w) || v.hypothetical.has(w)) return null;
    if (v.fatal.has(w)) { fatal = true; continue; }
    if (!AUX.has(w) && !v.auxiliaries.has(w)) break;
    if (BE.has(w)) passive = true;
  }
  return { e: j, passive, fatal };
}

/** A death after the wound, in the same clause: "was shot in the leg and taken to hospital, where he died". */
function diesAfter(ctx: FrameContext, from: number): boolean {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  for (let k = from; k < tokens.length && k - from < MAX_AFTER; k++) {
    const t = tokens[k];
    if (t.text === ';' || isClauseBreak(t) && t.lower !== 'but' || ctx.mentionAt[k] >= 0 && !ctx.mentions[ctx.mentionAt[k]].weak) return false;
    if ((INDEFINITE.has(t.lower) || DEFINITE.has(t.lower)) && isPersonHead(tokens, k + 1, v)) return false;
    const p = matchAt(v.predicates, tokens, k);
    if (p?.value === 'killed') return true;
  }
  return false;
}

/** The clause places its victim in a supposition or an earlier event named as background. */
const outsideWords = new WeakMap<Token[], boolean>();

/** Whether the sentence has any word of a supposition or a background, or a year: most have none, and are read once. */
function mayBeOutside(tokens: Token[], v: VictimWords): boolean {
  let known = outsideWords.get(tokens);
  if (known === undefined) {
    known = tokens.some((t) => v.hypothetical.has(t.lower) || v.backgroundBefore.has(t.lower) || v.background.has(t.lower) || YEAR.test(t.text));
    outsideWords.set(tokens, known);
  }
  return known;
}

function outsideEvent(ctx: FrameContext, first: number, last: number, memory: VictimMemory): boolean {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  if (!mayBeOutside(tokens, v)) return false;
  // "If a child is hurt", "whether a man died": a supposition opening the clause.
  for (let k = first - 1; k >= 0 && first - k <= 10; k--) {
    if (tokens[k].text === ',' || isClauseBreak(tokens[k])) break;
    if (v.hypothetical.has(tokens[k].lower)) return true;
  }
  // "the first killing since a man was stabbed", "comes a week after a teenager was shot".
  for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
    if (tokens[k].text === ',' || isClauseBreak(tokens[k])) break;
    if (v.backgroundBefore.has(tokens[k].lower)) return true;
  }
  const a = clauseStart(tokens, first);
  const b = clauseEnd(tokens, last);
  for (let k = a; k <= b; k++) {
    if (matchAt(v.background, tokens, k)) return true;
    // "in 2009", "since 1998", "on 4 May 2009": a year the event is placed in, not "the 2016 clashes".
    if (YEAR.test(tokens[k].text) && (/^(in|since|during)$/.test(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k - 2]?.lower ?? ''))) {
      const year = memory.year();
      if (year !== null && Number(tokens[k].text) < year) return true;
    }
  }
  return false;
}

const SINGULAR: Record<string, string> = { men: 'man', women: 'woman', children: 'child', people: 'person', policemen: 'policeman', firemen: 'fireman' };
const singular = (w: string) => SINGULAR[w] ?? w.replace(/s$/, '');

/** The same person named again: "the victim", "the man" after "a man", "Smith" after "John Smith" was counted. */
function namedBefore(ctx: FrameContext, c: Conjunct, memory: VictimMemory): boolean {
  if (!memory.any) return false;
  if (c.kind === 'definite') return ctx.lex.victims.backReferences.has(c.head) || memory.heads.has(c.head);
  if (c.kind === 'name') {
    if (c.names.some((n) => memory.names.has(n))) return true;
    const surname = c.names[c.names.length - 1];
    if (surname.length <= 2) return false;
    // The surname as a whole word anywhere before the sentence, without copying the text.
    let at = memory.text.lastIndexOf(surname, ctx.sentence.start - surname.length);
    for (let tries = 0; at >= 0 && tries < MAX_SURNAME_TRIES; tries++, at = at > 0 ? memory.text.lastIndexOf(surname, at - 1) : -1) {
      if (!/[\p{L}\p{N}]/u.test(memory.text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(memory.text[at + surname.length] ?? '')) return true;
    }
    return false;
  }
  return false;
}

function victimFrame(ctx: FrameContext, parts: Conjunct[], n: number, category: Category, group: number): Frame {
  const { tokens, sentence } = ctx;
  const first = parts[0].first;
  const last = parts[parts.length - 1].last;
  // The phrase ends at its last person, not at an age or a comma after it.
  let end = last;
  while (end > first && !isWord(tokens[end]) && tokens[end].text !== ')') end--;
  const start = tokens[first].start;
  const text = sentence.text.slice(start - sentence.start, tokens[end].end - sentence.start);
  // "that one person was killed": the count is the word "one", as stated.
  const one = parts.length === 1 && parts[0].kind === 'one';
  const mention: QuantityMention = one
    ? { first, last: first, start, end: tokens[first].end, weak: false, quantity: { value: 1, min: 1, max: 1, qualifier: 'exact', unit: null, text: tokens[first].text } }
    : { first, last: end, start, end: tokens[end].end, weak: true, quantity: { value: n, min: n, max: n, qualifier: 'exact', unit: null, text, stated: false } };
  const inner = parts[0].inner;
  const headLast = parts[parts.length - 1].headLast;
  return {
    sentence, mention, category, subject: subjectOf(ctx, inner, headLast, category, null), subjectFirst: inner, subjectLast: headLast,
    span: { start, end: tokens[end].end }, rule: 'victim', group,
  };
}

/** A harm suffered, from token i: "suffered a gunshot wound", "sustained serious injuries", "suffered fatal injuries". */
function harmAt(ctx: FrameContext, i: number): { value: Category; last: number } | null {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  // "taken to a local hospital", "rushed to Ward Medical Center", "admitted to hospital".
  if (v.hospitalVerbs.has(tokens[i].lower) && /^(to|into)$/.test(tokens[i + 1]?.lower ?? '')) {
    for (let k = i + 2; k < tokens.length && k - i <= 6; k++) {
      if (v.hospitals.has(tokens[k].lower)) return { value: 'wounded', last: k };
      if (!isWord(tokens[k])) return null;
    }
    return null;
  }
  if (!v.harmVerbs.has(tokens[i].lower)) return null;
  let fatal = false;
  // "suffering from a gunshot wound", "treated for minor injuries".
  const from = /^(from|for)$/.test(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
  for (let k = from + 1; k < tokens.length && k - from <= 5; k++) {
    const w = tokens[k].lower;
    if (v.harmNouns.has(w)) return { value: fatal ? 'killed' : 'wounded', last: k };
    if (v.fatal.has(w)) fatal = true;
    else if (!isWord(tokens[k]) || NP_BREAK.has(w) && w !== 'no' || AUX.has(w)) return null;
  }
  return null;
}

/** A person after an active verb, ending before the next word that is not part of it: "a 19-year-old man", "Officer Jane Roe". */
function objectAt(ctx: FrameContext, j: number): Conjunct | null {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  const t = tokens[j];
  if (!t) return null;
  const m = ctx.mentionAt[j];
  if (m >= 0 && !ctx.mentions[m].weak) return { first: j, last: ctx.mentions[m].last, inner: j, kind: 'numeric', head: '', names: [], headLast: ctx.mentions[m].last };
  if (t.lower === 'another' && !isWord(tokens[j + 1])) return null;
  const det = INDEFINITE.has(t.lower) ? 'indefinite' : DEFINITE.has(t.lower) ? 'definite' : null;
  if (det) {
    let head = -1;
    for (let k = j + 1; k < tokens.length && k - j <= MAX_MODIFIERS + 1; k++) {
      const x = tokens[k];
      if (!isWord(x) || NP_BREAK.has(x.lower) || AUX.has(x.lower) || /^\d+$/.test(x.text)) break;
      const person = isPersonHead(tokens, k, v) || isActor(x, v);
      if (person) head = k;
      else if (/^[a-z]/.test(x.text) && isVerb(x.lower) && head >= 0) break;
    }
    if (head < 0) return null;
    return { first: j, last: head, inner: j + 1, kind: det, head: tokens[head].lower, names: [], headLast: head };
  }
  // "killed Officer Jane Roe", "shot John Okoro": titles, then capitalised words with a title or a given name.
  let k = j;
  let titled = false;
  while (k < tokens.length && k - j < 4 && v.titles.has(tokens[k].lower)) {
    titled = true;
    k++;
    if (tokens[k]?.text === '.') k++;
  }
  const start = k;
  while (k < tokens.length && k - start < MAX_NAME && CAPITALISED.test(tokens[k].text) && !NP_BREAK.has(tokens[k].lower) && !ctx.lex.demonyms.has(tokens[k].lower)) k++;
  if (k === start) return null;
  if (!titled && !isNameStart(tokens[start].lower)) return null;
  return { first: j, last: k - 1, inner: j, kind: 'name', head: '', names: tokens.slice(start, k).map((x) => x.text), headLast: k - 1 };
}

/** The persons after an active verb at token i, joined by "and" or list commas: "a man and his son". */
function objectsAfter(ctx: FrameContext, j: number): Conjunct[] {
  const { tokens } = ctx;
  const parts: Conjunct[] = [];
  while (parts.length < MAX_CONJUNCTS) {
    const c = objectAt(ctx, j);
    if (!c) break;
    parts.push(c);
    let k = c.last + 1;
    // "a man, 34, and a woman": an age after the person.
    if (tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 3;
    if (tokens[k]?.lower === 'and') j = k + 1;
    else if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and') j = k + 2;
    else if (tokens[k]?.text === ',' && objectAt(ctx, k + 1)) j = k + 1;
    else break;
  }
  // A list needs its "and": "killed a man, the police said" is one person.
  return parts;
}

/**
 * The sentence's frames with its single victims added: each victim predicate's subject, when it is people
 * without a numeral and not named before; conjoined ones as one count ("a man and a woman" → 2), stated
 * counts in the same list left as their own claims ("a woman, her two children and a man": 1, 2, 1).
 */
export function victimFrames(ctx: FrameContext, frames: Frame[], memory: VictimMemory): Frame[] {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  // The frames of counts by their first token, and the tokens of victims added: each look is as long as a phrase.
  const countAt = new Map<number, Frame[]>();
  for (const f of frames) {
    const list = countAt.get(f.mention.first);
    if (list) list.push(f);
    else countAt.set(f.mention.first, [f]);
  }
  const removed = new Set<Frame>();
  const added: Frame[] = [];
  let covered: Uint8Array | null = null;
  const counts = (first: number, last: number) => {
    const out: Frame[] = [];
    for (let k = first; k <= last; k++) for (const f of countAt.get(k) ?? []) if (!removed.has(f)) out.push(f);
    return out;
  };
  const taken = (first: number, last: number) => {
    for (let k = first; k <= last; k++) if (covered?.[k]) return true;
    return false;
  };
  const add = (f: Frame) => {
    covered ??= new Uint8Array(tokens.length);
    covered.fill(1, f.mention.first, Math.max(f.mention.last, f.subjectLast) + 1);
    added.push(f);
  };
  let group = frames.reduce((g, f) => Math.max(g, f.group), -1) + 1;
  /** One claim for the parts of a subject or an object: conjoined ones together, stated counts left to their frames. */
  const claim = (parts: Conjunct[], category: Category) => {
    const counted = parts.some((c) => c.kind === 'numeric');
    // "a man and his daughter": with someone new in the list, the others are new too.
    const anyNew = parts.some((c) => c.kind === 'indefinite' || c.kind === 'bare' || c.kind === 'one');
    const fresh = parts.filter((c) => c.kind !== 'numeric' && (anyNew || !namedBefore(ctx, c, memory)));
    if (!fresh.length) return;
    if (!counted && parts.length > 1) {
      // "a man and a woman were found dead": one count of two, in place of any "a" read alone.
      for (const f of counts(parts[0].first, parts[parts.length - 1].last)) removed.add(f);
      add(victimFrame(ctx, parts, fresh.length, category, group++));
      return;
    }
    for (const c of fresh) if (!counts(c.first, c.last).length) add(victimFrame(ctx, [c], 1, category, group++));
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!v.starts.has(tokens[i].lower)) continue;
    // "A gunman shot and killed a 19-year-old", "the crash killed a cyclist": the person after an active verb.
    const verb = matchAt(v.transitive, tokens, i);
    if (verb && !BE.has(tokens[i - 1]?.lower ?? '')) {
      const before = tokens[i - 1]?.lower ?? '';
      const attempt = before === 'to' && v.attempts.has(tokens[i - 2]?.lower ?? '');
      const negated = tokens.slice(Math.max(0, i - 3), i).some((x) => NEGATION.has(x.lower) || v.hypothetical.has(x.lower));
      const parts = attempt || negated ? [] : objectsAfter(ctx, verb.last + 1);
      // "left 30 injured Ahmed Mustafa told the agency": a name before a reporting verb is its speaker.
      const speaker = parts.length > 0 && ctx.lex.reportingVerbs.has(tokens[parts[parts.length - 1].last + 1]?.lower ?? '');
      if (parts.length && !speaker) {
        const first = parts[0].first;
        const last = parts[parts.length - 1].last;
        // "shot a man dead", "stabbed a woman to death".
        const after = tokens[last + 1]?.lower;
        const category = after === 'dead' || after === 'to' && tokens[last + 2]?.lower === 'death' ? 'killed' : verb.value;
        if (!taken(first, last) && !outsideEvent(ctx, i, last, memory)) claim(parts, category);
        i = last;
        continue;
      }
    }
    const p = matchAt(v.predicates, tokens, i) ?? harmAt(ctx, i);
    if (!p) continue;
    const at = i;
    i = p.last;
    // "was shot at but escaped", "was shot at.": fired on, not hit.
    const miss = matchAt(v.notLost, tokens, at);
    if (miss && miss.last > p.last || tokens[p.last + 1]?.lower === 'at' && !isWord(tokens[p.last + 2])) continue;
    let category = p.value;
    const aux = auxiliariesBefore(ctx, at);
    if (!aux || aux.e < 0) continue;
    // "a man shot his neighbour", "the man who killed her": the subject did it.
    const next = tokens[p.last + 1];
    if (!aux.passive && v.activeVerbs.has(tokens[at].lower) && next && (OBJECT_START.has(next.lower) || CAPITALISED.test(next.text) || ctx.mentionAt[p.last + 1] >= 0)) continue;
    if (aux.fatal || category === 'wounded' && diesAfter(ctx, p.last + 1)) category = 'killed';
    const parts = subjectBefore(ctx, aux.e);
    if (!parts.length) continue;
    const first = parts[0].first;
    const last = parts[parts.length - 1].last;
    if (taken(first, last) || outsideEvent(ctx, first, p.last, memory)) continue;
    claim(parts, category);
  }
  if (!added.length && !removed.size) return frames;
  return [...frames.filter((f) => !removed.has(f)), ...added].sort((a, b) => a.mention.start - b.mention.start);
}

/** A name ending at token e: capitalised words with a given name or a title among or before them ("Jane Roe", "Officer Roe"). */
function isNameBefore(ctx: FrameContext, e: number): boolean {
  const { tokens } = ctx;
  let k = e;
  let given = false;
  while (k >= 0 && e - k < MAX_NAME && CAPITALISED.test(tokens[k].text) && !NP_BREAK.has(tokens[k].lower)) {
    if (isNameStart(tokens[k].lower)) given = true;
    k--;
  }
  if (k === e) return false;
  if (tokens[k]?.text === '.') k--;
  return given || (k >= 0 && ctx.lex.victims.titles.has(tokens[k].lower));
}

/**
 * A person's age between commas or in brackets ("John Roe, 34, was shot", "a man, 34,", "two men, 19 and 21,",
 * "Roe (34) died"): not a count. "Smith, 34, was" at the start of a sentence too, before an auxiliary.
 */
function isAge(ctx: FrameContext, m: QuantityMention): boolean {
  const { tokens } = ctx;
  const q = m.quantity;
  if (m.weak || m.first !== m.last || q.qualifier !== 'exact' || q.value === null || q.value > 120 || !/^\d{1,3}$/.test(tokens[m.first].text)) return false;
  let a = m.first;
  // "19 and 21": the second age of a pair.
  if (tokens[a - 1]?.lower === 'and' && /^\d{1,3}$/.test(tokens[a - 2]?.text ?? '')) a -= 2;
  const open = tokens[a - 1]?.text;
  const close = tokens[m.last + 1];
  const pair = close?.lower === 'and' && /^\d{1,3}$/.test(tokens[m.last + 2]?.text ?? '');
  if (!(open === ',' && (!close || close.text === ',' || close.text === '.' || pair) || open === '(' && close?.text === ')')) return false;
  const x = a - 2;
  if (x < 0) return false;
  const w = tokens[x].lower;
  if (isPersonHead(tokens, x, ctx.lex.victims) || ctx.lex.victims.people.has(singular(w)) || isActor(tokens[x], ctx.lex.victims) || hasTag(w, 'Actor')
    || ctx.lex.people.has(w) && !CAPITALISED.test(tokens[x].text)) return true;
  if (isNameBefore(ctx, x)) return true;
  // "Smith, 34, was", "Roe (34) died": a surname opening the sentence, with a verb after its age.
  const after = tokens[m.last + 2];
  return x === 0 && CAPITALISED.test(tokens[x].text) && !matchAt(ctx.lex.victims.predicates, tokens, x) && !!close && /^[,)]$/.test(close.text)
    && !!after && (AUX.has(after.lower) || matchAt(ctx.lex.victims.predicates, tokens, m.last + 2) !== null);
}

/**
 * The frames of counts, settled: a person's age is no count; counts read from "a"/"an"/"another" are not written
 * as numbers (`stated` false, the noun phrase as their text); one person arrested, questioned or fleeing ("a man
 * was detained", "a gunman fled") or in a supposition or an earlier event is no loss.
 */
export function settleCounts(ctx: FrameContext, frames: Frame[], memory: VictimMemory): Frame[] {
  const { tokens, sentence } = ctx;
  const v = ctx.lex.victims;
  const out: Frame[] = [];
  for (const f of frames) {
    if (isAge(ctx, f.mention)) continue;
    if (f.mention.weak && f.mention.quantity.stated !== false) {
      if (f.subject.kind === 'people') {
        let j = f.subjectLast + 1;
        while (j < tokens.length && AUX.has(tokens[j].lower)) j++;
        if (matchAt(v.notLost, tokens, j)) continue;
        // "tried to kill a guard": an attempt, no loss.
        const k = f.mention.first;
        if ([k - 2, k - 3].some((x) => tokens[x]?.lower === 'to' && v.attempts.has(tokens[x - 1]?.lower ?? ''))) continue;
        if (outsideEvent(ctx, f.mention.first, Math.max(f.subjectLast, f.mention.last), memory)) continue;
      }
      const text = sentence.text.slice(f.span.start - sentence.start, f.span.end - sentence.start);
      f.mention = { ...f.mention, quantity: { ...f.mention.quantity, text, stated: false } };
    }
    out.push(f);
  }
  return out;
}

/** The people counted in the sentence, remembered so that the same victim named again is no second claim. */
export function rememberVictims(ctx: FrameContext, frames: Frame[], memory: VictimMemory): void {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  for (const f of frames) {
    if (f.subject.kind !== 'people') continue;
    memory.any = true;
    const from = Math.min(f.mention.first, f.subjectFirst);
    for (let k = from; k <= Math.max(f.subjectLast, f.mention.last); k++) {
      const t = tokens[k];
      if (!t) continue;
      if (CAPITALISED.test(t.text) && k > 0) memory.names.add(t.text);
      const w = singular(t.lower);
      if (v.people.has(w) || v.people.has(t.lower) || ctx.lex.people.has(t.lower)) memory.heads.add(v.people.has(t.lower) ? t.lower : w);
    }
  }
}

import { isNameStart, isVerb } from '../pipeline/pos.js';
import { hasTag, matchAt, type FrameContext } from './context.js';
import {
  CAPITALISED, INDEFINITE, MAX_APPOSITION, MAX_CONJUNCTS, MAX_DEPTH, MAX_MODIFIERS, MAX_NAME, MAX_PLACE, MAX_RELATIVE,
  beforeAge, clauseStart, isActor, isPersonHead, isWord,
} from './victim-words.js';

/**
 * The persons of a victim's clause, as noun phrases of tokens: the subject read backwards from its verb ("a 34-year-old
 * man", "the driver of the van", "Officer Jane Roe, 29,", "a man and a woman"), the object read forwards from an active
 * verb ("killed a cyclist and injured his passenger"), with the kind of each: new, named before, or counted.
 */

/** How the person is named: "a man", "the driver" or "his wife", a bare headline noun, a name, "one person", a stated count. */
export type Kind = 'indefinite' | 'definite' | 'bare' | 'name' | 'one' | 'numeric';

/** One person (or a counted group) of the subject: tokens [first, last], the words after its determiner from `inner`. */
export interface Conjunct {
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
    if (titled && /^[a-z][a-z-]*$/.test(t.text) && !ctx.lex.grammar.phraseBreaks.has(t.lower) && !ctx.lex.grammar.auxiliaries.has(t.lower) && !ctx.lex.grammar.definites.has(t.lower) && !INDEFINITE.has(t.lower) && first - k <= 2) { first = k--; continue; }
    break;
  }
  if (!titled && !isNameStart(names[0].toLowerCase())) {
    // Known by its age alone ("Smith, 34,"): a word that is a verb or a loss word is a label, not a name ("Killed, 34,").
    if (!aged || names.some((n, x) => isVerb(n.toLowerCase()) || matchAt(ctx.lex.predicates, tokens, e - names.length + 1 + x) || matchAt(ctx.lex.nouns, tokens, e - names.length + 1 + x))) return null;
  }
  if (k >= lo && (ctx.lex.grammar.definites.has(tokens[k].lower) || INDEFINITE.has(tokens[k].lower)) && titled) first = k;
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
    if (ctx.lex.grammar.definites.has(t.lower)) return { first: k, last: e, inner: k + 1, kind: 'definite', head, names: [], headLast: e };
    // "the girl's father", "Smith's wife": a possessive determiner, with its own article.
    if (/['’]s$/.test(t.lower) && k < e) {
      const first = ctx.lex.grammar.definites.has(tokens[k - 1]?.lower ?? '') || INDEFINITE.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
      return { first, last: e, inner: k + 1, kind: 'definite', head, names: [], headLast: e };
    }
    if (!isWord(t) || /^\d+$/.test(t.text) || ctx.lex.grammar.phraseBreaks.has(t.lower) || ctx.lex.grammar.auxiliaries.has(t.lower) || ctx.mentionAt[k] >= 0 && !ctx.mentions[ctx.mentionAt[k]].weak) break;
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
      if (ctx.lex.grammar.definites.has(tokens[first - 1]?.lower ?? '')) first--;
      return { first, last: e, inner: first, kind: 'numeric', head: tokens[e].lower, names: [], headLast: e };
    }
    const t = tokens[k];
    if (!isWord(t) || ctx.lex.grammar.phraseBreaks.has(t.lower) || ctx.lex.grammar.definites.has(t.lower) || INDEFINITE.has(t.lower)) break;
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
    if (ctx.lex.grammar.personPrepositions.has(t.lower) && k < e) {
      const c = core(k - 1);
      if (c) return { ...c, last };
      break;
    }
    // The place is a short noun phrase: no verb ("a man in the town denied ...") and no other clause.
    if (!isWord(t) || ctx.lex.grammar.phraseBreaks.has(t.lower) || ctx.lex.grammar.auxiliaries.has(t.lower) || /^[a-z]/.test(t.text) && isVerb(t.lower) && !isPersonHead(tokens, k, ctx.lex.victims)) break;
  }
  const c = core(e);
  return c && { ...c, last };
}

/**
 * The subject before the words from token `at` back to a clause break: its parts, right to left, joined by
 * "and" or list commas ("a man, a woman and a child"); an apposition after the last part is skipped.
 */
export function subjectBefore(ctx: FrameContext, e: number, depth = 0): Conjunct[] {
  const { tokens } = ctx;
  const lo = clauseStart(tokens, e + 1, ctx.lex);
  // "The victim, a 22-year-old student,", "Smith, police said,": an apposition or a parenthesis before the verb.
  if (tokens[e]?.text === ',' && beforeAge(tokens, e) < 0) {
    if (depth >= MAX_DEPTH) return [];
    let c = e - 1;
    while (c >= lo && e - c <= MAX_APPOSITION && tokens[c].text !== ',') c--;
    if (c < lo || tokens[c].text !== ',') return [];
    const inner = tokens[c + 1];
    const lastInner = tokens[e - 1];
    const apposition = INDEFINITE.has(inner.lower) || ctx.lex.grammar.definites.has(inner.lower) || /^(who|whose|aged|of|from)$/.test(inner.lower)
      || ctx.lex.reportingVerbs.has(lastInner.lower) || CAPITALISED.test(inner.text) && c + 1 > lo;
    if (!apposition) return [];
    // "the pilot who flew in the 1999 airlift, Captain Ivo Brant,": the name in apposition is the subject when nothing before it is.
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

/** A person after an active verb, ending before the next word that is not part of it: "a 19-year-old man", "Officer Jane Roe". */
export function objectAt(ctx: FrameContext, j: number): Conjunct | null {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  const t = tokens[j];
  if (!t) return null;
  const m = ctx.mentionAt[j];
  if (m >= 0 && !ctx.mentions[m].weak) return { first: j, last: ctx.mentions[m].last, inner: j, kind: 'numeric', head: '', names: [], headLast: ctx.mentions[m].last };
  if (t.lower === 'another' && !isWord(tokens[j + 1])) return null;
  const det = INDEFINITE.has(t.lower) ? 'indefinite' : ctx.lex.grammar.definites.has(t.lower) ? 'definite' : null;
  if (det) {
    let head = -1;
    for (let k = j + 1; k < tokens.length && k - j <= MAX_MODIFIERS + 1; k++) {
      const x = tokens[k];
      if (!isWord(x) || ctx.lex.grammar.phraseBreaks.has(x.lower) || ctx.lex.grammar.auxiliaries.has(x.lower) || /^\d+$/.test(x.text)) break;
      const person = isPersonHead(tokens, k, v) || isActor(x, v);
      if (person) head = k;
      else if (/^[a-z]/.test(x.text) && isVerb(x.lower) && head >= 0) break;
      // "a fertiliser depot", "a printer factory": a person-like word that only modifies the noun after it.
      else if (head === k - 1 && /^[a-z]/.test(x.text) && hasTag(x.lower, 'Noun')) head = -1;
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
  while (k < tokens.length && k - start < MAX_NAME && CAPITALISED.test(tokens[k].text) && !ctx.lex.grammar.phraseBreaks.has(tokens[k].lower) && !ctx.lex.demonyms.has(tokens[k].lower)) k++;
  if (k === start) return null;
  if (!titled && !isNameStart(tokens[start].lower)) return null;
  return { first: j, last: k - 1, inner: j, kind: 'name', head: '', names: tokens.slice(start, k).map((x) => x.text), headLast: k - 1 };
}

/** The persons after an active verb at token i, joined by "and" or list commas: "a man and his son". */
export function objectsAfter(ctx: FrameContext, j: number): Conjunct[] {
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

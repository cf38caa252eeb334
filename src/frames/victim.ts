import type { Category } from '../schema.js';
import type { Frame, QuantityMention, Token } from '../pipeline/types.js';
import { isClauseBreak, matchAt, type FrameContext, type VictimWords } from './context.js';
import { subjectOf } from './subject.js';
import { namedBefore, type VictimMemory } from './victim-memory.js';
import { outsideEvent } from './victim-outside.js';
import { objectsAfter, subjectBefore, type Conjunct } from './victim-person.js';
import {
  CAPITALISED, INDEFINITE, MAX_AFTER, MAX_AUX, NEGATION, isPersonHead, isWord,
} from './victim-words.js';

export { victimMemory, rememberVictims, type VictimMemory } from './victim-memory.js';
export { settleCounts } from './victim-settle.js';

/**
 * One victim named or described without a numeral, with a loss of its own: "a 34-year-old man was shot dead",
 * "officer Jane Roe was fatally stabbed", "the driver died", "Girl, 7, dies after ...". A claim of 1, or of n for
 * n conjoined victims ("a man and a woman were found dead"), with `quantity.stated` false. Read backwards from
 * each victim predicate of the sentence: the words between (auxiliaries, "fatally"), then the person before them.
 */

/** Whether a sentence holds a word of a victim predicate: a look-up a token, cheaper than a pattern over the text. */
export function mayHaveVictim(sentence: { tokens: Token[] }, v: VictimWords): boolean {
  for (const t of sentence.tokens) if (v.cue.has(t.lower)) return true;
  return false;
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
    if (!ctx.lex.grammar.auxiliaries.has(w) && !v.auxiliaries.has(w)) break;
    if (ctx.lex.grammar.passiveBe.has(w)) passive = true;
  }
  return { e: j, passive, fatal };
}

/** A death after the wound, in the same clause: "was shot in the leg and taken to hospital, where he died". */
function diesAfter(ctx: FrameContext, from: number): boolean {
  const { tokens } = ctx;
  const v = ctx.lex.victims;
  for (let k = from; k < tokens.length && k - from < MAX_AFTER; k++) {
    const t = tokens[k];
    if (t.text === ';' || isClauseBreak(t, ctx.lex) && t.lower !== 'but' || ctx.mentionAt[k] >= 0 && !ctx.mentions[ctx.mentionAt[k]].weak) return false;
    if ((INDEFINITE.has(t.lower) || ctx.lex.grammar.definites.has(t.lower)) && isPersonHead(tokens, k + 1, v)) return false;
    const p = matchAt(v.predicates, tokens, k);
    if (p?.value === 'killed') return true;
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
    else if (!isWord(tokens[k]) || ctx.lex.grammar.phraseBreaks.has(w) && w !== 'no' || ctx.lex.grammar.auxiliaries.has(w)) return null;
  }
  return null;
}

/**
 * The sentence's frames with its single victims added: each victim predicate's subject, when it is people
 * without a numeral and not named before; conjoined ones as one count ("a man and a woman" → 2), stated
 * counts in the same list left as their own claims ("a teacher, his three pupils and a driver": 1, 3, 1).
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
    if (verb && !ctx.lex.grammar.passiveBe.has(tokens[i - 1]?.lower ?? '')) {
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
    // "who helped bury the dead", "carried the wounded": a state after "the" is a noun, no one's predicate.
    if (ctx.lex.grammar.definites.has(tokens[i - 1]?.lower ?? '')) continue;
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
    if (!aux.passive && v.activeVerbs.has(tokens[at].lower) && next && (ctx.lex.grammar.objectStarts.has(next.lower) || CAPITALISED.test(next.text) || ctx.mentionAt[p.last + 1] >= 0)) continue;
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

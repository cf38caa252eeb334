import type { Frame, QuantityMention } from '../pipeline/types.js';
import { isNameStart } from '../pipeline/pos.js';
import { hasTag, matchAt, type FrameContext } from './context.js';
import type { VictimMemory } from './victim-memory.js';
import { outsideEvent } from './victim-outside.js';
import { CAPITALISED, MAX_NAME, isActor, isPersonHead, singular } from './victim-words.js';

/** The count frames of a sentence, settled before its victims are read: ages, counts read from "a", not losses. */

/** A name ending at token e: capitalised words with a given name or a title among or before them ("Jane Roe", "Officer Roe"). */
function isNameBefore(ctx: FrameContext, e: number): boolean {
  const { tokens } = ctx;
  let k = e;
  let given = false;
  while (k >= 0 && e - k < MAX_NAME && CAPITALISED.test(tokens[k].text) && !ctx.lex.grammar.phraseBreaks.has(tokens[k].lower)) {
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
    && !!after && (ctx.lex.grammar.auxiliaries.has(after.lower) || matchAt(ctx.lex.victims.predicates, tokens, m.last + 2) !== null);
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
        while (j < tokens.length && ctx.lex.grammar.auxiliaries.has(tokens[j].lower)) j++;
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

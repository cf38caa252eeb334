import type { Frame } from '../pipeline/types.js';
import type { FrameContext } from './context.js';
import type { Conjunct } from './victim-person.js';
import { CAPITALISED, MAX_SURNAME_TRIES, singular } from './victim-words.js';

/** What a document has counted, victim by victim: one event, one count. */

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

export function victimMemory(text = '', year: () => number | null = () => null): VictimMemory {
  let known: number | null | undefined;
  return { any: false, heads: new Set(), names: new Set(), text, year: () => (known === undefined ? (known = year()) : known) };
}

/** The same person named again: "the victim", "the man" after "a man", "Smith" after "John Smith" was counted. */
export function namedBefore(ctx: FrameContext, c: Conjunct, memory: VictimMemory): boolean {
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

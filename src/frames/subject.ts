import type { Category, Subject } from '../schema.js';
import { isClauseBreak, isVerb, type FrameContext } from './context.js';

const NP_MAX = 7;
const DATE_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The last token of a citation mark right after token i ("[8]", "[nb 3]"), or i when there is none. */
export function afterCitation(tokens: FrameContext['tokens'], i: number): number {
  if (tokens[i + 1]?.text !== '[') return i;
  for (let j = i + 2; j < tokens.length && j <= i + 4; j++) if (tokens[j].text === ']') return j;
  return i;
}

/** The noun phrase right after a count: "Chadian soldiers", "BMP-2 vehicles", "officers of the Border Police". */
export function nounPhraseAfter(ctx: FrameContext, last: number): [number, number] {
  const { tokens } = ctx;
  const { phraseStops, ofFollowers } = ctx.lex.grammar;
  // "212 [8] tanks", "54,000 men[3]": a citation mark between the count and its noun.
  last = afterCitation(tokens, last);
  let j = last + 1;
  let end = last;
  const limit = Math.min(tokens.length, last + 1 + NP_MAX);
  for (; j < limit; j++) {
    const t = tokens[j];
    if (ctx.mentionAt[j] >= 0 || isClauseBreak(t, ctx.lex) || !/^\p{L}/u.test(t.text) || DATE_WORD.test(t.lower)) break;
    if (t.lower === 'of' && ofFollowers.has(tokens[j + 1]?.lower ?? '') === false && j === last + 1) break;
    if (phraseStops.has(t.lower) && !(t.lower === 'the' && tokens[j - 1]?.lower === 'of')) break;
    if (ctx.lex.grammar.auxiliaries.has(t.lower) && !/^(further|more|other)$/.test(t.lower)) break;
    // A verb ends the phrase ("58 saying there were ..."), unless the lexicon knows the word as a noun.
    if (j > last + 1 && isVerb(t.lower) && !ctx.lex.people.has(t.lower) && !ctx.lex.equipment.has(t.lower)) break;
    end = j;
  }
  while (end > last && /^(of|the)$/.test(tokens[end].lower)) end--;
  return [last + 1, end];
}

const PEOPLE_CATEGORIES = new Set<Category>(['killed', 'wounded', 'missing', 'displaced', 'casualties', 'captured']);

/** What is counted, from the noun phrase's words; its kind from the head nouns, else from the category. */
export function subjectOf(ctx: FrameContext, first: number, last: number, category: Category, unit: string | null): Subject {
  const { tokens } = ctx;
  // "one more civilian", "11 other vehicles": the counted thing is the noun, not "more".
  while (first <= last && /^(more|other|further|additional|of)$/.test(tokens[first].lower)) first++;
  const words = first <= last ? tokens.slice(first, last + 1) : [];
  const text = words.length ? ctx.sentence.text.slice(words[0].start - ctx.sentence.start, words[words.length - 1].end - ctx.sentence.start) : '';
  if (unit || category === 'economic_loss') return { text, kind: 'money' };
  const isEquipment = (w: { lower: string } | undefined) => !!w && (ctx.lex.equipment.has(w.lower) || ctx.lex.equipment.has(w.lower.replace(/s$/, '')));
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (isEquipment(w)) return { text, kind: 'equipment' };
    // "personnel carriers", "troop transports": people named only to say what the machine carries.
    if (ctx.lex.people.has(w.lower)) return { text, kind: isEquipment(words[k + 1]) ? 'equipment' : 'people' };
    if (ctx.lex.structures.has(w.lower)) return { text, kind: 'other' };
  }
  if (/^\p{Lu}+-?\d/u.test(words[0]?.text ?? '')) return { text, kind: 'equipment' };
  return { text, kind: PEOPLE_CATEGORIES.has(category) ? 'people' : category === 'destroyed' || category === 'damaged' || category === 'downed' ? 'equipment' : 'other' };
}

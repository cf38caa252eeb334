import { compileLexicon, type CompiledLexicon } from '../lexicon/compile.js';
import { defaultLexicon, type Lexicon } from '../lexicon/index.js';
import type { PartyIndex } from '../pipeline/parties.js';
import type { Claim } from '../schema.js';
import { SummaryBuilder, idOf, type FigureDraft, type Placement } from './build.js';
import { acronymsIn, claimantKey } from './claimant-key.js';
import { countedThing, fallbackCounted, type CountedWords } from './counted.js';
import { checkedOptions, documentsOf, type Doc, type SummarizeInput } from './input.js';
import { findLists, sumOf } from './lists.js';
import { findParts, sameSentence } from './parts.js';
import type { SummarizeOptions, SummaryGroup } from './schema.js';

/** Reads "Bolivians" and "Sudanese" as people of a country, from the lexicon's compiled party index. */
const partyWords = (parties: PartyIndex) => (word: string) => {
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  for (const w of [cap, cap.replace(/s$/, ''), cap.replace(/es$/, '')]) if (parties.get(w)?.some((e) => e.words.length === 1)) return true;
  return false;
};

function periodOf(c: Claim, period: SummarizeOptions['period']): string | null {
  if (!period || !c.date || !/^\d{4}/.test(c.date.value)) return null;
  return period === 'year' ? c.date.value.slice(0, 4) : c.date.value.slice(0, 7);
}

/** Canonical claimant keys, with the acronyms every document spells out (read once per sentence). */
function claimantKeys(docs: Doc[], parties: PartyIndex, grammar: CompiledLexicon['grammar']): (name: string) => string {
  const acronyms = new Map<string, string>();
  for (const d of docs) {
    d.claims.forEach((c, k) => {
      if (k === 0 || !sameSentence(d.claims[k - 1], c)) acronymsIn(c.evidence.text, acronyms, grammar);
    });
  }
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = claimantKey(name, acronyms, parties, grammar)));
    return key;
  };
}

/**
 * Each claim's counted thing. A bare count takes the head of the figure before it in its sentence when that one
 * tells another loss ("40 soldiers were killed and 12 wounded"); a bare count alone of its loss in its sentence
 * takes the head of the last such figure in an earlier sentence ("... the toll reached 52"); a bare count in a
 * list of one loss is another, unnamed thing.
 */
function countedOf(claims: readonly Claim[], isParty: (w: string) => boolean, cache: Map<string, string | null>, words: CountedWords): string[] {
  const counted: string[] = [];
  const earlier = new Map<string, string>();
  const keyOf = (c: Claim) => `${c.category}|${c.subject.kind}`;
  const inSentence = new Map<string, number>();
  for (let start = 0, end = 0; start < claims.length; start = end) {
    end = start + 1;
    while (end < claims.length && sameSentence(claims[end - 1], claims[end])) end++;
    inSentence.clear();
    if (end - start > 1) for (let k = start; k < end; k++) inSentence.set(keyOf(claims[k]), (inSentence.get(keyOf(claims[k])) ?? 0) + 1);
    for (let k = start; k < end; k++) {
      const c = claims[k];
      const p = k > start ? claims[k - 1] : undefined;
      const before = p && p.category !== c.category && p.subject.kind === c.subject.kind ? counted[k - 1] : undefined;
      const update = end - start === 1 || inSentence.get(keyOf(c)) === 1 ? earlier.get(keyOf(c)) : undefined;
      counted.push(countedThing(c, before ?? update ?? null, isParty, cache, words));
    }
    for (let k = start; k < end; k++) earlier.set(keyOf(claims[k]), counted[k]);
  }
  return counted;
}

/**
 * Puts one event's figures side by side. Figures compete only when they count the same thing: the same
 * document (or event, or everything with `groupBy: 'all'`), side, category and counted head ("soldiers",
 * "civilians", "tanks", "internally displaced"), and period when asked. Parts of a total are listed under it,
 * claimants are matched as entities so that a later figure supersedes an earlier one, and low/best/high are
 * read by a convention. Every claim sits in exactly one group. Linear in the claims (n log n for sorting).
 *
 * Input: the claims of one document, claims carrying `doc` (and `event`) as the command line writes them, or
 * documents `{ doc, event?, claims }`. A TypeError for other input, a RangeError for a bad option.
 */
export function summarize(input: SummarizeInput, options?: SummarizeOptions & { lexicon?: Lexicon }): SummaryGroup[] {
  const o = checkedOptions(options);
  const docs = documentsOf(input, o.groupBy);
  const lex = compileLexicon(o.lexicon ?? defaultLexicon);
  const parties = lex.parties;
  const isParty = partyWords(parties);
  const keyOf = claimantKeys(docs, parties, lex.grammar);
  const build = new SummaryBuilder(lex.updates);
  const subjects = new Map<string, string | null>();
  const scopes = new Map<string | null, number>();
  let order = 0;
  let sentence = 0;
  for (const d of docs) {
    if (!scopes.has(d.scope)) scopes.set(d.scope, scopes.size);
    const claims = d.claims;
    const counted = countedOf(claims, isParty, subjects, lex.counted);
    const partOf = findParts(claims, counted, lex.parts);
    // A bare total ("... 41 in all") counts its parts together, not the thing of the figure before it.
    for (const t of partOf) if (t >= 0 && !claims[t].subject.text.trim()) counted[t] = fallbackCounted(claims[t].subject.kind);
    const placements = claims.map((c, k): Placement | null => {
      if (partOf[k] >= 0) return null;
      const side = c.side?.name ?? null;
      const period = periodOf(c, o.period);
      const id = idOf(d.scope, side, c.category, c.subject.kind, counted[k], period);
      return { id, scope: d.scope, scopeOrder: scopes.get(d.scope)!, side, category: c.category, kind: c.subject.kind, counted: counted[k], period };
    });
    const claimants = claims.map((c) => (c.claimant ? keyOf(c.claimant.name) : null));
    const lists = findLists(claims, placements.map((p) => p?.id ?? null), claimants);
    const sentenceOf = claims.map((c, k) => (k > 0 && !sameSentence(claims[k - 1], c) ? ++sentence : sentence));
    const figureOf: FigureDraft[] = [];
    for (let k = 0; k < claims.length; k++) {
      const at = placements[k];
      if (!at || figureOf[k]) continue;
      const list = lists.get(k);
      if (list) {
        // A list with no stated total: one figure, the sum of its items, which are its parts.
        const items = list.map((i) => claims[i]);
        const f = build.figure(at, claimants[k], sumOf(items), claims[k], true);
        for (const i of list) {
          build.stated(f, claims[i], d.doc, order + i, sentenceOf[i], false);
          build.part(f, claims[i], counted[i]);
          figureOf[i] = f;
        }
        f.figure.subject = items.map((c) => c.subject.text).filter(Boolean).join(', ');
        continue;
      }
      const f = build.figure(at, claimants[k], claims[k].quantity, claims[k], false);
      build.stated(f, claims[k], d.doc, order + k, sentenceOf[k], true);
      figureOf[k] = f;
    }
    claims.forEach((c, k) => {
      if (partOf[k] >= 0) build.part(figureOf[partOf[k]], c, counted[k]);
    });
    order += claims.length;
    sentence++;
  }
  return build.finish(o.convention);
}

import type { Side } from '../../schema.js';
import type { PartyMention } from '../parties.js';
import type { Frame, Sentence } from '../types.js';
import type { SideWords } from './lexicon.js';
import { isDestination } from './displaced.js';


export const stated = (p: PartyMention): Side => ({ name: p.name, text: p.text, basis: 'stated' });

/**
 * A party in the counted noun phrase ("Malian soldiers"), or people counted in a named country ("6,000 in
 * Syria", "among Chadian troops", "12 of 40 Iranian drones").
 */
export function npSide(f: Frame, all: PartyMention[], words: SideWords): Side | null {
  const t = f.sentence.tokens;
  // Only the parties from the counted phrase on, and a few words past it (parties come in text order, so a long
  // list of parties in one sentence is searched, not scanned, once a figure).
  const end = Math.max(f.subjectLast, f.mention.last);
  // (Not the country people fled to: "20,000 fled into neighbouring Chad".)
  const parties = partiesWithin(all, Math.min(f.subjectFirst, end + 1), end + 6).filter((x) => !isDestination(t, x, words));
  // Not a party that labels the next count of the row: "7 wounded Pakistan 1 killed".
  const p = parties.find((x) => x.first >= f.subjectFirst && x.first <= f.subjectLast && !/^\d/.test(t[x.last + 1]?.text ?? ''));
  if (p) return stated(p);
  // "N of M Iranian drones", "the toll among Sudanese refugees": a party right after "of"/"among" + number.
  const after = parties.find((x) => x.first > end && x.first <= end + 4 && x.kind !== undefined &&
    t.slice(end + 1, x.first).every((w) => words.countGap.test(w.lower)) &&
    t.slice(end + 1, x.first).some((w) => w.lower === 'of' || w.lower === 'among') && x.role !== 'capital');
  if (after) return stated(after);
  // "59 dead on the Kyrgyz side", "40 injured on the Armenian side": the side the count is said to be on.
  const onSide = parties.find((x) => x.first > end && x.first <= end + 6 && t[x.last + 1]?.lower === 'side' &&
    t[x.first - 1]?.lower === 'the' && t[x.first - 2]?.lower === 'on' && t.slice(end + 1, x.first - 2).every((w) => /^[a-z]/.test(w.text)));
  if (onSide) return stated(onSide);
  // "workers from Japan", "three from the Philippines": people of a named country.
  // "five people were killed in Niger": the verb may stand between, but no comma or clause.
  const inCountry = parties.find((x) => x.role === 'name' && x.first > end && x.first <= end + 5 &&
    t.slice(end + 1, x.first).every((w) => /^[a-z]/.test(w.text)) &&
    (/^(in|from)$/.test(t[x.first - 1]?.lower ?? '') || (t[x.first - 1]?.lower === 'the' && t[x.first - 2]?.lower === 'from')));
  return inCountry && f.subject.kind === 'people' ? stated(inCountry) : null;
}

/** The parties whose first token lies in [from, to], found by binary search (parties are in text order). */
export function partiesWithin(parties: PartyMention[], from: number, to: number): PartyMention[] {
  let lo = 0;
  for (let hi = parties.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (parties[mid].first < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < parties.length && parties[end].first <= to) end++;
  return parties.slice(lo, end);
}

const IMAGE_EXTENSION = /^(?:svg|png|jpe?g|gif)$/i;

/**
 * A party standing right before its count, as a row label does: "Malaysia 1 killed, 7 wounded", "Northland – 40",
 * "U.S. 18 killed". Not a party that is the agent ("by Northland 12") or whose word goes on ("Northland troops 12").
 */
export function rowLabel(f: Frame, parties: PartyMention[], words: SideWords): Side | null {
  const t = f.sentence.tokens;
  const at = f.mention.first;
  // "Canada – 18", "Canada: 18", "Canada (18 deaths)", and in a ranking, "followed by Canada with 18".
  // A flag's file name before the count names the row's party too: "Flag of Chile.svg 40 killed".
  const file = at >= 3 && t[at - 2].text === '.' && IMAGE_EXTENSION.test(t[at - 1].text);
  const p = parties.find((x) => x.last === at - 1 || (x.last === at - 2 && (/^[:–—.(-]$/.test(t[at - 1].text) || t[at - 1].lower === 'with')) || (file && x.last === at - 3));
  if (p && t[p.first - 1]?.lower !== 'by' && p.role !== 'capital') return stated(p);
  // "British wounded in action: 10", "Iraqi aircraft lost: 38": a party inside the label its count follows.
  if (t[at - 1]?.text !== ':') return null;
  let start = at - 2;
  while (start > 0 && start > at - 10 && !/^[:|;]$/.test(t[start - 1].text) && !/\d/.test(t[start - 1].text)) start--;
  // Not a label naming a source: "North Vietnamese claim: 11,900" counts the other side's losses.
  if (t.slice(start, at - 1).some((w) => words.layoutSourceWords.has(w.lower))) return null;
  const inLabel = parties.find((x) => x.first >= start && x.last < at - 1 && x.role !== 'capital' && t[x.first - 1]?.lower !== 'by');
  return inLabel ? stated(inLabel) : null;
}

/** "the death toll among Nepali workers rose to 12": the party of the phrase the count is said of. */
export function tollOf(f: Frame, parties: PartyMention[]): Side | null {
  const t = f.sentence.tokens;
  // Parties come in text order: none after the first one ending at the count can stand before it.
  for (const p of parties) {
    if (p.last >= f.mention.first) break;
    if (p.last < f.mention.first - 12) continue;
    let among = false;
    let loss = false;
    for (let j = Math.max(0, p.first - 4); j < p.first; j++) {
      if (t[j].lower === 'among') among = true;
      else if (/^(toll|deaths|casualties|losses)$/.test(t[j].lower)) loss = true;
    }
    if (among && loss) return stated(p);
  }
  return null;
}

/** The party that lost something, named right before the cue: "Chad lost 40", "Yemeni losses at". */
export function possessor(s: Sentence, f: Frame, parties: PartyMention[], words: SideWords): PartyMention | null {
  const m = f.mention;
  // (A party owning a loss noun, "Chile's losses during the long siege of the port came to", may stand further back.)
  const ownsLossNoun = (p: PartyMention) => /['’]s?$/.test(s.tokens[p.last].text) && words.lossNouns.has(s.tokens[p.last + 1]?.lower ?? '') &&
    !s.tokens.slice(p.last + 1, m.first).some((t) => /^[,;:]$/.test(t.text));
  const near = parties.filter((p) => p.last < m.first && (p.last >= m.first - 6 || (p.last >= m.first - 12 && ownsLossNoun(p))));
  for (const p of near.reverse()) {
    // "The French army in Algeria lost 300 men", "... in North China suffered": a party after "in", "at" or "near"
    // (and a direction) is where, not who.
    let before = p.first - 1;
    while (before > 0 && words.directions.has(s.tokens[before].lower)) before--;
    if (words.placeLocatives.has(s.tokens[before]?.lower ?? '') && near.some((q) => q.last < before)) continue;
    // "the Ottoman army besieging Vienna lost": the object of a participle is not who lost.
    if (/^\p{Ll}{3,}ing$/u.test(s.tokens[p.first - 1]?.text ?? '') && near.some((q) => q.last < p.first - 1)) continue;
    const after = s.tokens[p.last + 1]?.lower ?? '';
    const verb = s.tokens.slice(p.last + 1, m.first).map((t) => t.lower);
    if (words.lossNouns.has(after) || /['’]s$/.test(s.tokens[p.last].text) && verb.some((w) => words.lossNouns.has(w))) return p;
    // (Not the speaker of a clause the verb stands in: "the Allies assert that the enemy lost 800 men".)
    if (verb.some((w) => /^(lost|lose|loses|losing|suffered)$/.test(w)) && !verb.includes(',') && !verb.includes('that')) return p;
    // "The Allies had 250,000 casualties": a possessive verb with a loss noun counted.
    const counted = s.tokens.slice(m.last + 1, m.last + 3).map((t) => t.lower);
    if (verb.some((w) => /^(had|has|have|suffering)$/.test(w)) && !verb.includes(',') && counted.some((w) => words.lossNouns.has(w) || /^(killed|wounded)$/.test(w))) return p;
  }
  return null;
}

/**
 * "The militia said only 7 of its men were killed": "its"/"their" in the counted phrase points to the party
 * the sentence named before it, unless that party is named as an attacker.
 */
export function possessivePronoun(f: Frame, parties: PartyMention[], isAgent: (p: PartyMention) => boolean): Side | null {
  const t = f.sentence.tokens;
  const from = Math.max(0, f.mention.first - 2);
  const to = Math.max(f.subjectLast, f.mention.last);
  let at = -1;
  for (let i = from; i <= to; i++) if (/^(its|their)$/.test(t[i].lower)) { at = i; break; }
  if (at < 0) return null;
  let owner: PartyMention | null = null;
  for (const p of parties) if (p.last < at && !isAgent(p)) owner = p;
  return owner ? stated(owner) : null;
}

/**
 * "The Pakistani army said five soldiers were killed", "Kenyan police said two officers died": a state's forces with
 * no party of their own, counted by a body of that state, are its own. Not when the body did the killing ("said it
 * had killed 30 soldiers": those are the other side's).
 */
export function reporterParty(f: Frame, parties: PartyMention[], words: SideWords, institutionOnly = false): Side | null {
  const t = f.sentence.tokens;
  if (/transitive/.test(f.rule)) return null;
  // People of no party: only a state's institution ("the Armenian Security Council reported") counts its own, and
  // only when the sentence names no other party.
  if (institutionOnly && parties.length !== 1) return null;
  for (const p of parties) {
    if (p.last >= f.mention.first) break;
    if (institutionOnly && (p.kind !== 'state' || !(p.role === 'demonym' || /['’]s$/.test(t[p.last].text)) || !/^\p{Lu}/u.test(t[p.last + 1]?.text ?? ''))) continue;
    let v = p.last + 1;
    while (v < p.last + 5 && v < f.mention.first && /^\p{Ll}+$/u.test(t[v].text) && !words.reportingVerbs.has(t[v].lower)) v++;
    if (v < f.mention.first && words.reportingVerbs.has(t[v].lower) && (v > p.last + 1 || /['’]s$/.test(t[p.last].text))) return stated(p);
  }
  return null;
}

/** "About 200 of them", "four of its ships", "most of their men": a part of the party the sentence before opened with. */
export function partOfThem(f: Frame, before: PartyMention | null | undefined, previous: Sentence | undefined, s: Sentence): Side | null {
  if (!before || !previous || previous.paragraph !== s.paragraph) return null;
  const t = s.tokens;
  const of = t[f.mention.last + 1]?.lower === 'of' ? f.mention.last + 1 : -1;
  if (of < 0 || !/^(them|its|their)$/.test(t[of + 1]?.lower ?? '')) return null;
  return { name: before.name, text: before.text, basis: 'context' };
}

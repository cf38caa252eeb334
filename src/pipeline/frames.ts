import type { Category } from '../schema.js';
import { frameContext, type CompiledLexicon, type Cue, type FrameContext } from '../frames/context.js';
import { includedCue, partOpenerCue, withCue } from '../frames/included.js';
import { labelEnd, rowCue, type Block } from '../frames/block.js';
import { infoboxCue } from '../frames/infobox.js';
import { labelCue, noLossLabel } from '../frames/labels.js';
import { breakdownCue } from '../frames/breakdown.js';
import { namesPlace, shareCue } from '../frames/shares.js';
import { citationCue } from '../frames/citations.js';
import { continuesList, isWholeOfPart } from '../frames/lists.js';
import { moneyCue } from '../frames/money.js';
import { nominalCue } from '../frames/nominal.js';
import { isNotLoss } from '../frames/notloss.js';
import { partitiveCue } from '../frames/partitive.js';
import { fateCue } from '../frames/fate.js';
import { partiesOfEach } from '../frames/each.js';
import { introCue } from '../frames/intro.js';
import { ownCue } from '../frames/predicate.js';
import { afterCitation, nounPhraseAfter, subjectOf } from '../frames/subject.js';
import { comparisonCue, tallyCue } from '../frames/tally.js';
import { transitiveCue } from '../frames/transitive.js';
import { mayHaveVictim, rememberVictims, settleCounts, victimFrames, victimMemory, type VictimMemory } from '../frames/victim.js';
import { findQuantities } from './quantities.js';
import type { Frame, Sentence } from './types.js';

/** The phrase's head (its last noun before "of") is a known person or piece of equipment. */
function hasKnownNoun(ctx: FrameContext, first: number, last: number): boolean {
  let head = last;
  for (let i = first; i <= last; i++) if (ctx.tokens[i].lower === 'of') { head = i - 1; break; }
  const w = ctx.tokens[head]?.lower ?? '';
  // "a Ukrainian shopping centre", "a Syrian fishing boat": a demonym before a noun compound is its adjective.
  const next = ctx.tokens[head + 1];
  const adjective = ctx.lex.demonyms.has(w) && !!next && /^[a-z]+ing$/.test(next.text) && /^[a-z]+$/.test(ctx.tokens[head + 2]?.text ?? '');
  return head >= first && !adjective && (ctx.lex.people.has(w) || ctx.lex.demonyms.has(w) || ctx.lex.equipment.has(w) || ctx.lex.equipment.has(w.replace(/s$/, '')));
}

/** Whether a phrase names people ("a soldier", "a Peruvian"), not a thing ("a fertiliser depot"). */
function hasPersonNoun(ctx: FrameContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = ctx.tokens[i].lower;
    if (ctx.lex.people.has(w) || ctx.lex.demonyms.has(w)) return true;
  }
  return false;
}

/** Whether a cue's words are a general word of loss ("lost", "losses"), which says nothing of what befell them. */
function generalLoss(ctx: FrameContext, cue: Cue): boolean {
  for (let i = Math.max(0, cue.first); i <= cue.last && i < ctx.tokens.length; i++) if (ctx.lex.figures.generalLossWords.has(ctx.tokens[i].lower)) return true;
  return false;
}

/**
 * Gapping: a list of things after the clause that said what befell things like them, without a verb of its own:
 * "12 houses and 3 schools were damaged in the north, while 40 houses, 2 bridges and 9 towers in the south".
 * Each such count of a building or a piece of equipment takes the loss of the last frame of its kind before it.
 */
function gapped(ctx: FrameContext, frames: Frame[], skip: Set<number>, groups: number[]): void {
  if (!frames.length) return;
  const framed = new Set(frames.map((f) => f.mention));
  const added: Frame[] = [];
  // One pass in text order: the last frame of damage before each count (frames come in the order of their counts).
  let next = 0;
  let before: Frame | undefined;
  for (let k = 0; k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k];
    for (; next < frames.length && frames[next].mention.last < m.first; next++) {
      if (frames[next].category === 'destroyed' || frames[next].category === 'damaged') before = frames[next];
    }
    // Not where it happened: "in 44 wards and villages".
    if (framed.has(m) || skip.has(k) || m.quantity.unit || m.weak || /^(in|across|at|of|from)$/.test(ctx.tokens[m.first - 1]?.lower ?? '')) continue;
    if (!before || (before.subject.kind !== 'equipment' && before.subject.kind !== 'other')) continue;
    const [npFirst, npLast] = nounPhraseAfter(ctx, m.last);
    const head = ctx.tokens[npLast]?.lower ?? '';
    const noun = head.replace(/s$/, '');
    if (npLast < npFirst || !(ctx.lex.structures.has(head) || ctx.lex.structures.has(noun) || ctx.lex.equipment.has(head) || ctx.lex.equipment.has(noun))) continue;
    const subject = subjectOf(ctx, npFirst, npLast, before.category, null);
    added.push({
      sentence: ctx.sentence, mention: m, category: before.category, subject, subjectFirst: npFirst, subjectLast: npLast,
      span: { start: m.start, end: Math.max(m.end, ctx.tokens[npLast].end) }, rule: 'gapping', group: groups[k],
    });
  }
  if (!added.length) return;
  // One push a frame: a spread of thousands overflows the stack.
  for (const f of added) frames.push(f);
  frames.sort((a, b) => a.mention.start - b.mention.start);
}

/** A named person in apposition is part of the mention: "a veteran Chilean firefighter, Rosa Ibáñez,". */
function withAppositiveName(ctx: FrameContext, end: number): number {
  const { tokens } = ctx;
  if (tokens[end + 1]?.text !== ',') return end;
  let j = end + 2;
  while (j < tokens.length && j < end + 6 && /^\p{Lu}\p{Ll}/u.test(tokens[j].text)) j++;
  const names = j - (end + 2);
  return names >= 2 && (j === tokens.length || /^[,.;]$/.test(tokens[j].text)) ? j - 1 : end;
}

/**
 * Stage 3: claim frames. Each count of a sentence gets its category from its own words, from a cue before it,
 * or from the list it is part of; counts with none are not claims.
 */
export interface FrameState {
  /** Category of the last frame found, for "that number" and "lower than the 8,500". */
  category: Category | null;
  /** Category of the infobox row above, for bare rows under it. */
  infobox: Category | null;
  /** The list or table block open at this line (see frames/block.ts). */
  block?: Block | null;
  /** The block this sentence is a row of, set by `readBlock` before the sentence is read. */
  row?: Block | null;
  /** The people counted so far in the document, so that a victim named again is no second claim. */
  victims?: VictimMemory;
  /** The loss a tolls-by-source list counts ("— 137  Smith. Great Fires."), when the document has one. */
  citations?: Category | null;
}

/** What to read in a sentence: its counts, its single victims; the caller's pre-filter knows, else both are looked for. */
export interface Reading {
  counts: boolean;
  victims: boolean;
}

export function findFrames(sentence: Sentence, lex: CompiledLexicon, previous: FrameState, reading?: Reading): Frame[] {
  const mentions = findQuantities(sentence.tokens, sentence.text, { words: lex });
  const label = previous.infobox;
  previous.infobox = null;
  const counts = reading?.counts ?? true;
  const victims = reading?.victims ?? mayHaveVictim(sentence, lex.victims);
  if ((!mentions.length || !counts) && !victims) return [];
  const ctx = frameContext(sentence, mentions, lex);
  const memory = (previous.victims ??= victimMemory());
  const counted = counts && mentions.length ? settleCounts(ctx, countFrames(ctx, label, previous), memory) : [];
  // Single victims only where a victim predicate stands: other sentences pay for nothing more.
  const frames = victims ? victimFrames(ctx, counted, memory) : counted;
  rememberVictims(ctx, frames, memory);
  return frames;
}

/** Frames of the sentence's counts. */
function countFrames(ctx: FrameContext, label: Category | null, previous: FrameState): Frame[] {
  const { sentence, mentions } = ctx;
  const own: Array<Cue | null> = [];
  const left: Array<Cue | null> = [];
  let last: Category | null = previous.category;
  const rowBlock = previous.row ?? null;
  const labelled = labelEnd(sentence.tokens, ctx.lex) > 0;
  const skip = new Set<number>();
  const fallback: Array<Cue | undefined> = [];
  for (let k = 0; k < mentions.length; k++) {
    own[k] = mentions[k].quantity.unit ? moneyCue(ctx, k) : infoboxCue(ctx, k, label) ?? labelCue(ctx, k) ?? ownCue(ctx, k) ?? partitiveCue(ctx, k) ?? fateCue(ctx, k) ??
      citationCue(ctx, k, previous.citations);
    if (own[k]?.rule === 'infobox') previous.infobox = own[k]!.category;
    left[k] = mentions[k].quantity.unit
      ? null
      : nominalCue(ctx, k) ?? includedCue(ctx, k, last) ?? tallyCue(ctx, k, last) ?? comparisonCue(ctx, k, last) ?? transitiveCue(ctx, k) ??
        partOpenerCue(ctx, k, previous.category) ?? withCue(ctx, k);
    // The parts of the total just before: "70 dead (60 spectators and 10 crew)", "nine died, eight of them men".
    if (!own[k] && !left[k] && k > 0) left[k] = breakdownCue(ctx, k, own[k - 1] ?? left[k - 1]);
    // "killed 23 people on Sunday and injured many": the verb after "and" is the sentence's, not the count's.
    // "killed 26 displaced people": the verb before says what happened; the participle describes them.
    if (own[k]?.rule === 'participle' && left[k]?.rule === 'transitive' && (own[k]!.subjectLast ?? 0) > own[k]!.last
      && !ctx.tokens.slice(left[k]!.last + 1, mentions[k].first).some((t) => /^(and|or|,)$/.test(t.lower)) && ctx.mentionAt[left[k]!.first - 1] < 0) own[k] = null;
    if (own[k]?.rule === 'passive' && left[k]?.rule === 'transitive' && ctx.tokens.slice(mentions[k].last + 1, own[k]!.first).some((t) => t.lower === 'and')) own[k] = null;
    if (!own[k] && noLossLabel(ctx, k)) skip.add(k);
    if (rowBlock || labelled) {
      const r = rowCue(ctx, k, rowBlock, own[k]);
      if (r?.kind === 'skip') skip.add(k);
      else if (r?.kind === 'override') { own[k] = r.cue; left[k] = null; }
      else if (r?.kind === 'fallback' && !mentions[k].quantity.unit) fallback[k] = r.cue;
    }
    last = own[k]?.category ?? left[k]?.category ?? last;
  }
  // "raised the toll from 38 to 61": the figure the count changed from is a count of the same loss.
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const n = mentions[k + 1];
    const to = /^(down|up)$/.test(ctx.tokens[m.last + 1]?.lower ?? '') ? m.last + 2 : m.last + 1;
    if (own[k] || left[k] || ctx.tokens[m.first - 1]?.lower !== 'from' || ctx.tokens[to]?.lower !== 'to' || n.first !== to + 1) continue;
    const cue = own[k + 1] ?? left[k + 1];
    if (cue && !mentions[k].quantity.unit === !n.quantity.unit) left[k] = { ...cue, first: m.first - 1, last: m.first - 1, rule: 'change-from' };
  }
  // "rose to 427 from 349", "is at 90, up from 72": the earlier figure after the new one.
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    const before = mentions[k - 1];
    const from = ctx.tokens[m.first - 1]?.lower === 'from' ? m.first - 1 : -1;
    if (own[k] || left[k] || from < 0 || !(from === before.last + 1 || (from === before.last + 2 && /^(up|down|,)$/.test(ctx.tokens[before.last + 1].lower)))) continue;
    const cue = own[k - 1] ?? left[k - 1];
    if (cue && !m.quantity.unit === !before.quantity.unit) left[k] = { ...cue, first: from, last: from, rule: 'change-from' };
  }
  // "killed 40: 12 in Kano, 9 in Jigawa", "Oaxaca (14), Guerrero (9)": shares of a loss named before them.
  const cues = mentions.map((_, k) => own[k] ?? left[k]);
  for (let k = 0; k < mentions.length; k++) {
    if (cues[k] || skip.has(k)) continue;
    if (namesPlace(ctx, k)) skip.add(k);
    else left[k] = cues[k] = shareCue(ctx, k, cues, previous.category);
  }
  // Lists: one cue before the first count or after the last one speaks for all of them.
  const groups: number[] = [];
  let g = 0;
  for (let k = 0; k < mentions.length; k++) {
    if (k > 0 && !continuesList(ctx, k, own, left)) g++;
    groups[k] = g;
  }
  const membersOf = new Map<number, number[]>();
  groups.forEach((grp, x) => {
    const list = membersOf.get(grp);
    if (list) list.push(x);
    else membersOf.set(grp, [x]);
  });
  // The nearest own cue before each count in its group, in one pass.
  const nearestOwn: Array<Cue | null> = [];
  for (let k = 0, seen: Cue | null = null; k < mentions.length; k++) {
    if (k > 0 && groups[k] !== groups[k - 1]) seen = null;
    nearestOwn[k] = seen;
    if (own[k]) seen = own[k];
  }
  const frames: Frame[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (skip.has(k) || (!own[k] && isWholeOfPart(ctx, k))) continue;
    const members = membersOf.get(groups[k])!;
    const head = members[0];
    const tail = members[members.length - 1];
    const tailOwn = own[tail] && own[tail]!.rule !== 'head-noun' ? own[tail] : null;
    let cue = own[k] ?? left[k];
    // Parts after "including" follow the nearest count before them that says its loss: "9,000 died, including 4,000 from ...".
    const nearest = nearestOwn[k] ?? null;
    if (!cue && !mentions[k].quantity.unit) cue = left[head] ?? tailOwn ?? nearest ?? own[head] ?? members.map((x) => left[x]).find(Boolean) ?? null;
    // "put at $2 billion and $30 million": money after money in one list is the same loss.
    if (!cue && m.quantity.unit && own[head]?.rule === 'money') cue = own[head];
    cue ??= introCue(ctx, k) ?? (k !== head && !m.quantity.unit ? introCue(ctx, head) : null);
    cue ??= fallback[k] ?? null;
    if (!cue) continue;
    if (m.quantity.qualifier === 'vague' && cue !== own[k] && cue !== fallback[k]) continue;
    // "A soldier was killed" counts one; "a" before a loss word of its own ("a killed ...") does not.
    // "A soldier was killed" counts one; "a medic who died", "a bomb attack on buses carrying people evacuated" do not.
    // "members of a family were killed": "a" after "of" is no count of its own.
    if (m.weak && ctx.tokens[m.first - 1]?.lower === 'of' && !cue.rule.endsWith('nominal')) continue;
    // In a list ("Four Swedes and a Peruvian who ... are missing") the last count's verb is the list's.
    // "Two Danes and a Colombian ... are missing": the count before read its verb past this one.
    const coSubject = m.weak && k > 0 && /^(and|or)$/.test(ctx.tokens[m.first - 1]?.lower ?? '') && (own[k - 1]?.last ?? -1) > m.last ? own[k - 1] : null;
    if (coSubject) cue = coSubject;
    const listed = members.length > 1 && k !== head || coSubject !== null;
    if (m.weak && cue === own[k] && !listed && (cue.rule !== 'passive' || cue.first - m.last > 4 || ctx.tokens.slice(m.last + 1, cue.last).some((t) => !/^[\p{L}-]+$/u.test(t.text) || ctx.lex.grammar.countClauseWords.has(t.lower)))) continue;
    const ownSubject = cue === own[k] && cue.subjectFirst !== undefined && cue.rule !== 'tally';
    const [npFirst, npLast] = ownSubject ? [cue.subjectFirst!, cue.subjectLast!] : nounPhraseAfter(ctx, m.last);
    const subject = subjectOf(ctx, npFirst, npLast, cue.category, m.quantity.unit);
    // ("Three more survivors of the fire have died": a verb of loss after the phrase says what befell them.)
    if (isNotLoss(ctx, k, npFirst, npLast, cue === own[k] && cue.first > npLast && cue.first - npLast <= 4 && cue.category === 'killed')) continue;
    // "lost 3,700 men and 50 tanks", "losses include 3,715 personnel and 52 tanks": a word of loss in general says
    // what befell each member by what it counts — people killed or casualties, equipment destroyed.
    const ruleName = cue === own[k] || cue === left[k] ? cue.rule : `list:${cue.rule}`;
    const byKind = subject.kind === 'equipment' ? 'destroyed' : cue.category === 'destroyed' ? 'casualties' : cue.category;
    // "600 killed, 160 tanks": equipment listed after a count of people killed shares the list, not the verb.
    const sharedPeopleWord = !m.weak && subject.kind === 'equipment' && cue !== own[k] && (cue.category === 'killed' || cue.category === 'wounded' || cue.category === 'casualties');
    if (!m.quantity.unit && byKind !== cue.category && (generalLoss(ctx, cue) || sharedPeopleWord)) cue = { ...cue, category: byKind };
    // "a"/"an" count only before a noun known to be a person or a piece of equipment.
    if (m.weak && !hasKnownNoun(ctx, npFirst, npLast)) continue;
    // "a depot near Rouen, France, left 12 workers dead": a thing is no member of a list of people killed.
    if (m.weak && members.length > 1 && (cue.category === 'killed' || cue.category === 'wounded' || cue.category === 'missing') && !hasPersonNoun(ctx, npFirst, npLast)) continue;
    // The mention: the count, its noun phrase and a participle right after it.
    let contiguousEnd = cue.rule === 'participle' ? Math.max(cue.last, npLast) : npFirst === afterCitation(ctx.tokens, m.last) + 1 && npLast >= npFirst ? Math.min(npLast, m.last + 8) : m.last;
    if ((m.quantity.value ?? 0) <= 2) contiguousEnd = withAppositiveName(ctx, contiguousEnd);
    // "three each from Chile and Peru": one claim for each party the count is given for, its span up to that party.
    const partyEnds = partiesOfEach(ctx, m);
    if (partyEnds.length) contiguousEnd = Math.max(contiguousEnd, partyEnds[0]);
    frames.push({
      sentence,
      mention: m,
      category: cue.category,
      subject,
      subjectFirst: npFirst,
      subjectLast: npLast,
      span: { start: m.start, end: Math.max(m.end, sentence.tokens[contiguousEnd]?.end ?? m.end) },
      rule: ruleName,
      group: groups[k],
    });
    for (let c = 1; c < partyEnds.length; c++) frames.push({
      sentence, mention: m, category: cue.category, subject, subjectFirst: npFirst, subjectLast: npLast,
      span: { start: m.start, end: Math.max(m.end, sentence.tokens[partyEnds[c]].end) },
      rule: `each${c}:${cue.rule}`, group: groups[k],
    });
  }
  gapped(ctx, frames, skip, groups);
  // Ellipsis: "destroyed 1,200 homes and damaged another 300" counts homes twice.
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i];
    if (!f.subject.text && f.subject.kind !== 'money' && frames[i - 1].subject.kind !== 'money') f.subject = { text: '', kind: frames[i - 1].subject.kind };
  }
  if (frames.length) previous.category = frames[frames.length - 1].category;
  return frames;
}

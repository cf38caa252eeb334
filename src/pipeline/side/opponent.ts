import type { Side } from '../../schema.js';
import type { PartyMention } from '../parties.js';
import type { Frame, Sentence } from '../types.js';
import type { DocFacts } from './facts.js';
import type { SideWords } from './lexicon.js';

/** A party named as the one doing harm, by its weapon: "by Russian shelling", "in an Israeli strike". */
function byWeapon(s: Sentence, parties: PartyMention[], words: SideWords): PartyMention | null {
  for (const p of parties) {
    const before = s.tokens[p.first - 1]?.lower;
    const before2 = s.tokens[p.first - 2]?.lower;
    const after = s.tokens[p.last + 1]?.lower ?? '';
    if (!words.agentNouns.has(after)) continue;
    if (before === 'by' || before2 === 'by' || before === 'in' || before2 === 'in') return p;
    if (/['’]s$/.test(s.tokens[p.last].text)) return p;
    if (/^(of|from)$/.test(before ?? '') && /^(result|fire|attack)$/.test(before2 ?? '')) return p;
  }
  return null;
}

/**
 * A party as the subject of a harm verb before the count: "Turkish forces destroyed 12 ...", "an Ethiopian strike
 * killed 15". The nearest party before the verb, so "X said Y destroyed" reads Y, never the claimant X.
 */
function bySubject(f: Frame, parties: PartyMention[], words: SideWords): PartyMention | null {
  const t = f.sentence.tokens;
  let verb = -1;
  for (let i = f.mention.first - 1; i >= 0 && i >= f.mention.first - 6; i--) {
    if (words.harmVerbs.has(t[i].lower)) { verb = i; break; }
    if (/^[;:.]$/.test(t[i].text)) break;
  }
  if (verb < 0) return null;
  let agent: PartyMention | null = null;
  // "stormed a hotel in the capital, killing 12": a place the harm happened in is no agent.
  for (const p of parties) if (p.last < verb && p.last >= verb - 6 && !words.harmPlaceWords.has(t[p.first - 1]?.lower ?? '')) agent = p;
  if (!agent) return null;
  // "were killed", "had been destroyed by": passive, so the party before it is the one hurt, not the agent.
  if (t[verb + 1]?.lower === 'by' || t.slice(agent.last + 1, verb).some((w) => words.passiveAuxiliaries.has(w.lower))) return null;
  return agent;
}

/** The other of the two opposed parties, when one of them is named as the agent of the loss. */
export function opponentSide(f: Frame, parties: PartyMention[], facts: DocFacts, words: SideWords, forces = true): Side | null {
  const agent = byWeapon(f.sentence, parties, words) ?? bySubject(f, parties, words);
  if (!agent) return null;
  if (facts.principals.length === 2 && facts.principals.includes(agent.name)) {
    return { name: facts.principals.find((n) => n !== agent.name)!, text: agent.text, basis: 'opponent' };
  }
  // A short text naming one other party ("... in response to Indian shelling", "the war with Argentina"): that one,
  // for forces and equipment; people of no party hit by an army may be its own civilians, and take the place.
  const other = forces ? onlyOtherParty(facts, agent.name) : null;
  return other ? { name: other, text: agent.text, basis: 'opponent' } : null;
}

/** The one party the document names besides `agent`, or null when it names none or several. */
function onlyOtherParty(facts: DocFacts, agent: string): string | null {
  let other: string | null = null;
  for (const ps of facts.parties) {
    for (const p of ps) {
      // Only ever named as where it happened ("French troops in Mali"): a place, not a party.
      if (p.name === agent || p.name === other || !facts.mentions.get(p.name)) continue;
      if (other) return null;
      other = p.name;
    }
  }
  return other;
}

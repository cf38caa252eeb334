import type { Side } from '../schema.js';
import { findParties, type PartyIndex, type PartyMention } from './parties.js';
import type { Doc, Frame, Sentence } from './types.js';

/** Words after a party that make it the one doing harm: "Baku's offensive", "Azerbaijani shelling". */
const AGENT_NOUNS = /^(offensive|attack|attacks|shelling|fire|strike|strikes|airstrike|airstrikes|bombardment|bombing|bombings|forces|troops|army|military|missile|missiles|drone|drones|artillery|infiltrators|aggression|assault|raid|raids|invasion|operation)$/;
/** Nouns after a party that make it the one suffering: "Armenian losses", "Azerbaijan's casualties". */
const LOSS_NOUNS = /^(losses|loss|casualties|casualty|dead|toll|deaths)$/;
/** A sentence that goes on with the report before: opens by pointing back, or names its source by back-reference. */
const CONTINUATION = /^(?:this|these|that|those|it|they|some|another|a further|the (?:figure|figures|toll|dead|list|number)|.*\bthe (?:news )?(?:agency|ministry|monitor|army|military|group|statement) (?:added|said|reported)\b)/i;
const BOTH_SIDES = /\b(both sides|each side|all sides|on either side)\b/i;

const sideOf = (p: PartyMention): Side => ({ name: p.name, text: p.text });

function sentenceParties(s: Sentence, index: PartyIndex): PartyMention[] {
  return findParties(s.tokens, index, 0, s.tokens.length - 1, { text: s.text, offset: s.start });
}

/** The two parties a document names most: the sides of its conflict, for reading "as a result of Baku's offensive". */
function principalParties(perSentence: PartyMention[][]): string[] {
  const counts = new Map<string, number>();
  for (const ps of perSentence) for (const p of ps) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  return [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([n]) => n);
}

/** A party in the sentence named as the one doing harm ("by Azerbaijani shelling", "Baku's offensive"). */
function agentOf(s: Sentence, parties: PartyMention[]): PartyMention | null {
  for (const p of parties) {
    const before = s.tokens[p.first - 1]?.lower;
    const before2 = s.tokens[p.first - 2]?.lower;
    const after = s.tokens[p.last + 1]?.lower ?? '';
    if ((before === 'by' || before2 === 'by') && AGENT_NOUNS.test(after)) return p;
    if (/['’]s$/.test(s.tokens[p.last].text) && AGENT_NOUNS.test(after)) return p;
    if (AGENT_NOUNS.test(after) && /^(of|from)$/.test(before ?? '') && /^(result|fire|attack)$/.test(before2 ?? '')) return p;
  }
  return null;
}

/** The party that lost something, named right before the cue: "Azerbaijan lost 2,906", "Armenian losses at". */
function possessor(s: Sentence, f: Frame, parties: PartyMention[]): PartyMention | null {
  const m = f.mention;
  const near = parties.filter((p) => p.last < m.first && p.last >= m.first - 6);
  for (const p of near.reverse()) {
    const after = s.tokens[p.last + 1]?.lower ?? '';
    const verb = s.tokens.slice(p.last + 1, m.first).map((t) => t.lower);
    if (LOSS_NOUNS.test(after) || /['’]s$/.test(s.tokens[p.last].text) && verb.some((w) => LOSS_NOUNS.test(w))) return p;
    if (verb.some((w) => /^(lost|lose|loses|losing|suffered)$/.test(w)) && !verb.includes(',')) return p;
  }
  return null;
}

function headingSide(s: Sentence, index: PartyIndex): Side | null {
  for (let h = s.headings.length - 1; h >= 0; h--) {
    const heading = s.headings[h];
    // The document title names the war, not a side; a section named for a party is short ("=== Azerbaijani ===").
    if (heading.level < 2 || heading.text.split(/\s+/).length > 3) continue;
    const tokens = heading.text.split(/\s+/).map((w, i) => ({ text: w, lower: w.toLowerCase(), start: i, end: i, i }));
    const p = findParties(tokens, index)[0];
    if (p) return { name: p.name, text: heading.text };
    if (h === s.headings.length - 1 && heading.level > 1 && /third|other|foreign|international/i.test(heading.text)) return null;
  }
  return null;
}

/** People nouns named with a party earlier in the text ("Shia Iraqi cadets"), for a later bare "cadets". */
function namedGroups(doc: Doc, perSentence: PartyMention[][], people: Set<string>): Array<{ sentence: number; noun: string; side: Side }> {
  const out: Array<{ sentence: number; noun: string; side: Side }> = [];
  for (const s of doc.sentences) {
    for (const p of perSentence[s.index]) {
      if (p.role !== 'demonym') continue;
      const noun = s.tokens.slice(p.last + 1, p.last + 4).find((t) => people.has(t.lower));
      if (noun) out.push({ sentence: s.index, noun: noun.lower, side: sideOf(p) });
    }
  }
  return out;
}

/**
 * Stage 4: whose loss each frame counts. In order: a party in the counted noun phrase, in a list sibling's,
 * the party that "lost" or whose "losses" are counted, the section heading, the opponent of a named attacker
 * (in a two-party document), the previous sentence that the text continues. Never the claimant's clause.
 */
export function assignSides(doc: Doc, frames: Frame[], index: PartyIndex, people: Set<string>): Array<Side | null> {
  const perSentence = doc.sentences.map((s) => sentenceParties(s, index));
  const principals = principalParties(perSentence);
  const groups = namedGroups(doc, perSentence, people);
  // Latest side named with each noun so far; frames come in text order, so one pass over the groups suffices.
  const latestByNoun = new Map<string, Side>();
  let nextGroup = 0;
  const groupSide = (f: Frame): Side | null => {
    while (nextGroup < groups.length && groups[nextGroup].sentence <= f.sentence.index) {
      latestByNoun.set(groups[nextGroup].noun, groups[nextGroup].side);
      nextGroup++;
    }
    for (let i = f.subjectLast; i >= f.subjectFirst; i--) {
      const side = latestByNoun.get(f.sentence.tokens[i].lower);
      if (side) return side;
    }
    return null;
  };
  const groupMembers = new Map<string, Frame[]>();
  for (const f of frames) {
    const key = `${f.sentence.index}:${f.group}`;
    const list = groupMembers.get(key);
    if (list) list.push(f);
    else groupMembers.set(key, [f]);
  }
  const sides: Array<Side | null> = [];
  const partiesIn = (s: Sentence) => perSentence[s.index];
  const npSide = (f: Frame): Side | null => {
    const parties = partiesIn(f.sentence);
    const p = parties.find((x) => x.first >= f.subjectFirst && x.first <= f.subjectLast);
    if (p) return sideOf(p);
    // "204 civilian casualties in Ukraine", "6,000 in Syria": people counted in a named country.
    const end = Math.max(f.subjectLast, f.mention.last);
    const t = f.sentence.tokens;
    const inCountry = parties.find((x) => x.role === 'name' && x.first > end && x.first <= end + 3 && t[x.first - 1]?.lower === 'in');
    return inCountry && f.subject.kind === 'people' ? sideOf(inCountry) : null;
  };
  let lastSide: { side: Side | null; sentence: Sentence } | null = null;
  const listSide = new Map<string, Side | null>();
  // Sentence-wide tests run once a sentence, not once a claim: a long sentence may hold thousands of claims.
  const sentenceTest = new Map<string, boolean>();
  const test = (re: RegExp, name: string, s: Sentence) => {
    const key = `${name}:${s.index}`;
    let v = sentenceTest.get(key);
    if (v === undefined) sentenceTest.set(key, (v = re.test(s.text)));
    return v;
  };
  frames.forEach((f, k) => {
    const s = f.sentence;
    // A list shares one side: the first member whose own phrase names it (once a list, not once a member).
    let side = npSide(f);
    if (!side) {
      const key = `${s.index}:${f.group}`;
      if (!listSide.has(key)) listSide.set(key, groupMembers.get(key)!.map(npSide).find(Boolean) ?? null);
      side = listSide.get(key)!;
    }
    if (!side && test(BOTH_SIDES, 'both', s)) side = null;
    else if (!side) {
      const parties = partiesIn(s);
      const owner = possessor(s, f, parties);
      side = owner ? sideOf(owner) : headingSide(s, index);
      if (!side) {
        const agent = agentOf(s, parties);
        const other = agent && principals.length === 2 && principals.includes(agent.name) ? principals.find((n) => n !== agent.name) : null;
        if (other) side = { name: other, text: agent!.text };
      }
      if (!side) side = groupSide(f);
      // The report goes on: the last side named in the same paragraph and section, or in the sentence just
      // before when this one continues it ("This number ...", "..., the news agency added"); infobox rows
      // summarise the article's subject.
      if (!side && lastSide && lastSide.sentence.headings.at(-1) === s.headings.at(-1)) {
        const sameParagraph = lastSide.sentence.paragraph === s.paragraph;
        const continues = lastSide.sentence.index === s.index - 1 && test(CONTINUATION, 'continues', s);
        if (sameParagraph || continues || f.rule === 'infobox') side = lastSide.side;
      }
    }
    sides[k] = side;
    if (side || lastSide?.sentence.index !== s.index) lastSide = { side, sentence: s };
  });
  return sides;
}

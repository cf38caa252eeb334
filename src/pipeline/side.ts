import type { Side } from '../schema.js';
import { MONTHS } from '../lexicon/numbers.js';
import { findParties, type PartyIndex, type PartyMention } from './parties.js';
import type { Doc, Frame, Sentence } from './types.js';
import { groupSides, headingSide } from './side/carry.js';
import { readFacts, type DocFacts } from './side/facts.js';
import type { SideWords } from './side/lexicon.js';
import { isAgentMention } from './side/agent.js';
import { carrierSide } from './side/carrier.js';
import { displacedOrigin } from './side/displaced.js';
import { opponentSide } from './side/opponent.js';
import { layoutSide, numberedFieldSide } from './side/layout.js';
import { roleOf, roleSide, type RoleKind } from './side/role.js';
import { npSide, partiesWithin, partOfThem, possessivePronoun, possessor, reporterParty, rowLabel, stated, tollOf } from './side/stated.js';

function sentenceParties(s: Sentence, index: PartyIndex): PartyMention[] {
  return findParties(s.tokens, index, 0, s.tokens.length - 1, { text: s.text, offset: s.start });
}

/**
 * Stage 4: whose loss each frame counts, with the basis for it. In order: none in a disaster or accident; a
 * party stated in the counted phrase (or a list sibling's, or the party that "lost"); the section heading; the
 * other party of a named attacker; a group named earlier; forces by role; the place named for the event; the
 * sentence the text continues; the country where it happened. Never the claimant's clause.
 */
/** A line that only lists a figure ("tanks - 120 units,"), as rows under an introducing line are. */
const ROW_LINE = /^[^.!?]{0,80}\d[^.!?]{0,40}[,;.]?$/;

/** For each sentence, the sentence that introduces it when it is a row of a list (else itself): one pass, memoised. */
function introSentences(doc: Doc): (s: Sentence) => Sentence {
  const intro: Sentence[] = [];
  return (s) => {
    for (let i = intro.length; i <= s.index; i++) {
      const cur = doc.sentences[i];
      const prev = i > 0 ? intro[i - 1] : cur;
      // A row follows a line that introduces it (ends in a colon) or another row; a sentence after prose is prose.
      const before = doc.sentences[i - 1];
      const introduced = i > 0 && (/:\s*$/.test(before.text) || intro[i - 1] !== before);
      intro[i] = i > 0 && introduced && ROW_LINE.test(cur.text) && cur.paragraph !== before.paragraph ? prev : cur;
    }
    return intro[s.index];
  };
}

/** The party the home country's reports call "the enemy": the other principal, else the party named most besides it. */
function enemyOf(facts: DocFacts): string | null {
  const home = facts.home?.name;
  if (!home) return null;
  if (facts.principals.length === 2 && facts.principals.includes(home)) return facts.principals.find((n) => n !== home) ?? null;
  const counts = new Map<string, number>();
  for (const ps of facts.parties) for (const p of ps) if (p.name !== home) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** "the losses of the enemy", or a row of a list such a line introduces: the enemy's. */
function enemySide(f: Frame, intro: Sentence, enemy: string | null, enemyWord: (s: Sentence) => string | null): Side | null {
  if (!enemy) return null;
  const word = enemyWord(f.sentence) ?? (intro !== f.sentence ? enemyWord(intro) : null);
  return word !== null ? { name: enemy, text: word, basis: 'role' } : null;
}

/**
 * "41 Arabs", "120 Sikhs": people counted by a group's own name, capitalised, that the lexicon knows as no party: that
 * group is the side, and no other member of the list lends it one ("41 Arabs, 28 Britons").
 */
function ownGroup(f: Frame, parties: PartyMention[], people: Set<string>, words: SideWords): Side | null {
  const at = f.mention.last + 1;
  if (f.subject.kind !== 'people' || f.subjectFirst !== at || parties.some((p) => p.first === at)) return null;
  const head = f.sentence.tokens[at];
  // "7 Regents Park", "12 Sisters Road": a word of a longer name (a place's) is no group.
  if (!head || /^\p{Lu}/u.test(f.sentence.tokens[at + 1]?.text ?? '')) return null;
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(head.text) || people.has(head.lower) || people.has(head.lower.slice(0, -1)) || words.lossNouns.has(head.lower)) return null;
  return { name: head.text, text: head.text, basis: 'stated' };
}

/**
 * "26 Tehreek-e-Taliban militants", "650 TPLF fighters", "two Papuan rebels": an armed group's members counted under
 * a capitalised name the lexicon does not know. That name is their side.
 */
/**
 * "the Light Brigade had lost 113 men", "The 5th Hussars suffered 40 casualties", "the Fenians had 12 killed": a body
 * the lexicon does not know, named in capitals as the subject of "lost" or "suffered" right before the count (or of
 * "had" before a count that a loss word follows), is the side.
 */
const LOSER_VERB = /^(?:lost|suffered|had)$/;
function namedLoser(f: Frame, parties: PartyMention[], words: SideWords): Side | null {
  const t = f.sentence.tokens;
  let v = f.mention.first - 1;
  while (v > 0 && v >= f.mention.first - 3 && !LOSER_VERB.test(t[v].lower)) v--;
  if (v <= 0 || !LOSER_VERB.test(t[v].lower)) return null;
  if (t[v].lower === 'had') {
    // "had 12 killed", "had 103 warriors killed": a loss word right after the count or after its people.
    const after = [t[f.mention.last + 1]?.lower ?? '', t[f.mention.last + 2]?.lower ?? ''];
    if (!after.some((w) => words.lossNouns.has(w) || words.lossPredicates.has(w))) return null;
  }
  let end = v - 1;
  if (/^(?:had|has|have)$/.test(t[end]?.lower ?? '')) end--;
  // "the Fenian raiders had 12 killed": a word of role after the body's name is not its name.
  if (end > 0 && /^\p{Ll}/u.test(t[end].text) && (words.armedGroups.has(t[end].lower) || words.stateForces.has(t[end].lower) || words.bystanders.has(t[end].lower))) end--;
  let start = end;
  while (start >= 0 && /^(?:\p{Lu}[\p{L}'’-]*|\d+(?:st|nd|rd|th))$/u.test(t[start].text) && !/^(?:the|a|an)$/i.test(t[start].text)) start--;
  start++;
  // Its own capitals, not the sentence's first word alone ("Rebels lost").
  if (start > end || (start === 0 && end === 0) || parties.some((p) => p.last >= start && p.first <= end)) return null;
  if (start > 0 && !/^(?:the|a)$/i.test(t[start - 1].text)) return null;
  const name = t.slice(start, end + 1).map((x) => x.text).join(' ');
  // "the Enemy had 500 dead", "the Rebels lost 40": a word of role, capitalised, names no body of its own.
  const roleWord = (x: { lower: string }) => words.stateForces.has(x.lower) || words.armedGroups.has(x.lower) || words.bystanders.has(x.lower);
  if (t.slice(start, end + 1).some(roleWord) || words.enemies.test(name)) return null;
  return { name, text: name, basis: 'stated' };
}

/** The names of the parties a sentence names, once a sentence: a sentence of thousands of claims asks for each. */
const namesBySentence = new WeakMap<Sentence, Set<string>>();
function partyNames(s: Sentence, parties: PartyMention[]): Set<string> {
  let names = namesBySentence.get(s);
  if (!names) namesBySentence.set(s, (names = new Set(parties.map((p) => p.name))));
  return names;
}

/**
 * What kind of party a side carried on is: its counted words' role ("rebels", "troops"), else the kind of the
 * party the phrase names ("Thirty Taliban" are an armed group's, whose side no "soldiers" after them share).
 */
function carriedKind(f: Frame, side: Side | null, parties: PartyMention[], words: SideWords): RoleKind {
  const role = roleOf(f, words);
  if (role.word || side?.basis !== 'stated') return role.kind;
  const named = partiesWithin(parties, f.mention.first, Math.max(f.subjectLast, f.mention.last)).find((p) => p.name === side.name);
  return named?.kind === 'armed group' ? 'armed' : role.kind;
}

const CREEDS = /^(?:Islamist|Jihadist|Salafist|Muslim|Christian)s?$/;
function namedForce(f: Frame, parties: PartyMention[], words: SideWords): Side | null {
  if (f.subject.kind !== 'people') return null;
  const t = f.sentence.tokens;
  const first = f.mention.last + 1;
  let head = first;
  while (head <= f.subjectLast && head < first + 4 && /^\p{Lu}[\p{L}-]*$/u.test(t[head].text)) head++;
  if (head === first || head > f.subjectLast || !words.armedGroups.has(t[head].lower)) return null;
  // Not a month, nor a creed that names no group ("29 Islamist militants").
  if (parties.some((p) => p.first >= first && p.first < head) || t.slice(first, head).some((x) => MONTHS.has(x.lower) || CREEDS.test(x.text))) return null;
  const name = t.slice(first, head).map((x) => x.text).join(' ');
  return { name, text: name, basis: 'stated' };
}

/** Where a list's parts begin: the first member a part cue ("including", "of whom") stands before, or -1. Memoised per list. */
const partsCut = new WeakMap<Frame[], number>();
function partsFrom(members: Frame[], words: SideWords): number {
  let cut = partsCut.get(members);
  if (cut === undefined) {
    cut = members.findIndex((g, n) => {
      if (n === 0) return false;
      const t = g.sentence.tokens;
      const between = g.sentence.text.slice(t[members[n - 1].mention.last].end - g.sentence.start, t[g.mention.first].start - g.sentence.start);
      return words.partCue.test(between);
    });
    partsCut.set(members, cut);
  }
  return cut;
}

export function assignSides(doc: Doc, frames: Frame[], index: PartyIndex, people: Set<string>, words: SideWords): Array<Side | null> {
  const facts = readFacts(doc, index, words, (s) => sentenceParties(s, index));
  const groupSide = groupSides(doc, facts.parties, people);
  const groupMembers = new Map<string, Frame[]>();
  for (const f of frames) {
    const key = `${f.sentence.index}:${f.group}`;
    const list = groupMembers.get(key);
    if (list) list.push(f);
    else groupMembers.set(key, [f]);
  }
  const partiesIn = (s: Sentence) => facts.parties[s.index];
  const sides: Array<Side | null> = [];
  // (`unlisted`: a group the lexicon does not know, "12 Maoists", whose side no state's forces after them share.)
  let lastSide: { side: Side | null; sentence: Sentence; kind: RoleKind; unlisted?: boolean } | null = null;
  const listSide = new Map<string, { side: Side | null; kind: RoleKind }>();
  const introOf = introSentences(doc);
  const enemy = enemyOf(facts);
  // Sentence-wide tests run once a sentence, not once a claim: a long sentence may hold thousands of claims.
  const bothSides = new Map<number, boolean>();
  const continues = new Map<number, boolean>();
  const once = (cache: Map<number, boolean>, re: RegExp, s: Sentence) => {
    let v = cache.get(s.index);
    if (v === undefined) cache.set(s.index, (v = re.test(s.text)));
    return v;
  };
  const enemyWords = new Map<number, string | null>();
  const enemyWord = (s: Sentence) => {
    let w = enemyWords.get(s.index);
    if (w === undefined) enemyWords.set(s.index, (w = words.enemies.exec(s.text)?.[0] ?? null));
    return w;
  };
  frames.forEach((f, k) => {
    const s = f.sentence;
    const parties = partiesIn(s);
    let side: Side | null = null;
    if (facts.disaster.get(s.paragraph)) {
      sides[k] = null;
      return;
    }
    // "two each from Chile and Peru": the n-th copy of the count is the n-th party's.
    const each = /^each(\d+):/.exec(f.rule);
    const eachParty = each ? parties.filter((p) => p.first > f.mention.last && p.role !== 'capital')[Number(each[1])] : undefined;
    // People who fled are the side of the country they fled, not of the one they reached.
    const fled = f.category === 'displaced' ? displacedOrigin(f, parties, words) : null;
    const own = eachParty ? { name: eachParty.name, text: eachParty.text, basis: 'stated' as const } : ownGroup(f, parties, people, words) ?? npSide(f, parties, words);
    side = fled?.origin ?? (own && fled?.destinations.has(own.name) ? null : own) ?? rowLabel(f, parties, words) ?? namedForce(f, parties, words);
    if (!side) {
      // A list shares one side: the first member whose own phrase names it (once a list, not once a member).
      const members = groupMembers.get(`${s.index}:${f.group}`)!;
      // "killing 39 people, including one Canadian": a part does not lend its side to a total of people named as
      // no party's ("210 troops, including 80 Zimbabweans" still are the Zimbabweans' side).
      const cut = partsFrom(members, words);
      const named = roleOf(f, words);
      const whole = cut > 0 && members.indexOf(f) < cut && named.kind === 'bystander' && named.word !== '';
      const key = `${s.index}:${f.group}${whole ? ':whole' : ''}`;
      if (!listSide.has(key)) {
        const lender = (whole ? members.slice(0, cut) : members).map((g) => ({ g, side: npSide(g, parties, words) ?? rowLabel(g, parties, words) })).find((x) => x.side);
        listSide.set(key, lender ? { side: lender.side, kind: roleOf(lender.g, words).kind } : { side: null, kind: null });
      }
      const shared = listSide.get(key)!;
      side = shared.side;
      // "Five Pakistani soldiers and 21 militants were killed": an armed group's members share no state's side, and
      // "300 Kurdish rebels and 45 government troops" a state's forces no armed group's.
      // Nor are "12 Kurdish fighters and three civilians" civilians of the fighters' group.
      const bystanders = named.kind === 'bystander' && named.word !== '';
      if (side && side.basis === 'stated' && (named.kind === 'armed' || ((named.kind === 'state' || bystanders) && shared.kind === 'armed'))) side = null;
    }
    // "498 Russian troops killed and 1,597 injured": a bare count right after another takes the side of its people.
    if (!side && k > 0 && !f.subject.text && frames[k - 1].sentence === s && sides[k - 1]) {
      const gap = s.tokens.slice(frames[k - 1].mention.last + 1, f.mention.first);
      // Not past a name between them: "Jordan had 600 killed, while the PLO had 1,000 killed".
      if (gap.length <= 6 && gap.some((t) => t.lower === 'and' || t.text === ',') && !gap.some((t) => /^[;:]$/.test(t.text) || (t.i > frames[k - 1].subjectLast && /^\p{Lu}/u.test(t.text)))) side = { ...sides[k - 1]!, basis: 'context' };
    }
    if (!side) side = tollOf(f, parties);
    if (!side) {
      const owner = possessor(s, f, parties, words);
      if (owner) side = stated(owner);
    }
    if (!side) side = namedLoser(f, parties, words);
    if (!side) side = possessivePronoun(f, parties, (p) => isAgentMention(s, p, words));
    // "Rebel fighters crossed the river. About 200 of them were killed": the party the sentence before opened with.
    if (!side && !parties.some((p) => p.last < f.mention.first)) side = partOfThem(f, facts.subject[s.index - 1], doc.sentences[s.index - 1], s);
    // A row of a list, table or infobox: the party its numbered field ("Casualties2:"), its column or its head line names.
    // The row's own label ("USA: 215 killed") comes first, then the field's number, then the column or head line.
    if (!side) {
      const laid = layoutSide(doc.layout[s.index], s, f.mention.first, partiesIn, words, facts.mentions);
      side = laid?.basis === 'stated' ? laid : numberedFieldSide(doc.sentences, s, f.mention.first, partiesIn, words, facts.principals) ?? laid;
    }
    // "the losses of the enemy", and the rows of a list that such a line introduces: the home country's opponent.
    if (!side) side = enemySide(f, introOf(s), enemy, enemyWord);
    if (!side && !once(bothSides, words.allSides, s)) {
      const role = roleOf(f, words);
      // "The Pakistani army said five soldiers were killed": its own.
      if (role.kind === 'state') side = reporterParty(f, parties, words);
      // People of no party take the place where it happened before any attacker's opponent: the victims of a
      // bombing in a market are the country's, whoever set the bomb.
      const recentPlace = facts.recent[s.index];
      const bystanderPlace = role.kind === 'bystander'
        ? facts.places[s.index] ?? (recentPlace && recentPlace.paragraph === s.paragraph ? recentPlace.side : null)
        : null;
      const carried = role.kind === 'bystander' ? carrierSide(f, parties, words) : null;
      side ??= headingSide(s, index) ?? facts.capsHeading[s.index] ?? carried ?? bystanderPlace ?? opponentSide(f, parties, facts, words, role.kind !== 'bystander') ?? groupSide(f) ?? roleSide(f, role.kind, role.word, facts, false);
      // "They had 300 casualties" after a sentence opening with a party: that party's.
      const before = facts.subject[s.index - 1];
      if (!side && before && /^(they|their|its|it)\b/i.test(s.text) && doc.sentences[s.index - 1].paragraph === s.paragraph) side = { name: before.name, text: before.text, basis: 'context' };
      // People of no party: where the sentence, or the paragraph so far, says it happened.
      const recent = facts.recent[s.index];
      if (!side && role.kind === 'bystander' && recent && (recent.paragraph === s.paragraph || recent.paragraph === Infinity)) side = recent.side;
      // The report goes on: the last side named in the same paragraph and section, or in the sentence just
      // before when this one continues it ("This number ...", "..., the agency added"); infobox rows summarise
      // the article's subject. A sentence naming a party or place of its own starts afresh.
      if (!side && lastSide && lastSide.sentence.headings.at(-1) === s.headings.at(-1)) {
        const sameParagraph = lastSide.sentence.paragraph === s.paragraph;
        const goesOn = lastSide.sentence.index === s.index - 1 && once(continues, words.continuation, s);
        // Not an armed group's word to people of no party: "Thirty rebels died, and 12 civilians were wounded".
        const armedWord = (lastSide.side?.basis === 'role' || lastSide.kind === 'armed') && role.kind === 'bystander' && !/^(?:|others?)$/i.test(role.word);
        // Nor one force's party to another's: "500 rebels and 120 federal troops were killed".
        const otherForce = role.word !== '' && (role.kind === 'armed' || role.kind === 'state') && f.subject.kind === 'people' &&
          (((lastSide.kind === 'armed' || lastSide.kind === 'state') && lastSide.kind !== role.kind) || (role.kind === 'state' && !!lastSide.unlisted));
        if ((sameParagraph || goesOn || f.rule === 'infobox') && !armedWord && !otherForce) side = lastSide.side && { ...lastSide.side, basis: lastSide.side.basis === 'stated' ? 'context' : lastSide.side.basis };
      }
      // "The Armenian Security Council reported that 207 were killed": a state's body counts its own people.
      if (!side && role.kind === 'bystander') side = reporterParty(f, parties, words, true);
      if (!side && role.kind === 'bystander' && facts.home) side = facts.home;
      if (!side) side = roleSide(f, role.kind, role.word, facts, true);
      if (!side && role.kind === 'armed' && role.word) side = { name: role.word.toLowerCase(), text: role.word, basis: 'role' };
    }
    sides[k] = side;
    if (side || lastSide?.sentence.index !== s.index) {
      lastSide = { side, sentence: s, kind: carriedKind(f, side, parties, words), unlisted: side?.basis === 'stated' && !partyNames(s, parties).has(side.name) };
    }
  });
  return sides;
}

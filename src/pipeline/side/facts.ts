import { tokenize } from '../tokenize.js';
import type { Side } from '../../schema.js';
import { findParties, type PartyIndex, type PartyMention } from '../parties.js';
import type { Doc, Sentence } from '../types.js';
import type { SideWords } from './lexicon.js';
import { isAgentMention } from './agent.js';
import { isDestination } from './displaced.js';
import { colonPlaceCountry, datelineCountry, namedPlaces, sentencePlace } from './places.js';

/** What the whole document says about its parties and places, read once for every claim. */
export interface DocFacts {
  /** Parties named in each sentence. */
  parties: PartyMention[][];
  /** Where each sentence says it happened, if it does. */
  places: Array<Side | null>;
  /**
   * The last place named at or before each sentence, and the paragraph naming it: a new place ends the last.
   * A place standing alone on its line ("YEMEN") heads the paragraphs after it: its paragraph is Infinity.
   */
  recent: Array<{ side: Side; paragraph: number } | null>;
  /** The party of the last line in capitals naming one ("B: THE CHADIAN ARMY") at or before each sentence. */
  capsHeading: Array<Side | null>;
  /** The party a sentence opens with as its subject ("The Ottoman forces suffered more."), for a following "They". */
  subject: Array<PartyMention | null>;
  /** The two parties the document is about (two opposed sides), or fewer. */
  principals: string[];
  /** How often the document names each party, to weigh parties against each other. */
  mentions: Map<string, number>;
  /** The country where it happened: the dateline's, else the one country the text names far more than others. */
  home: Side | null;
  /** The armed group the text names most ("the rebels" stand for it). */
  armedGroup: PartyMention | null;
  /** Per paragraph: is it about a natural disaster or an accident (no side) rather than violence? */
  disaster: Map<number, boolean>;
}

const count = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

/**
 * Disaster or violence, per paragraph: the paragraph's own words weigh three times the document's, so a
 * roundup of a flood and a bombing reads each paragraph apart, while one rescue "soldier" does not turn a
 * quake report into a war.
 */
function disasterParagraphs(doc: Doc, words: SideWords): Map<number, boolean> {
  const headings = doc.sentences.flatMap((s) => s.headings.map((h) => h.text)).join(' ');
  const headingTokens = headings ? tokenize(headings) : [];
  let docD = words.disasters(headingTokens) + count(words.fires, headings);
  let docV = words.violence(headingTokens);
  const per = new Map<number, [number, number]>();
  for (const s of doc.sentences) {
    const d = words.disasters(s.tokens) + count(words.fires, s.text);
    const v = words.violence(s.tokens);
    const sum = per.get(s.paragraph) ?? [0, 0];
    per.set(s.paragraph, [sum[0] + d, sum[1] + v]);
    docD += d;
    docV += v;
  }
  const out = new Map<number, boolean>();
  for (const [p, [d, v]] of per) out.set(p, docD + 3 * d > docV + 3 * v);
  return out;
}

/** The first sentences of the first paragraphs, where a place line opens a story. */
const firstParagraphs = (doc: Doc) => doc.sentences.filter((s) => s.indexInParagraph === 0 && s.paragraph < 4).map((s) => s.text);

/** Mentions of each party across the document, by name. */
/**
 * In how many sentences the document names each party as a party: not as a place ("fighting in Afghanistan",
 * `placePrepositions`), and
 * once a line however often it repeats there (a flag's name beside the party's: "Denmark Denmark").
 */
function partyWeights(doc: Doc, parties: PartyMention[][], words: SideWords): Map<string, number> {
  const out = new Map<string, number>();
  parties.forEach((list, k) => {
    const named = new Set(list.filter((m) => !words.placePrepositions.has(doc.sentences[k].tokens[m.first - 1]?.lower ?? '')).map((m) => m.name));
    for (const name of named) out.set(name, (out.get(name) ?? 0) + 1);
  });
  return out;
}

function tally(mentions: PartyMention[][], keep: (m: PartyMention) => boolean): Array<[string, number, PartyMention]> {
  const counts = new Map<string, [number, PartyMention]>();
  for (const list of mentions) {
    for (const m of list) {
      if (!keep(m)) continue;
      const c = counts.get(m.name);
      if (c) c[0]++;
      else counts.set(m.name, [1, m]);
    }
  }
  return [...counts.entries()].map(([n, [k, m]]) => [n, k, m] as [string, number, PartyMention]).sort((a, b) => b[1] - a[1]);
}

export function readFacts(doc: Doc, index: PartyIndex, words: SideWords, sentenceParties: (s: Sentence) => PartyMention[]): DocFacts {
  const short = resolveShortNames(doc.sentences.map(sentenceParties));
  const parties = short.parties;
  // Attackers ("Russian shelling") say who did it, not where: they do not make a home country.
  // Nor do neighbours ("along the border with Iran") or where people fled to ("fled into Chad"): the events are elsewhere.
  const neighbour = (s: Sentence, p: PartyMention) => p.first > 0 &&
    (words.neighbourBefore.test(s.text.slice(Math.max(0, s.tokens[p.first].start - s.start - 40), s.tokens[p.first].start - s.start)) || isDestination(s.tokens, p, words));
  const attackers = new Set(doc.sentences.flatMap((s, k) => parties[k].filter((p) => isAgentMention(s, p, words) || neighbour(s, p))));
  const states = tally(parties, (m) => m.kind !== 'armed group' && !attackers.has(m));
  // A gazetteer city of a country the text never names, in a text that names others, is a namesake elsewhere
  // ("Palma" in a report on Mozambique): dropped, so the text's own country stands.
  // Namesakes ("Palma", "Victoria", "Tripoli"): each country's support in the text is 2 if it is named as a state
  // (attackers too: "Ruritanian troops retook the town") plus one for each distinct place of it that the text
  // names. Of places sharing a name, the best-supported country's; a lone place of a country with no other
  // support, in a text that supports another country, is a namesake elsewhere and is dropped.
  const support = new Map<string, number>();
  for (const ps of parties) for (const m of ps) if (m.kind !== 'armed group' && !attackers.has(m)) support.set(m.name, 2);
  const first = doc.sentences.map((s) => {
    const p = sentencePlace(s, index, words);
    const to = p && short.renamed.get(p.side.name);
    return p && to ? { ...p, side: { ...p.side, name: to } } : p;
  });
  const gazetteerPlaces = namedPlaces(doc.sentences, words);
  for (const [country, names] of gazetteerPlaces) support.set(country, (support.get(country) ?? 0) + names.size);
  // Only a country named other than as the attacker makes a place of another country a namesake: "a Ruritanian
  // missile hit Zelk" names Zelk's country by the place alone.
  const named = new Set(parties.flatMap((ps) => ps.filter((m) => m.kind !== 'armed group' && !attackers.has(m)).map((m) => m.name)));
  const strongest = Math.max(0, ...[...support].filter(([c]) => named.has(c) || gazetteerPlaces.has(c)).map(([, n]) => n));
  const known = new Set([...support].filter(([, n]) => n >= 2).map(([c]) => c));
  // How much the text says about each country: two for each sentence naming it as a state (one by its people's
  // name: "one Canadian" among the dead), one for each sentence placing the events in a place of it. "Originally
  // from Ruritania" once does not outweigh three lines in Zelk.
  const weight = new Map<string, number>();
  const addWeight = (c: string, n: number) => weight.set(c, (weight.get(c) ?? 0) + n);
  for (const ps of parties) {
    const byName = new Map<string, number>();
    for (const m of ps) if (m.kind !== 'armed group' && !attackers.has(m)) byName.set(m.name, Math.max(byName.get(m.name) ?? 0, m.role === 'demonym' ? 1 : 2));
    for (const [c, n] of byName) addWeight(c, n);
  }
  for (const p of first) if (p?.gazetteer) addWeight(p.side.name, 1);
  const heaviest = (but: string) => Math.max(0, ...[...weight].filter(([c]) => c !== but && (named.has(c) || gazetteerPlaces.has(c))).map(([, n]) => n));
  const places = doc.sentences.map((s, k) => {
    let p = first[k]?.ambiguous ? sentencePlace(s, index, words, known) : first[k];
    if (!p) return null;
    const to = short.renamed.get(p.side.name);
    if (to) p = { ...p, side: { ...p.side, name: to } };
    const lone = p.gazetteer && (support.get(p.side.name) ?? 0) < 2 && strongest >= 2 && !known.has(p.side.name);
    return lone && (weight.get(p.side.name) ?? 0) < heaviest(p.side.name) ? null : p.side;
  });
  const groups = tally(parties, (m) => m.kind === 'armed group');
  // Where it happened: the dateline; else the state the text names far more than any other, a place named
  // for the events counting twice (a text about two states at war has no single home).
  const score = new Map<string, [number, Side]>();
  const add = (name: string, n: number, side: Side) => score.set(name, [(score.get(name)?.[0] ?? 0) + n, score.get(name)?.[1] ?? side]);
  for (const [name, n, m] of states) add(name, n, { name, text: m.text, basis: 'place' });
  for (const p of places) if (p) add(p.name, 2, p);
  const ranks = [...score.values()].sort((a, b) => b[0] - a[0]);
  let home = datelineCountry(doc.dateline, index, words) ?? (doc.dateline ? null : colonPlaceCountry(firstParagraphs(doc), words));
  if (!home && ranks.length && (ranks.length < 2 || ranks[0][0] >= 1.5 * ranks[1][0])) home = ranks[0][1];
  const both = tally(parties, () => true).filter((r) => r[1] >= 2);
  let principals = both.slice(0, 2).map((r) => r[0]);
  // A state fighting an armed group: the group the text names most, against the home state.
  if (home && groups.length && !principals.includes(groups[0][0])) principals = [home.name, groups[0][0]];
  // A short line in capitals that names a party heads what follows, like a section heading.
  let caps: Side | null = null;
  const capsHeading = doc.sentences.map((s) => {
    if (s.tokens.length <= 8 && s.text.length <= 120 && /^[^a-z]*[A-Z]{3,}[^a-z]*$/.test(s.text)) {
      const titled = s.text.toLowerCase().replace(/(^|[\s:(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
      const p = findParties(s.tokens.map((t, i) => ({ ...t, text: titled.slice(t.start - s.start, t.end - s.start), i })), index)[0];
      caps = p ? { name: p.name, text: s.text.slice(s.tokens[p.first].start - s.start, s.tokens[p.last].end - s.start), basis: 'heading' } : null;
    }
    return caps;
  });
  // The party a sentence opens with ("The Bolivian forces suffered badly."), whatever its forces did.
  const subject = doc.sentences.map((s, k) => {
    const p = parties[k][0];
    return p && p.first <= 2 && s.tokens[p.first - 1]?.lower !== 'by' ? p : null;
  });
  let last: { side: Side; paragraph: number } | null = null;
  const recent = doc.sentences.map((s, k) => {
    if (places[k]) last = { side: places[k]!, paragraph: places[k]!.text === s.text ? Infinity : s.paragraph };
    return last;
  });
  return {
    parties,
    places,
    recent,
    capsHeading,
    subject,
    principals,
    mentions: partyWeights(doc, parties, words),
    home: home && { ...home, basis: 'place' },
    armedGroup: groups[0]?.[2] ?? null,
    disaster: disasterParagraphs(doc, words),
  };
}

/**
 * "Congo" in a text that also names "DR Congo", "Korea" in one that names only "North Korea": a short name that ends
 * a longer one the text uses for another party stands for that party, unless the text also names its own party in
 * another way. Mentions are replaced, not changed in place: the party index shares them between sentences.
 */
function resolveShortNames(parties: PartyMention[][]): { parties: PartyMention[][]; renamed: Map<string, string> } {
  const norm = (t: string) => t.toLowerCase().replace(/^the\s+/, '').replace(/[.\s]+/g, ' ').trim();
  const all = parties.flat();
  const textsOf = new Map<string, Set<string>>();
  // A party named by its own name ("Sudan" beside "South Sudan") is that party.
  const ownName = new Set<string>();
  for (const m of all) {
    if (norm(m.text) === norm(m.name)) ownName.add(m.name);
    const set = textsOf.get(m.name) ?? new Set<string>();
    set.add(norm(m.text));
    textsOf.set(m.name, set);
  }
  // name → the other party whose longer name ends with every text this one is named by.
  const longer = new Map<string, string>();
  for (const [name, texts] of textsOf) {
    if (ownName.has(name)) continue;
    for (const [other, otherTexts] of textsOf) {
      if (other === name) continue;
      if ([...texts].every((a) => [...otherTexts].some((b) => b.length > a.length && b.endsWith(` ${a}`)))) longer.set(name, other);
    }
  }
  if (!longer.size) return { parties, renamed: longer };
  return { parties: parties.map((ps) => ps.map((m) => (longer.has(m.name) ? { ...m, name: longer.get(m.name)! } : m))), renamed: longer };
}

import type { Side } from '../../schema.js';
import { findParties, type PartyIndex, type PartyMention } from '../parties.js';
import type { Doc, Sentence } from '../types.js';
import type { SideWords } from './lexicon.js';
import { datelineCountry, sentencePlace } from './places.js';

/** What the whole document says about its parties and places, read once for every claim. */
export interface DocFacts {
  /** Parties named in each sentence. */
  parties: PartyMention[][];
  /** Where each sentence says it happened, if it does. */
  places: Array<Side | null>;
  /** The two parties the document is about (two opposed sides), or fewer. */
  principals: string[];
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
  const paragraphs = new Map<number, string[]>();
  for (const s of doc.sentences) {
    const list = paragraphs.get(s.paragraph) ?? [];
    list.push(s.text);
    paragraphs.set(s.paragraph, list);
  }
  const headings = doc.sentences.flatMap((s) => s.headings.map((h) => h.text)).join(' ');
  let docD = count(words.disasters, headings);
  let docV = count(words.violence, headings);
  const per = new Map<number, [number, number]>();
  for (const [p, texts] of paragraphs) {
    const text = texts.join(' ');
    const d = count(words.disasters, text);
    const v = count(words.violence, text);
    per.set(p, [d, v]);
    docD += d;
    docV += v;
  }
  const out = new Map<number, boolean>();
  for (const [p, [d, v]] of per) out.set(p, docD + 3 * d > docV + 3 * v);
  return out;
}

/** Mentions of each party across the document, by name. */
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
  const parties = doc.sentences.map(sentenceParties);
  const places = doc.sentences.map((s) => sentencePlace(s, index, words));
  const states = tally(parties, (m) => m.kind !== 'armed group');
  // Places named for the events count for their country too: a report on Aleppo is a report on Syria.
  for (const p of places) {
    if (!p) continue;
    const row = states.find((r) => r[0] === p.name);
    if (row) row[1]++;
  }
  states.sort((a, b) => b[1] - a[1]);
  const groups = tally(parties, (m) => m.kind === 'armed group');
  let home = datelineCountry(doc.dateline, index, words);
  if (!home && states.length && states[0][1] >= 2 && (states.length < 2 || states[0][1] >= 2 * states[1][1])) {
    home = { name: states[0][0], text: states[0][2].text, basis: 'place' };
  }
  if (!home) {
    const first = places.find(Boolean);
    if (first && !states.some((r, k) => k > 0 && r[1] >= 2)) home = first;
  }
  const both = tally(parties, () => true).filter((r) => r[1] >= 2);
  let principals = both.slice(0, 2).map((r) => r[0]);
  // A state fighting an armed group: the group the text names most, against the home state.
  if (home && groups.length && !principals.includes(groups[0][0])) principals = [home.name, groups[0][0]];
  return {
    parties,
    places,
    principals,
    home,
    armedGroup: groups[0]?.[2] ?? null,
    disaster: disasterParagraphs(doc, words),
  };
}

import { DEFAULT_PARTS } from '../../lexicon/parts.js';
import type { Lexicon } from '../../lexicon/index.js';
import { alternation } from '../../lexicon/pattern.js';
import { tokenize } from '../tokenize.js';

/** A place name of the gazetteer, by its words, with the country it stands for. */
export interface PlaceEntry {
  words: string[];
  country: string;
}

/** The side stage's word lists as sets, phrase patterns and a place index; built once per lexicon. */
export interface SideWords {
  stateForces: Set<string>;
  armedGroups: Set<string>;
  bystanders: Set<string>;
  disasters: PhraseCounter;
  /**
   * "the fire", "a warehouse fire", but not "opened fire", "artillery fire" or "hit by Russian fire": a fire that
   * burns is a disaster's, gunfire is not.
   */
  fires: RegExp;
  violence: PhraseCounter;
  harmVerbs: Set<string>;
  allSides: RegExp;
  /** "enemy personnel", "losses of the enemy". */
  enemies: RegExp;
  agentNouns: Set<string>;
  lossNouns: Set<string>;
  /** The categories' one-word predicates after a count: "had 12 *killed*", "had 40 *wounded*". */
  lossPredicates: Set<string>;
  /** Words between a count and a party: the list's words and numbers in words or digits ("of 40", "among the"). */
  countGap: RegExp;
  /** A sentence that goes on with the report before: opens by pointing back, or names its source by back-reference. */
  continuation: RegExp;
  harmPlaceWords: Set<string>;
  passiveAuxiliaries: Set<string>;
  placeLocatives: Set<string>;
  placeNouns: Set<string>;
  directions: Set<string>;
  placeListWords: Set<string>;
  layoutSourceWords: Set<string>;
  nameParticles: Set<string>;
  placePrepositions: Set<string>;
  /** "the border with", "neighbouring" ending right before a mention: the country named is a neighbour. */
  neighbourBefore: RegExp;
  /** "downed a Ruritanian airliner": a struck craft and its party's words (a party mention ends right before `carrier`). */
  carrier: RegExp;
  carrierStruck: Set<string>;
  flightVerbs: Set<string>;
  /** The attribution lexicon's reporting verbs: "the Pakistani army *said*". */
  reportingVerbs: Set<string>;
  /** Place names by their first word, longest first. */
  places: Map<string, PlaceEntry[]>;
  /** The parts lexicon's words between a total and its parts ("39 people, *including* one Canadian"). */
  partCue: RegExp;
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (words: string[]) =>
  new RegExp(`\\b(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\\b`, 'gi');

/** How many times a run of tokens names any phrase of a list ("flash flood", "hailstorm"), whole words, any case. */
export type PhraseCounter = (tokens: readonly { lower: string }[]) => number;

/**
 * A counter that reads a sentence's tokens and looks each up among the phrases that open with it: a list of
 * hundreds of words as one pattern of alternatives costs a try of each at every word. Phrases are split as the
 * segmenter splits text ("heat-related" one word, "fire broke out" three).
 */
function phraseCounter(phrases: readonly string[]): PhraseCounter {
  const byFirst = new Map<string, string[][]>();
  for (const p of new Set(phrases)) {
    const words = tokenize(p).map((t) => t.lower);
    const first = words[0];
    if (first === undefined) continue;
    const bucket = byFirst.get(first) ?? [];
    bucket.push(words);
    byFirst.set(first, bucket);
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.length - a.length);
  return (tokens) => {
    let n = 0;
    for (let i = 0; i < tokens.length; i++) {
      const bucket = byFirst.get(tokens[i].lower);
      if (!bucket) continue;
      for (const p of bucket) {
        let k = 1;
        while (k < p.length && tokens[i + k]?.lower === p[k]) k++;
        if (k === p.length) {
          n++;
          i += p.length - 1;
          break;
        }
      }
    }
    return n;
  };
}

export function compileSideWords(lexicon: Lexicon): SideWords {
  const w = lexicon.sides;
  const places = new Map<string, PlaceEntry[]>();
  const seen = new Set<string>();
  for (const [country, names] of lexicon.places) {
    for (const name of names.split('|')) {
      // Each place once a country; of namesakes the first row comes first (added places, regions, the generated
      // cities, then the generated first-order regions), and the text's other places decide between them.
      if (!name || seen.has(`${name}\u0000${country}`)) continue;
      seen.add(`${name}\u0000${country}`);
      const words = name.split(/\s+/);
      const bucket = places.get(words[0]) ?? [];
      bucket.push({ words, country });
      places.set(words[0], bucket);
    }
  }
  for (const bucket of places.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return {
    stateForces: new Set(w.stateForces),
    armedGroups: new Set(w.armedGroups),
    bystanders: new Set(w.bystanders),
    disasters: phraseCounter(w.disasters),
    // The word first, the words before it looked at only where it stands (a lookbehind first is tried at every place).
    fires: new RegExp(`\\bfires?\\b(?<!\\b(?:${alternation(w.gunfireWords)})\\s+fires?)(?<!\\bby\\s+\\p{Lu}\\S*\\s+fires?)(?!\\s+(?:on|upon|into|back)\\b)`, 'giu'),
    violence: phraseCounter(w.violence),
    harmVerbs: new Set(w.harmVerbs),
    allSides: new RegExp(wordPattern(w.allSides).source, 'i'),
    enemies: new RegExp(wordPattern(w.enemies).source, 'i'),
    agentNouns: new Set(w.agentNouns),
    lossNouns: new Set(w.lossNouns),
    lossPredicates: new Set(Object.keys(lexicon.categories.predicates).filter((k) => !k.includes(' ')).map((k) => k.toLowerCase())),
    countGap: new RegExp(`^(?:${alternation(w.countGap)}|\\d[\\d,.]*|[a-z]+teen|[a-z]+ty)$`),
    continuation: new RegExp(`^(?:${alternation(w.continuationOpeners)}|the (?:${alternation(w.continuationFigures)})|.*\\bthe (?:news )?(?:${alternation(w.continuationSources)}) (?:added|said|reported)\\b)`, 'i'),
    harmPlaceWords: new Set(w.harmPlaceWords),
    passiveAuxiliaries: new Set(w.passiveAuxiliaries),
    placeLocatives: new Set(w.placeLocatives),
    placeNouns: new Set(w.placeNouns),
    directions: new Set(w.directions),
    placeListWords: new Set(w.placeListWords),
    layoutSourceWords: new Set(w.layoutSourceWords),
    nameParticles: new Set(w.nameParticles),
    placePrepositions: new Set(w.placePrepositions),
    // After "the" ("along the border with", "to the neighbouring"), or "neighbouring" alone: not "its border with Lebanon", which
    // may be where the fighting is.
    carrier: new RegExp(`^\\s*(?:${alternation(w.carrierNouns)})\\b`, 'i'),
    carrierStruck: new Set(w.carrierStruck),
    flightVerbs: new Set(w.flightVerbs),
    neighbourBefore: new RegExp(`\\b(?:the\\s+(?:${alternation(w.neighbourCues)})|neighbou?ring)\\s+(?:the\\s+)?$`, 'i'),
    reportingVerbs: new Set(lexicon.attribution.reportingVerbs),
    places,
    partCue: new RegExp(`\\b(?:${alternation((lexicon.parts ?? DEFAULT_PARTS).partCues)})\\b`, 'i'),
  };
}

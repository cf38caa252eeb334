import type { Sentence } from './types.js';
import { nameOf, personIn, textOf, type SourceLexicon } from './source-phrase.js';

/** A source named in a sentence: who says the figures near it. */
export interface Source {
  name: string;
  text: string;
  via: string[];
  person: string | null;
  /** Token index that anchors the source in its sentence (its verb, or "according to"). */
  at: number;
  /** Token range of the source's noun phrase. */
  first: number;
  last: number;
  /** A pronoun-like reference ("the news agency", "It") that names an earlier source. */
  backReference: boolean;
  /** A bare pronoun ("he", "it", "we"): resolved to the latest source that fits. */
  pronoun?: string;
  /** What the source put out ("a full list"), for later "the list was updated". */
  objects: string[];
  /** Named as the agent right after what it put out ("a count of 60 given by the elders"): it owns that figure. */
  agent?: boolean;
  /** Reports only what follows it ("..., putting the toll at 40"): never the figures before its participle. */
  forward?: boolean;
  /** In brackets after the figures it claims ("300 killed (per the monitor)", "12,000 (Marbot)"). */
  postposed?: boolean;
}

/** A source for the phrase first..last of a sentence, anchored at token `at`; a bare pronoun refers back. */
export function make(s: Sentence, first: number, last: number, at: number, lex: SourceLexicon, backReference = false): Source {
  const text = textOf(s, first, last);
  const name = nameOf(s, first, last);
  const person = personIn(text, lex);
  const pronoun = last === first || lex.nounMarkers.has(s.tokens[first].lower) ? s.tokens[last].lower : '';
  if (lex.pronouns.has(pronoun)) return { name, text, via: [], person, at, first, last, backReference: true, pronoun, objects: [] };
  return { name, text, via: [], person, at, first, last, backReference, objects: [] };
}

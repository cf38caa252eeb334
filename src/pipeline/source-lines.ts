import { alternation } from '../lexicon/pattern.js';
import type { AttributionLexicon } from '../lexicon/reporting.js';
import type { Source } from './sources.js';
import type { Doc, Sentence } from './types.js';

/** The line of the text that holds a sentence (a paragraph may be cut into sentences at "3." in a citation). */
function lineOf(doc: Doc, s: Sentence): { text: string; start: number } {
  const start = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  const nl = doc.text.indexOf('\n', s.start);
  return { text: doc.text.slice(start, nl < 0 ? doc.text.length : nl), start };
}

/** A source read from a whole line rather than from a sentence's words. */
function lineSource(name: string): Source {
  return { name, text: name, via: [], person: null, at: 0, first: 0, last: 0, backReference: false, objects: [] };
}

/** A press release's "Source: Aid Group" line: the publisher speaks for the figures no one else claims. */
const PUBLISHER_LINE = /^\s*Source:\s*(\p{Lu}[\p{L}\p{N} .&'’-]{1,60}?)\s*$/u;

/** The patterns of this file, built once per lexicon from its attribution words. */
export interface SourceLineRules {
  /**
   * A paragraph that does nothing but attribute: "As reported by the Daily Star, citing the health ministry.",
   * "According to the provincial police." or "This is according to the agency's latest report." standing alone. It speaks for the figures around it that no one else claims.
   */
  sourcingParagraph: RegExp;
  /** A sentence about the page's own figures: "The casualty totals in this table were compiled by ...", "All numbers below come from ...". */
  documentFigures: RegExp;
  /** A sentence after figures that names their source and says nothing else: "So say the returns in the Gazette." */
  sourcingAfter: RegExp;
}

export function sourceLineRules(a: AttributionLexicon): SourceLineRules {
  return {
    sourcingParagraph: new RegExp(`^(?:(?:this|that|these|the (?:figures?|numbers?|data|information|toll))\\s+(?:${alternation(a.sourcingLinks)})\\s+(?:from\\s+)?)?(?:as (?:reported|stated|announced|noted|published) by|according to|reported by|data (?:from|by)|figures (?:from|by))\\s`, 'i'),
    documentFigures: new RegExp(`^(?:the|all|these)\\s+(?:[a-z]+\\s+)?(?:${alternation(a.pageFigureNouns)})\\s+(?:${alternation(a.pagePlaces)})\\b`, 'i'),
    sourcingAfter: new RegExp(`^(?:so|thus)\\s+(?:${alternation(a.sourcingVerbs)})\\b`, 'i'),
  };
}

export function publisherOf(doc: Doc, sourcesIn: (s: Sentence) => Source[], hasFigures: (s: Sentence) => boolean, rules: SourceLineRules): (Source & { sentence?: number }) | null {
  for (const s of doc.sentences) {
    if (s.indexInParagraph !== 0) continue;
    const m = PUBLISHER_LINE.exec(lineOf(doc, s).text);
    if (m && !/^https?:/i.test(m[1])) return lineSource(m[1].trim());
  }
  for (const s of doc.sentences) {
    if (!rules.documentFigures.test(s.text) || hasFigures(s)) continue;
    const [first] = sourcesIn(s);
    if (first && !first.backReference) return first;
  }
  for (const s of doc.sentences) {
    const alone = s.indexInParagraph === 0 && doc.sentences[s.index + 1]?.paragraph !== s.paragraph;
    if (!alone || s.tokens.length > 45 || !rules.sourcingParagraph.test(s.text) || hasFigures(s)) continue;
    const [first] = sourcesIn(s);
    // Its sentence dates the figures it speaks for ("This is according to the agency, as of 20 March").
    // "This is according to the disaster agency": a description names the source when nothing came before.
    if (first && !first.pronoun) return { ...first, backReference: false, sentence: s.index };
  }
  return null;
}

/**
 * An enumerated line that names only a source and where it says so ("(ii) Herodotus (7. 60)", "(b) Ctesias, Persica 12"):
 * the figures on the lines under it are that source's, until the next such line.
 */
const SOURCE_HEADING = /^\s*\((?:[ivx]{1,5}|[a-h])\)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s*(?:[,(]\s*[^:]*|[\d.\s–-]*)$/u;

/**
 * A bulletin's heading of a place and an event, its sources in brackets ("Ruritania - Floods (ECHO)", "Borduria –
 * Earthquake (USGS, ECHO)"): the figures under it are theirs, until the next such heading. (The dash between place
 * and event keeps a party's line, "Islamic State (IS)", from heading anything.)
 */
const BULLETIN_HEADING = /^\s*\p{Lu}[^()\d.:]{1,60}\s[-–—]\s[^()\d.:]{2,60}\(\s*(\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3}(?:\s*,\s*\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3}){0,3})\s*\)\s*$/u;

export function headingSource(doc: Doc, s: Sentence, nounMarkers: Set<string>): Source | null {
  if (s.indexInParagraph !== 0) return null;
  const line = lineOf(doc, s).text;
  const bulletin = BULLETIN_HEADING.exec(line);
  if (bulletin) {
    const [name, ...via] = bulletin[1].split(/\s*,\s*/);
    return { ...lineSource(name), via };
  }
  const m = SOURCE_HEADING.exec(line);
  if (!m || nounMarkers.has(m[1].split(/\s+/)[0].toLowerCase())) return null;
  return lineSource(m[1]);
}

/** A sentence after figures that names their source and says nothing else: "So say the returns in the Gazette." */
export function sourcesAfter(s: Sentence, rules: SourceLineRules): boolean {
  return rules.sourcingAfter.test(s.text);
}

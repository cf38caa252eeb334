import { compile as compileFrames, phraseTable, type CompiledLexicon as FrameLexicon } from '../frames/context.js';
import { otherFiguresPattern, type ModalityLexicon } from '../pipeline/modality.js';
import { partyIndex, type PartyIndex } from '../pipeline/parties.js';
import { compileSideWords, type SideWords } from '../pipeline/side/lexicon.js';
import { sourceLineRules } from '../pipeline/source-lines.js';
import type { SourceLexicon } from '../pipeline/sources.js';
import { compileCounted, type CountedWords } from '../reconcile/counted.js';
import { compileParts, type PartRules } from '../reconcile/parts.js';
import { dateRules, type DateRules } from '../pipeline/date/assign.js';
import { DEFAULT_COUNTED } from './counted.js';
import { DEFAULT_DATES } from './dates.js';
import type { Lexicon } from './index.js';
import { alternation, wordSets } from './pattern.js';
import { DEFAULT_GRAMMAR } from './grammar.js';
import { DEFAULT_FIGURES } from './figures.js';
import { DEFAULT_LAYOUT } from './layout.js';
import { compileLayout, type LayoutWords } from '../pipeline/layout.js';
import { MONTHS } from './numbers.js';
import { withVerbForms } from './verb-forms.js';

/** Month names as chrono reads them, for a sentence opening with a new date. */
const MONTH_NAMES = [...MONTHS.keys()].filter((m) => m.length > 3).join('|');
import { DEFAULT_PARTS } from './parts.js';

/** A lexicon turned into the sets and phrase tables each stage reads; built once per lexicon object. */
export interface CompiledLexicon {
  frames: FrameLexicon;
  sources: SourceLexicon;
  modality: ModalityLexicon;
  parties: PartyIndex;
  side: SideWords;
  counted: CountedWords;
  parts: PartRules;
  dates: DateRules;
  /** Function words, each list a set (the frames' own). */
  grammar: FrameLexicon['grammar'];
  /** Words before a figure that make it an update of an earlier one from the same source, for the summary. */
  updates: RegExp;
  /** Abbreviations and layout words, for the segmenter. */
  layout: LayoutWords;
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** "army military forces" → army, military and forces each map to all three (and to their own other groups). */
function synonymGroups(groups: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of groups) {
    const words = g.toLowerCase().split(/\s+/).filter(Boolean);
    for (const w of words) out.set(w, [...new Set([...(out.get(w) ?? [w]), ...words])]);
  }
  return out;
}

function compileSources(lexicon: Lexicon, places: SourceLexicon['places']): SourceLexicon {
  const a = lexicon.attribution;
  const partyNames = new Set<string>();
  for (const p of lexicon.parties) for (const n of [...p.names, ...p.demonyms, ...p.capitals]) partyNames.add(n.toLowerCase());
  const reportingVerbs = withVerbForms(a.reportingVerbs);
  const anchors = lower([...reportingVerbs, ...a.reportingParticiples, ...a.agentNouns, ...a.figureNouns, ...a.citingVerbs, 'according', 'based', 'per', 'from', '(']);
  return {
    places,
    anchors,
    reportingVerbs: lower(reportingVerbs), citingVerbs: lower(a.citingVerbs), sourceNouns: lower([...a.sourceNouns, ...a.governments.filter((g) => !g.includes(' '))]),
    figureNouns: lower(a.figureNouns), backReferences: lower(a.backReferences), pronouns: lower(a.pronouns),
    nounMarkers: lower(a.nounMarkers), nonSources: lower(a.nonSources), mediaLabels: lower(a.mediaLabels), fromVerbs: lower(a.fromVerbs), reportingAdverbs: lower(a.reportingAdverbs),
    interposedPhrases: a.interposedPhrases.map((x) => x.toLowerCase().split(/\s+/)), reportingVenues: lower(a.reportingVenues), interposedPrepositions: lower(a.interposedPrepositions), placeVerbs: lower(a.placeVerbs),
    reportingParticiples: lower(a.reportingParticiples), agentNouns: lower(a.agentNouns), stateWords: lower(a.stateWords),
    roleNouns: lower(a.roleNouns), organisationWords: new Set(a.organisationWords), unnamedSources: lower(a.unnamedSources),
    outlets: lower(a.outlets), governments: lower(a.governments), partyNames,
    synonyms: synonymGroups(a.sourceSynonyms), labelSourceNouns: lower(a.labelSourceNouns),
    lossWords: lower([
      ...Object.keys(lexicon.categories.nouns), ...Object.keys(lexicon.categories.predicates),
      ...Object.keys(lexicon.categories.transitive), ...lexicon.categories.tallies,
    ].filter((w) => !w.includes(' '))),
    // The counted people's nouns: "Civilians: 4 killed" heads a row of them, no speaker's label.
    peopleNouns: lower(lexicon.subjects.people),
    // The side words' disasters and place nouns: "The quake claimed", "Sikkim's Pakyong district recorded" name no speaker.
    disasterWords: lower(lexicon.sides.disasters.filter((w) => !w.includes(' '))),
    placeNouns: lower(lexicon.sides.placeNouns),
    lines: sourceLineRules(a),
    passiveAuxiliaries: new Set(a.passiveAuxiliaries), figureLinks: new Set(a.figureLinks), sourceQualifiers: new Set(a.sourceQualifiers),
    figureQualifier: new RegExp(`^(?:${alternation(a.figureQualifiers)})\\s+`, 'i'),
    headlineVerbs: new Set(a.headlineVerbs), invertedVerbs: new Set(a.invertedVerbs),
    reportHeads: lower(a.reportHeads), placePrefixes: new Set(a.placePrefixes), unitWords: lower(a.unitWords), reportDocuments: lower(a.reportDocuments), noSpeaker: new RegExp(`^(?:\\d[\\d,.]*\\s|(?:total|totals|number|sum|toll)\\b|(?:${alternation(a.eventNames)}) of\\b)`, 'i'), reportTimes: lower(a.reportTimes), passiveFigureWords: lower(a.passiveFigureWords),
    newDateStart: new RegExp(
      `^(?:${alternation(a.dateOpeners)})\\b[^,.;]{0,30}?(?:\\d|${MONTH_NAMES}|same day|later|week|day)`,
      'i',
    ),
    personHeads: lower(a.personHeads), rowLabels: lower(a.rowLabels), speakerParticles: lower(a.speakerParticles),
    bracketTime: new RegExp(`^(?:${alternation(a.bracketTimes)})\\b`, 'i'),
    bracketNote: new RegExp(`\\b(?:${alternation(a.bracketNotes)})\\b`, 'i'),
    grammar: wordSets(lexicon.grammar ?? DEFAULT_GRAMMAR),
    continues: new RegExp(`^(?:${a.continuations.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i'),
  };
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  let c = cache.get(lexicon);
  if (!c) {
    const a = lexicon.attribution;
    const frames = compileFrames(lexicon);
    const side = compileSideWords(lexicon);
    c = {
      frames,
      // The sources stage reads the side stage's gazetteer: "Portland recorded 10 deaths" names a place, not a source.
      sources: compileSources(lexicon, side.places),
      modality: {
        hedges: phraseTable(a.hedges.map((h) => [h, true] as [string, true])),
        denials: new Set(a.denials),
        deniedObjects: new Set(a.deniedObjects),
        eventDenials: new Set(a.eventDenials),
        falsehoods: new Set(a.falsehoods),
        callingVerbs: new Set(a.callingVerbs),
        clauseBreaks: new Set(a.clauseBreaks),
        stateWords: new Set(a.stateWords),
        denialGap: new Set(a.denialGap),
        deniedBack: new Set(a.deniedBack),
        otherFigures: otherFiguresPattern(a.comparatives),
      },
      parties: partyIndex(lexicon.parties, (lexicon.grammar ?? DEFAULT_GRAMMAR).nameArticles),
      side,
      counted: compileCounted(lexicon.counted ?? DEFAULT_COUNTED),
      parts: compileParts(lexicon.parts ?? DEFAULT_PARTS),
      // A toll's running words ("the toll hit 94") are the categories' and figures' own.
      // Its verbs of saying are the attribution lexicon's too: "a document seen by Reuters showed on Tuesday".
      dates: dateRules(lexicon.dates ?? DEFAULT_DATES, lexicon.categories.tallies, (lexicon.figures ?? DEFAULT_FIGURES).runningWords, a.reportingVerbs),
      grammar: frames.grammar,
      layout: compileLayout(lexicon.layout ?? DEFAULT_LAYOUT, lexicon.subjects.equipment, lexicon.sides.nameParticles, lexicon.categories),
      updates: new RegExp(`\\b(?:${alternation((lexicon.figures ?? DEFAULT_FIGURES).updateCues)})\\b`, 'i'),
    };
    cache.set(lexicon, c);
  }
  return c;
}

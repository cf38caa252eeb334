import { compile as compileFrames, phraseTable, type CompiledLexicon as FrameLexicon } from '../frames/context.js';
import type { ModalityLexicon } from '../pipeline/modality.js';
import { partyIndex, type PartyIndex } from '../pipeline/parties.js';
import { compileSideWords, type SideWords } from '../pipeline/side/lexicon.js';
import type { SourceLexicon } from '../pipeline/sources.js';
import type { Lexicon } from './index.js';

/** A lexicon turned into the sets and phrase tables each stage reads; built once per lexicon object. */
export interface CompiledLexicon {
  frames: FrameLexicon;
  sources: SourceLexicon;
  modality: ModalityLexicon;
  parties: PartyIndex;
  side: SideWords;
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

function compileSources(lexicon: Lexicon): SourceLexicon {
  const a = lexicon.attribution;
  const partyNames = new Set<string>();
  for (const p of lexicon.parties) for (const n of [...p.names, ...p.demonyms, ...p.capitals]) partyNames.add(n.toLowerCase());
  const anchors = lower([...a.reportingVerbs, ...a.reportingParticiples, ...a.agentNouns, ...a.figureNouns, ...a.citingVerbs, 'according', 'per', 'from', '(']);
  return {
    anchors,
    reportingVerbs: lower(a.reportingVerbs), citingVerbs: lower(a.citingVerbs), sourceNouns: lower(a.sourceNouns),
    figureNouns: lower(a.figureNouns), backReferences: lower(a.backReferences), pronouns: lower(a.pronouns),
    nounMarkers: lower(a.nounMarkers), nonSources: lower(a.nonSources), mediaLabels: lower(a.mediaLabels), fromVerbs: lower(a.fromVerbs), reportingAdverbs: lower(a.reportingAdverbs),
    reportingParticiples: lower(a.reportingParticiples), agentNouns: lower(a.agentNouns), stateWords: lower(a.stateWords),
    roleNouns: lower(a.roleNouns), organisationWords: new Set(a.organisationWords), unnamedSources: lower(a.unnamedSources),
    outlets: lower(a.outlets), governments: lower(a.governments), partyNames,
    synonyms: synonymGroups(a.sourceSynonyms), labelSourceNouns: lower(a.labelSourceNouns),
    lossWords: lower([
      ...Object.keys(lexicon.categories.nouns), ...Object.keys(lexicon.categories.predicates),
      ...Object.keys(lexicon.categories.transitive), ...lexicon.categories.tallies,
    ].filter((w) => !w.includes(' '))),
    continues: new RegExp(`^(?:${a.continuations.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i'),
  };
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  let c = cache.get(lexicon);
  if (!c) {
    const a = lexicon.attribution;
    c = {
      frames: compileFrames(lexicon),
      sources: compileSources(lexicon),
      modality: {
        hedges: phraseTable(a.hedges.map((h) => [h, true] as [string, true])),
        denials: new Set(a.denials),
        deniedObjects: new Set(a.deniedObjects),
        eventDenials: new Set(a.eventDenials),
        falsehoods: new Set(a.falsehoods),
        callingVerbs: new Set(a.callingVerbs),
        clauseBreaks: new Set(a.clauseBreaks),
        stateWords: new Set(a.stateWords),
      },
      parties: partyIndex(lexicon.parties),
      side: compileSideWords(lexicon),
    };
    cache.set(lexicon, c);
  }
  return c;
}

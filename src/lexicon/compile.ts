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

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  let c = cache.get(lexicon);
  if (!c) {
    const a = lexicon.attribution;
    c = {
      frames: compileFrames(lexicon),
      sources: {
        reportingVerbs: new Set(a.reportingVerbs),
        citingVerbs: new Set(a.citingVerbs),
        sourceNouns: new Set(a.sourceNouns),
        figureNouns: new Set(a.figureNouns),
        backReferences: new Set(a.backReferences),
      },
      modality: {
        hedges: phraseTable(a.hedges.map((h) => [h, true] as [string, true])),
        denials: new Set(a.denials),
      },
      parties: partyIndex(lexicon.parties),
      side: compileSideWords(lexicon),
    };
    cache.set(lexicon, c);
  }
  return c;
}

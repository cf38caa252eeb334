import type { PhraseTable } from '../frames/context.js';
import { matchAt } from '../frames/context.js';
import type { Doc, Frame, Sentence } from './types.js';

export type Modality = 'asserted' | 'hedged' | 'denied';

/** What a denial must deny to touch the figures: "denied these claims", "rejected the figures", "refuted it". */
const DENIED_OBJECT = /^(claims?|reports?|figures?|toll|numbers?|allegations?|accounts?|this|these|that|it|them|such)$/;

export interface ModalityLexicon {
  hedges: PhraseTable<true>;
  denials: Set<string>;
}

function hedged(s: Sentence, lex: ModalityLexicon): boolean {
  for (let i = 0; i < s.tokens.length; i++) if (matchAt(lex.hedges, s.tokens, i)) return true;
  return false;
}

function denies(s: Sentence, lex: ModalityLexicon): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!lex.denials.has(t[i].lower)) continue;
    for (let j = i + 1; j <= i + 3 && j < t.length; j++) if (DENIED_OBJECT.test(t[j].lower)) return true;
  }
  return false;
}

/**
 * Stage 7: how sure the text is. `denied` when a party denies the figures (in their sentence, or in the next
 * sentence that does nothing but deny them); `hedged` for allegedly, reportedly, said to, believed, unconfirmed;
 * else `asserted`.
 */
export function assignModality(doc: Doc, frames: Frame[], lex: ModalityLexicon): Modality[] {
  const cache = new Map<Sentence, Modality>();
  const withFrames = new Set(frames.map((f) => f.sentence));
  const sentenceModality = (s: Sentence): Modality => {
    let m = cache.get(s);
    if (!m) {
      const next = doc.sentences[s.index + 1];
      const nextDenies = next && next.paragraph === s.paragraph && !withFrames.has(next) && denies(next, lex);
      m = denies(s, lex) || nextDenies ? 'denied' : hedged(s, lex) ? 'hedged' : 'asserted';
      cache.set(s, m);
    }
    return m;
  };
  return frames.map((f) => sentenceModality(f.sentence));
}

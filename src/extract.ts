import { defaultLexicon, type Lexicon } from './lexicon/index.js';
import { findFrames, type FrameState } from './pipeline/frames.js';
import { readBlock } from './frames/block.js';
import { segment } from './pipeline/segment.js';
import { assignSides } from './pipeline/side.js';
import { assignClaimants } from './pipeline/claimant.js';
import { assignDates, parseReference } from './pipeline/date.js';
import { assignModality } from './pipeline/modality.js';
import { compileLexicon } from './lexicon/compile.js';
import type { DraftClaim, Frame } from './pipeline/types.js';
import { refine } from './refine/refine.js';
import type { Claim } from './schema.js';

export interface ExtractOptions {
  /** When the text was published or what date it is about: years of partial dates are taken nearest to it. */
  referenceDate?: Date | string;
  /** Word lists to use instead of the defaults (see `extendLexicon`). */
  lexicon?: Lexicon;
}

/** Sentences worth reading: only those with a digit or a number word reach the frame rules. */
const MAY_COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|several|numerous|scores|a|an|another)\b/i;

/**
 * The loss claims a text makes: how many, what happened to them, whose loss, who says so and when,
 * each with offsets into `text`. Returns [] for text without claims; throws a TypeError for a non-string.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  if (typeof text !== 'string') {
    throw new TypeError(`extractClaims expects a string, got ${text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text}`);
  }
  if (!text.trim()) return [];
  const lex = compileLexicon(options.lexicon ?? defaultLexicon);
  const doc = segment(text);
  const previous: FrameState = { category: null, infobox: null };
  const frames: Frame[] = [];
  for (const s of doc.sentences) {
    // Only sentences with a number-like word and a loss word (or rows under an infobox label) are read closely.
    previous.row = readBlock(s, lex.frames, previous);
    if (!lex.frames.mayCount.test(s.text) || (!lex.frames.lossCue.test(s.text) && !previous.infobox && !previous.row)) {
      previous.infobox = null;
      continue;
    }
    // One push a frame: spreading a sentence's frames into push() overflows the stack on huge lists.
    for (const f of findFrames(s, lex.frames, previous)) frames.push(f);
  }
  if (!frames.length) return [];
  const sides = assignSides(doc, frames, lex.parties, lex.frames.people);
  const attributions = assignClaimants(doc, frames, lex.sources);
  const dates = assignDates(doc, frames, attributions, parseReference(options.referenceDate));
  const modality = assignModality(doc, frames, lex.modality);
  const drafts: DraftClaim[] = frames.map((f, k) => ({
    ...f, side: sides[k], claimant: attributions[k].claimant, date: dates[k], modality: modality[k],
  }));
  return refine(text, drafts);
}

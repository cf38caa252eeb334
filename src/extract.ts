import { defaultLexicon } from './lexicon/index.js';
import { findFrames, type FrameState } from './pipeline/frames.js';
import { mayHaveVictim, victimMemory } from './frames/victim.js';
import { readBlock } from './frames/block.js';
import { opensWithPart } from './frames/included.js';
import { opensWithShares } from './frames/shares.js';
import { citationCategory, isCitationRow } from './frames/citations.js';
import { approximateHeads } from './frames/head-qualifier.js';
import { segment } from './pipeline/segment.js';
import { assignSides } from './pipeline/side.js';
import { assignClaimants } from './pipeline/claimant.js';
import { assignDates, documentReference } from './pipeline/date.js';
import { assignModality } from './pipeline/modality.js';
import { compileLexicon } from './lexicon/compile.js';
import type { DraftClaim, Frame } from './pipeline/types.js';
import { refine } from './refine/refine.js';
import type { Claim, ClaimDate } from './schema.js';
import type { Attribution } from './pipeline/claimant.js';
import { parseExtractOptions, type ExtractOptions, type ParsedOptions } from './options.js';
import { claimsOnPage, htmlToText } from './html.js';
import { documentIds } from './ids.js';

export type { ExtractOptions } from './options.js';

/**
 * The loss claims a text makes: how many, what happened to them, whose loss, who says so and when,
 * each with offsets into `text`. Returns [] for text without claims; throws a TypeError for a non-string, an
 * unknown option or an option of the wrong type, and a RangeError for a referenceDate that is not a date.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  if (typeof text !== 'string') {
    throw new TypeError(`extractClaims expects a string, got ${text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text}`);
  }
  const o = parseExtractOptions(options);
  if (o.format === 'html') {
    const page = htmlToText(text);
    return documentIds(claimsOnPage(page, readClaims(page.text, o)), o.docId);
  }
  return documentIds(readClaims(text, o), o.docId);
}

/**
 * "It was the deadliest since 1979, when another eruption killed 60": a figure its own words date years before the
 * report is background, not the report the source goes on with, so a carried source does not claim it.
 */
function background(a: Attribution, date: ClaimDate | null, reference: Date | null): boolean {
  if (!a.continued || !a.claimant || !reference || !date?.text || date.role !== 'event') return false;
  return Number(date.value.slice(0, 4)) <= reference.getUTCFullYear() - 2;
}

function readClaims(text: string, options: ParsedOptions): Claim[] {
  if (!text.trim()) return [];
  const lex = compileLexicon(options.lexicon ?? defaultLexicon);
  const doc = segment(text, lex.layout);
  // The document's own date is read once, and only if asked for.
  let docReference: Date | null | undefined;
  const reference = () => (docReference === undefined ? (docReference = options.reference ?? documentReference(doc)) : docReference);
  const previous: FrameState = {
    category: null, infobox: null, victims: victimMemory(text, () => reference()?.getUTCFullYear() ?? null),
    citations: citationCategory(doc.sentences, lex.frames),
  };
  const frames: Frame[] = [];
  // Whether the sentence before was read for losses: "Kozhikode (17), Wayanad (12)" right after it shares them.
  let framedBefore = false;
  for (const s of doc.sentences) {
    // Only sentences with a number-like word and a loss word (or rows under an infobox label), or with what befell
    // one victim ("the driver died"), are read closely.
    previous.row = readBlock(s, lex.frames, previous);
    const pointsBack = !!previous.category && (opensWithPart(s, lex.frames) || (framedBefore && opensWithShares(s, lex.frames)));
    const counts = lex.frames.mayCount.test(s.text) &&
      (lex.frames.lossCue.test(s.text) || !!previous.infobox || !!previous.row || pointsBack || (!!previous.citations && isCitationRow(s)));
    const victims = mayHaveVictim(s, lex.frames.victims);
    if (!counts && !victims) {
      previous.infobox = null;
      framedBefore = false;
      continue;
    }
    const before = frames.length;
    const approximate = approximateHeads(doc.layout[s.index], lex.frames);
    // One push a frame: spreading a sentence's frames into push() overflows the stack on huge lists.
    for (const f of findFrames(s, lex.frames, previous, { counts, victims })) {
      const q = f.mention.quantity;
      frames.push(approximate && q.qualifier === 'exact' ? { ...f, mention: { ...f.mention, quantity: { ...q, qualifier: 'approximate' } } } : f);
    }
    framedBefore = frames.length > before;
  }
  if (!frames.length) return [];
  const sides = assignSides(doc, frames, lex.parties, lex.frames.people, lex.side);
  const attributions = assignClaimants(doc, frames, lex.sources);
  const dates = assignDates(doc, frames, attributions, reference(), lex.dates);
  const modality = assignModality(doc, frames, lex.modality);
  const ref = reference();
  const drafts: DraftClaim[] = frames.map((f, k) => ({
    ...f, side: sides[k], claimant: background(attributions[k], dates[k], ref) ? null : attributions[k].claimant, date: dates[k], modality: modality[k],
  }));
  return refine(text, drafts);
}

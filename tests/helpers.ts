import { compile } from '../src/frames/context.js';
import { defaultLexicon } from '../src/lexicon/index.js';
import { findFrames, type FrameState } from '../src/pipeline/frames.js';
import { segment } from '../src/pipeline/segment.js';
import { extractClaims, type ExtractOptions } from '../src/index.js';

/** Frames of every sentence of a text, as plain rows: mention text, category, value, rule. */
export function frames(text: string) {
  const lex = compile(defaultLexicon);
  const state: FrameState = { category: null, infobox: null };
  return segment(text).sentences.flatMap((s) =>
    findFrames(s, lex, state).map((f) => ({
      mention: text.slice(f.span.start, f.span.end),
      category: f.category,
      value: f.mention.quantity.value,
      subject: f.subject.text,
      kind: f.subject.kind,
      rule: f.rule,
    })),
  );
}

/** Claims as compact rows for readable assertions. */
export function rows(text: string, options?: ExtractOptions) {
  return extractClaims(text, options).map((c) => ({
    mention: text.slice(c.span.start, c.span.end),
    category: c.category,
    value: c.quantity.value,
    side: c.side?.name ?? null,
    claimant: c.claimant?.name ?? null,
    date: c.date?.value ?? null,
    modality: c.modality,
  }));
}

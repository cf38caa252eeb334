import type { Frame, Sentence } from './types.js';

/** Indexes of the frames of each sentence, in order: one pass, no copying, for stages that work sentence by sentence. */
export function framesBySentence(frames: readonly Frame[]): Map<Sentence, number[]> {
  const out = new Map<Sentence, number[]>();
  frames.forEach((f, k) => {
    const list = out.get(f.sentence);
    if (list) list.push(k);
    else out.set(f.sentence, [k]);
  });
  return out;
}

/** Index of the last sentence holding a frame, or -1: a stage walking the text in order may stop after it. */
export function lastFrameSentence(frames: Frame[]): number {
  let last = -1;
  for (const f of frames) if (f.sentence.index > last) last = f.sentence.index;
  return last;
}

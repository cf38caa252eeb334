import type { FrameContext } from './context.js';
import type { QuantityMention } from '../pipeline/types.js';

/** How far after "each" the parties may be named: "two each from Chile, Peru and Bolivia". */
const MAX_PARTIES_WORDS = 10;

/**
 * A count given once for several parties: "three each from Chile and Peru" states three for Chile and three
 * for Peru. Returns the last token of each party's name, in order (empty when the count is not distributed).
 */
export function partiesOfEach(ctx: FrameContext, m: QuantityMention): number[] {
  const { tokens } = ctx;
  if (tokens[m.last + 1]?.lower !== 'each') return [];
  const ends: number[] = [];
  let last = -1;
  for (let j = m.last + 2, n = 0; j < tokens.length && n < MAX_PARTIES_WORDS; j++, n++) {
    const t = tokens[j];
    if (ctx.mentionAt[j] >= 0 || /^[;:.]$/.test(t.text)) break;
    // A comma followed by another count ends the parties: "three each from A and B, two from C".
    if (t.text === ',' && ctx.mentionAt[j + 1] >= 0) break;
    if ((t.lower === 'and' || t.text === ',') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') || t.lower === 'and' && tokens[j + 1]?.lower === 'the') {
      if (last >= 0) ends.push(last);
    } else if (/^\p{Lu}/u.test(t.text)) last = j;
  }
  if (last >= 0) ends.push(last);
  return ends.length > 1 ? ends : [];
}

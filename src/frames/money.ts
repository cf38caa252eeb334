import type { Cue, FrameContext } from './context.js';

const WINDOW = 12;

/** A sum of money named as a loss: "estimated Peruvian losses at US$3.4 billion", "damage worth $5m". */
export function moneyCue(ctx: FrameContext, k: number): Cue | null {
  const m = ctx.mentions[k];
  if (!m.quantity.unit) return null;
  const { tokens } = ctx;
  for (let j = m.first - 1, n = 0; j >= 0 && n < WINDOW; j--, n++) {
    if (ctx.mentionAt[j] >= 0) break;
    if (ctx.lex.figures.moneyLosses.has(tokens[j].lower)) return { category: 'economic_loss', first: j, last: m.first - 1, rule: 'money' };
  }
  for (let j = m.last + 1; j < Math.min(tokens.length, m.last + 4); j++) {
    if (ctx.lex.figures.moneyLosses.has(tokens[j].lower)) return { category: 'economic_loss', first: m.last + 1, last: j, rule: 'money' };
  }
  return null;
}

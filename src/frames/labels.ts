import { lineCategory } from './block.js';
import type { Cue, FrameContext } from './context.js';

/** A short segment: more words than this are a clause, not a label. */
const MAX_LABEL = 8;

/**
 * Labels that stand after a count or before it in a run of label–count pairs, each naming what its count lost:
 *   "12,500: Northern soldiers killed"          a count opening its line, its label after a colon or dash
 *   "killed in action, 1,240; died of disease, 3,100; total deaths, 4,340"   pairs split by semicolons
 * The label's own loss word decides; a label of no loss ("days of fighting") gives none.
 */
export function labelCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens, mentions } = ctx;
  const m = mentions[k];
  const sep = tokens[m.last + 1]?.text;
  // "12,500: ..." at the start of its line (after a bullet at most).
  const opens = m.first === 0 || (m.first === 1 && /^[-–—•*·]$/.test(tokens[0].text));
  if (opens && (sep === ':' || sep === '–' || sep === '—')) {
    const rest = tokens.slice(m.last + 2);
    if (rest.length && rest.length <= MAX_LABEL + 4 && !rest.some((t) => /^\d/.test(t.text))) {
      const cat = lineCategory(rest, ctx.lex);
      if (cat && cat !== 'none' && cat !== 'losses') {
        return { category: cat, first: m.last + 1, last: tokens.length - 1, rule: 'label-after', subjectFirst: m.last + 2, subjectLast: tokens.length - 1 };
      }
    }
  }
  // "Killed: 6,710 Wounded: 1,289 Captured: 1,287": a capitalised label and a colon right before the count, after
  // the count before it or a break, in a line of such pairs.
  if (tokens[m.first - 1]?.text === ':' && m.first >= 2) {
    let j = m.first - 2;
    while (j > 0 && m.first - 1 - j < 4 && /^\p{L}+$/u.test(tokens[j - 1].text)) j--;
    const label = tokens.slice(j, m.first - 1);
    const before = tokens[j - 1];
    const atBreak = !before || ctx.mentionAt[j - 1] >= 0 || /^[|;,.)\]]$/.test(before.text);
    if (atBreak && /^\p{Lu}/u.test(label[0].text) && label.every((t) => /^\p{L}+$/u.test(t.text))) {
      const cat = lineCategory(label, ctx.lex);
      if (cat && cat !== 'none' && cat !== 'losses') return { category: cat, first: j, last: m.first - 1, rule: 'label-colon' };
    }
  }
  // "...; died of disease, 3,100; ...": a label between a break and the comma before the count.
  if (tokens[m.first - 1]?.text !== ',' || !/^(?:;|\.|)$/.test(tokens[m.last + 1]?.text ?? '')) return null;
  let j = m.first - 2;
  while (j >= 0 && !/^[;:]$/.test(tokens[j].text) && ctx.mentionAt[j] < 0 && m.first - 1 - j <= MAX_LABEL) j--;
  if (j >= 0 && !/^[;:]$/.test(tokens[j].text)) return null;
  const label = tokens.slice(j + 1, m.first - 1);
  if (!label.length || label.some((t) => /^\d/.test(t.text) || t.text === ',')) return null;
  const cat = lineCategory(label, ctx.lex);
  // "discharged, 900": a pair whose label names no loss is no claim (see noLossLabel).
  if (!cat || cat === 'none') return null;
  // "Casualties, 13,860": a general label counts casualties.
  return { category: cat === 'losses' ? 'casualties' : cat, first: j + 1, last: m.first - 1, rule: 'label-pair' };
}

/** "...; discharged, 900; ...", "NORTH: Engaged, 10,000; ...": a count in a run of label–count pairs whose label names no loss. */
export function noLossLabel(ctx: FrameContext, k: number): boolean {
  const { tokens } = ctx;
  const m = ctx.mentions[k];
  if (tokens[m.first - 1]?.text !== ',' || !/^[;.]$/.test(tokens[m.last + 1]?.text ?? '')) return false;
  let j = m.first - 2;
  while (j >= 0 && !/^[;:]$/.test(tokens[j].text) && ctx.mentionAt[j] < 0 && m.first - 1 - j <= MAX_LABEL) j--;
  // After a semicolon, or after the line's own label: "NORTH: Engaged, 10,000; Casualties, 2,900".
  if (j < 0 || !/^[;:]$/.test(tokens[j].text)) return false;
  const label = tokens.slice(j + 1, m.first - 1);
  if (!label.length || !label.every((t) => /^\p{L}+$/u.test(t.text))) return false;
  const cat = lineCategory(label, ctx.lex);
  return cat === null || cat === 'none';
}

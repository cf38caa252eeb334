import { isClauseBreak, isVerb, matchEndingAt, type Cue, type FrameContext } from './context.js';

/** How far an active verb may stand before its counted object ("displaced approximately half ... or approximately 70,000"). */
const MAX_GAP = 8;

/**
 * An active verb before the count: "the raids that killed about 19 farmers", "Eritrea lost 1,450 troops",
 * "Ethiopian forces have destroyed 37 drones". "lost" with equipment reads as destroyed.
 */
export function transitiveCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens, mentionAt } = ctx;
  const { objectBreaks, objectFillers, passiveForms } = ctx.lex.grammar;
  const m = ctx.mentions[k];
  for (let i = m.first - 1, gap = 0; i >= 0 && gap <= MAX_GAP; i--, gap++) {
    const t = tokens[i];
    if (mentionAt[i] >= 0 && !ctx.mentions[mentionAt[i]].weak || isClauseBreak(t, ctx.lex) || t.text === ',' && gap > 0) return null;
    // "wounded in a car bomb attack": a preposition between verb and count means the count is not its object.
    if (objectBreaks.has(t.lower)) return null;
    const verb = matchEndingAt(ctx.lex.transitive, tokens, i, 2);
    if (verb) {
      // "were killed 5 km away": a passive participle is not an active verb.
      if (ctx.lex.grammar.auxiliaries.has(tokens[verb.first - 1]?.lower ?? '') && passiveForms.has(tokens[verb.first - 1].lower)) return null;
      // Only words of the noun phrase may stand between verb and count, never another verb.
      // An adjective after a determiner may look like a verb: "shot a large group of 12".
      if (gap > 0 && tokens.slice(i + 1, m.first).some((x, n, all) => isVerb(x.lower) && !objectFillers.has(x.lower) && !/^(a|an|the)$/.test((all[n - 1] ?? tokens[i]).lower))) return null;
      let category = verb.value;
      // Ships are sunk and tanks destroyed, people are not: "aboard when it sank were 40 tourists".
      if (category === 'destroyed' || category === 'damaged' || category === 'downed') {
        const words = tokens.slice(m.last + 1, m.last + 4);
        const equipment = words.some((x) => ctx.lex.equipment.has(x.lower) || ctx.lex.equipment.has(x.lower.replace(/s$/, '')));
        if (!equipment && words.some((x) => ctx.lex.people.has(x.lower))) return null;
      }
      if (tokens[verb.first].lower.startsWith('los')) {
        const head = tokens.slice(m.last + 1, m.last + 5).find((x) => ctx.lex.equipment.has(x.lower) || ctx.lex.people.has(x.lower));
        if (!head) return null;
        if (ctx.lex.equipment.has(head.lower)) category = 'destroyed';
      }
      return { category, first: verb.first, last: i, rule: 'transitive' };
    }
    if (gap === 0 && !objectFillers.has(t.lower) && !/^(or|and)$/.test(t.lower) && isVerb(t.lower)) return null;
  }
  return null;
}

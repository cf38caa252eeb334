import type { Side } from '../../schema.js';
import type { Frame } from '../types.js';
import type { DocFacts } from './facts.js';
import type { SideWords } from './lexicon.js';

export type RoleKind = 'state' | 'armed' | 'bystander' | null;

/** The head of the counted phrase, by role: a state's forces, an armed group's, or people of no party. */
export function roleOf(f: Frame, words: SideWords): { kind: RoleKind; word: string } {
  const t = f.sentence.tokens;
  // A force word anywhere in the phrase wins over a bystander word: "rebel bodies" are the rebels' dead.
  let bystander = '';
  // "pro-government fighters", "pro-regime militias": forces on the state's side, whatever the noun.
  for (let i = f.subjectFirst; i <= f.subjectLast; i++) if (/^pro-(?:government|regime|army)$/.test(t[i].lower)) return { kind: 'state', word: t[i].text };
  for (let i = f.subjectLast; i >= f.subjectFirst; i--) {
    const w = t[i].lower.replace(/[“”"']/g, '');
    if (words.armedGroups.has(w)) return { kind: 'armed', word: t[i].text.replace(/[“”"']/g, '') };
    if (words.stateForces.has(w)) return { kind: 'state', word: t[i].text };
    if (!bystander && words.bystanders.has(w)) bystander = t[i].text;
  }
  if (bystander) return { kind: 'bystander', word: bystander };
  // "686 of the dead were guerrillas, 263 were soldiers": the group the copula names is who the count is.
  let j = Math.max(f.mention.last, f.subjectLast) + 1;
  if (t[j]?.lower === 'of' && t[j + 1]?.lower === 'the' && /^(?:dead|victims|killed|casualties|wounded)$/.test(t[j + 2]?.lower ?? '')) j += 3;
  if (/^(?:were|was)$/.test(t[j]?.lower ?? '')) {
    const w = (t[j + 1]?.lower ?? '').replace(/[“”"']/g, '');
    if (words.armedGroups.has(w)) return { kind: 'armed', word: t[j + 1].text };
    if (words.stateForces.has(w)) return { kind: 'state', word: t[j + 1].text };
  }
  // A bare count of people ("another 60 were injured") or of buildings is of no party either.
  return { kind: f.subject.kind === 'equipment' || f.subject.kind === 'money' ? null : 'bystander', word: '' };
}

/**
 * Forces named by role take the party the text names for them: a state's soldiers that of the country where
 * it happened, rebels and militants the armed group the text names.
 */
export function roleSide(f: Frame, kind: RoleKind, word: string, facts: DocFacts, orHome: boolean): Side | null {
  if (kind === 'state') {
    const where = facts.places[f.sentence.index] ?? (orHome ? facts.home : null);
    return where ? { name: where.name, text: word, basis: 'role' } : null;
  }
  if (kind === 'armed' && facts.armedGroup) return { name: facts.armedGroup.name, text: facts.armedGroup.text, basis: 'role' };
  return null;
}

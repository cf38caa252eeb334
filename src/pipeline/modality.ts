import type { PhraseTable } from '../frames/context.js';
import { matchAt } from '../frames/context.js';
import { alternation } from '../lexicon/pattern.js';
import type { Category } from '../schema.js';
import type { Doc, Frame, Sentence, Token } from './types.js';

export type Modality = 'asserted' | 'hedged' | 'denied';

/** "of far higher losses" after a denied object: the figures it denies are others than those given. */
export const otherFiguresPattern = (comparatives: readonly string[]) => new RegExp(`^of (?:much |far |even )?(?:${alternation(comparatives)})\\b`);

export interface ModalityLexicon {
  hedges: PhraseTable<true>;
  denials: Set<string>;
  deniedObjects: Set<string>;
  eventDenials: Set<string>;
  falsehoods: Set<string>;
  callingVerbs: Set<string>;
  clauseBreaks: Set<string>;
  stateWords: Set<string>;
  /** Words that may stand between a denial and its object ("dismissed as false the claim"). */
  denialGap: Set<string>;
  /** Objects of a denial that point back to figures given before ("denied this"). */
  deniedBack: Set<string>;
  /** "denied claims of far higher losses": a denial of other figures, which denies none given. */
  otherFigures: RegExp;
}

/** The category a hedged state names: "feared dead" hedges a death toll, not the missing beside it. */
const STATE_CATEGORY: Record<string, Category> = { dead: 'killed', killed: 'killed', injured: 'wounded', wounded: 'wounded', missing: 'missing' };

/** Token indexes where a clause ends: ";", "while", "but" … and "and"/"," before a new subject ("and the remaining 50"). */
function clauseBreaks(t: Token[], lex: ModalityLexicon): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const next = t[i + 1];
    if (lex.clauseBreaks.has(t[i].lower)) out.push(i);
    else if ((t[i].lower === 'and' || t[i].text === ',') && next && /^(the|a|an|its|their)$/.test(next.lower)) out.push(i);
    else if (t[i].text === ',' && next && /^\p{Ll}+ing$/u.test(next.text)) out.push(i); // ", putting the toll at 40"
  }
  return out;
}

/** How many breaks (in ascending order) stand before token i: the clause it is in. */
function clauseOf(breaks: number[], i: number): number {
  let lo = 0;
  for (let hi = breaks.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Hedge {
  at: number;
  clause: number;
  category: Category | null;
  /** A reporter's "could not be verified": it reaches back over the clause break to the figures it follows. */
  verification: boolean;
}

function hedgesIn(s: Sentence, breaks: number[], lex: ModalityLexicon): Hedge[] {
  const out: Hedge[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const m = matchAt(lex.hedges, s.tokens, i);
    if (!m) continue;
    const state = s.tokens[m.last + 1]?.lower ?? '';
    const verification = s.tokens.slice(i, m.last + 1).some((x) => /^(?:verified|confirmed)$/.test(x.lower));
    out.push({ at: i, clause: clauseOf(breaks, i), category: lex.stateWords.has(state) ? STATE_CATEGORY[state] ?? null : null, verification });
    i = m.last;
  }
  return out;
}

interface Denial {
  at: number;
  /** Its object points back ("refuted this", "denied it"): it answers what came before, never what follows. */
  back: boolean;
  /** Denies the event behind every figure reported before it ("denied responsibility"). */
  event: boolean;
  /** Its object names no figure and says they were higher or lower ("dismissed claims of far higher losses"). */
  elsewhere: boolean;
}

function denialsIn(s: Sentence, lex: ModalityLexicon): Denial[] {
  const t = s.tokens;
  const out: Denial[] = [];
  for (let i = 0; i < t.length; i++) {
    // "called the figures false", "branded them propaganda": a verb of calling with a falsehood after it.
    if (lex.callingVerbs.has(t[i].lower) && t.slice(i + 1, i + 6).some((x) => lex.falsehoods.has(x.lower))) {
      out.push({ at: i, back: true, event: false, elsewhere: false });
      continue;
    }
    // "found no truth in reports that ...", "has no basis in any count": a negated truth denies what it names.
    if (t[i].lower === 'no' && /^(truth|basis|evidence|foundation)$/.test(t[i + 1]?.lower ?? '') && /^(in|for|to)$/.test(t[i + 2]?.lower ?? '')) {
      out.push({ at: i, back: false, event: false, elsewhere: false });
      continue;
    }
    if (!lex.denials.has(t[i].lower)) continue;
    // "dismissed as false the claim that ...": the object may follow a short "as false".
    for (let j = i + 1; j <= i + 5 && j < t.length; j++) {
      if (j > i + 3 && !lex.denialGap.has(t[j - 1].lower)) break;
      if (!lex.deniedObjects.has(t[j].lower)) continue;
      const rest = t.slice(j + 1, j + 4).map((x) => x.lower).join(' ');
      out.push({ at: i, back: lex.deniedBack.has(t[j].lower), event: lex.eventDenials.has(t[j].lower), elsewhere: lex.otherFigures.test(rest) });
      break;
    }
  }
  return out;
}

/**
 * Stage 7: how sure the text is, by scope. A hedge touches the figures of its own clause ("42 were found and the
 * remaining 796 are feared dead" hedges only the 796), and a hedged state only its category ("missing and feared
 * dead" leaves the missing asserted). A denial touches the figures in its object, or those before it in its
 * sentence, or those of the sentence before or after that it answers; a denial of responsibility or of "any"
 * losses reaches every figure reported before it. "Dismissed claims of far higher losses" denies nothing given.
 */
export function assignModality(doc: Doc, frames: Frame[], lex: ModalityLexicon): Modality[] {
  const info = new Map<Sentence, { breaks: number[]; hedges: Hedge[]; denials: Denial[]; figureAfter: boolean[]; deniedNear?: boolean }>();
  const of = (s: Sentence) => {
    let x = info.get(s);
    if (!x) {
      const breaks = clauseBreaks(s.tokens, lex);
      const denials = denialsIn(s, lex).filter((d) => !d.elsewhere);
      // Whether a figure follows each denial in its sentence: read once a sentence, not once a claim.
      const figureAfter = denials.map((d) => s.tokens.slice(d.at + 1).some((x) => /^\d/.test(x.text)));
      x = { breaks, hedges: hedgesIn(s, breaks, lex), denials, figureAfter };
      info.set(s, x);
    }
    return x;
  };
  const withFrames = new Set(frames.map((f) => f.sentence));
  // The first event denial of the text, by sentence index: figures reported before it are denied.
  let eventDenial = Infinity;
  for (const s of doc.sentences) {
    if (s.tokens.some((t) => lex.denials.has(t.lower)) && of(s).denials.some((d) => d.event)) { eventDenial = s.index; break; }
  }
  const deniedNear = (s: Sentence): boolean => {
    const x = of(s);
    x.deniedNear ??= answeredByNeighbour(s);
    return x.deniedNear;
  };
  const answeredByNeighbour = (s: Sentence): boolean => {
    // A sentence that only denies answers the figures next to it: before it in its paragraph, or the first after it.
    const next = doc.sentences[s.index + 1];
    if (next && next.paragraph === s.paragraph && !withFrames.has(next) && of(next).denials.length) return true;
    for (let j = s.index - 1; j >= 0 && j >= s.index - 2; j--) {
      const prev = doc.sentences[j];
      if (withFrames.has(prev)) break;
      if (of(prev).denials.some((d) => !d.back && !d.event)) return true;
    }
    return false;
  };
  return frames.map((f) => {
    const s = f.sentence;
    const { breaks, hedges, denials, figureAfter } = of(s);
    const at = f.mention.first;
    if (s.index < eventDenial && eventDenial !== Infinity && !(s.index === eventDenial)) return 'denied';
    for (let n = 0; n < denials.length; n++) {
      const d = denials[n];
      // In the denial's object ("denied that 2,000 were killed"), or before a denial that names them ("a claim the army denied").
      if (at > d.at && clauseOf(breaks, at) === clauseOf(breaks, d.at)) return 'denied';
      if (at < d.at && !figureAfter[n]) return 'denied';
    }
    if (deniedNear(s)) return 'denied';
    const clause = clauseOf(breaks, at);
    for (const h of hedges) {
      if (h.clause !== clause && !(h.at > at && h.verification)) continue;
      if (h.category && h.category !== f.category) continue;
      return 'hedged';
    }
    return 'asserted';
  });
}

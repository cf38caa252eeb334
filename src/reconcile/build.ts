import type { Claim } from '../schema.js';
import { bounds } from './bounds.js';
import type { Convention, Figure, Part, SummaryGroup } from './schema.js';
import { superseded, type Timed } from './supersede.js';

/** How far before a figure its update wording is looked for. */
const UPDATE_WINDOW = 200;

/** A figure while it is built, with what supersession reads of it. */
export interface FigureDraft extends Timed {
  figure: Figure;
  group: SummaryGroup;
  /** The figure's parts by what they count and state; made with the first part. */
  parts: Map<string, Part> | null;
  /** The claim that states the figure last: whether it words an update is read once, at the end. */
  latest: Claim;
}

interface GroupDraft {
  group: SummaryGroup;
  scopeOrder: number;
  figures: Map<string, FigureDraft>;
}

/** Where a claim sits: its group's identity and the fields a new group takes from it. */
export interface Placement {
  id: string;
  scope: string | null;
  scopeOrder: number;
  side: string | null;
  category: Claim['category'];
  kind: Claim['subject']['kind'];
  counted: string;
  period: string | null;
}

export type Stated = Pick<Claim['quantity'], 'value' | 'min' | 'max' | 'qualifier'>;

/** A map key of several values: a separator no name holds, null apart from the string "null". */
export function idOf(...values: Array<string | number | boolean | null>): string {
  let id = '';
  for (const v of values) id += v === null ? '\u0000\u0001' : `${v}\u0001`;
  return id;
}

const pointOf = (p: Part) => p.value ?? (p.min !== null && p.max !== null ? (p.min + p.max) / 2 : p.min ?? p.max);

/** Groups, figures and parts, built claim by claim in input order; each step is a map look-up. */
export class SummaryBuilder {
  /** `updates`: words that make a figure an update of an earlier one from the same source ("the toll reached 91"). */
  constructor(private readonly updates: RegExp) {}

  private readonly groups = new Map<string, GroupDraft>();
  private readonly drafts: FigureDraft[] = [];

  private groupAt(at: Placement): GroupDraft {
    let g = this.groups.get(at.id);
    if (!g) {
      const key = [at.scope ?? '-', at.side ?? '-', at.category, at.counted, at.period ?? '-'].join('|');
      const group: SummaryGroup = {
        key, scope: at.scope, side: at.side, category: at.category, kind: at.kind, counted: at.counted, period: at.period,
        figures: [], low: null, best: null, high: null, claims: [],
      };
      this.groups.set(at.id, (g = { group, scopeOrder: at.scopeOrder, figures: new Map() }));
    }
    return g;
  }

  /** The figure a claimant states in a group: one per claimant and number, whichever claims state it. */
  figure(at: Placement, claimantKey: string | null, q: Stated, first: Claim, summed: boolean): FigureDraft {
    const g = this.groupAt(at);
    const id = idOf(claimantKey, q.value, q.min, q.max, summed);
    let f = g.figures.get(id);
    if (!f) {
      const figure: Figure = {
        value: q.value, min: q.min, max: q.max, qualifier: q.qualifier, subject: first.subject.text, claimant: null, claimantKey,
        via: [], date: null, modality: first.modality, docs: [], claims: [], summed, superseded: false, parts: [], partsSum: null,
      };
      f = { figure, group: g.group, parts: null, latest: first, bucket: '', date: null, order: 0, sentence: 0, update: false };
      g.figures.set(id, f);
      g.group.figures.push(figure);
      this.drafts.push(f);
    }
    return f;
  }

  /** A claim states the figure (again): its latest statement says who gives it now, and as of when. */
  stated(f: FigureDraft, c: Claim, doc: string | null, order: number, sentence: number, own: boolean): void {
    if (c.modality === 'asserted') f.figure.modality = 'asserted';
    f.figure.claimant = c.claimant?.name ?? f.figure.claimant;
    f.figure.via = c.claimant?.via ?? [];
    f.figure.date = f.date = c.date?.value ?? null;
    f.order = order;
    f.sentence = sentence;
    f.latest = c;
    // Documents come one after another, so a document already listed is the last one.
    if (doc !== null && f.figure.docs[f.figure.docs.length - 1] !== doc) f.figure.docs.push(doc);
    if (own) {
      f.figure.claims.push(c.id);
      f.group.claims.push(c.id);
    }
  }

  /** A part under its total's figure; the same part stated twice is one part with both claims. */
  part(total: FigureDraft, c: Claim, counted: string): void {
    const q = c.quantity;
    const id = idOf(counted, c.subject.text.toLowerCase(), q.value, q.min, q.max);
    total.parts ??= new Map();
    let part = total.parts.get(id);
    if (!part) {
      part = { value: q.value, min: q.min, max: q.max, qualifier: q.qualifier, subject: c.subject.text, counted, claims: [] };
      total.parts.set(id, part);
      total.figure.parts.push(part);
    }
    part.claims.push(c.id);
    total.group.claims.push(c.id);
  }

  /** Supersession, parts' sums and low/best/high; groups in input order of their scope, then by what they count. */
  finish(convention: Convention): SummaryGroup[] {
    for (const f of this.drafts) {
      // Only the same claimant, as sure of itself, can replace its own figure for the same thing.
      f.bucket = idOf(f.group.key, f.figure.claimantKey, f.figure.modality);
      const c = f.latest;
      const from = Math.max(0, c.span.start - c.evidence.start - UPDATE_WINDOW);
      f.update = this.updates.test(c.evidence.text.slice(from, c.span.end - c.evidence.start));
      if (f.figure.parts.length) f.figure.partsSum = f.figure.parts.reduce((sum, p) => sum + (pointOf(p) ?? 0), 0);
    }
    const replaced = superseded(this.drafts);
    this.drafts.forEach((f, k) => {
      f.figure.superseded = replaced[k];
    });
    const groups = [...this.groups.values()];
    for (const g of groups) Object.assign(g.group, bounds(g.group.figures, convention));
    const text = (s: string | null) => s ?? '\uffff';
    return groups
      .sort((a, b) => a.scopeOrder - b.scopeOrder || text(a.group.side).localeCompare(text(b.group.side)) ||
        a.group.category.localeCompare(b.group.category) || a.group.kind.localeCompare(b.group.kind) ||
        a.group.counted.localeCompare(b.group.counted) || (a.group.period ?? '').localeCompare(b.group.period ?? ''))
      .map((g) => g.group);
  }
}

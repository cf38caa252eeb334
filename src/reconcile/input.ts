import type { Lexicon } from '../lexicon/index.js';
import { SummarizeOptionsSchema, type GroupBy, type SummarizeOptions, type SummaryClaim, type SummaryDocument } from './schema.js';

/** One input document: its claims in text order and the scope its figures compete in. */
export interface Doc {
  doc: string | null;
  scope: string | null;
  claims: SummaryClaim[];
}

export type SummarizeInput = readonly (SummaryClaim | SummaryDocument)[];

function checkClaim(c: unknown, where: string): SummaryClaim {
  const x = c as SummaryClaim | null;
  if (x === null || typeof x !== 'object' || typeof x.id !== 'string' || !x.quantity || !x.span || !x.evidence || !x.subject) {
    throw new TypeError(`summarize expects claims or documents; ${where} is neither`);
  }
  return x;
}

/**
 * The documents of an input: documents as given, or claims gathered by their `doc`. A document's scope is its
 * event, else its name; an unnamed document object is "#k" (its index), so two never merge.
 */
export function documentsOf(input: SummarizeInput, groupBy: GroupBy): Doc[] {
  if (!Array.isArray(input)) throw new TypeError(`summarize expects an array of claims or documents, got ${input === null ? 'null' : typeof input}`);
  const byId = new Map<string | null, Doc>();
  const docs: Doc[] = [];
  input.forEach((item, k) => {
    if (item !== null && typeof item === 'object' && Array.isArray((item as SummaryDocument).claims)) {
      const d = item as SummaryDocument;
      const claims = d.claims.map((c, i) => checkClaim(c, `claim ${i} of the document at index ${k}`));
      docs.push({ doc: d.doc ?? null, scope: d.event ?? d.doc ?? `#${k}`, claims });
      return;
    }
    const c = checkClaim(item, `the item at index ${k}`);
    const id = c.doc ?? null;
    let d = byId.get(id);
    if (!d) {
      byId.set(id, (d = { doc: id, scope: null, claims: [] }));
      docs.push(d);
    }
    if (c.event && d.scope === null) d.scope = c.event;
    d.claims.push(c);
  });
  // Documents that report one event compete with one another; otherwise each document is its own scope.
  for (const d of docs) d.scope = groupBy === 'all' ? null : d.scope ?? d.doc;
  return docs;
}

export type CheckedOptions = Required<Pick<SummarizeOptions, 'convention' | 'groupBy'>> & Pick<SummarizeOptions, 'period'> & { lexicon?: Lexicon };

/** The options, checked: a TypeError for a non-object, a RangeError naming a bad value. */
export function checkedOptions(options: unknown): CheckedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError('summarize options must be an object');
  }
  const { lexicon, ...rest } = (options ?? {}) as { lexicon?: Lexicon };
  const parsed = SummarizeOptionsSchema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RangeError(`summarize: bad option ${issue.path.join('.') || '(options)'}: ${issue.message}`);
  }
  if (lexicon !== undefined && (lexicon === null || typeof lexicon !== 'object' || !Array.isArray(lexicon.parties))) {
    throw new TypeError('summarize: options.lexicon must be a Lexicon');
  }
  return { convention: parsed.data.convention ?? 'ucdp', groupBy: parsed.data.groupBy ?? 'document', period: parsed.data.period, lexicon };
}

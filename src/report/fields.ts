import type { Claim, Quantity } from '../schema.js';

const QUALIFIER_WORDS: Record<Quantity['qualifier'], string> = {
  exact: 'exact',
  approximate: 'approximately',
  at_least: 'at least',
  more_than: 'more than',
  up_to: 'up to',
  less_than: 'less than',
  range: 'range',
  vague: 'vague',
};
const QUALIFIER_MARKS: Partial<Record<Quantity['qualifier'], string>> = { approximate: '~', at_least: '≥', more_than: '>', up_to: '≤', less_than: '<' };

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The figure in a few characters: "≥200", "300–400", "1,200,000,000 USD", "vague". */
export function figureOf(q: Quantity): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.value !== null) return `${QUALIFIER_MARKS[q.qualifier] ?? ''}${number(q.value)}${unit}`;
  if (q.min !== null && q.max !== null) return `${number(q.min)}–${number(q.max)}${unit}`;
  if (q.min !== null) return `≥${number(q.min)}${unit}`;
  if (q.max !== null) return `≤${number(q.max)}${unit}`;
  return 'vague';
}

/** A field the schema may gain ("side.basis", "claimant.kind"): shown when present, whatever the Claim type says. */
function optionalField(o: object | null, key: string): string | null {
  const v = o ? (o as Record<string, unknown>)[key] : undefined;
  return v === undefined || v === null || v === '' ? null : String(v);
}

const quoted = (s: string) => `“${s}”`;

/** One line of the claim's card: a label and its value, both plain text. */
export type FieldRow = [label: string, value: string];

/** The card's labels, in the order `fieldRows` gives them. */
export const FIELD_LABELS = ['quantity', 'category', 'subject', 'side', 'claimant', 'date', 'modality', 'mention', 'offsets'] as const;

/** The claim's fields as the review card shows them, in plain words; `mention` is the span's text. */
export function fieldRows(c: Claim, mention: string): FieldRow[] {
  const q = c.quantity;
  const rows: FieldRow[] = [
    ['quantity', `${figureOf(q)} · ${QUALIFIER_WORDS[q.qualifier]} · ${quoted(q.text)}`],
    ['category', c.category],
    ['subject', c.subject.text ? `${c.subject.text} (${c.subject.kind})` : `(${c.subject.kind})`],
  ];
  if (c.side) {
    const basis = optionalField(c.side, 'basis');
    rows.push(['side', `${c.side.name} · from ${quoted(c.side.text)}${basis ? ` · basis: ${basis}` : ''}`]);
  } else rows.push(['side', '—']);
  if (c.claimant) {
    const kind = optionalField(c.claimant, 'kind');
    const parts = [c.claimant.name];
    if (kind) parts.push(`(${kind})`);
    if (c.claimant.person) parts.push(`· spokesperson ${c.claimant.person}`);
    if (c.claimant.via.length) parts.push(`· via ${c.claimant.via.join(', ')}`);
    rows.push(['claimant', parts.join(' ')]);
  } else rows.push(['claimant', 'unattributed']);
  rows.push(['date', c.date ? `${c.date.value} · ${c.date.role.replace('_', ' ')} · ${quoted(c.date.text)}` : '—']);
  rows.push(['modality', c.modality]);
  rows.push(['mention', quoted(mention)]);
  rows.push(['offsets', `${c.span.start}–${c.span.end}`]);
  return rows;
}

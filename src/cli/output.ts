import { stringify } from 'csv-stringify/sync';
import type { Claim } from '../schema.js';

/** A document's result: its claims, or why it could not be read. */
export interface DocResult {
  doc: string;
  claims?: Claim[];
  /** The claims as JSON strings, one a claim, each with its `doc` (when the worker was asked for strings). */
  lines?: string[];
  error?: string;
  /** Progress units done once this document is written (documents, or bytes of a JSONL input). */
  progress?: number;
}

export type Format = 'jsonl' | 'json' | 'csv' | 'table';

export const CSV_COLUMNS = [
  'doc', 'id', 'category', 'value', 'min', 'max', 'qualifier', 'unit', 'subject', 'kind', 'side', 'claimant', 'via', 'date',
  'role', 'modality', 'start', 'end', 'evidence', 'error',
] as const;

type Cell = string | number | null;

/** One flat row of a claim, for CSV and spreadsheets. */
export function flatRow(doc: string, c: Claim): Cell[] {
  return [
    doc, c.id, c.category, c.quantity.value, c.quantity.min, c.quantity.max, c.quantity.qualifier, c.quantity.unit, c.subject.text,
    c.subject.kind, c.side?.name ?? null, c.claimant?.name ?? null, c.claimant?.via.join('; ') ?? null, c.date?.value ?? null,
    c.date?.role ?? null, c.modality, c.span.start, c.span.end, c.evidence.text, null,
  ];
}

export const claimCount = (r: DocResult) => r.claims?.length ?? r.lines?.length ?? 0;

/** The row of a document without claims (error empty) or that failed: every document has a row. */
const docRow = (doc: string, error: string | null): Cell[] => CSV_COLUMNS.map((col) => (col === 'doc' ? doc : col === 'error' ? error : null));

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) gets a leading
 * apostrophe, as OWASP advises for CSV injection; numbers stay numbers.
 */
export const safeCell = (v: Cell): Cell => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const csv = (rows: Cell[][]) => stringify(rows.map((r) => r.map(safeCell)));

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const figure = (c: Claim) => {
  const q = c.quantity;
  if (q.qualifier === 'range') return `${q.min}–${q.max}`;
  if (q.value === null) return q.min !== null ? `${q.min}+ (vague)` : 'vague';
  const prefix: Record<string, string> = { at_least: '≥', more_than: '>', up_to: '≤', less_than: '<', approximate: '~' };
  return `${prefix[q.qualifier] ?? ''}${q.value.toLocaleString('en-US')}${q.unit ? ` ${q.unit}` : ''}`;
};
const TABLE = [['doc', 18], ['category', 13], ['figure', 18], ['subject', 26], ['side', 14], ['claimant', 28], ['date', 11], ['modality', 8]] as const;

/** A document's result rendered in the output format, ready to write: done in the worker threads. */
export interface Rendered {
  doc: string;
  error?: string;
  claims: number;
  /** JSON Lines and CSV rows and table lines as one string; for json, one string per record. */
  pieces: string[];
}

/** Renders one document's result in a format: pure, so worker threads can do it. */
export function render(format: Format, r: DocResult): Rendered {
  const claims = r.claims ?? (format === 'jsonl' || format === 'json' ? [] : (r.lines ?? []).map((l) => JSON.parse(l) as Claim));
  const base = { doc: r.doc, error: r.error, claims: claimCount(r) };
  switch (format) {
    case 'jsonl':
    case 'json': {
      // A document without claims still gets a record, so that every input is accounted for.
      const strings = r.error
        ? [JSON.stringify({ doc: r.doc, error: r.error })]
        : r.lines?.length
          ? r.lines
          : claims.length
            ? claims.map((c) => JSON.stringify({ doc: r.doc, ...c }))
            : [JSON.stringify({ doc: r.doc, claims: 0 })];
      return { ...base, pieces: format === 'json' ? strings : [strings.map((x) => x + '\n').join('')] };
    }
    case 'csv':
      return { ...base, pieces: [csv(r.error || !claims.length ? [docRow(r.doc, r.error ?? null)] : claims.map((c) => flatRow(r.doc, c)))] };
    case 'table': {
      const lines = claims.map((c) => {
        const cells = [
          r.doc.split('/').pop() ?? r.doc, c.category, figure(c), c.subject.text, c.side?.name ?? '', c.claimant?.name ?? '',
          c.date?.value ?? '', c.modality === 'asserted' ? '' : c.modality,
        ];
        return cells.map((v, i) => cut(String(v), TABLE[i][1]).padEnd(TABLE[i][1])).join(' ').trimEnd() + '\n';
      });
      const name = cut(r.doc.split('/').pop() ?? r.doc, TABLE[0][1]).padEnd(TABLE[0][1]);
      if (r.error) lines.push(`${name} error: ${r.error}\n`);
      else if (!lines.length) lines.push(`${name} (no claims)\n`);
      return { ...base, pieces: [lines.join('')] };
    }
  }
}

/** Writes rendered results as they come, so a crash leaves every finished document on disk. */
export class ResultWriter {
  private first = true;
  constructor(private readonly format: Format, private readonly write: (s: string) => void) {}

  begin(): void {
    if (this.format === 'json') this.write('[');
    if (this.format === 'csv') this.write(csv([[...CSV_COLUMNS]]));
    if (this.format === 'table') {
      this.write(TABLE.map(([h, w]) => h.padEnd(w)).join(' ') + '\n');
      this.write(TABLE.map(([, w]) => '─'.repeat(w)).join(' ') + '\n');
    }
  }

  add(r: Rendered): void {
    if (this.format !== 'json') {
      for (const p of r.pieces) if (p) this.write(p);
      return;
    }
    for (const p of r.pieces) {
      this.write((this.first ? '\n' : ',\n') + p);
      this.first = false;
    }
  }

  end(): void {
    if (this.format === 'json') this.write(this.first ? ']\n' : '\n]\n');
  }
}

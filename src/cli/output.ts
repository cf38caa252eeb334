import { stringify } from 'csv-stringify/sync';
import type { Claim } from '../schema.js';

/** A document's result: its claims, or why it could not be read. */
export interface DocResult {
  doc: string;
  claims?: Claim[];
  error?: string;
}

export type Format = 'jsonl' | 'json' | 'csv' | 'table';

export const CSV_COLUMNS = ['doc', 'category', 'value', 'min', 'max', 'qualifier', 'subject', 'side', 'claimant', 'via', 'date', 'role', 'modality', 'start', 'end', 'evidence'] as const;

/** One flat row of a claim, for CSV and spreadsheets. */
export function flatRow(doc: string, c: Claim): Array<string | number | null> {
  return [
    doc, c.category, c.quantity.value, c.quantity.min, c.quantity.max, c.quantity.qualifier, c.subject.text,
    c.side?.name ?? null, c.claimant?.name ?? null, c.claimant?.via.join('; ') ?? null, c.date?.value ?? null,
    c.date?.role ?? null, c.modality, c.span.start, c.span.end, c.evidence.text,
  ];
}

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
  const claims = r.claims ?? [];
  const base = { doc: r.doc, error: r.error, claims: claims.length };
  switch (format) {
    case 'jsonl':
    case 'json': {
      const records = r.error ? [{ doc: r.doc, error: r.error }] : claims.map((c) => ({ doc: r.doc, ...c }));
      const strings = records.map((x) => JSON.stringify(x));
      return { ...base, pieces: format === 'json' ? strings : [strings.map((x) => x + '\n').join('')] };
    }
    case 'csv':
      return { ...base, pieces: claims.length ? [stringify(claims.map((c) => flatRow(r.doc, c)))] : [] };
    case 'table': {
      const lines = claims.map((c) => {
        const cells = [
          r.doc.split('/').pop() ?? r.doc, c.category, figure(c), c.subject.text, c.side?.name ?? '', c.claimant?.name ?? '',
          c.date?.value ?? '', c.modality === 'asserted' ? '' : c.modality,
        ];
        return cells.map((v, i) => cut(String(v), TABLE[i][1]).padEnd(TABLE[i][1])).join(' ').trimEnd() + '\n';
      });
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
    if (this.format === 'csv') this.write(stringify([CSV_COLUMNS as unknown as string[]]));
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

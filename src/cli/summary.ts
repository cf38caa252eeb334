import { Option, type Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { Figure, Part, SummarizeOptions, SummaryGroup } from '../reconcile/schema.js';
import type { Format } from './output.js';

/** The summary's options on the command line: how figures are read, compared and split (fresh for each command). */
export const SUMMARY_OPTIONS = {
  convention: () => new Option('--convention <name>', 'with --summary: how low/best/high are read (ucdp: median, acled: most conservative, max: largest)')
    .choices(['ucdp', 'acled', 'max']).default('ucdp'),
  groupBy: () => new Option('--group-by <how>', 'with --summary: compare figures within each document, or across all of them')
    .choices(['document', 'all']).default('document'),
  period: () => new Option('--period <unit>', 'with --summary: split groups by the year or month of each claim\'s date').choices(['year', 'month']),
};

/** The summarize options the command line was given. */
export function summaryOptions(o: { convention?: string; groupBy?: string; period?: string }): SummarizeOptions {
  return { convention: o.convention, groupBy: o.groupBy, period: o.period } as SummarizeOptions;
}

/** The summary's format: `-f` when given, else a table for people to read. */
export const summaryFormat = (command: Command, format: Format): Format => (command.getOptionValueSource('format') === 'default' ? 'table' : format);

const num = (n: number | null) => (n === null ? '' : n.toLocaleString('en-US'));
const amount = (f: Pick<Figure, 'value' | 'min' | 'max'>) =>
  f.value !== null ? num(f.value) : f.min !== null && f.max !== null ? `${num(f.min)}–${num(f.max)}` : num(f.min ?? f.max);
const partsOf = (parts: Part[]) => parts.map((p) => `${amount(p)} ${p.counted}`).join(' + ');

/** One figure in a table cell: the number, who gives it and how, and its parts. */
function figureCell(f: Figure): string {
  const marks = [f.claimant ?? 'unattributed', f.date, f.modality !== 'asserted' ? f.modality : null, f.superseded ? 'superseded' : null].filter(Boolean);
  const parts = !f.parts.length ? '' : f.summed ? `; sum of ${partsOf(f.parts)}` : `; parts: ${partsOf(f.parts)} = ${num(f.partsSum)}`;
  return `${amount(f)} (${marks.join(', ')}${parts})`;
}

const TABLE_HEAD = ['scope', 'side', 'category', 'counted', 'period', 'low', 'best', 'high', 'figures'];

/** The groups as a table: one row a group, its figures with their claimants, dates and parts. */
function table(groups: SummaryGroup[]): string {
  const scope = (s: string | null) => (s === null ? '' : s.length > 24 ? `…${s.slice(-23)}` : s);
  const rows = groups.map((g) => [
    scope(g.scope), g.side ?? '(none)', g.category, g.counted, g.period ?? '', num(g.low), num(g.best), num(g.high), g.figures.map(figureCell).join('; '),
  ]);
  const last = TABLE_HEAD.length - 1;
  const widths = TABLE_HEAD.map((h, i) => (i === last ? 0 : Math.min(24, rows.reduce((w, r) => Math.max(w, r[i].length), h.length))));
  const line = (r: string[]) => r.map((v, i) => (i === last ? v : v.slice(0, widths[i]).padEnd(widths[i]))).join('  ').trimEnd();
  return [line(TABLE_HEAD), line(widths.map((w, i) => '─'.repeat(i === last ? 7 : w))), ...rows.map(line)].join('\n') + '\n';
}

export const SUMMARY_CSV_COLUMNS = [
  'scope', 'side', 'category', 'kind', 'counted', 'period', 'low', 'best', 'high', 'figure', 'claimant', 'value', 'min', 'max',
  'qualifier', 'subject', 'date', 'modality', 'superseded', 'summed', 'docs', 'claims',
] as const;

/** One row a figure, and one a part under it ("1.2": the second part of the group's first figure). */
function csv(groups: SummaryGroup[]): string {
  const rows: Array<Array<string | number | boolean | null>> = [[...SUMMARY_CSV_COLUMNS]];
  for (const g of groups) {
    const head = [g.scope, g.side, g.category, g.kind, g.counted, g.period, g.low, g.best, g.high];
    g.figures.forEach((f, i) => {
      rows.push([...head, String(i + 1), f.claimant, f.value, f.min, f.max, f.qualifier, f.subject, f.date, f.modality, f.superseded, f.summed, f.docs.join(' '), f.claims.join(' ')]);
      f.parts.forEach((p, k) => {
        rows.push([...head, `${i + 1}.${k + 1}`, f.claimant, p.value, p.min, p.max, p.qualifier, p.subject, f.date, f.modality, f.superseded, false, f.docs.join(' '), p.claims.join(' ')]);
      });
    });
  }
  return stringify(rows, { cast: { boolean: (b) => String(b) } });
}

/** The summary in an output format: a table, CSV rows, one JSON array, or one group a JSON line. */
export function renderSummary(groups: SummaryGroup[], format: Format): string {
  switch (format) {
    case 'table':
      return table(groups);
    case 'csv':
      return csv(groups);
    case 'json':
      return JSON.stringify(groups, null, 2) + '\n';
    case 'jsonl':
      return groups.map((g) => JSON.stringify(g) + '\n').join('');
  }
}

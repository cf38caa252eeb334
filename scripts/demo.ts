/**
 * Runs extractClaims on a bundled fixture and prints the claims as a table:
 *   npm run demo [-- fixtures/004_104ae95fd8efd749.txt]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractClaims } from '../src/index.js';

const file = resolve(import.meta.dirname, '..', process.argv[2] ?? 'fixtures/000_cfd4f7954cf25aff.txt');
const text = readFileSync(file, 'utf8');
const referenceDate = process.argv[3] ?? (file.includes('000_') ? '2023-09-28' : file.includes('004_') ? '2020-11-10' : undefined);
const claims = extractClaims(text, { referenceDate });

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const figure = (c: (typeof claims)[number]) => {
  const q = c.quantity;
  const n = q.value ?? (q.qualifier === 'range' ? `${q.min}–${q.max}` : q.min !== null ? `${q.min}+` : '?');
  return q.qualifier === 'exact' ? String(n) : `${n} (${q.qualifier})`;
};
const table = claims.map((c) => ({
  category: c.category,
  figure: figure(c),
  subject: cut(c.subject.text, 28),
  side: c.side?.name ?? '',
  claimant: cut(c.claimant ? c.claimant.name + (c.claimant.via.length ? ` via ${c.claimant.via.join(', ')}` : '') : '', 40),
  date: c.date ? `${c.date.value} ${c.date.role}` : '',
  modality: c.modality === 'asserted' ? '' : c.modality,
}));
console.log(`${claims.length} claims in ${file.split('/').pop()}${referenceDate ? ` (reference date ${referenceDate})` : ''}\n`);
console.table(table);

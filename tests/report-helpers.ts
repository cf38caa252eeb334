/** Shared by the report tests: hand-made claims, the fixtures as report documents, the page's embedded data. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractClaims, type Claim } from '../src/index.js';
import type { ReportDocument } from '../src/report/index.js';
import { loadGold } from '../src/testing/index.js';

export const root = resolve(import.meta.dirname, '..');

/** A claim on the first occurrence of `mention` in `text`, with plain defaults for every field not given. */
export function claimOn(text: string, mention: string, fields: Partial<Claim> & { from?: number } = {}): Claim {
  const { from = 0, ...rest } = fields;
  const start = text.indexOf(mention, from);
  if (start < 0) throw new Error(`"${mention}" is not in the text`);
  const digits = mention.match(/\d[\d,]*/)?.[0] ?? '1';
  const value = Number(digits.replace(/,/g, ''));
  return {
    id: `c${start}-${start + mention.length}`,
    category: 'killed',
    quantity: { value, min: value, max: value, qualifier: 'exact', unit: null, text: digits },
    subject: { text: mention.slice(mention.indexOf(digits) + digits.length).trim(), kind: 'people' },
    side: null,
    claimant: null,
    date: null,
    modality: 'asserted',
    span: { start, end: start + mention.length },
    evidence: { start: 0, end: text.length, text },
    ...rest,
  };
}

/** The two fixtures, each read against its gold reference date, as the report's documents. */
export function fixtureDocuments(): ReportDocument[] {
  const dir = join(root, 'fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => {
    const gold = loadGold(join(dir, f));
    const text = readFileSync(join(dir, gold.doc), 'utf8');
    return { id: gold.doc, text, claims: extractClaims(text, { referenceDate: gold.referenceDate }), referenceDate: gold.referenceDate };
  });
}

/** What the page's script reads, decoded: one entry a claim, in page order, with its card title and field rows. */
export function pageClaims(html: string): Array<{ d: number; c: string; s: number; k: number; t: string; r: Array<[string, string]> }> {
  const json = html.match(/<script type="application\/json" id="fc-data">([^<]*)<\/script>/)?.[1];
  if (json === undefined) throw new Error('no claim data in the page');
  const data: { labels: string[]; strings: string[]; claims: number[][] } = JSON.parse(json);
  return data.claims.map(([d, s, k, t, ...values]) => {
    const r = data.labels.map((label, i): [string, string] => [label, data.strings[values[i]]]);
    return { d, s, k, t: data.strings[t], c: r.find(([label]) => label === 'category')![1], r };
  });
}

/** Opening tags of the first piece of each highlighted claim (continuation pieces of split spans left out). */
export const firstMarks = (html: string) => html.match(/<mark class="fc [^"]*"/g)?.filter((m) => !m.includes(' cont')) ?? [];

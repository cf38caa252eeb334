/**
 * Inputs of n figures for timing `summarize`: each shape drives one path (supersession, claimant keys, parts,
 * lists, many documents, dates). Claims are built directly, with exact offsets, so only summarize is timed.
 */
import type { Claim, SummarizeOptions, SummaryDocument } from '../src/index.js';

interface Mention {
  /** The mention's words, e.g. "12 soldiers"; the count is its first word. */
  words: string;
  value: number;
  subject: string;
  claimant?: string;
  date?: string;
}

/** A document from sentences, each a list of pieces: plain text, or a mention that becomes a claim. */
function documentOf(doc: string, sentences: Array<Array<string | Mention>>): SummaryDocument {
  let length = 0;
  const claims: Claim[] = [];
  for (const pieces of sentences) {
    // Each sentence is built on its own: one growing string would be copied whole for every slice.
    let sentence = '';
    const pending: Array<{ m: Mention; at: number }> = [];
    for (const p of pieces) {
      if (typeof p === 'string') sentence += p;
      else {
        pending.push({ m: p, at: length + sentence.length });
        sentence += p.words;
      }
    }
    const evidence = { start: length, end: length + sentence.length, text: sentence };
    for (const { m, at } of pending) {
      claims.push({
        id: `${doc}-${claims.length}`, category: 'killed',
        quantity: { value: m.value, min: m.value, max: m.value, qualifier: 'exact', unit: null, text: String(m.value) },
        subject: { text: m.subject, kind: 'people' }, side: null,
        claimant: m.claimant ? { name: m.claimant, text: m.claimant, via: [] } : null,
        date: m.date ? { value: m.date, text: m.date, role: 'reported' } : null,
        modality: 'asserted', span: { start: at, end: at + m.words.length }, evidence,
      });
    }
    length += sentence.length + 1;
  }
  return { doc, claims };
}

const soldiers = (value: number, extra: Partial<Mention> = {}): Mention => ({ words: `${value} soldiers`, value, subject: 'soldiers', ...extra });
const day = (k: number) => new Date(Date.UTC(2000, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
const range = (n: number) => Array.from({ length: n }, (_, k) => k);

/** Each shape: the input and options for n figures. */
export const SUMMARIZE_SHAPES: Record<string, (n: number) => { input: SummaryDocument[]; options?: SummarizeOptions }> = {
  'one claimant, n updates': (n) => ({ input: [documentOf('a', range(n).map((k) => ['The ministry said the toll reached ', soldiers(k + 1, { claimant: 'Ministry of Defence' }), '.']))] }),
  'n claimants': (n) => ({ input: [documentOf('a', range(n).map((k) => [`Monitor ${k} said `, soldiers(k + 1, { claimant: `Monitor Number${k}` }), ' were killed.']))] }),
  'n dated figures': (n) => ({ input: [documentOf('a', range(n).map((k) => ['The army said ', soldiers(k + 1, { claimant: 'the army', date: day(k) }), ' were killed.']))] }),
  'a breakdown of n parts': (n) => ({
    input: [documentOf('a', [[{ words: `${n} people`, value: n, subject: 'people' }, ' were killed, including ', ...range(n).flatMap((k) => [soldiers(1), k < n - 1 ? ', ' : '.'])]])],
  }),
  'a list of n in one sentence': (n) => ({ input: [documentOf('a', [['Shelling killed ', ...range(n).flatMap((k) => [soldiers(k % 7 + 1), ' and '])]])] }),
  'n documents, grouped as one': (n) => ({
    input: range(n).map((k) => documentOf(`doc${k}`, [['Officials said ', soldiers(k % 50, { claimant: 'the Interior Ministry' }), ' died.']])),
    options: { groupBy: 'all' },
  }),
};

/**
 * Every gold file of the project (the fixtures and the blind corpus) read through the zod gold schema, with each
 * quote found in its text (the n-th occurrence when it repeats) and the lines in text order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateQuote, parseGold } from '../src/testing/index.js';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');
const corpus = join(fixtures, 'corpus');

interface GoldFile { name: string; gold: string; text: string }

function goldFiles(): GoldFile[] {
  const out: GoldFile[] = [];
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.jsonl'))) {
    const gold = readFileSync(join(fixtures, f), 'utf8');
    out.push({ name: f, gold, text: readFileSync(join(fixtures, parseGold(gold).doc), 'utf8') });
  }
  if (existsSync(join(corpus, 'gold'))) {
    for (const f of readdirSync(join(corpus, 'gold')).filter((x) => x.endsWith('.jsonl'))) {
      const gold = readFileSync(join(corpus, 'gold', f), 'utf8');
      // Corpus texts carry a three-line header (source, date, blank) before the passage.
      const raw = readFileSync(join(corpus, 'texts', parseGold(gold).doc), 'utf8').split('\n');
      expect(raw[0]).toMatch(/^source: \S+/);
      expect(raw[1]).toMatch(/^date: (?:\d{4}-\d\d-\d\d|unknown)$/);
      out.push({ name: `corpus/${f}`, gold, text: raw.slice(3).join('\n') });
    }
  }
  return out;
}

const files = goldFiles();

describe('gold files', () => {
  it('include the two fixtures and at least one blind batch of 40 passages', () => {
    expect(files.filter((f) => !f.name.startsWith('corpus/'))).toHaveLength(2);
    expect(files.filter((f) => f.name.startsWith('corpus/')).length).toBeGreaterThanOrEqual(40);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: schema, quotes found, text order', (_, f) => {
    const doc = parseGold(f.gold);
    expect(doc.claims.length).toBeGreaterThan(0);
    let last = -1;
    for (const [k, claim] of doc.claims.entries()) {
      const at = locateQuote(f.text, claim);
      expect(at, `line ${k + 2}: quote "${claim.q}" (n=${claim.n ?? 0}) not in the text`).not.toBeNull();
      expect(at![0], `line ${k + 2}: "${claim.q}" out of text order`).toBeGreaterThanOrEqual(last);
      last = at![0];
      if (claim.qual === 'range' || (Array.isArray(claim.qual) && claim.qual.length === 1 && claim.qual[0] === 'range')) {
        expect(claim.min !== undefined && claim.max !== undefined, `line ${k + 2}: a range needs min and max`).toBe(true);
      }
    }
    if (doc.referenceDate) expect(doc.referenceDate).toMatch(/^\d{4}-\d\d-\d\d$/);
  });
});

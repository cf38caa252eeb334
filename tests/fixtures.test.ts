/**
 * The fixtures scored as ANNOTATION.md describes: the project's acceptance bar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { loadGold, scoreClaims } from '../src/testing/index.js';

const dir = resolve(import.meta.dirname, '..', 'fixtures');
const docs = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => {
  const gold = loadGold(join(dir, f));
  return { gold, text: readFileSync(join(dir, gold.doc), 'utf8') };
});

describe('fixtures', () => {
  it('has both seed documents with their gold', () => {
    expect(docs.map((d) => d.gold.doc).sort()).toEqual(['000_cfd4f7954cf25aff.txt', '004_104ae95fd8efd749.txt']);
    expect(docs.reduce((n, d) => n + d.gold.claims.filter((c) => !c.opt).length, 0)).toBe(133);
  });

  it.each(docs.map((d) => [d.gold.doc, d] as const))('%s: F1 ≥ 0.95 and side accuracy ≥ 0.90', (_, d) => {
    const s = scoreClaims(d.text, extractClaims(d.text, { referenceDate: d.gold.referenceDate }), d.gold.claims);
    expect(s.misses.map((m) => m.q)).toEqual([]);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.accuracy.side).toBeGreaterThanOrEqual(0.9);
    expect(s.accuracy.qualifier).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the model designations, ages and years of the fixtures as no claims', () => {
    const text = docs.find((d) => d.gold.doc.startsWith('004'))!.text;
    const claims = extractClaims(text);
    const mentions = claims.map((c) => text.slice(c.span.start, c.span.end));
    for (const notACount of ['1991', '2016', '1988', '13-year-old', 'three-time']) {
      expect(mentions.some((m) => m.startsWith(notACount))).toBe(false);
    }
    // No count starts inside a designation such as T-72, S-300 or 2S1.
    expect(claims.filter((c) => /[\p{L}\p{N}-]/u.test(text[c.span.start - 1] ?? ' ')).map((c) => c.quantity.text)).toEqual([]);
  });

  it('states the desk editor\'s two figures, attributed and dated', () => {
    const d = docs.find((x) => x.gold.doc.startsWith('000'))!;
    const claims = extractClaims(d.text, { referenceDate: d.gold.referenceDate });
    expect(claims).toContainClaim({ category: 'killed', value: 180, side: 'Azerbaijan', claimant: 'Azerbaijani Press Agency', date: '2023-09-27' });
    expect(claims).toContainClaim({ category: 'killed', value: 200, qualifier: 'at_least', claimant: 'Nagorno-Karabakh Republic', date: '2023-09-28' });
    expect(claims).not.toContainClaim({ category: 'killed', value: 180, side: 'Armenia' });
  });
});

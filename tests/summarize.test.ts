import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, summarize, type Claim } from '../src/index.js';

const fixture = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', '004_104ae95fd8efd749.txt'), 'utf8');
const claims = extractClaims(fixture, { referenceDate: '2020-11-10' });

describe('summarize (reconcile/summarize)', () => {
  it('puts 2,906 and 7,630 in one Azerbaijan/killed group with both claimants', () => {
    const g = summarize(claims).find((x) => x.side === 'Azerbaijan' && x.category === 'killed' && x.kind === 'people')!;
    const byValue = (v: number) => g.figures.filter((f) => f.value === v).map((f) => f.claimant);
    expect(byValue(2906)).toEqual(expect.arrayContaining(['Azerbaijani Defense Ministry']));
    expect(byValue(7630)).toEqual(['Armenian side']);
    expect(g.high).toBe(7630);
  });

  it('puts every claim in exactly one group and loses none', () => {
    const groups = summarize(claims);
    const ids = groups.flatMap((g) => g.claims);
    expect(ids.sort()).toEqual(claims.map((c) => c.id).sort());
    for (const g of groups) expect(g.figures.flatMap((f) => f.claims).sort()).toEqual([...g.claims].sort());
  });

  it('lets a later figure from the same claimant supersede the earlier one for best', () => {
    const text = 'On 1 May, the ministry said 40 people were killed.\nOn 3 May, the ministry said the toll reached 91.';
    const [g] = summarize(extractClaims(text, { referenceDate: '2024-05-05' }));
    expect(g.figures.map((f) => [f.value, f.superseded])).toEqual([[40, true], [91, false]]);
    expect(g.best).toBe(91);
    expect(g.low).toBe(91);
  });

  it('keeps hedged and denied figures, marked, without letting them set best', () => {
    const text = 'Officials said 12 soldiers were killed. Rebels claimed 300 soldiers were reportedly killed.\n' +
      'Activists said 50 soldiers were killed; the army denied these claims.';
    const [g] = summarize(extractClaims(text));
    expect(g.figures.map((f) => [f.value, f.modality])).toEqual([[12, 'asserted'], [300, 'hedged'], [50, 'denied']]);
    expect(g.best).toBe(12);
    expect(g.high).toBe(300);
  });

  it('does not add parts ("including 10 children") to the whole', () => {
    const [g] = summarize(extractClaims('At least 613 civilians were killed, including 106 women and 63 children.'));
    expect(g.figures.map((f) => [f.value, f.part])).toEqual([[613, false], [106, true], [63, true]]);
    expect([g.low, g.best, g.high]).toEqual([613, 613, 613]);
  });

  it('reads low/best/high by convention: UCDP median, ACLED most conservative, max', () => {
    const text = 'The UN said 100 civilians were killed. The ministry said 300 civilians were killed. Medics said 200 civilians were killed.';
    const found = extractClaims(text);
    expect(summarize(found)[0]).toMatchObject({ low: 100, best: 200, high: 300 });
    expect(summarize(found, { convention: 'acled' })[0].best).toBe(100);
    expect(summarize(found, { convention: 'max' })[0].best).toBe(300);
  });

  it('groups across documents and, on request, by period', () => {
    const a = extractClaims('In March 2024, the UN said 10 Sudanese civilians were killed.');
    const b = extractClaims('In April 2024, MSF said 25 Sudanese civilians were killed.');
    const all: Claim[] = [...a, ...b];
    expect(summarize(all)).toHaveLength(1);
    expect(summarize(all)[0].figures.map((f) => f.claimant)).toEqual(['UN', 'MSF']);
    expect(summarize(all, { period: 'month' }).map((g) => g.period)).toEqual(['2024-03', '2024-04']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const quals = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.quantity.qualifier]);

describe('a head line that calls its figures approximate', () => {
  it('makes the exact counts of its rows approximate', () => {
    const text = 'Refugees are distributed as follows (approximate figures as of May 2020):\n\nColombia: 1.8 million refugees\nPeru: 900,000 refugees';
    expect(quals(text)).toEqual([[1800000, 'approximate'], [900000, 'approximate']]);
  });
  it('leaves rows under a head of no such word as they are, and a row\'s own qualifier its own', () => {
    expect(quals('Refugees by country:\n\nColombia: 1.8 million refugees\nPeru: over 900,000 refugees')).toEqual([[1800000, 'exact'], [900000, 'more_than']]);
  });
});

describe('rows under a dated list intro, each on its own line', () => {
  it('take the intro\'s date, not the page\'s', () => {
    const text = 'Refugees are distributed as follows, as of May 2020:\n\nColombia: 1.8 million refugees\nPeru: 900,000 refugees';
    expect(extractClaims(text, { referenceDate: '2020-06-15' }).map((c) => [c.quantity.value, c.date?.value ?? null]))
      .toEqual([[1800000, '2020-05'], [900000, '2020-05']]);
  });
});

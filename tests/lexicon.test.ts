import { describe, expect, it } from 'vitest';
import { defaultLexicon, extendLexicon } from '../src/index.js';
import { rows } from './helpers.js';

describe('lexicon as data', () => {
  it('lists every country with its demonyms', () => {
    const names = defaultLexicon.parties.map((p) => p.name);
    expect(names.length).toBeGreaterThan(250);
    expect(defaultLexicon.parties.find((p) => p.name === 'Azerbaijan')?.demonyms).toContain('Azerbaijani');
    expect(defaultLexicon.parties.find((p) => p.name === 'Russia')?.capitals).toContain('Moscow');
  });

  it('extends categories without touching the defaults', () => {
    const text = 'Four soldiers were vaporised.';
    expect(rows(text)).toEqual([]);
    const lexicon = extendLexicon({ categories: { predicates: { vaporised: 'killed' } } });
    expect(rows(text, { lexicon }).map((r) => [r.category, r.value])).toEqual([['killed', 4]]);
    expect(defaultLexicon.categories.predicates.vaporised).toBeUndefined();
  });
});

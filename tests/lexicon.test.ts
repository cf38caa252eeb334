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
    const text = 'Four soldiers were neutralised.';
    expect(rows(text)).toEqual([]);
    const lexicon = extendLexicon({ categories: { predicates: { neutralised: 'killed' } } });
    expect(rows(text, { lexicon }).map((r) => [r.category, r.value])).toEqual([['killed', 4]]);
    expect(defaultLexicon.categories.predicates.neutralised).toBeUndefined();
  });
});

/** The README's examples hold. */
import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims, parseQuantity } from '../src/index.js';

describe('README examples', () => {
  it('API', () => {
    const text = '180 Azerbaijani soldiers were killed, the Azerbaijani Press Agency reported on Sept. 27, citing the Health Ministry.';
    const [claim] = extractClaims(text, { referenceDate: '2023-09-28' });
    expect(claim.category).toBe('killed');
    expect(claim.quantity).toEqual({ value: 180, min: 180, max: 180, qualifier: 'exact', unit: null, text: '180' });
    expect(claim.side).toEqual({ name: 'Azerbaijan', text: 'Azerbaijani', basis: 'stated' });
    expect(text.slice(claim.span.start, claim.span.end)).toBe('180 Azerbaijani soldiers');
    expect(claim.claimant).toMatchObject({ name: 'Azerbaijani Press Agency', via: ['Health Ministry'] });
    expect(claim.date).toEqual({ value: '2023-09-27', text: 'Sept. 27', role: 'reported' });
    expect(parseQuantity('at least 185')).toMatchObject({ value: 185, min: 185, max: null, qualifier: 'at_least' });
    expect(parseQuantity('up to 300 to 400')).toMatchObject({ value: null, min: 300, max: 400, qualifier: 'range' });
    expect(parseQuantity('US$1.2 billion')).toMatchObject({ value: 1.2e9, unit: 'USD' });
    expect(parseQuantity('T-72')).toBeNull();
  });

  it('Single victims', () => {
    const [c] = extractClaims('A 42-year-old woman was killed when her car left the road on Sunday, police said.', { referenceDate: '1997-05-20' });
    expect(c.quantity).toEqual({ value: 1, min: 1, max: 1, qualifier: 'exact', unit: null, text: 'A 42-year-old woman', stated: false });
    expect([c.category, c.claimant?.name, c.date?.value]).toEqual(['killed', 'police', '1997-05-18']);
  });

  it('Examples', () => {
    expect(extractClaims('At least 200 people were killed and 400 wounded.').map((c) => [c.category, c.quantity.value])).toEqual([['killed', 200], ['wounded', 400]]);
    expect(extractClaims('The captured trophies included 39 tanks, 24 IFVs and 12 mortars.').map((c) => c.category)).toEqual(['captured', 'captured', 'captured']);
    expect(extractClaims('== Equipment losses ==\n=== Azerbaijani ===\nThe army claimed the destruction of 39 vehicles.')[0].side).toEqual({ name: 'Azerbaijan', text: 'Azerbaijani', basis: 'heading' });
  });

  it('Extending the lexicon', () => {
    const lexicon = extendLexicon({
      categories: { predicates: { neutralised: 'killed' } },
      parties: [{ name: 'Northern Alliance', names: ['Northern Alliance'], demonyms: [], capitals: [] }],
    });
    expect(extractClaims('Eight Northern Alliance fighters were neutralised.', { lexicon })).toContainClaim({ category: 'killed', value: 8, side: 'Northern Alliance' });
  });
});

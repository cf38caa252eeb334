import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const modality = (text: string) => extractClaims(text).map((c) => c.modality);

describe('modality (pipeline/modality)', () => {
  it.each([
    'Three more drones were reportedly destroyed.',
    'The figure allegedly includes 40 injured civilians.',
    '100 tanks are said to have been destroyed.',
    'Unconfirmed reports put the toll at 60 dead.',
    'Some 50 people are believed to have died, a figure that could not be independently verified.',
  ])('hedged: %s', (text) => {
    expect(modality(text)).toEqual(expect.arrayContaining(['hedged']));
    expect(modality(text).every((m) => m === 'hedged')).toBe(true);
  });

  it('denied when a party denies the figures in the same sentence', () => {
    expect(modality('Two civilians were killed by shelling, sources said; the ministry denied these claims.')).toEqual(['denied']);
  });

  it('denied when the next sentence only denies them', () => {
    expect(modality('Rebels said 30 soldiers were killed. The army rejected the claim.')).toEqual(['denied']);
  });

  it('asserted otherwise, and a denial of something else does not touch the figures', () => {
    expect(modality('At least 200 people were killed and 400 wounded.')).toEqual(['asserted', 'asserted']);
    expect(modality('The government denied involvement. Five people were killed.')).toEqual(['asserted']);
    expect(modality('At least 150 and possibly as many as 480 villagers were killed.')).toEqual(['asserted', 'asserted']);
  });
});

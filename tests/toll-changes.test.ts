/** A toll that changes names two figures of one loss: the one it changed from and the one it changed to. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.category, c.quantity.qualifier]);

describe('toll changes', () => {
  it('counts the figure changed from as a claim of the same loss', () => {
    expect(read('Officials raised the death toll from the landslide from 38 to 61 on Tuesday.')).toEqual([[38, 'killed', 'exact'], [61, 'killed', 'exact']]);
    expect(read('Authorities revised the civilian death toll from 64 down to 51.')).toEqual([[64, 'killed', 'exact'], [51, 'killed', 'exact']]);
    expect(read('The number of missing persons is at 427 from 349.')).toEqual([[427, 'missing', 'exact'], [349, 'missing', 'exact']]);
    expect(read('The toll of injured climbed to 240, up from 180 a day earlier.')).toEqual([[240, 'wounded', 'exact'], [180, 'wounded', 'exact']]);
  });

  it('keeps a range a range where nothing changes', () => {
    expect(read('The death toll ranged from 300 to 400.')).toEqual([[null, 'killed', 'range']]);
  });

  it('links a total to its figure over adverbs and a leading qualifier', () => {
    expect(read('The number of injured has meanwhile risen to 412.')).toEqual([[412, 'wounded', 'exact']]);
    expect(read('Local media put the death toll as high as 80.')).toEqual([[80, 'killed', 'up_to']]);
  });

  it('does not take the cause of a toll for its source', () => {
    expect(extractClaims('The death toll from Cyclone Nargis climbed to 61.').map((c) => c.claimant)).toEqual([null]);
  });
});

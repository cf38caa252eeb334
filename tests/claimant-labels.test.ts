import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text).map((c) => [c.quantity.value ?? c.quantity.min, c.claimant?.name ?? null]);

describe('source labels competing in one line', () => {
  it('gives the figures after each label that label\'s source', () => {
    expect(read('- Casualties1: British estimate: 3,000 killed, 40 guns lost, Zulu accounts: 1,000 killed and 700 wounded'))
      .toEqual([[3000, 'British estimate'], [40, 'British estimate'], [1000, 'Zulu accounts'], [700, 'Zulu accounts']]);
  });

  it('reads a label with a stray comma after its colon, and one opened by a tag\'s end', () => {
    expect(read('- Casualties2: Danish figures:, 212 killed, Swedish claim:, 900 killed')).toEqual([[212, 'Danish figures'], [900, 'Swedish claim']]);
    expect(read('- Casualties2: 500 wounded<hr />Later Austrian sources: 1,400 killed')).toEqual([[500, null], [1400, 'Later Austrian sources']]);
  });

  it('reads a party\'s claim with a curly opening quote as its own label', () => {
    expect(read('- Casualties1: Peru‘s claim:, 41 killed, Rebels claim:, 300 killed')).toEqual([[41, 'Peru‘s claim'], [300, 'Rebels claim']]);
  });
});

/** The grammar, figures and layout sections: reached by extendLexicon end to end, merged by key, checked by the schema. */
import { describe, expect, it } from 'vitest';
import { defaultLexicon, extendLexicon, extractClaims } from '../src/index.js';
import { LexiconSchema } from '../src/options.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { segment } from '../src/pipeline/segment.js';

const categories = (text: string, lexicon = defaultLexicon) => extractClaims(text, { lexicon }).map((c) => c.category);

describe('grammar and figures sections', () => {
  it('an added money noun makes a sum a loss', () => {
    const text = 'The storm left repairs worth $5 million in the town.';
    expect(categories(text)).toEqual([]);
    expect(categories(text, extendLexicon({ figures: { moneyLosses: ['repairs'] } }))).toEqual(['economic_loss']);
  });

  it('added tally links tie a running total to its figure', () => {
    const text = 'Police said the count of the dead went beyond 40.';
    expect(categories(text)).toEqual([]);
    expect(categories(text, extendLexicon({ figures: { tallyLinks: ['went', 'beyond'] } }))).toEqual(['killed']);
  });

  it('an added abbreviation keeps its period from ending the sentence', () => {
    const text = 'Cdr. Okafor said 12 sailors were killed.';
    const sentences = (lexicon = defaultLexicon) => segment(text, compileLexicon(lexicon).layout).sentences.length;
    expect(sentences()).toBe(2);
    expect(sentences(extendLexicon({ layout: { abbreviations: ['cdr'] } }))).toBe(1);
  });

  it('reaches every list of the three sections', () => {
    for (const section of ['grammar', 'figures', 'layout'] as const) {
      for (const key of Object.keys(defaultLexicon[section] ?? {})) {
        const lexicon = extendLexicon({ [section]: { [key]: ['zz'] } });
        expect((lexicon[section] as unknown as Record<string, string[]>)[key].at(-1), `${section}.${key}`).toBe('zz');
      }
    }
  });

  it('merges by key and checks the shape', () => {
    const lexicon = extendLexicon({ grammar: { objectBreaks: ['amidst'] } });
    expect(lexicon.grammar?.objectBreaks.at(-1)).toBe('amidst');
    expect(lexicon.grammar?.beForms).toEqual(defaultLexicon.grammar?.beForms);
    expect(LexiconSchema.safeParse(defaultLexicon).success).toBe(true);
    expect(() => extendLexicon({ grammar: { objectBreaks: 'amidst' } } as never)).toThrow(TypeError);
    expect(() => extendLexicon({ figures: { links: [] } } as never)).toThrow(TypeError);
  });
});

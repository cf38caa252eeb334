/** The word lists moved out of the stages are reached by extendLexicon, end to end, and checked by its schema. */
import { describe, expect, it } from 'vitest';
import { defaultLexicon, extendLexicon, extractClaims, summarize } from '../src/index.js';
import { LexiconSchema } from '../src/options.js';

const referenceDate = '2024-05-10';

describe('moved word lists', () => {
  it('an added as-of word makes a date the one the figure holds as of', () => {
    const text = 'The toll stood at 40 dead pending 3 May.';
    const roleOf = (lexicon = defaultLexicon) => extractClaims(text, { referenceDate, lexicon }).map((c) => c.date?.role);
    expect(roleOf()).toEqual(['event']);
    expect(roleOf(extendLexicon({ dates: { asOfWords: ['pending'] } }))).toEqual(['as_of']);
  });

  it('an added lemma puts a figure in a class of counted things', () => {
    const text = 'Police said 12 legionnaires and 30 soldiers were killed.';
    const lexicon = extendLexicon({ counted: { classes: { soldiers: ['legionnaire'] } } });
    expect(summarize(extractClaims(text)).map((g) => g.counted)).toEqual(['legionnaires', 'soldiers']);
    expect(summarize(extractClaims(text, { lexicon }), { lexicon }).map((g) => g.counted)).toEqual(['soldiers']);
    // The default class keeps its words and gains none.
    expect(defaultLexicon.counted?.classes.soldiers).not.toContain('legionnaire');
  });

  it('merges the new sections by key and checks their shape', () => {
    const lexicon = extendLexicon({ parts: { totalCues: ['all in all'] }, dates: { dayShifts: { 'the eve': -1 } } });
    expect(lexicon.parts?.totalCues.at(-1)).toBe('all in all');
    expect(lexicon.parts?.partCues).toEqual(defaultLexicon.parts?.partCues);
    expect(lexicon.dates?.dayShifts).toMatchObject({ 'same day': 0, 'the eve': -1 });
    expect(LexiconSchema.safeParse(defaultLexicon).success).toBe(true);
    expect(() => extendLexicon({ dates: { asOfWords: 'pending' } } as never)).toThrow(TypeError);
    expect(() => extendLexicon({ parts: { cues: [] } } as never)).toThrow(TypeError);
  });
});

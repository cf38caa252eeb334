import { describe, expect, it } from 'vitest';
import { ClaimsSchema, claimJsonSchema, extractClaims } from '../src/index.js';

const text = 'Some 511 troops were wounded during the operation, and one more civilian was injured, the agency added.';

describe('extractClaims contract', () => {
  it('returns [] for empty and claim-free text', () => {
    expect(extractClaims('')).toEqual([]);
    expect(extractClaims('   \n\t ')).toEqual([]);
    expect(extractClaims('The parliament met in 1991 and again on 27 September.')).toEqual([]);
  });

  it.each([null, undefined, 42, {}, ['text']])('throws a TypeError for %j', (input) => {
    expect(() => extractClaims(input as unknown as string)).toThrow(TypeError);
    expect(() => extractClaims(input as unknown as string)).toThrow(/expects a string/);
  });

  it('gives spans and evidence that slice the input exactly', () => {
    const claims = extractClaims(text);
    expect(claims.map((c) => text.slice(c.span.start, c.span.end))).toEqual(['Some 511 troops', 'one more civilian']);
    for (const c of claims) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it('fills every field of the schema', () => {
    const [first] = extractClaims(text);
    expect(first).toMatchObject({
      category: 'wounded',
      quantity: { value: 511, min: null, max: null, qualifier: 'approximate', unit: null, text: 'Some 511' },
      subject: { text: 'troops', kind: 'people' },
      modality: 'asserted',
    });
    expect(first.id).toMatch(/^c[0-9a-f]{16}$/);
    expect(ClaimsSchema.parse(extractClaims(text))).toHaveLength(2);
  });

  it('gives the same ids for the same text and options', () => {
    expect(extractClaims(text).map((c) => c.id)).toEqual(extractClaims(text).map((c) => c.id));
    const ids = extractClaims(text).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns claims in text order', () => {
    const starts = extractClaims('Three tanks were destroyed. Two soldiers were killed. One drone was downed.').map((c) => c.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });

  it('publishes a JSON Schema made from the zod schema', () => {
    expect(claimJsonSchema.type).toBe('object');
    expect(claimJsonSchema.required).toEqual(expect.arrayContaining(['id', 'category', 'quantity', 'span', 'evidence']));
    const props = claimJsonSchema.properties as Record<string, { enum?: string[] }>;
    expect(props.category.enum).toContain('economic_loss');
  });
});

/** What a pipeline needs from the library: ids across documents, strict options, HTML input. */
import { describe, expect, it } from 'vitest';
import { ClaimSchema, claimJsonSchema, extendLexicon, extractClaims } from '../src/index.js';

describe('docId', () => {
  it('without one, ids differ for the same figure in different sentences', () => {
    const a = extractClaims('Five people were killed in Ukraine, Kyiv said.');
    const b = extractClaims('Five people died in a bus crash in Peru, police said.');
    expect(a[0].span).toEqual(b[0].span);
    expect(a[0].id).not.toBe(b[0].id);
    expect(a[0].doc).toBeUndefined();
    expect(extractClaims('Five people were killed in Ukraine, Kyiv said.')[0].id).toBe(a[0].id); // stable
  });

  it('with one, the same text gives different ids in different documents, and each claim carries doc', () => {
    const text = 'Nine soldiers were killed and 14 wounded near the border, the army said.';
    const a = extractClaims(text, { docId: 'wire/001' });
    const b = extractClaims(text, { docId: 'wire/002' });
    expect(a.map((c) => c.doc)).toEqual(['wire/001', 'wire/001']);
    expect(b.map((c) => c.doc)).toEqual(['wire/002', 'wire/002']);
    expect(new Set([...a, ...b].map((c) => c.id)).size).toBe(4);
    for (const c of a) expect(ClaimSchema.parse(c)).toEqual(c);
    expect((claimJsonSchema.properties as Record<string, { description?: string }>).doc.description).toMatch(/docId/);
  });
});

describe('strict options', () => {
  const text = '12 people were killed in a flood in Kenya.';
  it('an unknown option is a TypeError naming it', () => {
    expect(() => extractClaims(text, { refDate: '2024-01-01' } as never)).toThrow(new TypeError('extractClaims: bad options: unknown key "refDate"'));
    expect(() => extractClaims(text, null as never)).toThrow(TypeError);
    expect(() => extractClaims(text, { format: 'pdf' } as never)).toThrow(/format/);
  });

  it('a referenceDate that is not a date is a RangeError naming the value', () => {
    expect(() => extractClaims(text, { referenceDate: 'last Tuesday' })).toThrow(RangeError);
    expect(() => extractClaims(text, { referenceDate: 'last Tuesday' })).toThrow('"last Tuesday" is not an ISO 8601 date');
    expect(() => extractClaims(text, { referenceDate: new Date('x') })).toThrow(RangeError);
    expect(() => extractClaims(text, { referenceDate: 20240101 } as never)).toThrow(TypeError);
    expect(extractClaims(text, { referenceDate: '2024-05-02' })).toHaveLength(1);
  });

  it('lexicon extensions and lexicons are checked field by field', () => {
    expect(() => extendLexicon({ parties: [{ name: 'Free Coast', names: 'Free Coast' }] } as never)).toThrow(/parties\.0\.names: .*expected array/);
    expect(() => extendLexicon({ categories: { predicates: { felled: 'dead' } } } as never)).toThrow(/categories\.predicates\.felled/);
    expect(() => extendLexicon({ category: {} } as never)).toThrow('extendLexicon: unknown key "category"');
    expect(() => extractClaims(text, { lexicon: { parties: [] } as never })).toThrow(/lexicon\.categories/);
    const lexicon = extendLexicon({ categories: { predicates: { felled: 'killed' } } });
    expect(extractClaims('Thirty rebels were felled in the raid.', { lexicon }).map((c) => c.category)).toEqual(['killed']);
  });
});

describe("format: 'html'", () => {
  const page =
    '<html><head><title>Storm</title><style>p { color: red }</style><script>var t = "99 people were killed";</script></head>' +
    '<body><h2>Losses</h2>\n<p>At least <b>12</b> people were\nkilled in Peru&#8217;s storm, police&nbsp;said.</p>' +
    '<!-- 40 killed in a draft --><p>Another 3 &amp; more were <i>injured</i>.</p></body></html>';

  it('reads the text without tags, scripts, comments or entities', () => {
    const claims = extractClaims(page, { format: 'html' });
    expect(claims.map((c) => [c.category, c.quantity.value, c.claimant?.name ?? null])).toEqual([
      ['killed', 12, 'police'],
      ['wounded', 3, null],
    ]);
    expect(claims[0].evidence.text).toBe('At least 12 people were killed in Peru’s storm, police said.');
  });

  it('spans and evidence offsets index the original HTML', () => {
    const [killed, wounded] = extractClaims(page, { format: 'html' });
    expect(page.slice(killed.span.start, killed.span.end)).toBe('At least <b>12</b> people');
    expect(page.slice(killed.evidence.start, killed.evidence.end)).toBe('At least <b>12</b> people were\nkilled in Peru&#8217;s storm, police&nbsp;said.');
    expect(page.slice(wounded.span.start, wounded.span.end)).toBe('3 &amp; more');
  });

  // Not a timing test: the ratio of time to size is checked for hostile shapes in tests/slow/scaling.test.ts.
  it('reads a page of 100,000 stray brackets and ampersands and finds the one claim after them', () => {
    const hostile = '<a '.repeat(100_000) + '& '.repeat(100_000) + '<p>5 people were killed.</p>';
    expect(extractClaims(hostile, { format: 'html' }).map((c) => c.quantity.value)).toEqual([5]);
  });
});

describe('gold files', () => {
  it('are parsed with a schema: a wrong key, type or category names its line', async () => {
    const { parseGold } = await import('../src/testing/index.js');
    const header = '{"doc":"raid.txt","referenceDate":"2022-03-01"}';
    expect(parseGold(`${header}\n{"q":"40 fighters","cat":"killed","v":40,"hedged":"either","n":0}`).claims).toEqual([
      { q: '40 fighters', cat: 'killed', v: 40, hedged: 'either', n: 0 },
    ]);
    expect(() => parseGold(`${header}\n{"q":"40 fighters","cat":"killed","value":40}`)).toThrow('gold line 2: unknown key "value"');
    expect(() => parseGold(`${header}\n\n{"q":"40 fighters","cat":"slain"}`)).toThrow(/^gold line 3: cat: /);
    expect(() => parseGold('{"document":"raid.txt"}')).toThrow(/gold line 1: doc: .*unknown key "document"/);
    expect(() => parseGold(`${header}\n{"q":"40 fighters","cat":"killed","v":"40"}`)).toThrow(/gold line 2: v: .*expected number/);
  });

  it('score "hedged": "either" as hedged or asserted', async () => {
    const { parseGold, scoreClaims } = await import('../src/testing/index.js');
    const text = 'Twenty villagers were reportedly killed.';
    const gold = parseGold('{"doc":"x.txt"}\n{"q":"Twenty villagers","cat":"killed","v":20,"hedged":"either"}').claims;
    expect(scoreClaims(text, extractClaims(text), gold).accuracy.modality).toBe(1);
    expect(scoreClaims('Twenty villagers were killed.', extractClaims('Twenty villagers were killed.'), gold).accuracy.modality).toBe(1);
  });
});

/** Claim ids: 64 bits from the document id, the offsets and the text; stable, and distinct across a million claims. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { hash64 } from '../src/hash.js';
import { claimId } from '../src/ids.js';

describe('hash64', () => {
  it('is FNV-1a with 64 bits (the published test values)', () => {
    expect(hash64('')).toBe('cbf29ce484222325');
    expect(hash64('a')).toBe('af63dc4c8601ec8c');
    expect(hash64('foobar')).toBe('85944171f73967e8');
  });
});

describe('claim ids', () => {
  it('a million claims hold a million distinct ids', () => {
    // The same wire story in 1,000 outlets: 1,000 claims each, the texts alike, so only the document id and the
    // offsets tell them apart. Each claim is hashed as extractClaims hashes it, without extracting anything.
    const sentences = Array.from({ length: 250 }, (_, s) => hash64(`Sentence ${s}: officials said ${s + 4} people were killed and more were wounded.`));
    const claims = Array.from({ length: 1000 }, (_, k) => {
      const span = { start: k * 37, end: k * 37 + 9 + (k % 5) };
      return { span, sentence: sentences[k >> 2], key: `c${hash64(`${span.start}:${span.end}:${k % 2 ? 'killed' : 'wounded'}:${k + 4}`)}` };
    });
    const ids = new Set<string>();
    for (let d = 0; d < 1000; d++) {
      const docId = `archive/2024/outlet-${d}/story.txt`;
      for (const c of claims) ids.add(claimId(docId, c.span, c.sentence, c.key));
    }
    expect(ids.size).toBe(1_000_000);
  });

  it('are 64 bits, the same for the same input, and differ by document id, offsets and sentence', () => {
    const text = 'Nine soldiers were killed and 14 wounded near the border, the army said.';
    const ids = extractClaims(text, { docId: 'a' }).map((c) => c.id);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-f]{16}$/);
    expect(extractClaims(text, { docId: 'a' }).map((c) => c.id)).toEqual(ids);
    // The reference date reads dates; it does not change which claims there are, so it does not change their ids.
    expect(extractClaims(text, { docId: 'a', referenceDate: '2020-01-01' }).map((c) => c.id)).toEqual(ids);
    expect(extractClaims(text, { docId: 'b' }).map((c) => c.id)).not.toContain(ids[0]);
    expect(extractClaims(`Earlier. ${text}`, { docId: 'a' }).map((c) => c.id)).not.toContain(ids[0]);
    expect(extractClaims(text.replace('the army', 'officials'), { docId: 'a' }).map((c) => c.id)).not.toContain(ids[0]);
  });

  it('a document id cannot pass for another document\'s id and separator', () => {
    const span = { start: 0, end: 4 };
    expect(claimId('a\u00000:4', span, 'x', 'k')).not.toBe(claimId('a', span, 'x', 'k'));
    expect(claimId(undefined, span, 'x', 'k')).not.toBe(claimId('', span, 'x', 'k'));
  });
});

/**
 * extractMany: the built Node version (worker threads, dist/batch.js, built by pretest) and the inline version
 * that browsers get, against the same contract.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { extractMany as extractInline } from '../src/batch/inline.js';
import type { BatchResult } from '../src/batch/docs.js';

type ExtractMany = typeof import('../src/batch/node/index.js').extractMany;
let extractThreaded: ExtractMany;
beforeAll(async () => {
  const built = pathToFileURL(join(resolve(import.meta.dirname, '..'), 'dist', 'batch.js')).href;
  ({ extractMany: extractThreaded } = (await import(built)) as { extractMany: ExtractMany });
});

const collect = async (results: AsyncIterable<BatchResult>) => {
  const out: BatchResult[] = [];
  for await (const r of results) out.push(r);
  return out;
};

const docs = Array.from({ length: 9 }, (_, i) => ({ id: `storm-${i}`, text: `${i + 2} fishermen were killed when the storm hit Tonga, officials said.` }));

describe.each([
  ['worker threads', () => extractThreaded],
  ['inline', () => extractInline as ExtractMany],
])('extractMany (%s)', (_, get) => {
  it('yields one result a document, in input order, with the claims extractClaims gives for its id', async () => {
    async function* slowly() {
      for (const d of docs) {
        await new Promise((r) => setTimeout(r, (9 - Number(d.id.slice(-1))) * 3)); // arrive unevenly
        yield d;
      }
    }
    const results = await collect(get()(slowly(), { concurrency: 2, referenceDate: '2024-02-01' }));
    expect(results.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    for (const [k, r] of results.entries()) {
      expect(r).toEqual({ id: docs[k].id, claims: extractClaims(docs[k].text, { docId: docs[k].id, referenceDate: '2024-02-01' }) });
    }
  });

  it('turns a bad document into an error result and goes on', async () => {
    const input = [null, { id: 'no-text' }, { id: 'late', text: '4 people died.', referenceDate: 'someday' }, { id: 7, text: 'Six houses were destroyed.' }];
    const results = await collect(get()(input as never));
    expect(results).toEqual([
      { id: '#0', error: 'not a document ({ id, text, referenceDate? }): not an object' },
      { id: 'no-text', error: expect.stringMatching(/^not a document .*text: .*expected string/) },
      { id: 'late', error: expect.stringContaining('referenceDate "someday" is not an ISO 8601 date') },
      { id: '7', claims: [expect.objectContaining({ doc: '7', category: 'destroyed', quantity: expect.objectContaining({ value: 6 }) })] },
    ]);
  });

  it('throws a TypeError at the call for documents that are not an iterable', () => {
    const expects = 'extractMany expects an iterable or async iterable of documents ({ id, text, referenceDate? }), got';
    expect(() => get()(42 as never)).toThrow(new TypeError(`${expects} number`));
    expect(() => get()(undefined as never)).toThrow(new TypeError(`${expects} undefined`));
    expect(() => get()(null as never)).toThrow(new TypeError(`${expects} null`));
    expect(() => get()('some text' as never)).toThrow(new TypeError(`${expects} a string`));
    expect(() => get()({ id: 'a', text: 'x' } as never)).toThrow(new TypeError(`${expects} an object that is not iterable`));
    expect(() => get()(new Set(docs))).not.toThrow();
  });

  it('throws at once for bad options', () => {
    expect(() => get()(docs, { concurency: 2 } as never)).toThrow(new TypeError('extractMany: bad options: unknown key "concurency"'));
    expect(() => get()(docs, { referenceDate: 'soon' })).toThrow(RangeError);
    expect(() => get()(docs, { concurrency: 0 })).toThrow(/concurrency/);
  });
});

describe('extractMany on worker threads', () => {
  it('a document over docTimeout is an error result; the others still come', async () => {
    // Seconds of work on any machine: a limit it must hit by design, not only when the machine is slow.
    const long = Array.from({ length: 80000 }, (_, i) => `On ${(i % 28) + 1} June, ${i + 3} rebels were killed near Goma, the army said. `).join('');
    const results = await collect(extractThreaded([docs[0], { id: 'long', text: long }, docs[1]], { concurrency: 1, docTimeout: 300 }));
    expect(results.map((r) => ('error' in r ? [r.id, r.error] : [r.id, r.claims.length]))).toEqual([
      ['storm-0', 1],
      ['long', 'took longer than 300 ms (the per-document time limit)'],
      ['storm-1', 1],
    ]);
  });

  it('reads an endless input lazily and stops its workers when the caller stops', async () => {
    let read = 0;
    function* endless() {
      for (;;) yield { id: `n${read}`, text: `${++read} people were hurt.` };
    }
    const seen: string[] = [];
    for await (const r of extractThreaded(endless(), { concurrency: 1 })) {
      seen.push(r.id);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['n0', 'n1', 'n2']);
    expect(read).toBeLessThan(12);
  });
});

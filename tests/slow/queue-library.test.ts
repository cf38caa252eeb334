/**
 * fact-claims/queue against a real Redis: enqueueDocuments, createWorker and collectResults, in this process. A job
 * is its document (enqueued again, it adds nothing), a result is extractClaims' own, a bad document or one over its
 * limits is an error result after its retries, and the rest go on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import type { BatchResult } from '../../src/batch/docs.js';
import { inspect, loadQueue, redisRequired, redisServer, report, startRedis, type QueueModule, type RedisServer } from '../queue-helpers.js';

it.runIf(redisRequired)('has a redis-server to test the queue against (FACT_CLAIMS_REQUIRE_REDIS is set)', () => {
  expect(redisServer, 'no redis-server on PATH').not.toBeNull();
});

describe.skipIf(!redisServer)('fact-claims/queue', () => {
  let server: RedisServer;
  let q: QueueModule;
  beforeAll(async () => {
    [server, q] = await Promise.all([startRedis(), loadQueue()]);
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  const drain = async (queue: string) => {
    const out: BatchResult[] = [];
    for await (const r of q.collectResults({ redis: server.url, queue })) out.push(r);
    return out.sort((a, b) => a.id.localeCompare(b.id));
  };

  it('queues a document once under its id, extracts it as extractClaims does, and collects every result once', async () => {
    const queue = 'once';
    const docs = [
      { id: 7, text: report(7, 2), referenceDate: '2024-05-30' },
      { id: 'wire:8', text: report(8, 1), referenceDate: new Date(2024, 4, 30, 23, 59) },
      { id: 'page', text: '<p>At least <b>8</b> hikers were killed.</p>', format: 'html' as const },
      { id: 'quiet', text: 'No news.' },
    ];
    expect(await q.enqueueDocuments(docs, { redis: server.url, queue })).toEqual({ documents: 4, added: 4 });
    // Again, and twice in one call: nothing is added.
    expect(await q.enqueueDocuments([...docs, docs[0]], { redis: server.url, queue })).toEqual({ documents: 5, added: 0 });
    const look = inspect(server.url, queue);
    expect((await look.counts()).wait).toBe(4);
    expect((await look.queue.getJob(q.jobId('wire:8')))?.data.id).toBe('wire:8');
    await look.close();

    const worker = await q.createWorker({ redis: server.url, queue, concurrency: 2 });
    const results = await drain(queue);
    await worker.close();
    const expected = (id: string, text: string, options = {}) => ({ id, claims: extractClaims(text, { docId: id, ...options }) });
    expect(results).toEqual([
      expected('7', docs[0].text, { referenceDate: '2024-05-30' }),
      expected('page', docs[2].text, { format: 'html' }),
      { id: 'quiet', claims: [] },
      expected('wire:8', docs[1].text, { referenceDate: '2024-05-30' }), // a Date is its calendar day where it was enqueued
    ]);
    expect(await drain(queue)).toEqual(results); // collecting only reads: again, the same results
    await q.removeQueue({ redis: server.url, queue });
    expect(await q.enqueueDocuments(docs, { redis: server.url, queue })).toEqual({ documents: 4, added: 4 }); // anew
  });

  it('a document over its limits fails each attempt and goes to failed with its error; a bad one fails at once; the rest go on', async () => {
    const queue = 'limits';
    const docs: unknown[] = [{ id: 'short', text: report(1, 1) }, { id: 'long', text: report(2, 4000) }, { id: 'bad', text: 3 }, 'nothing'];
    expect(await q.enqueueDocuments(docs as never, { redis: server.url, queue, attempts: 2 })).toEqual({ documents: 4, added: 4 });
    const events: unknown[] = [];
    const worker = await q.createWorker({ redis: server.url, queue, concurrency: 1, docTimeout: 200, onJob: (e) => events.push(e) });
    const results = await drain(queue);
    await worker.close();
    const limit = 'took longer than 200 ms (the per-document time limit)';
    expect(results).toEqual([
      { id: '#3', error: 'not a document ({ id, text, referenceDate?, format? }): not an object' },
      { id: 'bad', error: expect.stringMatching(/^not a document .*text/) },
      { id: 'long', error: limit },
      { id: 'short', claims: extractClaims(report(1, 1), { docId: 'short' }) },
    ]);
    expect(events.filter((e) => (e as { id: string }).id === 'long')).toEqual([
      { id: 'long', error: limit, retrying: true },
      { id: 'long', error: limit, retrying: false },
    ]);
    expect(events.filter((e) => (e as { id: string }).id === 'bad')).toEqual([{ id: 'bad', error: expect.any(String), retrying: false }]);
  });

  it('checks its options at the call, and says so when Redis does not answer', async () => {
    expect(() => q.collectResults({ queue: 'a:b' })).toThrow(/collectResults: bad options: queue: must be a name without ":"/);
    await expect(q.createWorker({ concurrency: 0 })).rejects.toThrow(TypeError);
    await expect(q.enqueueDocuments([], { referenceDate: 'March 3' })).rejects.toThrow(RangeError);
    await expect(q.enqueueDocuments(42 as never)).rejects.toThrow(/expects an iterable/);
    const refused = q.enqueueDocuments([{ id: 'a', text: 'x' }], { redis: 'redis://127.0.0.1:1' });
    await expect(refused).rejects.toThrow(q.QueueSetupError);
    await expect(refused).rejects.toThrow('cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED');
  });
});

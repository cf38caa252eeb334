/**
 * The queue commands as processes against a real Redis: two workers share a queue and one is killed with SIGKILL
 * mid-run, yet every document's result arrives exactly once, as extract writes it; SIGTERM finishes the document in
 * hand. Locks are set short by flag so that a killed worker's job is taken back in seconds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, jsonl, root, runCli } from '../cli-helpers.js';
import { inspect, redisServer, report, startRedis, until, type RedisServer } from '../queue-helpers.js';

const DOCS = 300;

/** The command as a process; resolves its exit code and stderr when it ends. */
function start(args: string[]) {
  const child: ChildProcess = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const ended = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, ended };
}

describe.skipIf(!redisServer)('the queue commands', () => {
  let server: RedisServer;
  let dir: string;
  beforeAll(async () => {
    server = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'fact-claims-queue-'));
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('two workers share a queue, one is killed mid-run, and every result arrives exactly once, as extract writes it', async () => {
    const input = join(dir, 'docs.jsonl');
    const lines = Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `d${i}`, text: report(i, 10), date: '2024-05-30' }));
    writeFileSync(input, [...lines, 'not json', '{"id":"late","text":"x","date":"someday"}'].join('\n') + '\n');
    const redis = ['--redis', server.url, '--queue', 'shared'];

    const queued = runCli(['enqueue', input, '-i', 'jsonl', ...redis]);
    expect(queued.code).toBe(1); // two lines could not be read: named, and queued as their errors
    expect(queued.stderr).toContain(`${input}:${DOCS + 1}: line ${DOCS + 1}: not valid JSON`);
    expect(queued.stderr).toContain(`queued ${DOCS + 2} of ${DOCS + 2} documents on "shared"`);
    expect(runCli(['enqueue', input, '-i', 'jsonl', ...redis, '-q']).stderr).not.toContain('queued');
    expect(runCli(['enqueue', input, '-i', 'jsonl', ...redis]).stderr).toContain(`queued 0 of ${DOCS + 2} documents on "shared" at ${server.url} (${DOCS + 2} already there`);

    const flags = [...redis, '--concurrency', '1', '--lock-duration', '3', '--stalled-interval', '1', '-q'];
    const a = start(['worker', ...flags, '--name', 'A']);
    const b = start(['worker', ...flags, '--name', 'B']);
    const look = inspect(server.url, 'shared');
    try {
      // Kill A while it holds a document, once both have done some.
      await until(async () => {
        const done = (await look.counts()).completed;
        return done >= 60 && (await look.jobs('active')).some((j) => j.processedBy === 'A');
      }, 120_000, 'worker A to hold a document');
      a.child.kill('SIGKILL');
      expect((await a.ended).signal).toBe('SIGKILL');

      const out = join(dir, 'out.jsonl');
      const collected = await start(['collect', ...redis, '-o', out]).ended;
      expect(collected.code).toBe(1); // the two unreadable lines
      expect(collected.stderr).toContain(`collected ${DOCS + 2} documents from "shared", 2 failed`);
      b.child.kill('SIGTERM');
      expect((await b.ended).code).toBe(0);

      // Exactly once: the records are extract's, line for line, whatever the order the documents finished in.
      const records = readFileSync(out, 'utf8').trim().split('\n');
      const extracted = runCli(['extract', input, '-i', 'jsonl', '-q']).stdout.trim().split('\n');
      expect(records.length).toBe(DOCS * 20 + 2);
      expect([...records].sort()).toEqual([...extracted].sort());
      expect(new Set(jsonl(records.join('\n')).map((r) => r.doc)).size).toBe(DOCS + 2);

      // A's document in hand went back to the queue and B did it.
      const recovered = (await look.jobs('completed')).filter((j) => j.stalledCounter > 0);
      expect(recovered.length).toBeGreaterThan(0);
      expect(recovered.map((j) => j.processedBy)).toEqual(recovered.map(() => 'B'));

      // Collecting only reads: again, the same records (all completed, then all failed); --remove then frees the queue.
      const again = join(dir, 'again.jsonl');
      const removed = runCli(['collect', ...redis, '-o', again, '--remove', '-q']);
      expect(removed.code).toBe(1);
      expect(readFileSync(again, 'utf8').trim().split('\n').sort()).toEqual([...records].sort());
      expect(await look.counts()).toEqual({ wait: 0, active: 0, delayed: 0, completed: 0, failed: 0 });
    } finally {
      a.child.kill('SIGKILL');
      b.child.kill('SIGKILL');
      await look.close();
    }
  }, 180_000);

  it('SIGTERM finishes the document in hand, then the worker stops with 0', async () => {
    const input = join(dir, 'long.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'long', text: report(0, 12_000) }) + '\n');
    const redis = ['--redis', server.url, '--queue', 'term'];
    expect(runCli(['enqueue', input, '-i', 'jsonl', ...redis]).code).toBe(0);
    const worker = start(['worker', ...redis, '--concurrency', '1']);
    const look = inspect(server.url, 'term');
    try {
      await until(async () => (await look.counts()).active === 1, 60_000, 'the worker to take the document');
      const sent = Date.now();
      worker.child.kill('SIGTERM');
      const { code, stderr } = await worker.ended;
      expect(code).toBe(0);
      expect(stderr).toContain('SIGTERM: finishing the documents in hand');
      expect(stderr).toContain('worker stopped: 1 documents done, 0 failed');
      const job = (await look.jobs('completed'))[0];
      expect(job.finishedOn).toBeGreaterThanOrEqual(sent); // it was in hand when the signal came
      expect(job.returnvalue).toHaveLength(24_000);
    } finally {
      worker.child.kill('SIGKILL');
      await look.close();
    }
  }, 120_000);

  it('collect from a queue without jobs, or from a Redis that does not answer, is one line and exit 1', () => {
    const empty = runCli(['collect', '--redis', server.url, '--queue', 'nothing-here', '-o', join(dir, 'none.jsonl')]);
    expect([empty.code, empty.stderr]).toEqual([1, `fact-claims: the queue "nothing-here" at ${server.url} has no jobs: enqueue documents first (fact-claims enqueue)\n`]);
    const refused = runCli(['worker', '--redis', 'redis://127.0.0.1:1']);
    expect([refused.code, refused.stderr]).toEqual([1, 'fact-claims: cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1\n']);
  });
});

/**
 * The queue end to end on this machine: 10,000 short documents enqueued to a throwaway redis-server, extracted by 1
 * worker, by 2, and by 2 plus a third killed with SIGKILL mid-run, then collected; each run's output must equal
 * extract's, line for line (nothing lost, nothing doubled). Prints documents a second and Redis memory a document.
 *   Run: npm run build && npx tsx bench/queue.ts [documents]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startRedis } from '../scripts/redis-server.js';

const N = Number(process.argv[2] ?? 10_000);
const cli = resolve(import.meta.dirname, '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'fact-claims-queue-bench-'));
const input = join(dir, 'docs.jsonl');

const PLACES = ['Peru', 'Chile', 'Nepal', 'Ghana', 'Kenya', 'Chad', 'Mali', 'Laos', 'Niger', 'Yemen'];
const EVENTS = ['a flood', 'a landslide', 'a bus crash', 'a fire', 'an explosion at a mine', 'clashes'];
/** A wire brief of one to three sentences (about 200 characters), half of them with a claim or two. */
function brief(i: number): string {
  const place = PLACES[i % PLACES.length];
  const event = EVENTS[i % EVENTS.length];
  if (i % 2) return `Officials in ${place} met on ${(i % 27) + 1} May to discuss the budget for next year. No decision was announced.`;
  return `At least ${(i % 90) + 2} people were killed in ${event} in ${place}, officials said on ${(i % 27) + 1} May. ` +
    (i % 4 ? `Another ${(i % 13) + 1} were injured.` : 'Rescue work went on through the night.');
}

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`fact-claims ${args[0]} failed: ${r.stderr}`);
  return r;
};
const seconds = (t0: number) => (performance.now() - t0) / 1000;
const sortedLines = (s: string) => s.trim().split('\n').sort();

async function main(): Promise<void> {
  writeFileSync(input, Array.from({ length: N }, (_, i) => JSON.stringify({ id: `brief-${i}`, text: brief(i), date: '2024-05-30' })).join('\n') + '\n');
  const redis = await startRedis();
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  const children: ChildProcess[] = [];
  /** Seconds of CPU the Redis server has used (it runs the jobs' Lua scripts on one thread). */
  const redisCpu = async () => {
    const info = await client.info('cpu');
    return Number(/used_cpu_user:([\d.]+)/.exec(info)![1]) + Number(/used_cpu_sys:([\d.]+)/.exec(info)![1]);
  };
  try {
    let t0 = performance.now();
    const expected = sortedLines(run(['extract', input, '-i', 'jsonl', '-q']).stdout);
    console.log(`extract   ${N} docs, no queue, 2 threads: ${(N / seconds(t0)).toFixed(0)} docs/s (${seconds(t0).toFixed(1)} s with start-up)`);

    const scenarios = [
      { name: '1 worker', workers: 1, threads: 1, killed: 0 },
      { name: '1 worker, 2 threads', workers: 1, threads: 2, killed: 0 },
      { name: '2 workers', workers: 2, threads: 1, killed: 0 },
      { name: '2 workers + 1 killed', workers: 2, threads: 1, killed: 1 },
    ];
    for (const [k, s] of scenarios.entries()) {
      const name = `bench-${k}`;
      const before = Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]);
      const cpuBefore = await redisCpu();
      t0 = performance.now();
      run(['enqueue', input, '-i', 'jsonl', '--redis', redis.url, '--queue', name, '-q']);
      const enqueueS = seconds(t0);
      const queued = Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]);

      const queue = new Queue(name, { connection: client });
      const flags = ['worker', '--redis', redis.url, '--queue', name, '--concurrency', String(s.threads), '--lock-duration', '5', '--stalled-interval', '2', '-q'];
      const start = (tag: string) => {
        const child = spawn(process.execPath, [cli, ...flags, '--name', tag], { stdio: 'ignore' });
        children.push(child);
        return child;
      };
      const workers = Array.from({ length: s.workers }, (_, i) => start(`w${i}`));
      const doomed = s.killed ? start('doomed') : null;
      const started = performance.now();
      let first = 0;
      let killedAt = 0;
      for (;;) {
        const { completed = 0, failed = 0 } = await queue.getJobCounts('completed', 'failed');
        if (!first && completed) first = performance.now();
        if (doomed && !killedAt && completed >= N / 5) {
          const held = (await queue.getJobs(['active'])).some((j) => j.processedBy === 'doomed');
          if (held) {
            doomed.kill('SIGKILL');
            killedAt = performance.now();
          }
        }
        if (completed + failed >= N) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const total = seconds(started);
      const steady = (performance.now() - first) / 1000;
      for (const w of workers) w.kill('SIGTERM');
      const recovered = (await queue.getJobs(['completed'])).filter((j) => j.stalledCounter > 0).length;
      const done = Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]);
      const cpu = (await redisCpu()) - cpuBefore;

      const out = join(dir, `${name}.jsonl`);
      t0 = performance.now();
      run(['collect', '--redis', redis.url, '--queue', name, '-o', out, '-q']);
      const collectS = seconds(t0);
      const same = JSON.stringify(sortedLines(readFileSync(out, 'utf8'))) === JSON.stringify(expected);
      const docs = new Set(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc)).size;
      await queue.close();

      console.log(
        `${s.name.padEnd(21)} ${(N / total).toFixed(0)} docs/s (${total.toFixed(1)} s from start; ${(N / steady).toFixed(0)} docs/s after the first result)` +
          `${killedAt ? `; one worker killed at ${((killedAt - started) / 1000).toFixed(1)} s, ${recovered} of its jobs taken back` : ''}`,
      );
      console.log(
        `${''.padEnd(21)} enqueue ${(N / enqueueS).toFixed(0)} docs/s, collect ${(N / collectS).toFixed(0)} docs/s; ${docs} documents collected, ` +
          `output ${same ? 'equals' : 'DIFFERS FROM'} extract's; Redis ${((queued - before) / N).toFixed(0)} B a queued document, ` +
          `${((done - before) / N).toFixed(0)} B a finished one, ${((cpu * 1e6) / N).toFixed(0)} µs of its CPU a document`,
      );
      if (!same || docs !== N) process.exitCode = 1;
    }
  } finally {
    for (const c of children) c.kill('SIGKILL');
    client.disconnect();
    await redis.stop();
  }
}

await main();

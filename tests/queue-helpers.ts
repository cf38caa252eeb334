/**
 * For the queue's tests (tests/slow/queue-*.test.ts): a throwaway redis-server, the built fact-claims/queue
 * (dist/queue.js: its workers need the built worker thread), documents of a known size, and a look into the queue
 * with bullmq itself. The tests are skipped, saying why, where no redis-server is installed, unless
 * FACT_CLAIMS_REQUIRE_REDIS is set (.ci/run sets it once it has installed redis-server), so a missing Redis cannot
 * pass silently there.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { findRedisServer } from '../scripts/redis-server.js';
import { root } from './cli-helpers.js';

export { startRedis, type RedisServer } from '../scripts/redis-server.js';

export const redisServer = findRedisServer();
export const redisRequired = !!process.env.FACT_CLAIMS_REQUIRE_REDIS;
if (!redisServer) console.warn('queue tests skipped: no redis-server on PATH (apt-get install -y redis-server, or set REDIS_SERVER)');

export type QueueModule = typeof import('../src/queue/index.js');
export const loadQueue = async () => (await import(pathToFileURL(join(root, 'dist', 'queue.js')).href)) as QueueModule;

const COUNTRIES = ['Peru', 'Chile', 'Nepal', 'Ghana', 'Kenya', 'Chad', 'Mali', 'Laos'];

/** A document of `sentences` report sentences, two claims each (about 1 ms a sentence on a 2-core machine). */
export function report(i: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, k) =>
    `${((i + k) % 40) + 2} people were killed in a flood in ${COUNTRIES[(i + k) % COUNTRIES.length]} on ${(k % 27) + 1} May, officials said. ` +
    `Another ${(i % 17) + 1} were missing.`,
  ).join(' ');
}

/** A look into a queue with bullmq itself, as an operator would. */
export function inspect(url: string, name: string) {
  const client = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection: client });
  return {
    queue,
    counts: () => queue.getJobCounts('wait', 'active', 'delayed', 'completed', 'failed'),
    jobs: (state: 'active' | 'completed' | 'failed' | 'wait') => queue.getJobs([state], 0, -1) as Promise<Job[]>,
    close: async () => {
      await queue.close();
      await client.quit();
    },
  };
}

/** Polls until the condition holds (or fails the test after `ms`). */
export async function until(condition: () => Promise<boolean> | boolean, ms = 60_000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

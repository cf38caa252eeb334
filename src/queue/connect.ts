/**
 * The queue's two optional peer dependencies, bullmq and its Redis client ioredis, loaded only when a queue is used:
 * a user who never calls the queue never installs them, and one who does without them is told in one line how to.
 * Redis is reached once before any work, so that a wrong address is an error at once rather than endless retries.
 */
import { z } from 'zod';
import type * as Bullmq from 'bullmq';
import type { Queue } from 'bullmq';
import type { Redis as RedisClient, RedisOptions } from 'ioredis';

export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'fact-claims';
export const INSTALL = 'npm install bullmq ioredis';

/** The queue cannot start: bullmq or ioredis is not installed, or Redis cannot be reached. One line, no stack. */
export class QueueSetupError extends Error {}

/** Where the queue is: a Redis URL (redis://, rediss://) or ioredis options, and the queue's name. */
export const QueueTargetSchema = z.strictObject({
  redis: z
    .union([z.string().min(1), z.looseObject({})])
    .optional()
    .meta({ description: `A Redis URL (default ${DEFAULT_REDIS}) or ioredis options ({ host, port, password, tls ... }).` }),
  queue: z
    .string()
    .regex(/^[^:]+$/, { error: 'must be a name without ":"' })
    .optional()
    .meta({ description: `The queue's name (default "${DEFAULT_QUEUE}"): enqueue, workers and collect share it.` }),
});
export type QueueTarget = z.input<typeof QueueTargetSchema>;

export interface QueueModules {
  bullmq: typeof Bullmq;
  Redis: typeof RedisClient;
}

const isMissing = (e: unknown) => ['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND'].includes((e as { code?: string }).code ?? '');

let modules: Promise<QueueModules> | null = null;

/** bullmq and ioredis, imported on first use; a QueueSetupError saying how to install them when they are missing. */
export function loadQueueModules(): Promise<QueueModules> {
  modules ??= Promise.all([import('bullmq'), import('ioredis')]).then(
    ([bullmq, ioredis]) => ({ bullmq, Redis: ioredis.Redis }),
    (e: unknown) => {
      modules = null;
      if (!isMissing(e)) throw e;
      throw new QueueSetupError(`the queue needs the optional packages bullmq and ioredis, which are not installed: ${INSTALL}`);
    },
  );
  return modules;
}

/** A Redis URL as it may be shown: without its password. */
export const shownUrl = (redis: string | object) =>
  typeof redis === 'string' ? redis.replace(/\/\/([^@/]*)@/, (_, auth: string) => `//${auth.includes(':') ? `${auth.split(':')[0]}:***` : '***'}@`) : 'Redis';

const clientOptions = (redis: string | object): RedisOptions => (typeof redis === 'string' ? {} : (redis as RedisOptions));
const create = (Redis: typeof RedisClient, redis: string | object, extra: RedisOptions) =>
  typeof redis === 'string' ? new Redis(redis, extra) : new Redis({ ...clientOptions(redis), ...extra });

/**
 * A connection for bullmq (which needs maxRetriesPerRequest: null, so that a worker waits out a Redis restart),
 * opened after one quick attempt shows that Redis answers: a QueueSetupError naming the address otherwise.
 */
export async function connectRedis(Redis: typeof RedisClient, redis: string | object): Promise<RedisClient> {
  const probe = create(Redis, redis, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000, enableOfflineQueue: false });
  let cause: Error | null = null;
  probe.on('error', (e: Error) => (cause ??= e)); // says why better than connect()'s "Connection is closed"
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new QueueSetupError(`cannot reach Redis at ${shownUrl(redis)}: ${(cause ?? (e as Error)).message.split('\n')[0]}`);
  } finally {
    probe.disconnect();
  }
  return create(Redis, redis, { maxRetriesPerRequest: null });
}

/** Runs `work` on the queue, connected once Redis answers, and closes it after. */
export async function withQueue<T>(target: QueueTarget, work: (queue: Queue, client: RedisClient) => Promise<T>): Promise<T> {
  const { bullmq, Redis } = await loadQueueModules();
  const client = await connectRedis(Redis, target.redis ?? DEFAULT_REDIS);
  const queue = new bullmq.Queue(target.queue ?? DEFAULT_QUEUE, { connection: client });
  queue.on('error', () => {}); // the calls reject with it
  try {
    return await work(queue, client);
  } finally {
    await queue.close();
    await client.quit().catch(() => client.disconnect());
  }
}

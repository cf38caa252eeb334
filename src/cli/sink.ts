/**
 * Where the output goes: stdout, or a file written under a temporary name in its directory and renamed over the
 * target only when the run finishes, so a crash or a failed write never leaves a truncated file behind.
 */
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The output could not be written: reported as one line, with its own exit code when it failed part-way. */
export class OutputError extends Error {
  constructor(message: string, readonly atStart = false) {
    super(message);
  }
}

/** The reader of stdout went away (`| head`): not an error, the run just stops. */
export class OutputClosed extends Error {}

const reasons: Record<string, string> = {
  ENOENT: 'no such directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};
export const describeError = (e: NodeJS.ErrnoException) => (e.code && reasons[e.code]) ?? e.message;

export interface Sink {
  write(s: string): void;
  /** Waits while the stream is full; throws OutputError / OutputClosed once writing has failed. */
  flush(): Promise<void>;
  /** Ends the output: the file takes its final name. */
  commit(): Promise<void>;
  /** Drops a file output (the target stays as it was). */
  discard(): void;
}

function streamSink(stream: Writable, target: string): Sink & { failure: () => Error | null } {
  let failure: Error | null = null;
  let blocked = false;
  const failed = (e: NodeJS.ErrnoException) => {
    failure ??= e.code === 'EPIPE' ? new OutputClosed() : new OutputError(`cannot write ${target}: ${describeError(e)}`);
  };
  stream.on('error', failed);
  return {
    failure: () => failure,
    write: (s) => {
      try {
        if (!failure && !stream.write(s)) blocked = true;
      } catch (e) {
        // A pipe on Linux is written synchronously, so its errors throw here as well as being emitted.
        failed(e as NodeJS.ErrnoException);
      }
    },
    flush: async () => {
      if (blocked && !failure) {
        blocked = false;
        // An 'error' rejects the wait (recorded above): a stream that fails never drains.
        await once(stream, 'drain').catch(() => {});
      }
      if (failure) throw failure;
    },
    commit: async () => {},
    discard: () => {},
  };
}

export function stdoutSink(): Sink {
  const sink = streamSink(process.stdout, 'stdout');
  return {
    ...sink,
    commit: async () => {
      await sink.flush();
      // Everything written must reach the reader before the exit code says so.
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain').catch(() => {});
      if (sink.failure()) throw sink.failure();
    },
  };
}

/** Flushes and closes a file stream; throws the error that writing met, if any. */
async function finish(stream: WriteStream, sink: ReturnType<typeof streamSink>): Promise<void> {
  await sink.flush().catch(() => {});
  stream.end();
  await once(stream, 'close').catch(() => {});
  if (sink.failure()) throw sink.failure();
}

async function opened(path: string, flags: string): Promise<WriteStream> {
  const stream = createWriteStream(path, { flags });
  try {
    await once(stream, 'open');
    return stream;
  } catch (e) {
    throw new OutputError(`cannot write ${path}: ${describeError(e as NodeJS.ErrnoException)}`, true);
  }
}

/**
 * Opens the output: a regular file through a temporary file next to it; a device or a pipe (/dev/null, a FIFO)
 * directly, as renaming over it would replace it. A missing or unwritable directory is an OutputError now,
 * before any work.
 */
export async function fileSink(path: string): Promise<Sink> {
  const target = resolve(path);
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) throw new OutputError(`cannot write ${path}: is a directory`, true);
  if (info && !info.isFile()) {
    const stream = await opened(target, 'w');
    const sink = streamSink(stream, path);
    return { ...sink, commit: () => finish(stream, sink), discard: () => void stream.destroy() };
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let done = false;
  const removeTemp = () => {
    if (!done) {
      done = true;
      try {
        unlinkSync(temp);
      } catch {
        // already gone, or never created
      }
    }
  };
  // An interrupted run leaves the target as it was and no temporary file. Listening before the file exists
  // closes the window in which a signal could leave it behind.
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const forgetSignals = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  const stream = await opened(temp, 'wx').catch((e: OutputError) => {
    forgetSignals();
    done = true; // nothing was created: never remove a file of the same name that is not ours
    throw new OutputError(e.message.replace(temp, path), true);
  });
  const sink = streamSink(stream, path);
  return {
    ...sink,
    commit: async () => {
      try {
        await finish(stream, sink);
      } finally {
        forgetSignals();
      }
      try {
        await rename(temp, target);
        done = true;
      } catch (e) {
        await unlink(temp).catch(() => {});
        done = true;
        throw new OutputError(`cannot write ${path}: ${describeError(e as NodeJS.ErrnoException)}`);
      }
    },
    discard: () => {
      forgetSignals();
      stream.destroy();
      removeTemp();
    },
  };
}

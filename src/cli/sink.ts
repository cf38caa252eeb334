/**
 * Where the output goes: stdout, or a file written under a temporary name in its directory and renamed over the
 * target only when the run finishes, so a crash or a failed write never leaves a truncated file behind.
 */
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
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
/** The signals that stop a run: SIGKILL cannot be caught, so only it can leave a temporary file behind. */
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

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
  if (!stream.destroyed) stream.end();
  // `finished`, not once('close'): a write that failed while the work went on has already closed the stream, and
  // waiting for a 'close' that has come and gone left nothing on the event loop: the run ended with 0 and no message.
  await finished(stream).catch(() => {});
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
  // An interrupted run leaves the target as it was and no temporary file: on a signal it is removed, and the signal
  // then ends the process as it would have; on any exit before the commit (an uncaught error, process.exit) too.
  // Listening before the file exists closes the window in which a signal could leave it behind.
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  process.once('exit', removeTemp);
  const forgetSignals = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', removeTemp);
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
        await rename(temp, target).catch((e: NodeJS.ErrnoException) => {
          throw new OutputError(`cannot write ${path}: ${describeError(e)}`);
        });
        done = true;
      } finally {
        // Until the rename the signal handlers stay; a write or rename that failed leaves no temporary file.
        forgetSignals();
        removeTemp();
      }
    },
    discard: () => {
      forgetSignals();
      stream.destroy();
      removeTemp();
    },
  };
}

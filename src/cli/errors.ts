/**
 * How every command fails: one line on stderr, "fact-claims: ...", and an exit code from one table, never a stack
 * trace (FACT_CLAIMS_DEBUG=1 adds it, for a bug report).
 */
import { QueueSetupError } from '../queue/connect.js';
import { NoInputError } from './inputs.js';
import { OutputClosed, OutputError } from './sink.js';

/** Exit codes: documented in --help and the README. */
export const EXIT = { ok: 0, failed: 1, output: 3 } as const;

/**
 * The command cannot start as asked (no input matches, -o names an input; for the queue commands, bullmq is not
 * installed or Redis does not answer): exit 1 before any work.
 */
export class UsageError extends Error {}

export const EXIT_CODES_HELP = `Exit codes: 0 all documents read; 1 a document failed, or the command could not start (a bad option, an input
that matches nothing, an -o that cannot be created or that names an input); 3 the output could not be written
part-way (one line on stderr; an -o target is left as it was). A reader that closes the pipe early (| head) ends
the run quietly with 0. Errors are one line; FACT_CLAIMS_DEBUG=1 adds the stack of an unexpected one.`;

/** The line and exit code of an error that ended a command. */
export function failure(e: unknown): { line: string | null; code: number } {
  if (e instanceof OutputClosed) return { line: null, code: EXIT.ok };
  if (e instanceof OutputError) return { line: e.message, code: e.atStart ? EXIT.failed : EXIT.output };
  if (e instanceof UsageError || e instanceof NoInputError || e instanceof QueueSetupError) return { line: e.message, code: EXIT.failed };
  const error = e instanceof Error ? e : new Error(String(e));
  const detail = process.env.FACT_CLAIMS_DEBUG ? `\n${error.stack}` : '';
  return { line: `unexpected error: ${error.message.split('\n')[0]}${detail}`, code: EXIT.failed };
}

/** Ends the process's run with the error: its one line on stderr and its exit code. */
export function fail(e: unknown): void {
  const { line, code } = failure(e);
  if (line !== null) process.stderr.write(`fact-claims: ${line}\n`);
  process.exitCode = code;
}

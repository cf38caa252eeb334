/**
 * The input and output layer every command shares (extract, report, and what comes next): the same expansion of
 * files, directories, globs, stdin and JSONL; the output target checked and opened before any work (a missing
 * folder, a directory, an input under any name are refused); the output written through a temporary file that is
 * renamed at the end, or dropped, with the target left as it was, when the work fails.
 */
import { DEFAULT_EXTENSIONS, expandInputs, inputOverwrittenBy } from './inputs.js';
import { UsageError } from './errors.js';
import type { InputOptions } from './options.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';

export interface Io {
  /** The input files in order ("-" for stdin), expanded from the arguments. */
  names: string[];
  /** Where the output goes: stdout, or the -o file through its temporary file. */
  sink: Sink;
}

/** Opens the output: stdout, or -o once it is known not to be an input; a target that cannot be created fails here. */
export async function openOutput(out: string | undefined, inputs: string[]): Promise<Sink> {
  if (!out) return stdoutSink();
  const clash = await inputOverwrittenBy(out, inputs);
  if (clash) throw new UsageError(`refusing to write ${out}: it is the input ${clash}`);
  return fileSink(out);
}

/** The input files the arguments name, in order ("-" for stdin): a glob or directory that matches nothing throws. */
export const inputNames = (args: string[], o: InputOptions): Promise<string[]> => expandInputs(args, o.ext ?? DEFAULT_EXTENSIONS[o.input]);

/**
 * Runs a command's work into its output: the output is opened first, so that a bad target costs no work; it is
 * committed when the work returns and discarded when it throws. Returns the work's exit code.
 */
export async function withOutput(out: string | undefined, inputs: string[], work: (sink: Sink) => Promise<number>): Promise<number> {
  const sink = await openOutput(out, inputs);
  try {
    const code = await work(sink);
    await sink.commit();
    return code;
  } catch (e) {
    sink.discard();
    throw e;
  }
}

/**
 * Runs a command's work between its inputs and its output: the inputs are expanded and the output opened first, so
 * that a bad argument or target costs no work (see withOutput). Returns the work's exit code.
 */
export async function withIo(args: string[], o: InputOptions, work: (io: Io) => Promise<number>): Promise<number> {
  const names = await inputNames(args, o);
  return withOutput(o.out, names, (sink) => work({ names, sink }));
}

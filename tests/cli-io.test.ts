/**
 * The command line's shared input, output and error layer, in process: what every command (extract, report, and
 * what comes next) does with its inputs, its -o target and its errors. The same cases through the built command
 * are in tests/slow/cli-io.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT, failure, UsageError } from '../src/cli/errors.js';
import { expandInputs, NoInputError } from '../src/cli/inputs.js';
import { openOutput, withIo } from '../src/cli/io.js';
import { referenceDateArgument } from '../src/cli/options.js';
import { OutputClosed, OutputError } from '../src/cli/sink.js';

let dir: string;
let input: string;
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-io-'));
  mkdirSync(join(dir, 'articles'));
  for (const name of ['a.txt', 'b.md', 'c.log']) writeFileSync(join(dir, 'articles', name), `Two guards were wounded (${name}).`);
  input = join(dir, 'articles', 'a.txt');
});
afterEach(() => vi.unstubAllEnvs());

const temps = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const io = (out: string) => ({ input: 'text' as const, out });

describe('inputs', () => {
  it('expands directories (by extension) and globs, in order; a glob or directory that matches nothing is refused', async () => {
    expect(await expandInputs([join(dir, 'articles')], ['.txt', '.md'])).toEqual([join(dir, 'articles', 'a.txt'), join(dir, 'articles', 'b.md')]);
    expect(await expandInputs([join(dir, 'articles', '*.{log,txt}')], ['.txt'])).toEqual([join(dir, 'articles', 'a.txt'), join(dir, 'articles', 'c.log')]);
    expect(await expandInputs([], ['.txt'])).toEqual(['-']);
    await expect(expandInputs([join(dir, 'none', '*.txt')], ['.txt'])).rejects.toThrow(NoInputError);
  });
});

describe('the output target, checked before any work', () => {
  it('refuses an input under any spelling: the same path, ./, a symbolic link', async () => {
    const alias = join(dir, 'alias.txt');
    symlinkSync(input, alias);
    for (const out of [input, join(dir, 'articles', '.', 'a.txt'), alias]) {
      await expect(openOutput(out, [input])).rejects.toThrow(new UsageError(`refusing to write ${out}: it is the input ${input}`));
    }
    expect(readFileSync(input, 'utf8')).toBe('Two guards were wounded (a.txt).');
  });

  it('names a missing folder or a directory as the target, with the exit code of a command that could not start', async () => {
    const missing = join(dir, 'no-such-dir', 'r.html');
    const error = await openOutput(missing, [input]).catch((e) => e);
    expect(error).toEqual(new OutputError(`cannot write ${missing}: no such directory`, true));
    expect(failure(error)).toEqual({ line: `cannot write ${missing}: no such directory`, code: EXIT.failed });
    await expect(openOutput(join(dir, 'articles'), [input])).rejects.toThrow(`cannot write ${join(dir, 'articles')}: is a directory`);
  });

  it('a bad target costs no work: the command\'s work never runs', async () => {
    const work = vi.fn(async () => EXIT.ok);
    await expect(withIo([input], io(join(dir, 'no-such-dir', 'x.html')), work)).rejects.toThrow(OutputError);
    await expect(withIo([input], io(input), work)).rejects.toThrow(UsageError);
    await expect(withIo([join(dir, 'nothing-*.txt')], io(join(dir, 'x.html')), work)).rejects.toThrow(NoInputError);
    expect(work).not.toHaveBeenCalled();
  });
});

describe('atomic writes', () => {
  it('writes through a temporary file renamed at the end; the target is whole or as it was, and no temporary file stays', async () => {
    const out = join(dir, 'report.html');
    writeFileSync(out, 'previous page');
    const failing = withIo([input], io(out), async ({ names, sink }) => {
      expect(names).toEqual([input]);
      sink.write('half a page');
      expect(temps()).toEqual([`.report.html.${process.pid}.tmp`]);
      throw new Error('the work failed');
    });
    await expect(failing).rejects.toThrow('the work failed');
    expect([readFileSync(out, 'utf8'), temps()]).toEqual(['previous page', []]);
    const code = await withIo([input], io(out), async ({ sink }) => {
      sink.write('the whole page');
      return EXIT.failed; // a document failed: the output is still written
    });
    expect([code, readFileSync(out, 'utf8'), temps()]).toEqual([EXIT.failed, 'the whole page', []]);
  });
});

describe('errors', () => {
  it('are one line with the documented exit code; an unexpected one has its stack only with FACT_CLAIMS_DEBUG', () => {
    expect(failure(new OutputError('cannot write /dev/full: no space left on the device'))).toEqual({ line: 'cannot write /dev/full: no space left on the device', code: EXIT.output });
    expect(failure(new OutputClosed())).toEqual({ line: null, code: EXIT.ok });
    expect(failure(new NoInputError('no files match x/*.txt'))).toEqual({ line: 'no files match x/*.txt', code: EXIT.failed });
    const bug = new TypeError('x is not a function\n    at somewhere');
    expect(failure(bug)).toEqual({ line: 'unexpected error: x is not a function', code: EXIT.failed });
    vi.stubEnv('FACT_CLAIMS_DEBUG', '1');
    expect(failure(bug).line).toContain(bug.stack);
  });

  it('-r takes what the API takes: ISO 8601 dates, and nothing else', () => {
    for (const ok of ['2023', '2023-09', '2023-09-28', '2023-09-28T14:30Z']) expect(referenceDateArgument(ok)).toBe(ok);
    for (const bad of ['March 3', '1', '2023-02-30', 'yesterday']) expect(() => referenceDateArgument(bad)).toThrow(InvalidArgumentError);
  });
});

/**
 * One input, output and error layer for every command, through the built command: extract and report take the
 * same inputs (directories, quoted globs, stdin, JSONL), refuse the same targets before any work, write through a
 * temporary file, read -r the same way, and fail in one line with the documented exit codes.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageClaims } from '../report-helpers.js';
import { cli, fx0, fx4, jsonl, root, runCli } from '../cli-helpers.js';

let dir: string;
let long: string;
const s2 = 'Two guards were wounded in an attack in Lima, police said.';
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-io-'));
  mkdirSync(join(dir, 'articles'));
  copyFileSync(fx0, join(dir, 'articles', 'a.txt'));
  copyFileSync(fx4, join(dir, 'articles', 'b.txt'));
  writeFileSync(join(dir, 's2.txt'), s2);
  // Seconds of work, so that a run can be stopped while it is under way.
  long = join(dir, 'long.txt');
  writeFileSync(long, Array.from({ length: 5000 }, (_, i) => `On ${(i % 28) + 1} May, ${i + 3} soldiers were killed near Rivas, the army said. `).join(''));
});

const run = (args: string[], input?: string) => runCli(args, { cwd: dir, input });
/** The document names a command's output holds: the page's headings, or the claims' docs. */
const docsOf = (command: string, stdout: string) =>
  command === 'report' ? [...stdout.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]) : [...new Set(jsonl(stdout).map((r) => r.doc))];

describe('report takes what extract takes', () => {
  it('a directory, written to -o', () => {
    const r = run(['report', 'articles/', '-o', 'r.html']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(docsOf('report', readFileSync(join(dir, 'r.html'), 'utf8'))).toEqual([join('articles', 'a.txt'), join('articles', 'b.txt')]);
  });

  it.each(['extract', 'report'])('%s: a quoted glob, stdin and JSONL', (command) => {
    expect(docsOf(command, run([command, 'articles/*.txt']).stdout)).toEqual(['articles/a.txt', 'articles/b.txt']);
    expect(docsOf(command, run([command, '-'], s2).stdout)).toEqual(['stdin']);
    writeFileSync(join(dir, 'export.jsonl'), `${JSON.stringify({ id: 'lima', text: s2, date: '2024-05' })}\n`);
    expect(docsOf(command, run([command, 'export.jsonl', '--input', 'jsonl']).stdout)).toEqual(['lima']);
    const none = run([command, 'nothing/*.txt']);
    expect([none.code, none.stdout, none.stderr]).toEqual([1, '', 'fact-claims: no files match nothing/*.txt\n']);
  });
});

describe.each(['extract', 'report'])('%s -o', (command) => {
  it('refuses to overwrite an input, under any spelling, before reading anything', () => {
    for (const out of ['s2.txt', './s2.txt', join(dir, 's2.txt')]) {
      const r = run([command, 's2.txt', '-o', out]);
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', `fact-claims: refusing to write ${out}: it is the input s2.txt\n`]);
      expect(readFileSync(join(dir, 's2.txt'), 'utf8')).toBe(s2);
    }
  });

  it('names a missing folder in one line before any input is read (a missing input is not even reached)', () => {
    const r = run([command, 'missing.txt', 's2.txt', '-o', 'no-such-dir/out']);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'fact-claims: cannot write no-such-dir/out: no such directory\n']);
  });

  // Linux's always-full device; skipped (reported as skipped, not passed) where there is none.
  it.skipIf(!existsSync('/dev/full'))('a full disk is one line and exit 3, not a stack trace', () => {
    const r = run([command, 's2.txt', '-o', '/dev/full']);
    expect([r.code, r.stderr]).toEqual([3, 'fact-claims: cannot write /dev/full: no space left on the device\n']);
  });

  it('writes through a temporary file: a stopped run leaves the old file whole and no temporary file', async () => {
    const out = join(dir, `kept-${command}`);
    writeFileSync(out, 'previous output\n');
    const child = spawn(process.execPath, [cli, command, 's2.txt', long, '-o', out], { cwd: dir, stdio: 'ignore' });
    const temps = () => readdirSync(dir).filter((f) => f.startsWith(`.kept-${command}.`));
    for (let t = 0; t < 200 && !temps().length; t++) await new Promise((r) => setTimeout(r, 25));
    expect(temps()).toHaveLength(1); // the target was opened before the work
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    expect([readFileSync(out, 'utf8'), temps()]).toEqual(['previous output\n', []]);
    expect(run([command, 's2.txt', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('previous output\n');
  });
});

describe.each(['extract', 'report'])('%s -r', (command) => {
  it.each(['March 3', '1', '2023-02-30', '2023-9-1'])('refuses %j in one line naming it', (bad) => {
    const r = run([command, 's2.txt', '-r', bad]);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      `fact-claims: option '-r, --reference-date <date>' argument '${bad}' is invalid. must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, with an optional time (2023-09-28T14:30Z)\n`,
    );
  });

  it('takes a year, a month, a day and a time', () => {
    for (const ok of ['2024', '2024-05', '2024-05-02', '2024-05-02T09:00+02:00']) expect(run([command, 's2.txt', '-r', ok]).code).toBe(0);
  });
});

describe('one-line errors', () => {
  it('commander\'s own errors read like ours', () => {
    expect(run(['report', '--bogus']).stderr).toBe("fact-claims: unknown option '--bogus'\n");
    expect(run(['extract', '-f', 'xml']).stderr).toMatch(/^fact-claims: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are .*\n$/);
    expect(run(['nonsense']).code).toBe(1);
  });

  it('a JSONL date that is no ISO 8601 date is an error record in the page too; the others are shown', () => {
    const file = join(dir, 'dates.jsonl');
    writeFileSync(file, [{ id: 'bad', text: s2, date: 'March 3' }, { id: 'good', text: s2, date: '2024-05-02' }].map((d) => JSON.stringify(d)).join('\n'));
    const r = run(['report', file, '--input', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fact-claims: bad: line 1: date "March 3" is not an ISO 8601 date');
    expect(r.stdout).toContain('<p class="error">Not read: line 1: date &quot;March 3&quot; is not an ISO 8601 date');
    expect(pageClaims(r.stdout)).toHaveLength(1);
  });
});

it('the runs above left no temporary file in the repository', () => {
  expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

/**
 * The built command line keeps a batch alive whatever one document or the output does: limits per document,
 * unreadable inputs as records, safe output files, one-line errors. Limits are set tiny by flag so that an
 * ordinary (if long) document trips them quickly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root, runCli } from '../cli-helpers.js';

const run = (args: string[], options: { input?: string; uid?: number } = {}) => runCli(args, options);

const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
let small: string[];
let long: string;
/** Far more work than the time limit allows on any machine, so the limit is hit by design. */
let longer: string;
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-isolation-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user of the permission test
  small = ['Chile', 'Nepal', 'Ghana'].map((country, i) => {
    const path = join(dir, `small-${i}.txt`);
    writeFileSync(path, `At least ${i + 3} people were killed in a landslide in ${country}, police said.`);
    return path;
  });
  // Thousands of claims in ordinary sentences: seconds of work and far more than 48 MB of parse state.
  long = join(dir, 'long.txt');
  writeFileSync(long, Array.from({ length: 5000 }, (_, i) => `On ${(i % 28) + 1} May, ${i + 3} soldiers were killed near the town of Rivas, the army said. `).join(''));
  longer = join(dir, 'longer.txt');
  writeFileSync(longer, Array.from({ length: 40000 }, (_, i) => `On ${(i % 28) + 1} May, ${i + 3} soldiers were killed near the town of Rivas, the army said. `).join(''));
});

describe('per-document limits', () => {
  it('a document over --doc-timeout is an error record naming it; its worker is replaced and the rest are written', () => {
    const r = run(['extract', small[0], longer, small[1], small[2], '--doc-timeout', '0.5', '--workers', '1']);
    expect(r.code).toBe(1);
    const records = jsonl(r.stdout);
    expect(records.map((x) => [x.doc, x.error ?? x.quantity.value])).toEqual([
      [small[0], 3],
      [longer, 'took longer than 500 ms (the per-document time limit)'],
      [small[1], 4],
      [small[2], 5],
    ]);
    expect(r.stderr).toContain(`${longer}: took longer than 500 ms`);
  });

  // A worker's own heap with the lexicon loaded (party, city and region tables) is about 33 MB: the limit is set
  // above it, and far below what the long document needs.
  it('a document over --doc-memory is an error record; the run goes on instead of aborting', () => {
    const r = run(['extract', small[0], long, small[1], '--doc-memory', '48', '--workers', '1']);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((x) => [x.doc, x.error ?? x.quantity.value])).toEqual([
      [small[0], 3],
      [long, 'ran out of memory (over the 48 MB per-document memory limit)'],
      [small[1], 4],
    ]);
  });

  it('has defaults that an ordinary long document stays within, and documents the flags', () => {
    const help = run(['extract', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--doc-timeout <seconds> time limit of one document: over it, the document is an error record and the rest go on (default: 60)');
    expect(help).toContain('--doc-memory <MB> memory limit of one worker thread (heap, in MB): a document over it is an error record (default: 1024)');
    expect(help).toContain('Exit codes:');
    expect(run(['extract', '--doc-memory', '8', small[0]]).stderr).toMatch(/--doc-memory.*at least 32/);
  });

  it('caps --workers at the cores, saying so', () => {
    const r = run(['extract', small[0], '--workers', '1000']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`--workers 1000 is more than the ${availableParallelism()} cores here; using ${availableParallelism()}`);
    expect(jsonl(r.stdout).map((x) => x.quantity.value)).toEqual([3]);
  });
});

describe('unreadable inputs', () => {
  it('a JSONL file that cannot be read is one error record; the other files are still read', () => {
    const locked = join(dir, 'locked.jsonl');
    const open = join(dir, 'open.jsonl');
    writeFileSync(locked, JSON.stringify({ id: 'x', text: '4 people died.' }) + '\n');
    writeFileSync(open, JSON.stringify({ id: 'y', text: '9 miners were killed in a blast in Peru.' }) + '\n');
    chmodSync(locked, 0o000);
    // As root every file is readable: run as an unprivileged user so that the permission check applies.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const r = run(['extract', '--input', 'jsonl', locked, open], { uid });
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((x) => [x.doc, x.error ?? x.quantity.value])).toEqual([[locked, 'permission denied'], ['y', 9]]);
  });
});

describe('output', () => {
  it('refuses an -o that names an input, under any spelling, before reading anything', () => {
    const input = join(dir, 'keep.txt');
    const text = 'Two people were killed in a storm in Fiji.';
    writeFileSync(input, text);
    const alias = join(dir, 'alias.txt');
    symlinkSync(input, alias);
    for (const out of [input, alias, join(dir, '.', 'keep.txt')]) {
      const r = run(['extract', small[0], input, '-o', out]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`fact-claims: refusing to write ${out}: it is the input ${input}`);
      expect(readFileSync(input, 'utf8')).toBe(text);
    }
  });

  it('writes -o through a temporary file: an interrupted run leaves the old file whole and no temporary file', async () => {
    const out = join(dir, 'kept.jsonl');
    writeFileSync(out, 'previous results\n');
    const child = spawn(process.execPath, [cli, 'extract', small[0], long, '-o', out], { cwd: root, stdio: 'ignore' });
    // Wait for the temporary file (the run has started writing), then stop the run.
    for (let t = 0; t < 200 && !readdirSync(dir).some((f) => f.startsWith('.kept.jsonl.')); t++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    expect(readFileSync(out, 'utf8')).toBe('previous results\n');
    expect(readdirSync(dir).filter((f) => f.startsWith('.kept.jsonl'))).toEqual([]);
    // A finished run replaces it.
    expect(run(['extract', small[0], '-o', out]).code).toBe(0);
    expect(jsonl(readFileSync(out, 'utf8')).map((x) => x.quantity.value)).toEqual([3]);
    expect(readdirSync(dir).filter((f) => f.startsWith('.kept.jsonl'))).toEqual([]);
  });

  it('names an -o it cannot create in one line, exit 1, without reading the inputs', () => {
    const out = join(dir, 'no-such-dir', 'claims.jsonl');
    const r = run(['extract', small[0], '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`fact-claims: cannot write ${out}: no such directory\n`);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('names an -o it may not write in one line, exit 1', () => {
    const locked = join(dir, 'locked-dir');
    mkdirSync(locked, { mode: 0o555 });
    // As root every directory is writable: run as an unprivileged user so that the permission check applies.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const out = join(locked, 'claims.jsonl');
    const r = run(['extract', small[0], '-o', out], { uid });
    expect([r.code, r.stderr]).toEqual([1, `fact-claims: cannot write ${out}: permission denied\n`]);
  });

  // Linux's always-full device; elsewhere there is no cheap full disk, and the test is reported as skipped.
  it.skipIf(!existsSync('/dev/full'))('an output that fails part-way is one line and exit code 3, not a stack trace', () => {
    const r = run(['extract', small[0], small[1], '-o', '/dev/full']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('fact-claims: cannot write /dev/full: no space left on the device\n');
  });

  it('stops quietly when the reader closes the pipe', () => {
    const docs = Array.from({ length: 12 }, () => small).flat();
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" extract ${docs.join(' ')} --quiet | head -c 20; echo " exit=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^\{"id":.* exit=0\n$/);
    expect(r.stderr).toBe('');
  });
});

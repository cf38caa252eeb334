/** `fact-claims report` as a process (dist/cli.js, built by the pretest step of `npm run test:slow`). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { firstMarks, pageClaims } from '../report-helpers.js';
import { fx0, fx4, runCli } from '../cli-helpers.js';

const run = (args: string[], input?: string) => runCli(args, { input });


let dir: string;
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-report-'));
});

describe('fact-claims report', () => {
  it('writes one page with every claim of every input highlighted', () => {
    const out = join(dir, 'report.html');
    const r = run(['report', fx0, fx4, '--reference-date', '2023-09-28', '-o', out, '--title', 'Desk review']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    const expected = [fx0, fx4].flatMap((f) => extractClaims(readFileSync(f, 'utf8'), { referenceDate: '2023-09-28' }));
    expect(firstMarks(html)).toHaveLength(expected.length);
    expect(pageClaims(html).map((c) => c.c)).toEqual(expected.map((c) => c.category));
    expect(html).toContain('<title>Desk review</title>');
    expect(html).toContain(`<h2>${fx4}</h2>`);
    expect(html).toContain('reference date 2023-09-28');
  });

  it('names a failed input, still shows the others and exits 1', () => {
    const out = join(dir, 'partial.html');
    const r = run(['report', join(dir, 'missing.txt'), fx0, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`fact-claims: ${join(dir, 'missing.txt')}: no such file`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<p class="error">Not read: no such file</p>');
    expect(firstMarks(html)).toHaveLength(extractClaims(readFileSync(fx0, 'utf8')).length);
  });

  it('reads JSONL with per-record dates and writes to stdout without -o', () => {
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'quake', text: 'The quake killed 52 people on Friday, Nepal\'s government said.', date: '2023-11-06' })}\n`);
    const r = run(['report', file, '--input', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    const [claim] = pageClaims(r.stdout);
    expect(claim.t).toBe('killed · 52');
    expect(claim.r.find(([label]) => label === 'date')?.[1]).toMatch(/^2023-11-03 · /);
  });
});

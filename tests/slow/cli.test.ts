/**
 * The built command line (dist/cli.js, built by the pretest step of `npm run test:slow`) run as a process.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/output.js';
import { extractClaims } from '../../src/index.js';
import { fx0, fx4, jsonl, root, runCli } from '../cli-helpers.js';

const run = (args: string[], input?: string) => runCli(args, { input });


let dir: string;
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-cli-'));
});

describe('fact-claims extract', () => {
  it('writes one JSON line per claim with the document path, the same claims as the library given that docId', () => {
    const r = run(['extract', fx0, '--reference-date', '2023-09-28']);
    expect(r.code).toBe(0);
    const records = jsonl(r.stdout);
    const expected = extractClaims(readFileSync(fx0, 'utf8'), { referenceDate: '2023-09-28', docId: fx0 });
    expect(records).toEqual(expected);
    expect(records[0]).toMatchObject({ doc: fx0, category: 'killed', quantity: { value: 180 }, date: { value: '2023-09-27' } });
  });

  it('writes json, csv and table', () => {
    const json = run(['extract', fx0, fx4, '--format', 'json']);
    expect(json.code).toBe(0);
    const arr = JSON.parse(json.stdout);
    expect(arr.length).toBe(extractClaims(readFileSync(fx0, 'utf8')).length + extractClaims(readFileSync(fx4, 'utf8')).length);

    const table = run(['extract', fx4, '--format', 'table']);
    expect(table.stdout.split('\n')[0]).toMatch(/^doc\s+category\s+figure\s+subject\s+side\s+claimant\s+date\s+modality$/);
    expect(table.stdout).toContain('1,200,000,000 USD');
    expect(table.stdout).toMatch(/killed\s+14,000\s+servicemen\s+Armenia/);
  });

  it('writes CSV that round-trips through a CSV parser', () => {
    const out = join(dir, 'claims.csv');
    const r = run(['extract', fx0, fx4, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(readFileSync(out, 'utf8'), { columns: true });
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    const expected = extractClaims(readFileSync(fx4, 'utf8'));
    const fromFx4 = rows.filter((row) => row.doc === fx4);
    expect(fromFx4.map((row) => row.evidence)).toEqual(expected.map((c) => c.evidence.text));
    expect(fromFx4.map((row) => Number(row.start))).toEqual(expected.map((c) => c.span.start));
    expect(fromFx4.find((row) => row.category === 'economic_loss')?.value).toBe('1200000000');
  });

  it('reads stdin with - or no argument', () => {
    const text = 'At least 12 people were killed and 30 injured, officials said.';
    for (const args of [['extract', '-'], ['extract']]) {
      const r = run(args, text);
      expect(r.code).toBe(0);
      expect(jsonl(r.stdout).map((x) => [x.doc, x.category, x.quantity.value])).toEqual([['stdin', 'killed', 12], ['stdin', 'wounded', 30]]);
    }
  });

  it('reads a JSONL export, using each record\'s date as its reference date, in input order', () => {
    const path = join(dir, 'export.jsonl');
    const docs = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, text: `On 27 September, ${i + 2} soldiers were killed.`, date: i % 2 ? '2020-10-01' : '2021-10-01' }));
    writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n') + '\n{not json}\n');
    const r = run(['extract', path, '--input', 'jsonl', '--workers', '2']);
    expect(r.code).toBe(1); // the broken line
    const records = jsonl(r.stdout);
    const claims = records.filter((x) => !x.error);
    expect(claims.map((x) => x.doc)).toEqual(docs.map((d) => d.id));
    expect(claims.map((x) => x.quantity.value)).toEqual(docs.map((_, i) => i + 2));
    expect(claims.slice(0, 2).map((x) => x.date.value)).toEqual(['2021-09-27', '2020-09-27']);
    expect(records.at(-1)).toEqual({ doc: `${path}:41`, error: 'line 41: not valid JSON' });
    expect(r.stderr).toContain('not valid JSON');
  });

  it('names a missing and a garbage file, still writes every other document, exits non-zero', () => {
    const garbage = join(dir, 'garbage.txt');
    writeFileSync(garbage, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const missing = join(dir, 'missing.txt');
    const r = run(['extract', fx0, missing, garbage, empty, fx4, '-q']);
    expect(r.code).toBe(1);
    const records = jsonl(r.stdout);
    expect(records.filter((x) => x.error)).toEqual([
      { doc: missing, error: 'no such file' },
      { doc: garbage, error: 'binary file (contains NUL bytes)' },
      { doc: empty, error: 'empty file' },
    ]);
    expect(new Set(records.filter((x) => !x.error).map((x) => x.doc))).toEqual(new Set([fx0, fx4]));
    expect(r.stderr).toContain(`${missing}: no such file`);
    expect(r.stderr).toContain(`${garbage}: binary file`);
  });

  it('reads directories and globs', () => {
    const r = run(['extract', 'fixtures', '--format', 'jsonl']);
    // Every .txt, .md and .html file under the directory, the corpus passages in its subfolders too.
    const files = readdirSync(join(root, 'fixtures'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|md|html)$/.test(f));
    expect(files).toContain('000_cfd4f7954cf25aff.txt');
    expect(new Set(jsonl(r.stdout).map((x) => x.doc))).toEqual(new Set(files.map((f) => join('fixtures', f))));
    const g = run(['extract', 'fixtures/000_*.txt']);
    expect(new Set(jsonl(g.stdout).map((x) => x.doc))).toEqual(new Set(['fixtures/000_cfd4f7954cf25aff.txt']));
  });

  it('prints the JSON Schema and documents every option', () => {
    const schema = JSON.parse(run(['extract', '--schema']).stdout);
    expect(schema.properties.category.enum).toContain('killed');
    const help = run(['extract', '--help']).stdout;
    for (const opt of ['--input', '--format', '--out', '--reference-date', '--workers', '--quiet', '--schema', 'Examples:']) expect(help).toContain(opt);
  });

  it('rejects bad options with a clear message', () => {
    const r = run(['extract', fx0, '--format', 'xml']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/format/);
  });
});

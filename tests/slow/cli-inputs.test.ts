/**
 * The built command line's inputs and formats: what a scan takes, records for every document, CSV a spreadsheet
 * can open safely, JSONL lines that are not records, the progress bar.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_FORMS } from '../../src/reference-date.js';
import { jsonl, root, runCli } from '../cli-helpers.js';

const run = (args: string[], cwd = root) => runCli(args, { cwd });


let dir: string;
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-inputs-'));
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'a.txt'), 'Eleven miners were killed in a blast in Colombia, officials said.');
  writeFileSync(join(dir, 'site', 'b.md'), 'The council met on Tuesday to discuss the budget.');
  writeFileSync(join(dir, 'site', 'c.html'), '<p>At least <b>8</b> hikers were killed by an avalanche in Nepal&#8217;s north.</p>');
  writeFileSync(join(dir, 'site', 'd.log'), '99 people were killed.');
});

describe('inputs', () => {
  it('a glob or a directory that matches nothing is a message and exit 1, before any output', () => {
    const glob = run(['extract', join(dir, 'none', '*.txt')]);
    expect([glob.code, glob.stdout, glob.stderr]).toEqual([1, '', `fact-claims: no files match ${join(dir, 'none', '*.txt')}\n`]);
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const empty = run(['extract', join(dir, 'empty')]);
    expect([empty.code, empty.stdout]).toEqual([1, '']);
    expect(empty.stderr).toContain(`no .txt, .md, .html files in the directory ${join(dir, 'empty')}`);
  });

  it('a directory scan takes .txt, .md and .html by default, --ext names others; .html is read as HTML', () => {
    const all = jsonl(run(['extract', 'site'], dir).stdout);
    expect(all.map((x) => [x.doc, x.quantity?.value ?? x.claims])).toEqual([
      [join('site', 'a.txt'), 11],
      [join('site', 'b.md'), 0],
      [join('site', 'c.html'), 8],
    ]);
    const html = '<p>At least <b>8</b> hikers were killed by an avalanche in Nepal&#8217;s north.</p>';
    expect(html.slice(all[2].span.start, all[2].span.end)).toBe('At least <b>8</b> hikers');
    expect(all[2].evidence.text).toBe('At least 8 hikers were killed by an avalanche in Nepal’s north.');
    const logs = jsonl(run(['extract', 'site', '--ext', 'log,md'], dir).stdout);
    expect(logs.map((x) => x.doc)).toEqual([join('site', 'b.md'), join('site', 'd.log')]);
  });

  it('JSONL lines that are not objects are named so; a bad date is an error record; the rest are read', () => {
    const path = join(dir, 'mixed.jsonl');
    const lines = ['null', '42', '["a"]', '{"id":"d1","text":"Two guards were wounded.","date":"tomorrowish"}', '{"id":"d2","text":"Two guards were wounded.","title":"ignored"}'];
    writeFileSync(path, lines.join('\n') + '\n');
    const r = run(['extract', '--input', 'jsonl', path]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((x) => [x.doc, x.error ?? x.quantity.value])).toEqual([
      [`${path}:1`, 'line 1: not an object (expected {"id", "text", "date"?, "format"?}, got null)'],
      [`${path}:2`, 'line 2: not an object (expected {"id", "text", "date"?, "format"?}, got 42)'],
      [`${path}:3`, 'line 3: not an object (expected {"id", "text", "date"?, "format"?}, got an array)'],
      ['d1', `line 4: date "tomorrowish" is not ${REFERENCE_FORMS}`],
      ['d2', 2],
    ]);
  });

  it('a JSONL record with "format": "html" is read as HTML; another format is an error record naming it', () => {
    const path = join(dir, 'pages.jsonl');
    const html = '<p>At least <b>8</b> hikers were killed by an avalanche.</p>';
    const lines = [{ id: 'h', text: html, format: 'html' }, { id: 'p', text: html }, { id: 'x', text: html, format: 'pdf' }];
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const records = jsonl(run(['extract', '--input', 'jsonl', path]).stdout);
    expect(html.slice(records[0].span.start, records[0].span.end)).toBe('At least <b>8</b> hikers');
    expect(records[0].evidence.text).toBe('At least 8 hikers were killed by an avalanche.');
    expect(records[1].doc).toBe('p'); // as plain text the tags stay in the sentence
    expect(records[2]).toEqual({ doc: 'x', error: expect.stringMatching(/^line 3: .*format/) });
  });
});

describe('formats', () => {
  it('every document gets a record: a claim-free one too, in jsonl, json, csv and table', () => {
    const quiet = join(dir, 'site', 'b.md');
    expect(jsonl(run(['extract', quiet]).stdout)).toEqual([{ doc: quiet, claims: 0 }]);
    expect(JSON.parse(run(['extract', quiet, '-f', 'json']).stdout)).toEqual([{ doc: quiet, claims: 0 }]);
    const rows: Record<string, string>[] = parse(run(['extract', quiet, '-f', 'csv']).stdout, { columns: true });
    expect(rows.map((r) => [r.doc, r.category, r.error])).toEqual([[quiet, '', '']]);
    expect(run(['extract', quiet, '-f', 'table']).stdout.split('\n')[2]).toMatch(/^b\.md\s+\(no claims\)$/);
  });

  it('CSV keeps id, unit, kind and doc, and defuses cells a spreadsheet would run as formulas', () => {
    const path = join(dir, 'formula.jsonl');
    const text = '=cmd|calc 4 police officers were killed and damage of US$2 million was done, @agency said.';
    writeFileSync(path, JSON.stringify({ id: '+evil', text }) + '\n' + JSON.stringify({ id: 'quiet', text: 'No news.' }) + '\n');
    const r = run(['extract', '--input', 'jsonl', path, '-f', 'csv']);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    const expected = jsonl(run(['extract', '--input', 'jsonl', path]).stdout);
    expect(rows.map((x) => [x.doc, x.id, x.category, x.value, x.unit, x.kind])).toEqual([
      ["'+evil", expected[0].id, 'killed', '4', '', 'people'],
      ["'+evil", expected[1].id, 'economic_loss', '2000000', 'USD', 'money'],
      ['quiet', '', '', '', '', ''],
    ]);
    expect(rows[0].evidence).toBe(`'${text}`);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('the progress bar goes to stderr only and ends at the real total', () => {
    const r = run(['extract', 'site', '--progress'], dir);
    expect(jsonl(r.stdout)).toHaveLength(3); // stdout is the output and nothing else
    expect(r.stderr).toMatch(/extracting .* 100% \| 3 docs \| 2 claims/);
    const plain = run(['extract', 'site'], dir);
    expect(plain.stderr).toBe(''); // not a terminal: no bar unless asked
  });
});

/**
 * `fact-claims extract --summary` (dist/cli.js, built by the pretest step of `npm run test:slow`): documents are compared
 * within themselves, the flags reach summarize, and every output format is honoured.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fx4, runCli } from '../cli-helpers.js';
import { SummarySchema, type SummaryGroup } from '../../src/index.js';
import { SUMMARY_CSV_COLUMNS } from '../../src/cli/summary.js';

const run = (args: string[]) => runCli(args);


let border: string;
let ministry: string;
let market: string;
let dir = '';
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-summary-'));
  border = join(dir, 'border.txt');
  ministry = join(dir, 'ministry.txt');
  market = join(dir, 'market.txt');
  writeFileSync(border, 'Ecuador lost 96 people in the border clashes (58 soldiers, 9 policemen and 29 civilians), the government said.\n');
  writeFileSync(ministry, "On 3 March, Ethiopia's Defence Ministry said 100 Eritrean soldiers had been killed. On 5 March, the Ethiopian Defense Ministry said 120 Eritrean soldiers had been killed.\n");
  writeFileSync(market, 'A strike on a market in Idlib killed 37 people, according to the Syrian Civil Defence. Rescuers said 45 people were killed.\n');
});

describe('fact-claims extract --summary', () => {
  it('prints a table by default: one row a group, figures with claimants, parts and supersession', () => {
    const r = run(['extract', border, ministry, '--summary', '-r', '2024-06-01']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^scope\s+side\s+category\s+counted\s+period\s+low\s+best\s+high\s+figures$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(1, 8))).toEqual([
      ['Ecuador', 'killed', 'people', '96', '96', '96', '96 (government, 2024-06-01; parts: 58 soldiers + 9 police + 29 civilians = 96)'],
      ['Eritrea', 'killed', 'soldiers', '120', '120', '120', "100 (Ethiopia's Defence Ministry, 2024-03-03, superseded); 120 (Ethiopian Defense Ministry, 2024-03-05)"],
    ]);
  });

  it('honours -f csv: one row a figure and one a part', () => {
    const r = run(['extract', border, '--summary', '-f', 'csv']);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(Object.keys(rows[0])).toEqual([...SUMMARY_CSV_COLUMNS]);
    expect(rows.map((x) => [x.figure, x.value, x.subject, x.counted, x.best])).toEqual([
      ['1', '96', 'people', 'people', '96'],
      ['1.1', '58', 'soldiers', 'people', '96'],
      ['1.2', '9', 'policemen', 'people', '96'],
      ['1.3', '29', 'civilians', 'people', '96'],
    ]);
    expect(rows[0]).toMatchObject({ scope: border, superseded: 'false', summed: 'false' });
  });

  it('honours -f json and -f jsonl with the same groups, valid against the schema', () => {
    const json: SummaryGroup[] = JSON.parse(run(['extract', border, ministry, '--summary', '-f', 'json']).stdout);
    const lines = run(['extract', border, ministry, '--summary', '-f', 'jsonl']).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json);
    expect(SummarySchema.safeParse(json).success).toBe(true);
    expect(json.map((g) => g.key)).toEqual([`${border}|Ecuador|killed|people|-`, `${ministry}|Eritrea|killed|soldiers|-`]);
  });

  it('passes --group-by, --convention and --period on to summarize', () => {
    const keys = (args: string[]) => (JSON.parse(run(['extract', border, market, '--summary', '-f', 'json', ...args]).stdout) as SummaryGroup[]).map((g) => [g.key, g.best]);
    expect(keys([])).toEqual([[`${border}|Ecuador|killed|people|-`, 96], [`${market}|Syria|killed|people|-`, 37]]);
    expect(keys(['--group-by', 'all'])).toEqual([['-|Ecuador|killed|people|-', 96], ['-|Syria|killed|people|-', 37]]);
    expect(keys(['--convention', 'max'])).toEqual([[`${border}|Ecuador|killed|people|-`, 96], [`${market}|Syria|killed|people|-`, 45]]);
    const byYear: SummaryGroup[] = JSON.parse(run(['extract', ministry, '--summary', '-f', 'json', '--period', 'year', '-r', '2024-06-01']).stdout);
    expect(byYear.map((g) => g.period)).toEqual(['2024']);
  });

  it('refuses a bad convention, grouping or period by name', () => {
    for (const [flag, value] of [['--convention', 'median'], ['--group-by', 'event'], ['--period', 'week']]) {
      const r = run(['extract', border, '--summary', flag, value]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(flag);
    }
  });

  it('keeps every claim of every document, on the Wikipedia fixture too', () => {
    const json: SummaryGroup[] = JSON.parse(run(['extract', fx4, border, '--summary', '-f', 'json', '-r', '2020-11-10']).stdout);
    const records = run(['extract', fx4, border, '-r', '2020-11-10']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(json.flatMap((g) => g.claims).sort()).toEqual(records.map((r: { id: string }) => r.id).sort());
    const azerbaijan = json.find((g) => g.key === `${fx4}|Azerbaijan|killed|soldiers|-`)!;
    expect(azerbaijan.figures.map((f) => [f.value, f.claimant])).toEqual(expect.arrayContaining([[2906, 'Azerbaijani Defense Ministry'], [7630, 'Armenian side']]));
  });
});

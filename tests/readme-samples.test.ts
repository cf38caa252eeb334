/** The README's sample outputs are what the code prints (scripts/readme-samples.ts; `npm run readme:samples` refreshes them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../src/cli/output.js';
import { README, refreshSamples, SAMPLES, sampleBlock } from '../scripts/readme-samples.js';

describe('README samples', () => {
  const readme = readFileSync(README, 'utf8');

  it('match the code (run `npm run readme:samples` after changing what the command line prints)', () => {
    expect(refreshSamples(readme) === readme, 'README.md samples are stale: run npm run readme:samples').toBe(true);
  });

  it('show the real CSV header and the dates of the table', () => {
    expect(sampleBlock(SAMPLES.csv).split('\n')[2]).toBe(CSV_COLUMNS.join(','));
    expect(readme).toContain(`\n${CSV_COLUMNS.join(',')}\n`);
    const rows = sampleBlock(SAMPLES.table).split('\n').slice(4, -1);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatch(/ \d{4}-\d\d-\d\d( |$)/);
  });

  it('a block naming no sample, or a sample without its block, is an error', () => {
    expect(() => refreshSamples(`${readme}\n<!-- sample: nope -->\n<!-- /sample -->\n`)).toThrow(/names no sample/);
    expect(() => refreshSamples('no blocks')).toThrow(/no block for the samples table, csv/);
  });
});

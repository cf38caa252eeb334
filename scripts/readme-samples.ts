/**
 * The README's sample outputs, generated from the code: `npm run readme:samples` rewrites every block between
 * `<!-- sample: NAME -->` and `<!-- /sample -->` with what the command line prints for it, and
 * tests/readme-samples.test.ts fails when the README and the code disagree. The command is rendered in process,
 * through the CLI's own formatting (src/cli/output.ts) and the same options; tests/slow/readme-cli.test.ts checks
 * that the built command prints the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractClaims } from '../src/index.js';
import { render, ResultWriter, type Format } from '../src/cli/output.js';

export const root = resolve(import.meta.dirname, '..');
export const README = join(root, 'README.md');

export interface Sample {
  /** Input files, relative to the repository (the CLI names documents by the path as written). */
  docs: string[];
  referenceDate: string;
  format: Format;
  /** Show only the first lines (the header included), each cut at `width` characters. */
  head?: { lines: number; width: number };
}

export const SAMPLES: Record<string, Sample> = {
  table: { docs: ['fixtures/000_cfd4f7954cf25aff.txt'], referenceDate: '2023-09-28', format: 'table' },
  csv: { docs: ['fixtures/000_cfd4f7954cf25aff.txt'], referenceDate: '2023-09-28', format: 'csv', head: { lines: 3, width: 150 } },
};

/** The arguments of the command a sample shows, after `fact-claims`. */
export const sampleArgs = (s: Sample): string[] => ['extract', ...s.docs, '-r', s.referenceDate, '--format', s.format];

/** What the command line prints for a sample, in full. */
export function commandOutput(s: Sample): string {
  let out = '';
  const writer = new ResultWriter(s.format, (chunk) => (out += chunk));
  writer.begin();
  for (const doc of s.docs) {
    const claims = extractClaims(readFileSync(join(root, doc), 'utf8'), { referenceDate: s.referenceDate, docId: doc });
    writer.add(render(s.format, { doc, claims }));
  }
  writer.end();
  return out;
}

const cut = (line: string, width: number) => ([...line].length > width ? `${[...line].slice(0, width - 1).join('')}…` : line);

/** A sample as the README shows it: the command, then its output (or its first lines, cut). */
export function sampleBlock(s: Sample): string {
  let out = commandOutput(s).replace(/\n$/, '').split('\n');
  if (s.head) out = out.slice(0, s.head.lines).map((l) => cut(l, s.head!.width));
  return ['```', `$ npx fact-claims ${sampleArgs(s).join(' ')}`, ...out, '```'].join('\n');
}

const BLOCK = /(<!-- sample: ([\w-]+) -->)[\s\S]*?(<!-- \/sample -->)/g;

/** The README with every sample block regenerated; throws for a block naming no sample, or a sample without a block. */
export function refreshSamples(readme: string): string {
  const seen = new Set<string>();
  const out = readme.replace(BLOCK, (_, open: string, name: string, close: string) => {
    const sample = SAMPLES[name];
    if (!sample) throw new Error(`README.md: <!-- sample: ${name} --> names no sample in scripts/readme-samples.ts`);
    seen.add(name);
    return `${open}\n${sampleBlock(sample)}\n${close}`;
  });
  const missing = Object.keys(SAMPLES).filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`README.md has no block for the samples ${missing.join(', ')}`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const before = readFileSync(README, 'utf8');
  const after = refreshSamples(before);
  writeFileSync(README, after);
  console.log(after === before ? 'README.md: samples already up to date' : 'README.md: samples refreshed');
}

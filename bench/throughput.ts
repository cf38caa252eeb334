/**
 * Throughput of extractClaims, side by side with a plain compromise parse and chrono.parse of the same text,
 * on the fixtures, the FA-KES corpus (when ../shared/peer/fa-kes is present) and the claim-dense dev passages
 * read ten times (when ../shared/dev is present); scaling with text length;
 * hostile 1 MB shapes; peak memory for a 10 MB input.  Run: npm run bench
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
// The built package, as users run it (npm run bench builds first): tsx's per-closure name-keeping costs ~15%.
import { extractClaims } from '../dist/index.js';
import { loadFakes } from './fakes.js';

const root = resolve(import.meta.dirname, '..');
const mb = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

/** Median wall time of `runs` passes over the texts, after one warm-up pass. */
function time(texts: string[], fn: (t: string) => unknown, runs = 3): number {
  for (const t of texts) fn(t);
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function report(name: string, texts: string[], baselineCount = texts.length): void {
  const size = mb(texts);
  const ms = time(texts, (t) => extractClaims(t));
  const base = texts.slice(0, baselineCount);
  const baseSize = mb(base);
  const nlpMs = time(base, (t) => nlp(t), 1);
  const chronoMs = time(base, (t) => chrono.parse(t), 1);
  const ours = size / (ms / 1000);
  const nlpRate = baseSize / (nlpMs / 1000);
  console.log(
    `${name.padEnd(9)} ${String(texts.length).padStart(4)} docs ${size.toFixed(2)} MB | extractClaims ${ours.toFixed(2)} MB/s, ` +
      `${(ms / texts.length).toFixed(2)} ms/doc | nlp(text) ${nlpRate.toFixed(3)} MB/s | chrono.parse ${(baseSize / (chronoMs / 1000)).toFixed(2)} MB/s | ` +
      `${(ours / nlpRate).toFixed(1)}x compromise`,
  );
}

const fixtures = readdirSync(resolve(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(root, 'fixtures', f), 'utf8'));
report('fixtures', fixtures);

const fakes = loadFakes();
if (fakes) {
  const texts = fakes.map((a) => a.text);
  report('fa-kes', texts, 200);
  // Scaling: one long text, then ten times as long.
  const one = texts.slice(0, 80).join('\n\n');
  const ten = Array.from({ length: 10 }, () => one).join('\n\n');
  const t1 = time([one], (t) => extractClaims(t), 3);
  const t10 = time([ten], (t) => extractClaims(t), 1);
  console.log(`scaling   ${mb([one]).toFixed(2)} MB in ${t1.toFixed(0)} ms, ${mb([ten]).toFixed(2)} MB in ${t10.toFixed(0)} ms: 10x text takes ${(t10 / t1).toFixed(1)}x time`);
} else {
  console.log('fa-kes    skipped: ../shared/peer/fa-kes/fakes.csv not found (it is only on the developers\' machines)');
}

// The dev passages (line 1 source, line 2 date, line 3 blank, passage from line 4), read at run time, never copied.
const devDir = resolve(root, '..', 'shared', 'dev', 'texts');
if (existsSync(devDir)) {
  const passages = readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(resolve(devDir, f), 'utf8').split('\n').slice(3).join('\n'));
  report('dev x10', Array.from({ length: 10 }, () => passages).flat());
} else {
  console.log('dev       skipped: ../shared/dev/texts not found (it is only on the developers\' machines)');
}

// Hostile shapes: 1 MB of each must stay linear (compared with 100 KB of the same).
const shapes: Record<string, string> = {
  'one letter': 'a', digits: '1', periods: '.', commas: ',', dashes: '-', spaces: ' ', newlines: '\n', 'equals signs': '=',
  'number words': 'one ', 'loss words': 'killed ', 'claims in one sentence': 'killed 5 and ', 'numbers and commas': '1,', 'citation marks': '[1]', nbsp: '\u00a0', 'zero-width': '\u200b',
};
const rows: string[] = [];
for (const [name, unit] of Object.entries(shapes)) {
  const small = unit.repeat(Math.ceil(100_000 / unit.length));
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const ts = time([small], (t) => extractClaims(t), 1);
  const tb = time([big], (t) => extractClaims(t), 1);
  rows.push(`${name} ${tb.toFixed(0)} ms (x${(tb / Math.max(ts, 0.5)).toFixed(1)} for 10x)`);
}
console.log(`hostile   1 MB: ${rows.join('; ')}`);

// Peak memory, in a fresh process so nothing else counts.
const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'memory.ts')], { encoding: 'utf8' });
console.log(out.trim());

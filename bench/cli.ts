/**
 * Documents per second through the built command line (dist/cli.js) on the FA-KES corpus as JSONL,
 * with one worker and with all of them.  Run: npm run bench (builds first)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadFakes } from './fakes.js';

const fakes = loadFakes();
if (!fakes) {
  console.log('cli       skipped: ../shared/peer/fa-kes/fakes.csv not found');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'fact-claims-bench-'));
  const input = join(dir, 'fakes.jsonl');
  // Twelve copies of the corpus, so start-up is a small part of the time.
  const lines = Array.from({ length: 12 }, (_, copy) => fakes.map((a) => JSON.stringify({ id: `${copy}-${a.id}`, text: a.text, date: a.date }))).flat();
  writeFileSync(input, lines.join('\n') + '\n');
  const cli = resolve(import.meta.dirname, '..', 'dist', 'cli.js');
  for (const workers of [...new Set([1, availableParallelism()])]) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'extract', input, '--input', 'jsonl', '--workers', String(workers), '--quiet', '--out', join(dir, 'out.jsonl')]);
    const s = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
    console.log(`cli       ${lines.length} FA-KES docs as JSONL, ${workers} worker${workers > 1 ? 's' : ''}: ${(lines.length / s).toFixed(0)} docs/s (${s.toFixed(1)} s with start-up)`);
  }
}

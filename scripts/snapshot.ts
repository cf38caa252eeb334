/**
 * Writes every claim extractClaims finds in the fixtures, fixtures/corpus, ../shared/dev and FA-KES (when present)
 * to one JSON file, with the options scripts/eval.ts passes, so a speed change can be checked to change no output.
 *   npx tsx scripts/snapshot.ts OUT.json
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadFakes } from '../bench/fakes.js';
import { extractClaims } from '../src/index.js';
import { parseGold } from '../src/testing/score.js';

const root = resolve(import.meta.dirname, '..');
const out: Record<string, unknown> = {};

const fixtures = join(root, 'fixtures');
for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.jsonl')).sort()) {
  const gold = parseGold(readFileSync(join(fixtures, f), 'utf8'));
  out[`fixtures/${gold.doc}`] = extractClaims(readFileSync(join(fixtures, gold.doc), 'utf8'), { referenceDate: gold.referenceDate });
}

/** Same reading as eval.ts: line 2 gives the date unless the gold names one; the passage starts at line 4. */
function corpus(name: string, dir: string): void {
  if (!existsSync(join(dir, 'texts'))) return;
  for (const f of readdirSync(join(dir, 'texts')).filter((n) => n.endsWith('.txt')).sort()) {
    const goldPath = join(dir, 'gold', f.replace(/\.txt$/, '.jsonl'));
    const goldDate = existsSync(goldPath) ? parseGold(readFileSync(goldPath, 'utf8')).referenceDate : undefined;
    const raw = readFileSync(join(dir, 'texts', f), 'utf8').split('\n');
    const date = goldDate ?? /^date:\s*(\d{4}-\d\d-\d\d)/.exec(raw[1] ?? '')?.[1];
    out[`${name}/${f}`] = extractClaims(raw.slice(3).join('\n'), { referenceDate: date });
  }
}
corpus('corpus', join(fixtures, 'corpus'));
corpus('dev', resolve(root, '..', 'shared', 'dev'));

for (const [i, a] of (loadFakes() ?? []).entries()) out[`fakes/${i}-${a.id}`] = extractClaims(a.text, { referenceDate: a.date });

writeFileSync(process.argv[2] ?? 'snapshot.json', JSON.stringify(out));
console.log(`${Object.keys(out).length} documents, ${Object.values(out).flat().length} claims`);

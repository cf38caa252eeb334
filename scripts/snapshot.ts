/**
 * Writes every claim extractClaims finds in the dev, corpus, fixture and FA-KES texts to one JSON file, so that a change
 * meant to keep the output (a refactor) can be checked by comparing two snapshots:
 *   npx tsx scripts/snapshot.ts [OUT]        (default /tmp/fact-claims-snapshot.json)
 * Texts are read as scripts/eval.ts reads them (corpus texts from line 4, the reference date from the gold header
 * or the text's "date:" line), and each is also read without a reference date, so the document-date path runs too;
 * the dated claims are summarized as well.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extractClaims, summarize } from '../src/index.js';
import { parseGold } from '../src/testing/score.js';
import { loadFakes } from '../bench/fakes.js';

const root = resolve(import.meta.dirname, '..');
const out = process.argv[2] ?? '/tmp/fact-claims-snapshot.json';

interface Text { name: string; text: string; referenceDate?: string }

/** A corpus folder's texts: line 1 source, line 2 date, line 3 blank, passage from line 4. */
function corpusTexts(dir: string): Text[] {
  if (!existsSync(join(dir, 'texts'))) return [];
  const dates = new Map<string, string | undefined>();
  if (existsSync(join(dir, 'gold'))) {
    for (const f of readdirSync(join(dir, 'gold')).filter((g) => g.endsWith('.jsonl'))) {
      const gold = parseGold(readFileSync(join(dir, 'gold', f), 'utf8'));
      dates.set(gold.doc, gold.referenceDate);
    }
  }
  return readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const raw = readFileSync(join(dir, 'texts', f), 'utf8').split('\n');
    const line = /^date:\s*(\d{4}-\d\d-\d\d)/.exec(raw[1] ?? '')?.[1];
    return { name: `${relative(root, dir)}/${f}`, text: raw.slice(3).join('\n'), referenceDate: dates.get(f) ?? line };
  });
}

function fixtureTexts(): Text[] {
  const dir = join(root, 'fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => {
    const gold = parseGold(readFileSync(join(dir, f), 'utf8'));
    return { name: `fixtures/${gold.doc}`, text: readFileSync(join(dir, gold.doc), 'utf8'), referenceDate: gold.referenceDate };
  });
}

/** FA-KES articles (when ../shared/peer/fa-kes is present), with their dates. */
const fakesTexts = (): Text[] => (loadFakes() ?? []).map((a) => ({ name: `fa-kes/${a.id}`, text: a.text, referenceDate: a.date }));

const texts = [
  ...fixtureTexts(), ...corpusTexts(join(root, 'fixtures', 'corpus')), ...corpusTexts(resolve(root, '..', 'shared', 'dev')), ...fakesTexts(),
];
const result: Record<string, unknown> = {};
let claims = 0;
for (const t of texts) {
  const dated = extractClaims(t.text, { referenceDate: t.referenceDate });
  const undated = extractClaims(t.text);
  claims += dated.length;
  result[t.name] = { dated, undated, summary: summarize(dated) };
}
writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
console.log(`${texts.length} texts, ${claims} claims → ${out}`);

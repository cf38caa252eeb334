/**
 * Scores extractClaims against gold claims, as ../shared/ANNOTATION.md describes:
 *   npm run eval [-- --verbose] [--split] [--only <substring of a passage's name>]
 * Sets: fixtures/*.jsonl (always) and ../shared/dev/gold (when present, as on the developers' machines).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extractClaims } from '../src/index.js';
import { parseGold, scoreClaims, type FieldScores, type GoldDocument, type Score } from '../src/testing/score.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');

interface Case { name: string; text: string; gold: GoldDocument }

function fixtureCases(): Case[] {
  const dir = join(root, 'fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => {
    const gold = parseGold(readFileSync(join(dir, f), 'utf8'));
    return { name: gold.doc, text: readFileSync(join(dir, gold.doc), 'utf8'), gold };
  });
}

/** Dev texts: line 1 source, line 2 date, line 3 blank, passage from line 4. */
function devCases(): Case[] | null {
  const dir = join(shared, 'dev');
  if (!existsSync(join(dir, 'gold'))) return null;
  return readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => {
    const gold = parseGold(readFileSync(join(dir, 'gold', f), 'utf8'));
    const raw = readFileSync(join(dir, 'texts', gold.doc), 'utf8').split('\n');
    const date = /^date:\s*(\d{4}-\d\d-\d\d)/.exec(raw[1] ?? '')?.[1];
    if (!gold.referenceDate && date) gold.referenceDate = date;
    return { name: gold.doc, text: raw.slice(3).join('\n'), gold };
  });
}

const pct = (x: number) => x.toFixed(3);

function evaluate(setName: string, cases: Case[]): void {
  let predicted = 0, gold = 0, tp = 0, matched = 0, fully = 0;
  const fields: FieldScores = { side: 0, claimant: 0, date: 0, qualifier: 0, modality: 0 };
  const scored: FieldScores = { side: 0, claimant: 0, date: 0, qualifier: 0, modality: 0 };
  const only = process.argv.indexOf('--only');
  for (const c of cases) {
    if (only > 0 && !c.name.includes(process.argv[only + 1])) continue;
    const claims = extractClaims(c.text, { referenceDate: c.gold.referenceDate });
    const s: Score = scoreClaims(c.text, claims, c.gold.claims);
    predicted += s.predicted; gold += s.gold; tp += s.truePositives; matched += s.matchedGold;
    fully += Math.round(s.fullyRight * s.gold);
    for (const k of Object.keys(fields) as Array<keyof FieldScores>) { fields[k] += s.accuracy[k] * s.fieldCounts[k]; scored[k] += s.fieldCounts[k]; }
    if (verbose) {
      console.log(`\n## ${setName}/${c.name}: P ${pct(s.precision)} R ${pct(s.recall)}`);
      for (const m of s.misses) console.log(`  MISS  ${m.cat} ${m.v ?? `${m.min}-${m.max}`}  "${m.q}"`);
      for (const e of s.extras) console.log(`  EXTRA ${e.category} ${e.quantity.value ?? `${e.quantity.min}-${e.quantity.max}`}  "${c.text.slice(e.span.start, e.span.end)}"  in: ${e.evidence.text.slice(0, 90)}`);
      for (const w of s.wrong) {
        const cl = w.claim;
        const got = { side: cl.side?.name ?? null, claimant: cl.claimant ? `${cl.claimant.name}${cl.claimant.via.length ? ` via ${cl.claimant.via.join('/')}` : ''}` : null, date: cl.date ? `${cl.date.value} (${cl.date.role})` : null, qualifier: cl.quantity.qualifier, modality: cl.modality };
        const want = { side: w.gold.side ?? null, claimant: w.gold.by ?? null, date: w.gold.date ?? null, qualifier: w.gold.qual ?? 'exact', modality: w.gold.denied ? 'denied' : w.gold.hedged === 'either' ? 'hedged|asserted' : w.gold.hedged ? 'hedged' : 'asserted' };
        console.log(`  WRONG "${w.gold.q}": ${w.fields.map((f) => `${f} got ${JSON.stringify(got[f])} want ${JSON.stringify(want[f])}`).join('; ')}`);
      }
    }
  }
  const P = predicted ? tp / predicted : 1;
  const R = gold ? matched / gold : 1;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const acc = (k: keyof FieldScores) => pct(scored[k] ? fields[k] / scored[k] : 1);
  console.log(
    `${setName.padEnd(9)} docs ${String(cases.length).padStart(2)}  gold ${String(gold).padStart(3)}  pred ${String(predicted).padStart(3)}  ` +
      `P ${pct(P)}  R ${pct(R)}  F1 ${pct(F)}  side ${acc('side')}  claimant ${acc('claimant')}  date ${acc('date')}  ` +
      `qualifier ${acc('qualifier')}  modality ${acc('modality')}  fully-right ${pct(gold ? fully / gold : 1)}`,
  );
}

evaluate('fixtures', fixtureCases());
const dev = devCases();
if (dev) {
  evaluate('dev', dev);
  // --split: every fifth passage is held out, to check that a rule written on the others generalises.
  if (process.argv.includes('--split')) {
    evaluate('dev-rest', dev.filter((_, k) => k % 5 !== 4));
    evaluate('held-out', dev.filter((_, k) => k % 5 === 4));
  }
}
else console.log(`dev       skipped: ${join(shared, 'dev')} not found (it is only on the developers' machines)`);

// FA-KES (../shared/peer/fa-kes): the crowd-labelled civilian death toll of each article, as a recall proxy.
const { loadFakes } = await import('../bench/fakes.js');
const fakes = loadFakes();
if (fakes) {
  let labelled = 0;
  let found = 0;
  for (const a of fakes) {
    if (a.civilians <= 0) continue;
    labelled++;
    const values = new Set(
      extractClaims(a.text, { referenceDate: a.date })
        .filter((c) => c.category === 'killed' || c.category === 'casualties')
        .flatMap((c) => [c.quantity.value, c.quantity.max]),
    );
    if (values.has(a.civilians) || values.has(a.civilians + a.noncivilians)) found++;
  }
  console.log(`fa-kes    articles with a labelled civilian toll ${labelled}: the toll is among the killed claims in ${found} (${(found / labelled).toFixed(3)})`);
} else console.log('fa-kes    skipped: ../shared/peer/fa-kes/fakes.csv not found');

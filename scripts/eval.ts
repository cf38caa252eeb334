/**
 * Scores extractClaims against gold claims, as ../shared/ANNOTATION.md describes:
 *   npm run eval [-- --verbose] [--only <substring of a passage's name>] [--layout]
 *   npm run eval -- --blind DIR     one new batch (DIR/texts, DIR/gold), scored once before any rule has seen it
 * Sets: fixtures/*.jsonl (always), fixtures/corpus (the blind batches, once scored) and ../shared/dev/gold
 * (when present, as on the developers' machines). --layout adds a line each for structured and prose passages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractClaims } from '../src/index.js';
import { parseGold, scoreClaims, type FieldScores, type GoldDocument, type Score } from '../src/testing/score.js';
import { isStructured } from './layout-kind.js';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || argv.includes('-v');
const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
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

/** A corpus folder (gold/ and texts/): line 1 source, line 2 date, line 3 blank, passage from line 4. */
function corpusCases(dir: string): Case[] | null {
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

function evaluate(setName: string, cases: Case[]): string {
  let predicted = 0, gold = 0, tp = 0, matched = 0, fully = 0;
  const fields: FieldScores = { side: 0, claimant: 0, date: 0, qualifier: 0, modality: 0 };
  const scored: FieldScores = { side: 0, claimant: 0, date: 0, qualifier: 0, modality: 0 };
  const only = flag('--only');
  let docs = 0;
  for (const c of cases) {
    if (only && !c.name.includes(only)) continue;
    docs++;
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
  const line =
    `${setName.padEnd(9)} docs ${String(docs).padStart(2)}  gold ${String(gold).padStart(3)}  pred ${String(predicted).padStart(3)}  ` +
    `P ${pct(P)}  R ${pct(R)}  F1 ${pct(F)}  side ${acc('side')}  claimant ${acc('claimant')}  date ${acc('date')}  ` +
    `qualifier ${acc('qualifier')}  modality ${acc('modality')}  fully-right ${pct(gold ? fully / gold : 1)}`;
  console.log(line);
  return line;
}

/** The set, and with --layout its structured and prose passages apart. */
function evaluateSet(setName: string, cases: Case[]): void {
  evaluate(setName, cases);
  if (!argv.includes('--layout')) return;
  evaluate(`${setName}:struct`, cases.filter((c) => isStructured(c.text)));
  evaluate(`${setName}:prose`, cases.filter((c) => !isStructured(c.text)));
}

const blind = flag('--blind');
if (blind) {
  const cases = corpusCases(resolve(blind));
  if (!cases?.length) throw new Error(`--blind ${blind}: no gold/*.jsonl there`);
  evaluate('blind', cases);
  evaluate('blind:struct', cases.filter((c) => isStructured(c.text)));
  evaluate('blind:prose', cases.filter((c) => !isStructured(c.text)));
  process.exit(0);
}

evaluateSet('fixtures', fixtureCases());
const corpus = corpusCases(join(root, 'fixtures', 'corpus'));
if (corpus?.length) evaluateSet('corpus', corpus);
const dev = corpusCases(join(shared, 'dev'));
if (dev) evaluateSet('dev', dev);
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

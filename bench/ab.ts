/**
 * A/B of two source trees in one process, their passes interleaved so that both meet the same machine load:
 *   git archive <commit> | tar -x -C /tmp/a && ln -s "$PWD/node_modules" /tmp/a/node_modules
 *   npx tsx bench/ab.ts /tmp/a "$PWD" [passes]
 * Prints the best CPU time of each over FA-KES and the dev passages (read at run time from ../shared), with the
 * ratio to nlp(text) timed in the same run. Run it both ways round: the tree run first in a pass pays a little more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { loadFakes } from './fakes.js';

type Extract = (t: string) => unknown;
const [aDir, bDir, passes = '8'] = process.argv.slice(2);
if (!aDir || !bDir) throw new Error('usage: npx tsx bench/ab.ts TREE_A TREE_B [passes]');
const A: Extract = (await import(resolve(aDir, 'src/index.ts'))).extractClaims;
const B: Extract = (await import(resolve(bDir, 'src/index.ts'))).extractClaims;
const fakes = loadFakes()?.map((a) => a.text);
if (!fakes) throw new Error('FA-KES not found at ../shared/peer/fa-kes');
const dir = resolve(import.meta.dirname, '..', '..', 'shared', 'dev', 'texts');
const dev = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(resolve(dir, f), 'utf8').split('\n').slice(3).join('\n'));

const cpu = (texts: string[], fn: Extract) => {
  const c0 = process.cpuUsage();
  for (const t of texts) fn(t);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const mb = (texts: string[]) => texts.reduce((k, t) => k + Buffer.byteLength(t), 0) / 1e6;

for (const f of [A, B]) { cpu(fakes, f); cpu(dev, f); }
const best = { aF: Infinity, bF: Infinity, aD: Infinity, bD: Infinity, nF: Infinity, nD: Infinity };
const nlpFakes = fakes.slice(0, 200);
for (let r = 0; r < Number(passes); r++) {
  best.aF = Math.min(best.aF, cpu(fakes, A));
  best.bF = Math.min(best.bF, cpu(fakes, B));
  best.aD = Math.min(best.aD, cpu(dev, A));
  best.bD = Math.min(best.bD, cpu(dev, B));
  if (r < 3) {
    best.nF = Math.min(best.nF, cpu(nlpFakes, nlp));
    best.nD = Math.min(best.nD, cpu(dev, nlp));
  }
}
const nlpF = mb(nlpFakes) / best.nF;
const nlpD = mb(dev) / best.nD;
const row = (k: string, f: number, d: number) =>
  console.log(`${k} fa-kes ${f.toFixed(0)} ms CPU (${(mb(fakes) / f / nlpF).toFixed(1)}x nlp)  dev ${d.toFixed(0)} ms CPU (${(mb(dev) / d / nlpD).toFixed(1)}x nlp)`);
row('A', best.aF, best.aD);
row('B', best.bF, best.bD);
console.log(`nlp(text): fa-kes first 200 ${best.nF.toFixed(0)} ms, dev ${best.nD.toFixed(0)} ms; B/A fa-kes ${(best.bF / best.aF).toFixed(3)}, dev ${(best.bD / best.aD).toFixed(3)}`);

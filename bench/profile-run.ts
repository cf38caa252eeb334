/**
 * Runs extractClaims over FA-KES three times, or over the dev passages ten times, for a CPU profile:
 *   node --cpu-prof --cpu-prof-dir=tmp/prof --import tsx bench/profile-run.ts fakes|dev
 *   npx tsx bench/profile-top.ts tmp/prof
 * The texts are read at run time from ../shared (never copied into the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractClaims } from '../src/index.js';
import { loadFakes } from './fakes.js';

const which = process.argv[2] ?? 'fakes';
let texts: string[];
if (which === 'fakes') {
  const fakes = loadFakes();
  if (!fakes) throw new Error('FA-KES not found at ../shared/peer/fa-kes');
  texts = Array.from({ length: 3 }, () => fakes.map((a) => a.text)).flat();
} else {
  const dir = resolve(import.meta.dirname, '..', '..', 'shared', 'dev', 'texts');
  if (!existsSync(dir)) throw new Error(`${dir} not found`);
  const passages = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(resolve(dir, f), 'utf8').split('\n').slice(3).join('\n'));
  texts = Array.from({ length: 10 }, () => passages).flat();
}
const cpu = process.cpuUsage();
for (const t of texts) extractClaims(t);
const used = process.cpuUsage(cpu);
console.log(`${which}: ${texts.length} documents, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);

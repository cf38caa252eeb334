/**
 * The top entries of a CPU profile by self time, counting only what runs under extractClaims (and the garbage
 * collector), as a Markdown table, then each stage's share (inclusive).  Run: npx tsx bench/profile-top.ts DIR|FILE [N]
 * (for a folder, its largest profile: tsx's loader thread writes a small one beside the main thread's).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const arg = process.argv[2];
const file = statSync(arg).isDirectory()
  ? readdirSync(arg).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(arg, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]
  : arg;
const prof: { nodes: Node[]; samples: number[]; timeDeltas: number[] } = JSON.parse(readFileSync(file, 'utf8'));
const top = Number(process.argv[3] ?? 15);
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const STAGES = ['segment', 'readBlock', 'findFrames', 'assignSides', 'assignClaimants', 'assignDates', 'assignModality', 'refine', 'documentIds'];

/** Where a function lives: the source file under the repository, else the package. */
const place = (url: string) => {
  const src = /\/(src\/.*)$/.exec(url);
  if (src && !url.includes('node_modules')) return src[1];
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return pkg ? pkg[1] : 'native';
};

const self = new Map<string, number>();
const stage = new Map<string, number>(STAGES.map((s) => [s, 0]));
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const names: Node[] = [];
  for (let id: number | undefined = prof.samples[i]; id !== undefined; id = parent.get(id)) names.push(byId.get(id)!);
  const leaf = names[0].callFrame;
  if (leaf.functionName !== '(garbage collector)' && !names.some((n) => n.callFrame.functionName === 'extractClaims')) continue;
  const t = prof.timeDeltas[i] ?? 0;
  total += t;
  const key = leaf.functionName.startsWith('RegExp:') ? `RegExp /${leaf.functionName.slice(8, 50)}…/` : `${leaf.functionName || '(anonymous)'} (${place(leaf.url)})`;
  self.set(key, (self.get(key) ?? 0) + t);
  const outer = [...names].reverse().find((n) => STAGES.includes(n.callFrame.functionName));
  if (outer) stage.set(outer.callFrame.functionName, stage.get(outer.callFrame.functionName)! + t);
}
console.log('| self % | ms | function |\n|---:|---:|---|');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${((100 * t) / total).toFixed(1)} | ${(t / 1000).toFixed(0)} | ${k.replace(/\|/g, '\\|')} |`);
console.log(`\nStages (inclusive): ${STAGES.map((s) => `${s} ${((100 * stage.get(s)!) / total).toFixed(0)}%`).join(', ')}; ${(total / 1000).toFixed(0)} ms sampled under extractClaims, with GC.`);

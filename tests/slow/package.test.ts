/**
 * The package as a user gets it: `npm pack` of the built tree, installed into a fresh project from the tarball,
 * then used the ways the README says: ESM, CommonJS, types, fact-claims/batch, fact-claims/testing, the binary.
 * Needs the runtime dependencies from the npm cache or the registry; skipped, saying why, when neither works, except
 * in CI (FACT_CLAIMS_REQUIRE_PACKAGE), where a failed install fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let project = '';
let files: string[] = [];
let skipped = '';

let dir = '';
// The temp folder goes when the file's tests are done.
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fact-claims-pack-'));
  // pretest has built dist/; --ignore-scripts keeps pack from building it again.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  files = packed[0].files.map((f: { path: string }) => f.path);
  project = join(dir, 'consumer');
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  const install = spawnSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed[0].filename)], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  if (install.status !== 0) {
    skipped = `npm install of the tarball failed (offline, without the dependencies in the npm cache?): ${install.stderr.split('\n').find((l) => /ERR/.test(l)) ?? install.stderr.slice(0, 200)}`;
    console.warn(`package test skipped: ${skipped}`);
  }
}, 180_000);

const node = (args: string[], input?: string) => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8', input });
const sentence = 'Seven firefighters were killed in a warehouse blaze in Lagos, officials said.';

/** CI (.ci/run) installs from the cache `npm ci` filled: there a failed install fails, it never skips. */
const required = !!process.env.FACT_CLAIMS_REQUIRE_PACKAGE;

it.runIf(required)('installs from its tarball (FACT_CLAIMS_REQUIRE_PACKAGE is set)', () => {
  expect(skipped).toBe('');
});

describe('the packed package', () => {
  it('ships dist, LICENSE, NOTICE and README, and no sourcemaps', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE', 'README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js', 'dist/batch-worker.js', 'dist/claim.schema.json']));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(readFileSync(join(root, 'NOTICE'), 'utf8')).toMatch(/Open Database License/);
  });

  it('the command line imports the core chunk instead of bundling its own copy', () => {
    const cliSource = readFileSync(join(root, 'dist', 'cli.js'), 'utf8');
    expect(cliSource.length).toBeLessThan(60_000); // its own code and help texts (the queue commands brought it past 40,000)
    expect(cliSource).not.toContain('COUNTRY_ROWS');
  });

  it('declares its dependencies as caret ranges, and builds on prepare (npm pack, git installs)', () => {
    for (const range of Object.values<string>(pkg.dependencies)) expect(range).toMatch(/^\^\d/);
    expect(pkg.scripts.prepare).toBe('npm run build');
  });

  it('declares bullmq and ioredis as optional peers (caret ranges), tested as devDependencies', () => {
    for (const name of ['bullmq', 'ioredis']) {
      expect(pkg.peerDependencies[name]).toMatch(/^\^\d/);
      expect(pkg.peerDependenciesMeta[name]).toEqual({ optional: true });
      expect(pkg.devDependencies[name]).toBe(pkg.peerDependencies[name]);
    }
    expect(files).toEqual(expect.arrayContaining(['dist/queue.js', 'dist/queue.cjs', 'dist/queue.d.ts']));
  });

  it('without bullmq installed, fact-claims/queue loads, and the queue says in one line how to install it', (ctx) => {
    if (skipped) ctx.skip();
    const hint = 'the queue needs the optional packages bullmq and ioredis, which are not installed: npm install bullmq ioredis';
    expect(existsSync(join(project, 'node_modules', 'bullmq'))).toBe(false);
    const bin = join(project, 'node_modules', '.bin', 'fact-claims');
    for (const args of [['worker'], ['collect'], ['enqueue', '-']]) {
      const r = spawnSync(bin, args, { cwd: project, input: sentence, encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([1, `fact-claims: ${hint}\n`]);
    }
    const esm = node(['--input-type=module', '-e', `
      import { createWorker, jobId } from 'fact-claims/queue';
      console.log(JSON.stringify([jobId('wire:42'), await createWorker().catch((e) => e.message)]));
    `]);
    expect(JSON.parse(esm)).toEqual(['doc-wire%3A42', hint]);
    const cjs = node(['-e', `
      const { enqueueDocuments } = require('fact-claims/queue');
      enqueueDocuments([]).catch((e) => console.log(e.constructor.name + ': ' + e.message));
    `]);
    expect(cjs.trim()).toBe(`QueueSetupError: ${hint}`);
  });

  it('imports as ESM and CommonJS, with fact-claims/batch and fact-claims/testing', (ctx) => {
    if (skipped) ctx.skip();
    const esm = node(['--input-type=module', '-e', `
      import { extractClaims, claimJsonSchema } from 'fact-claims';
      import { extractMany } from 'fact-claims/batch';
      import { parseGold, scoreClaims } from 'fact-claims/testing';
      const claims = extractClaims(${JSON.stringify(sentence)}, { docId: 'lagos' });
      const results = [];
      for await (const r of extractMany([{ id: 'x', text: ${JSON.stringify(sentence)} }], { concurrency: 1 })) results.push(r);
      const gold = parseGold('{"doc":"x"}\\n{"q":"Seven firefighters","cat":"killed","v":7}');
      console.log(JSON.stringify([claims.map((c) => [c.doc, c.quantity.value]), results[0].claims[0].doc, scoreClaims(${JSON.stringify(sentence)}, claims, gold.claims).f1, typeof claimJsonSchema.properties]));
    `]);
    expect(JSON.parse(esm)).toEqual([[['lagos', 7]], 'x', 1, 'object']);
    const cjs = node(['-e', `
      const { extractClaims } = require('fact-claims');
      const { extractMany } = require('fact-claims/batch');
      const { claimMatchers } = require('fact-claims/testing');
      (async () => {
        const out = [];
        for await (const r of extractMany([{ id: 'y', text: ${JSON.stringify(sentence)} }])) out.push(r.claims.length);
        console.log(JSON.stringify([extractClaims(${JSON.stringify(sentence)})[0].category, out, typeof claimMatchers.toContainClaim]));
      })();
    `]);
    expect(JSON.parse(cjs)).toEqual(['killed', [1], 'function']);
    expect(JSON.parse(readFileSync(join(project, 'node_modules', 'fact-claims', 'dist', 'claim.schema.json'), 'utf8')).type).toBe('object');
  });

  it('runs the fact-claims binary', (ctx) => {
    if (skipped) ctx.skip();
    const bin = join(project, 'node_modules', '.bin', 'fact-claims');
    expect(existsSync(bin)).toBe(true);
    const r = spawnSync(bin, ['extract', '-', '--quiet'], { cwd: project, input: sentence, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ doc: 'stdin', category: 'killed', quantity: { value: 7 } });
  });

  it('type-checks a consumer in ESM and CommonJS', (ctx) => {
    if (skipped) ctx.skip();
    const claimUse = `
      const claims: Claim[] = extractClaims('text', { referenceDate: new Date(), docId: 'a', format: 'html' });
      const doc: string | undefined = claims[0]?.doc;
      const many: AsyncIterable<BatchResult> = extractMany([{ id: 1, text: 'x' }], { concurrency: 2, docTimeout: 5000 });
      // @ts-expect-error an unknown option is a type error too
      extractClaims('text', { refDate: '2020' });
      export { doc, many };`;
    // fact-claims/queue type-checks without bullmq installed: its types name none of bullmq's.
    const queueUse = `
      const queued: Promise<EnqueueStats> = enqueueDocuments([{ id: 1, text: 'x', format: 'html' }], { redis: 'redis://h:6379', queue: 'q' });
      const worker: Promise<QueueWorker> = createWorker({ concurrency: 2, docTimeout: 5000, lockDuration: 2000 });
      const results: AsyncIterable<BatchResult> = collectResults({ queue: 'q' });
      export { queued, worker, results };`;
    writeFileSync(join(project, 'esm.mts'), `import { extractClaims, type Claim } from 'fact-claims';\nimport { extractMany, type BatchResult } from 'fact-claims/batch';\nimport { loadGold } from 'fact-claims/testing';\nimport { collectResults, createWorker, enqueueDocuments, type EnqueueStats, type QueueWorker } from 'fact-claims/queue';\nloadGold;\n${claimUse}\n${queueUse}`);
    writeFileSync(join(project, 'cjs.cts'), `import { extractClaims, type Claim } from 'fact-claims';\nimport { extractMany, type BatchResult } from 'fact-claims/batch';\n${claimUse}`);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const compilerOptions = { noEmit: true, strict: true, skipLibCheck: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['esm.mts', 'cjs.cts'] }));
    const r = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: project, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

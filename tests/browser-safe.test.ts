/** The core must run in browsers: no Node-only import outside the command line, the test helpers and the Node-only entries. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('browser-safe core', () => {
  it('imports nothing from node: (or fs, path, worker_threads) outside src/cli, src/testing, src/batch/node and src/queue', () => {
    const core = files(src).filter((f) => f.endsWith('.ts') && !/[/\\](cli|testing|batch[/\\]node|queue)[/\\]/.test(f));
    expect(core.length).toBeGreaterThan(20);
    const offenders = core.filter((f) => /from\s+['"](node:|fs['"]|path['"]|worker_threads|child_process|os['"])/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });
});

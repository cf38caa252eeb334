/** The built command line (dist/cli.js, built by the pretest step of `npm run test:slow`), run as a process by the CLI tests. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const cli = join(root, 'dist', 'cli.js');
export const fx0 = join(root, 'fixtures', '000_cfd4f7954cf25aff.txt');
export const fx4 = join(root, 'fixtures', '004_104ae95fd8efd749.txt');

export interface RunOptions {
  input?: string;
  cwd?: string;
  /** Run as this user (and group): as root every file is readable, so permission checks need another user. */
  uid?: number;
}

/** Runs `fact-claims <args>` and returns its exit code and output. */
export function runCli(args: string[], options: RunOptions = {}) {
  const ids = options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {};
  const r = spawnSync(process.execPath, [cli, ...args], {
    input: options.input, encoding: 'utf8', cwd: options.cwd ?? root, maxBuffer: 64 * 1024 * 1024, ...ids,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** JSON Lines output as records. */
export const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

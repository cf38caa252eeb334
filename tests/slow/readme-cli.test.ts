/** The README's "real output" is the built command's: each sample, run through dist/cli.js, prints what the README shows. */
import { describe, expect, it } from 'vitest';
import { commandOutput, SAMPLES, sampleArgs } from '../../scripts/readme-samples.js';
import { runCli } from '../cli-helpers.js';

describe('README samples through the built command', () => {
  it.each(Object.entries(SAMPLES))('%s', (_, sample) => {
    const r = runCli(sampleArgs(sample));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(commandOutput(sample));
  });
});

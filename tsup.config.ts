import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library (browser-safe), its review page fact-claims/report (browser-safe, kept out of the core
    // bundle) and its Node-only test helpers, fact-claims/testing.
    entry: { index: 'src/index.ts', report: 'src/report/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // The command line and its worker threads (Node only).
    entry: { cli: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);

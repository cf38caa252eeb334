import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ES modules: the library (browser-safe), its Node-only test helpers, the batch API with its worker thread,
    // and the command line, in one build so that they share the core's chunk instead of each bundling a copy.
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      'batch-worker': 'src/batch/node/worker.ts',
      cli: 'src/cli/index.ts',
    },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' } },
    clean: true,
    splitting: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // CommonJS for require() users of the library and its test helpers.
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    treeshake: true,
  },
]);

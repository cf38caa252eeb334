import { defineConfig } from 'tsup';

const library = {
  index: 'src/index.ts',
  testing: 'src/testing/index.ts',
  batch: 'src/batch/node/index.ts',
  'batch-inline': 'src/batch/inline.ts',
  // The review page: browser-safe, kept out of the core bundle.
  report: 'src/report/index.ts',
  // Many machines through a Redis queue (Node only); bullmq and ioredis are optional peers, imported when used.
  queue: 'src/queue/index.ts',
};

export default defineConfig([
  {
    // ES modules: the library (browser-safe), its Node-only test helpers, the batch API (worker threads in Node,
    // inline elsewhere) with its worker, and the command line, in one build so that they share the core's chunk
    // instead of each bundling a copy. No sourcemaps: they would be most of the package.
    entry: { ...library, 'batch-worker': 'src/batch/node/worker.ts', cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: { entry: library },
    clean: true,
    splitting: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // CommonJS for require() users; shims give the batch pool the URL of its (ESM) worker file.
    entry: library,
    format: ['cjs'],
    dts: true,
    shims: true,
    target: 'es2022',
    treeshake: true,
  },
]);

import { defineConfig } from 'vitest/config';

/**
 * Two projects: `fast` (`npm test`: the rules, the library and the CLI's layers in process) and `slow`
 * (`npm run test:slow`: the built command run as a process, the packed package, the browser, the queue on a real
 * Redis, and the scaling ratios, which time work on purpose). `.ci/run` runs both; `npx vitest run <file>` finds a file in either.
 */
export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: ['tests/slow/**'] } },
      { extends: true, test: { name: 'slow', include: ['tests/slow/**/*.test.ts'] } },
    ],
  },
});

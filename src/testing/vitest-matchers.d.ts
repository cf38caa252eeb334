// Types of the claim matchers for vitest: appended to dist/testing.d.ts by scripts/postbuild.ts.
import type { ClaimPattern } from './matchers.js';

interface ClaimMatchers<R = unknown> {
  /** The claims contain one matching every given field. */
  toContainClaim(expected: ClaimPattern): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends ClaimMatchers<T> {}
}

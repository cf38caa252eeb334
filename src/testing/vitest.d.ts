// Types of the claim matchers for vitest: appended to dist/testing.d.ts by scripts/postbuild.ts.
import type { ClaimPattern } from './matchers.js';

declare module 'vitest' {
  interface Assertion<T> {
    /** The claims contain one matching every given field. */
    toContainClaim(expected: ClaimPattern): T;
  }
  interface AsymmetricMatchersContaining {
    toContainClaim(expected: ClaimPattern): void;
  }
}

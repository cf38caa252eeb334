// Types of the claim matchers for vitest: appended to dist/testing.d.ts by scripts/postbuild.ts.
import type { ClaimPattern } from './matchers.js';

interface ClaimMatchers<R = unknown> {
  /** The claims contain one matching every given field. */
  toContainClaim(expected: ClaimPattern): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must match the type parameter of vitest's own Matchers declaration.
  interface Matchers<T = any> extends ClaimMatchers<T> {}
}

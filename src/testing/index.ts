/**
 * fact-claims/testing: helpers for suites that assert extractions (Node only).
 *   import { claimMatchers, loadGold, scoreClaims } from 'fact-claims/testing';
 *   expect.extend(claimMatchers);
 */
export { claimMatchers, claimMismatches, describeClaim, type ClaimPattern } from './matchers.js';
export { loadGold } from './gold.js';
export { scoreClaims, parseGold, claimMatches, fieldsRight, locateQuote, type GoldClaim, type GoldDocument, type Score, type FieldScores } from './score.js';

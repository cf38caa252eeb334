/** Tags the date stage's own chrono parsers and refiners put on results, read back by the mention reader. */
export const TAG = {
  /** Resolved from the reference date ("yesterday", "on Friday", "last week"): meaningless without one. */
  relative: 'fact-claims/relative',
  /** A stretch of days ("last week", "this weekend"): stated at the finest unit holding all of it. */
  span: 'fact-claims/span',
  /** A running period ("in the past 24 hours", "so far this year"): it dates no figure by itself. */
  period: 'fact-claims/period',
} as const;

/** chrono's own tags for results counted from the reference date. */
export const CHRONO_RELATIVE_TAGS = ['casualReference/', 'result/relativeDate'];

export { extractClaims, type ExtractOptions } from './extract.js';
export { parseQuantity } from './pipeline/quantities.js';
export {
  ClaimSchema, ClaimsSchema, QuantitySchema, CategorySchema, QualifierSchema, SubjectSchema, SideSchema,
  ClaimantSchema, ClaimDateSchema, SpanSchema, claimJsonSchema,
  type Claim, type Quantity, type Category, type Qualifier, type Subject, type Side, type Claimant, type ClaimDate,
} from './schema.js';
export { summarize, type SummaryGroup, type Figure, type SummarizeOptions, type Convention } from './reconcile/summarize.js';
export { defaultLexicon, extendLexicon, type Lexicon, type LexiconExtension, type PartyEntry, type PlaceRow, type SideLexicon } from './lexicon/index.js';

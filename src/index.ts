export { extractClaims, type ExtractOptions } from './extract.js';
export { parseQuantity } from './pipeline/quantities.js';
export {
  ClaimSchema, ClaimsSchema, QuantitySchema, CategorySchema, QualifierSchema, SubjectSchema, SideSchema,
  ClaimantSchema, ClaimDateSchema, SpanSchema, claimJsonSchema,
  type Claim, type Quantity, type Category, type Qualifier, type Subject, type Side, type Claimant, type ClaimDate,
} from './schema.js';
export { summarize } from './reconcile/summarize.js';
export {
  SummaryGroupSchema, SummarySchema, FigureSchema, PartSchema, SummarizeOptionsSchema,
  type SummaryGroup, type Figure, type Part, type SummarizeOptions, type Convention, type GroupBy, type SummaryClaim, type SummaryDocument,
} from './reconcile/schema.js';
export { defaultLexicon, type Lexicon, type LexiconExtension, type PartyEntry, type PlaceRow, type SideLexicon } from './lexicon/index.js';
export { extendLexicon, ExtractOptionsSchema, LexiconSchema, LexiconExtensionSchema } from './options.js';

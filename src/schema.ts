import { z } from 'zod';

/** What happened to the counted people or things. */
export const CategorySchema = z.enum([
  'killed',
  'wounded',
  'missing',
  'captured',
  'displaced',
  'casualties',
  'destroyed',
  'damaged',
  'downed',
  'economic_loss',
]);

export const QualifierSchema = z.enum([
  'exact',
  'approximate',
  'at_least',
  'more_than',
  'up_to',
  'less_than',
  'range',
  'vague',
]);

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const QuantitySchema = z.object({
  /** The number as stated, normalised ("2,906" → 2906); null for ranges and vague amounts. */
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  qualifier: QualifierSchema,
  /** Currency or other unit ("USD"), null for plain counts. */
  unit: z.string().nullable(),
  /** The words of the quantity as they appear in the text. */
  text: z.string(),
});

export const SubjectSchema = z.object({
  text: z.string(),
  kind: z.enum(['people', 'equipment', 'money', 'other']),
});

export const SideSchema = z.object({
  /** Canonical party name: a country ("Azerbaijan") or a named non-state party. */
  name: z.string(),
  /** The words in the text the side was read from. */
  text: z.string(),
});

export const ClaimantSchema = z.object({
  /** The source as named ("Azerbaijani Press Agency"); an organisation rather than its spokesperson. */
  name: z.string(),
  text: z.string(),
  /** Sources the claimant cites ("citing the Health Ministry" → ["Health Ministry"]). */
  via: z.array(z.string()),
  /** A named person speaking for the source, when the text gives one. */
  person: z.string().nullable().optional(),
});

export const ClaimDateSchema = z.object({
  /** ISO 8601 at the precision stated: "2020-10-17", "2020-12", "2021". */
  value: z.string(),
  text: z.string(),
  role: z.enum(['reported', 'as_of', 'event']),
});

export const ClaimSchema = z.object({
  /** Stable for the same text and options. */
  id: z.string(),
  doc: z.string().optional().meta({
    description: 'The docId passed to extractClaims (or the document id in extractMany and the CLI); absent without one.',
  }),
  category: CategorySchema,
  quantity: QuantitySchema,
  subject: SubjectSchema,
  side: SideSchema.nullable(),
  claimant: ClaimantSchema.nullable(),
  date: ClaimDateSchema.nullable(),
  modality: z.enum(['asserted', 'hedged', 'denied']),
  /** text.slice(span.start, span.end) is the mention. */
  span: SpanSchema,
  /** The sentence holding the mention. */
  evidence: SpanSchema.extend({ text: z.string() }),
});

export const ClaimsSchema = z.array(ClaimSchema);

export type Category = z.infer<typeof CategorySchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type Side = z.infer<typeof SideSchema>;
export type Claimant = z.infer<typeof ClaimantSchema>;
export type ClaimDate = z.infer<typeof ClaimDateSchema>;
export type Claim = z.infer<typeof ClaimSchema>;

/** JSON Schema (draft 2020-12) of one Claim, for users outside TypeScript. */
export const claimJsonSchema = z.toJSONSchema(ClaimSchema);

import { z } from 'zod';

/** What happened to the counted people or things. */
export const CategorySchema = z
  .enum(['killed', 'wounded', 'missing', 'captured', 'displaced', 'casualties', 'destroyed', 'damaged', 'downed', 'economic_loss'])
  .meta({ description: 'What happened to the counted people or things; casualties = killed and wounded together or unsplit.' });

export const QualifierSchema = z
  .enum(['exact', 'approximate', 'at_least', 'more_than', 'up_to', 'less_than', 'range', 'vague'])
  .meta({ description: 'How the number is stated: "about 40" approximate, "at least 40" at_least, "300 to 400" range, "dozens" vague.' });

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().meta({ description: 'Offset of the first character (UTF-16 code units).' }),
    end: z.number().int().nonnegative().meta({ description: 'Offset just past the last character: text.slice(start, end).' }),
  })
  .meta({ description: 'A range [start, end) of the input text.' });

export const QuantitySchema = z
  .object({
    value: z.number().nullable().meta({ description: 'The number as stated, normalised ("2,906" → 2906); null for ranges and vague amounts.' }),
    min: z.number().nullable().meta({ description: 'The lower bound the qualifier implies ("at least 185" → 185), or null.' }),
    max: z.number().nullable().meta({ description: 'The upper bound the qualifier implies ("up to 300" → 300), or null.' }),
    qualifier: QualifierSchema,
    unit: z.string().nullable().meta({ description: 'ISO currency code for money ("USD"); null for plain counts.' }),
    text: z.string().meta({ description: 'The words of the quantity as they appear in the text; for a count not written as a number, the noun phrase ("a 34-year-old man").' }),
    stated: z.boolean().optional().meta({
      description:
        'false when the count was not written as a number: one victim named or described ("a man was shot dead", ' +
        '"Officer Jane Roe died", "a tank was destroyed") counts 1, conjoined ones ("a man and a woman") one each. ' +
        'Absent when the text states the figure.',
    }),
  })
  .meta({ description: 'How many, as stated.' });

export const SubjectSchema = z
  .object({
    text: z.string().meta({ description: 'What is counted, as its words in the text ("T-72 tanks"); may be empty.' }),
    kind: z.enum(['people', 'equipment', 'money', 'other']).meta({ description: 'The kind of thing counted.' }),
  })
  .meta({ description: 'What is counted.' });

export const SideBasisSchema = z
  .enum(['stated', 'place', 'role', 'opponent', 'heading', 'context'])
  .meta({
    description:
      'Where the side comes from: stated (a party in or next to the counted phrase), place (where it happened), ' +
      'role (rebels, the army … of a party the text names), opponent (the other party of a named attacker), ' +
      'heading (a section heading), context (the sentence the text continues).',
  });

export const SideSchema = z
  .object({
    name: z.string().meta({ description: 'Canonical party name: a country ("Azerbaijan") or a named non-state party.' }),
    text: z.string().meta({ description: 'The words of the text the side was read from.' }),
    basis: SideBasisSchema.optional(),
  })
  .meta({ description: 'The party that suffered the loss; null where the text does not tell.' });

export const ClaimantKindSchema = z
  .enum(['organisation', 'person', 'government', 'outlet', 'unnamed'])
  .meta({
    description:
      'What kind of source: organisation (ministries, armies, agencies, NGOs, UN bodies), person, government ' +
      '(a state, its capital or "the government"), outlet (news media and wire services), unnamed ("officials", "sources").',
  });

export const ClaimantSchema = z
  .object({
    name: z.string().meta({ description: 'The source as named ("Azerbaijani Press Agency"); an organisation rather than its spokesperson.' }),
    text: z.string().meta({ description: 'The words of the text that name the source.' }),
    via: z.array(z.string()).meta({ description: 'Sources the claimant cites ("citing the Health Ministry" → ["Health Ministry"]).' }),
    person: z.string().nullable().optional().meta({ description: 'A named person speaking for the source, when the text gives one.' }),
    kind: ClaimantKindSchema.optional(),
  })
  .meta({ description: 'Who asserts the figure; null where the text names no source.' });

export const ClaimDateSchema = z
  .object({
    value: z.string().meta({ description: 'ISO 8601 at the precision stated: "2020-10-17", "2020-12", "2021".' }),
    text: z.string().meta({ description: 'The words of the text the date was read from.' }),
    role: z.enum(['reported', 'as_of', 'event']).meta({ description: 'reported: when it was said; as_of: the figure holds up to then; event: when it happened.' }),
  })
  .meta({ description: 'The date the figure holds for; null where the text gives none.' });

export const ClaimSchema = z
  .object({
    id: z.string().meta({ description: '64 bits (c and 16 hex digits) from the document id, the offsets, category, figure and evidence sentence: the same for the same document id and text.' }),
    doc: z.string().optional().meta({ description: 'The docId passed to extractClaims (or the document id in extractMany and the CLI); absent without one.' }),
    category: CategorySchema,
    quantity: QuantitySchema,
    subject: SubjectSchema,
    side: SideSchema.nullable(),
    claimant: ClaimantSchema.nullable(),
    date: ClaimDateSchema.nullable(),
    modality: z.enum(['asserted', 'hedged', 'denied']).meta({ description: 'asserted; hedged (reportedly, allegedly, believed …); denied (a party denies the figure or its event).' }),
    span: SpanSchema.meta({ description: 'The mention: text.slice(span.start, span.end).' }),
    evidence: SpanSchema.extend({ text: z.string() }).meta({
      description: 'The sentence holding the mention, or a window of at most 1,000 characters of it around the mention when the sentence is longer; its offsets slice the input exactly.',
    }),
  })
  .meta({ description: 'One loss claim: a count of people or things lost, harmed or moved, as the text states it.' });

export const ClaimsSchema = z.array(ClaimSchema);

export type Category = z.infer<typeof CategorySchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type Side = z.infer<typeof SideSchema>;
export type Claimant = z.infer<typeof ClaimantSchema>;
export type ClaimantKind = z.infer<typeof ClaimantKindSchema>;
export type ClaimDate = z.infer<typeof ClaimDateSchema>;
export type Claim = z.infer<typeof ClaimSchema>;

/** JSON Schema (draft 2020-12) of one Claim, for users outside TypeScript. */
export const claimJsonSchema = z.toJSONSchema(ClaimSchema);

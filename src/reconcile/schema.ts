import { z } from 'zod';
import { CategorySchema, ClaimSchema, QualifierSchema, SubjectSchema } from '../schema.js';

/** The options of `summarize`, checked at the boundary (a bad value is a RangeError naming it). */
export const SummarizeOptionsSchema = z.strictObject({
  convention: z.enum(['ucdp', 'acled', 'max']).optional()
    .meta({ description: 'How low/best/high are read from the live figures (default ucdp): see the README.' }),
  groupBy: z.enum(['document', 'all']).optional()
    .meta({ description: "'document' (default): figures compete only within one document, or within documents that share an `event`; 'all': across every input." }),
  period: z.enum(['year', 'month']).optional()
    .meta({ description: "Split groups by the year or month of each claim's date; undated claims form their own period." }),
});

export type SummarizeOptions = z.infer<typeof SummarizeOptionsSchema>;
export type Convention = NonNullable<SummarizeOptions['convention']>;
export type GroupBy = NonNullable<SummarizeOptions['groupBy']>;

/** A claim as the CLI writes it: the claim and, optionally, the document it came from and the event it reports. */
export type SummaryClaim = z.infer<typeof ClaimSchema> & { doc?: string; event?: string };

/** One document's claims, with the event the caller says it reports (documents of one event are compared). */
export interface SummaryDocument {
  doc?: string;
  event?: string;
  claims: readonly SummaryClaim[];
}

const Quantity = {
  value: z.number().nullable().meta({ description: 'The figure as stated; null for ranges and vague amounts.' }),
  min: z.number().nullable(),
  max: z.number().nullable(),
  qualifier: QualifierSchema,
};

/** A figure the text gives as a part of a larger one ("including 10 children", "(5 soldiers, 2 police)"). */
export const PartSchema = z.object({
  ...Quantity,
  subject: z.string().meta({ description: 'What the part counts, as worded.' }),
  counted: z.string().meta({ description: "The counted thing's canonical head ('children', 'soldiers')." }),
  claims: z.array(z.string()).meta({ description: 'Ids of the claims behind this part.' }),
});

export const FigureSchema = z.object({
  ...Quantity,
  subject: z.string().meta({ description: 'What is counted, as the first claim behind the figure words it.' }),
  claimant: z.string().nullable().meta({ description: 'Who gives the figure, as last named.' }),
  claimantKey: z.string().nullable()
    .meta({ description: "One key per claimant: case, Defence/Defense, \"Russia's\"/\"Russian\" and an acronym the text expands all read alike." }),
  via: z.array(z.string()),
  date: z.string().nullable(),
  modality: ClaimSchema.shape.modality,
  docs: z.array(z.string()).meta({ description: 'Documents stating the figure (when the input names them).' }),
  claims: z.array(z.string()).meta({ description: 'Ids of the claims that state this figure (its parts are under `parts`).' }),
  summed: z.boolean()
    .meta({ description: 'No total is stated: the figure sums a list of its parts from one claimant ("180 soldiers and 12 marines").' }),
  superseded: z.boolean().meta({ description: 'A later figure from the same claimant for the same thing replaces it for low/best/high.' }),
  parts: z.array(PartSchema).meta({ description: 'Figures the text states as parts of this one: shown under it, never its rivals.' }),
  partsSum: z.number().nullable().meta({ description: 'The sum of the parts (their point values); null without parts.' }),
});

export const SummaryGroupSchema = z.object({
  key: z.string(),
  scope: z.string().nullable()
    .meta({ description: "The document or event the figures belong to; null with groupBy 'all' or an unnamed document." }),
  side: z.string().nullable(),
  category: CategorySchema,
  kind: SubjectSchema.shape.kind,
  counted: z.string()
    .meta({ description: "The counted thing's canonical head: 'soldiers', 'civilians', 'police', 'people', 'tanks', 'aircraft', 'drones', 'internally displaced', 'refugees', …" }),
  period: z.string().nullable(),
  figures: z.array(FigureSchema).meta({ description: 'The rival figures, in order of first appearance.' }),
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
  claims: z.array(z.string()).meta({ description: 'Ids of every claim in the group, parts included.' }),
});

export const SummarySchema = z.array(SummaryGroupSchema);

export type Part = z.infer<typeof PartSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type SummaryGroup = z.infer<typeof SummaryGroupSchema>;

/**
 * The inputs a caller hands the library, as zod schemas: extraction options and lexicon extensions. Parsed at the
 * boundary, so that a misspelt option or a wrong word list fails loudly instead of being ignored.
 */
import { z } from 'zod';
import { defaultLexicon, extendLexicon as mergeLexicon, type Lexicon, type LexiconExtension } from './lexicon/index.js';
import { DEFAULT_VICTIMS } from './lexicon/victims.js';
import { ATTRIBUTION_DOCS, DATE_DOCS, FIGURE_DOCS, GRAMMAR_DOCS, LAYOUT_DOCS, SIDE_DOCS } from './lexicon/docs.js';
import { DEFAULT_LAYOUT } from './lexicon/layout.js';
import { DEFAULT_GRAMMAR } from './lexicon/grammar.js';
import { DEFAULT_FIGURES } from './lexicon/figures.js';
import { DEFAULT_DATES } from './lexicon/dates.js';
import { parseReference } from './pipeline/date.js';
import { ReferenceDateSchema } from './reference-date.js';
import { CategorySchema } from './schema.js';
import { describeIssues } from './zod-issues.js';

export { describeIssues };

const words = z.array(z.string());
const wordCategories = z.record(z.string(), CategorySchema);

export const PartyEntrySchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'Canonical name reported as side.name.' }),
  names: words.meta({ description: 'Words that name the party itself ("Republic of Chile").' }),
  demonyms: words.meta({ description: 'Adjectives and demonyms ("Chilean").' }),
  capitals: words.meta({ description: 'Capitals standing for the government ("Santiago").' }),
  kind: z.enum(['state', 'de facto state', 'armed group']).optional().meta({ description: 'What the party is; "the rebels" may stand for an armed group.' }),
});

const CategoryLexiconSchema = z.strictObject({
  predicates: wordCategories.meta({ description: 'Participles after the counted noun: "12 were killed".' }),
  transitive: wordCategories.meta({ description: 'Active verbs before the count: "killed 26 civilians".' }),
  nouns: wordCategories.meta({ description: 'Nouns naming the loss: "the deaths of 40".' }),
  tallies: words.meta({ description: 'Nouns naming a running total: "the death toll rose to 91".' }),
  countedEvents: words.optional().meta({ description: 'Events counted in the counted phrase, not what they cost: "two explosions near the shrine", "32 bushfires burning".' }),
  notLoss: words.optional().meta({ description: 'Words after a count that say it was not lost: "40 survivors", "12 hostages freed".' }),
  columnHeads: wordCategories.optional().meta({ description: 'Short column heads of a casualty table, lower-case without their period: "K.", "WIA".' }),
});

const SubjectLexiconSchema = z.strictObject({ people: words, equipment: words, structures: words });

/**
 * Word-list sections whose keys are those of the default lexicon, so the schema never lags behind the data; `docs`
 * describes the lists that have a description.
 */
const listsLike = (defaults: object, docs: Record<string, string> = {}) =>
  z.strictObject(Object.fromEntries(Object.keys(defaults).map((k) => [k, docs[k] ? words.meta({ description: docs[k] }) : words])));

const AttributionLexiconSchema = listsLike(defaultLexicon.attribution, ATTRIBUTION_DOCS);
const VictimLexiconSchema = z.strictObject({
  ...listsLike(DEFAULT_VICTIMS).shape,
  predicates: wordCategories.meta({ description: 'What happened to one person, after it: "was shot dead", "died", "was shot in the leg".' }),
  transitive: wordCategories.meta({ description: 'Active verbs before the person they befell: "shot and killed a 19-year-old".' }),
});
const SideLexiconSchema = listsLike(defaultLexicon.sides, SIDE_DOCS);
const CountedLexiconSchema = z.strictObject({
  classes: z.record(z.string(), words).meta({ description: 'Head lemmas by the class label they are summed under: { soldiers: ["conscript"] } puts "12 conscripts" beside "40 troops".' }),
  irregularPlurals: z.record(z.string(), z.string()).meta({ description: 'Plurals the suffix rules get wrong, with their lemma: { geese: "goose" }.' }),
  headEnds: words.meta({ description: 'Words that end a subject\'s head phrase: "officers of the Border Police" counts officers.' }),
});
const PartsLexiconSchema = z.strictObject({
  partCues: words.meta({ description: 'Words between a total and its first part: "30 died, including 9 children".' }),
  totalCues: words.meta({ description: 'Words by a figure that make it the sum of the figures before it: "15 in all".' }),
  leadGroups: words.meta({ description: 'Groups after "among the" that open a breakdown of the figure before: "Among the wounded, 9 were children."' }),
});
const DateLexiconSchema = z.strictObject({
  dayShifts: z.record(z.string(), z.number().int()).meta({ description: 'Phrases for a day counted from the date before, with the shift in days: { "the eve": -1 }.' }),
  ...listsLike(DEFAULT_DATES, DATE_DOCS).omit({ dayShifts: true }).shape,
});
const GrammarLexiconSchema = listsLike(DEFAULT_GRAMMAR, GRAMMAR_DOCS);
const FigureLexiconSchema = listsLike(DEFAULT_FIGURES, FIGURE_DOCS);
const LayoutLexiconSchema = listsLike(DEFAULT_LAYOUT, LAYOUT_DOCS);
const PlacesSchema = z.array(z.tuple([z.string().min(1), z.string()])).meta({
  description: 'Places standing for their country: [country, "City|Region|…"].',
});

export const LexiconSchema = z.strictObject({
  categories: CategoryLexiconSchema,
  parties: z.array(PartyEntrySchema),
  subjects: SubjectLexiconSchema,
  attribution: AttributionLexiconSchema,
  places: PlacesSchema,
  sides: SideLexiconSchema,
  victims: VictimLexiconSchema.optional(),
  counted: CountedLexiconSchema.optional(),
  parts: PartsLexiconSchema.optional(),
  dates: DateLexiconSchema.optional(),
  grammar: GrammarLexiconSchema.optional(),
  figures: FigureLexiconSchema.optional(),
  layout: LayoutLexiconSchema.optional(),
});

export const LexiconExtensionSchema = z.strictObject({
  categories: CategoryLexiconSchema.partial().optional(),
  parties: z.array(PartyEntrySchema).optional(),
  subjects: SubjectLexiconSchema.partial().optional(),
  attribution: AttributionLexiconSchema.partial().optional(),
  places: PlacesSchema.optional(),
  sides: SideLexiconSchema.partial().optional(),
  victims: VictimLexiconSchema.partial().optional(),
  counted: CountedLexiconSchema.partial().optional(),
  parts: PartsLexiconSchema.partial().optional(),
  dates: DateLexiconSchema.partial().optional(),
  grammar: GrammarLexiconSchema.partial().optional(),
  figures: FigureLexiconSchema.partial().optional(),
  layout: LayoutLexiconSchema.partial().optional(),
});

export const ExtractOptionsSchema = z.strictObject({
  referenceDate: ReferenceDateSchema.optional(),
  lexicon: z.custom<Lexicon>((v) => typeof v === 'object' && v !== null).optional().meta({
    description: 'Word lists to use instead of the defaults (see extendLexicon).',
  }),
  docId: z.string().min(1).optional().meta({
    description: 'The document\'s id: mixed into every claim id (so ids are unique across documents) and set as claim.doc.',
  }),
  format: z.enum(['text', 'html']).default('text').meta({
    description: '"html": tags, comments, scripts and entities are removed before reading; offsets still index the original string.',
  }),
});

export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
export type ParsedOptions = z.output<typeof ExtractOptionsSchema> & { reference: Date | null };

/** Lexicons already checked (the default one, and each one a caller reuses across calls). */
const checkedLexicons = new WeakSet<object>();

/** The schema's issue for a referenceDate of the right type that names no date (see ReferenceDateSchema). */
const isBadDate = (issue: z.core.$ZodIssue) => issue.code === 'custom' && issue.params?.referenceDate === true;

/** The error for options that failed their schema: a RangeError when only the reference date is wrong, else a TypeError. */
export function optionsError(caller: string, error: z.ZodError): RangeError | TypeError {
  const [first] = error.issues;
  if (error.issues.every(isBadDate)) return new RangeError(`${caller}: referenceDate ${first.message}`);
  return new TypeError(`${caller}: bad options: ${describeIssues(error)}`);
}

/**
 * Options checked at the boundary, once, by the schema: a TypeError for an unknown option or a wrong type, a
 * RangeError naming a referenceDate that is a string or Date but no ISO 8601 date.
 */
export function parseExtractOptions(options: unknown, caller = 'extractClaims'): ParsedOptions {
  const parsed = ExtractOptionsSchema.safeParse(options);
  if (!parsed.success) throw optionsError(caller, parsed.error);
  const o = parsed.data;
  const reference = parseReference(o.referenceDate);
  if (o.lexicon && !checkedLexicons.has(o.lexicon)) {
    const lexicon = LexiconSchema.safeParse(o.lexicon);
    if (!lexicon.success) throw new TypeError(`${caller}: bad options: ${describeIssues(lexicon.error, ['lexicon'])}`);
    checkedLexicons.add(o.lexicon);
  }
  return { ...o, reference };
}

/** A new lexicon: the defaults (or `base`) plus the given words; a TypeError names any field of the wrong shape. */
export function extendLexicon(ext: LexiconExtension, base?: Lexicon): Lexicon {
  const parsed = LexiconExtensionSchema.safeParse(ext);
  if (!parsed.success) throw new TypeError(`extendLexicon: ${describeIssues(parsed.error)}`);
  const lexicon = mergeLexicon(parsed.data, base);
  checkedLexicons.add(lexicon);
  return lexicon;
}

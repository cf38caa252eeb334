/** The gold file format as zod schemas: a misspelt key or a wrong type in a gold file is an error naming its line. */
import { z } from 'zod';
import { describeIssues } from '../options.js';
import { CategorySchema, QualifierSchema } from '../schema.js';

const oneOrMore = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]);

export const GoldHeaderSchema = z.strictObject({
  doc: z.string().meta({ description: 'The text file the claims are about.' }),
  referenceDate: z.string().optional(),
});

export const GoldClaimSchema = z.strictObject({
  q: z.string().min(1).meta({ description: 'A quote of the mention, to find it in the text.' }),
  n: z.number().int().min(0).optional().meta({ description: 'Which occurrence of the quote (0-based), where it repeats.' }),
  cat: oneOrMore(CategorySchema),
  v: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  qual: oneOrMore(QualifierSchema).optional(),
  side: z.array(z.string()).optional(),
  by: z.array(z.string()).optional(),
  date: z.string().optional(),
  hedged: z.union([z.boolean(), z.literal('either')]).optional().meta({ description: '"either": hedged or asserted are both right.' }),
  denied: z.boolean().optional(),
  opt: z.boolean().optional().meta({ description: 'Optional: not counted as missed when absent.' }),
});

/** One line of a gold file checked against its schema; a TypeError names the line and the field. */
export function parseGoldLine<T extends z.ZodType>(schema: T, line: string, n: number): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new TypeError(`gold line ${n}: not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new TypeError(`gold line ${n}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

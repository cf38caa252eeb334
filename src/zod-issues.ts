import type { z } from 'zod';

/** A zod failure as one sentence naming the field: `lexicon.parties.0.name: expected string, received number`. */
export function describeIssues(error: z.ZodError, prefix: string[] = []): string {
  return error.issues
    .map((i) => {
      const path = [...prefix, ...i.path.map(String)].join('.');
      const message = i.code === 'unrecognized_keys' ? `unknown ${i.keys.length > 1 ? 'keys' : 'key'} ${i.keys.map((k) => `"${k}"`).join(', ')}` : i.message;
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}

import { extractClaims } from '../extract.js';
import type { DocResult } from './output.js';

export interface Task {
  docs: Array<{ id: string; text: string; date?: string }>;
  referenceDate?: string;
}

/** Extracts the claims of a batch of documents; a document that fails is reported, never fatal. */
export function extractBatch(task: Task): DocResult[] {
  return task.docs.map((d) => {
    try {
      return { doc: d.id, claims: extractClaims(d.text, { referenceDate: d.date ?? task.referenceDate }) };
    } catch (e) {
      return { doc: d.id, error: `extraction failed: ${(e as Error).message}` };
    }
  });
}

export default extractBatch;

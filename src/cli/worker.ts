import { extractClaims } from '../extract.js';
import { render, type Format, type Rendered } from './output.js';

export interface Task {
  docs: Array<{ id: string; text: string; date?: string }>;
  referenceDate?: string;
  format: Format;
}

/**
 * Extracts and renders a batch of documents; a document that fails is reported, never fatal. Rendering here
 * keeps the main thread free to write, and strings cross threads cheaply.
 */
export function extractBatch(task: Task): Rendered[] {
  return task.docs.map((d) => {
    try {
      return render(task.format, { doc: d.id, claims: extractClaims(d.text, { referenceDate: d.date ?? task.referenceDate }) });
    } catch (e) {
      return render(task.format, { doc: d.id, error: `extraction failed: ${(e as Error).message}` });
    }
  });
}

export default extractBatch;

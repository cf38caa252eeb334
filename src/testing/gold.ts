import { readFileSync } from 'node:fs';
import { parseGold, type GoldDocument } from './score.js';

/** Reads a gold JSONL file (a header line with the document and reference date, then one claim a line). */
export function loadGold(path: string): GoldDocument {
  return parseGold(readFileSync(path, 'utf8'));
}

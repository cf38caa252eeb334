/** Reads the FA-KES corpus (../shared/peer/fa-kes/fakes.csv, latin-1, CC BY 4.0) when present. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const FAKES_PATH = resolve(import.meta.dirname, '..', '..', 'shared', 'peer', 'fa-kes', 'fakes.csv');

export interface FakesArticle {
  id: string;
  title: string;
  text: string;
  date: string | undefined;
  civilians: number;
  noncivilians: number;
}

/** M/D/YY → YYYY-MM-DD. */
function isoDate(mdy: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(mdy.trim());
  return m ? `20${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : undefined;
}

export function loadFakes(): FakesArticle[] | null {
  if (!existsSync(FAKES_PATH)) return null;
  const rows: Record<string, string>[] = parse(readFileSync(FAKES_PATH, 'latin1'), { columns: true, skip_empty_lines: true });
  return rows.map((r) => ({
    id: r.unit_id,
    title: r.article_title,
    text: r.article_content,
    date: isoDate(r.date),
    civilians: Number(r.nb_civilians) || 0,
    noncivilians: Number(r.nb_noncivilians) || 0,
  }));
}

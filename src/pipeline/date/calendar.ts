/** Calendar arithmetic on UTC days: every date of the stage is a UTC noon, so no zone shifts a day. */
export type Precision = 'day' | 'month' | 'year';

export const DAY_MS = 86_400_000;

export const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 12));

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the precision stated; "--MM-DD" when the year is unknown. */
export function formatDate(d: Date, precision: Precision, withYear = true): string {
  const y = withYear ? String(d.getUTCFullYear()) : '-';
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The finest unit that holds every day from `a` to `b`: a day, their month, their year, or none. */
export function spanPrecision(a: Date, b: Date): Precision | null {
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return null;
  if (a.getUTCMonth() !== b.getUTCMonth()) return 'year';
  return a.getUTCDate() === b.getUTCDate() ? 'day' : 'month';
}

/** Days from Monday (0) to Sunday (6). */
export const mondayIndex = (d: Date): number => (d.getUTCDay() + 6) % 7;

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);

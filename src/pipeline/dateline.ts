import type { Dateline, TextRange } from './types.js';

/**
 * A wire dateline opening a paragraph: "NAIROBI, Kenya (AP) —", "QUITO, March 3 (Reuters) -", "DHAKA –",
 * "GENEVA, Switzerland, May 2, 2019 (AFP) —". The place in capitals, then optionally a region or country, a
 * date and an outlet in parentheses, then a dash. Anchored and bounded: read once, in linear time.
 */
const DATELINE =
  /^([A-Z][A-Z.'’-]{1,24}(?: [A-Z][A-Z.'’-]{1,24}){0,3})((?:, ?[A-Z][\p{L}.'’-]{1,24}(?: [A-Z][\p{L}.'’-]{1,24}){0,2})?)((?:, ?(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:, ?\d{4})?)?)\s{0,3}(\([^()\n]{1,40}\))?\s{0,3}[-–—]{1,2}\s/u;

const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The dateline at the start of `text` (a paragraph starting at `offset`), or null. */
export function readDateline(text: string, offset: number): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return null;
  const range = (part: string, from: number): TextRange => {
    const lead = part.length - part.replace(/^[,\s(]+/, '').length;
    const body = part.replace(/^[,\s(]+/, '').replace(/[)\s]+$/, '');
    return { text: body, start: offset + from + lead, end: offset + from + lead + body.length };
  };
  let region: TextRange | null = m[2] ? range(m[2], m[1].length) : null;
  const date: TextRange | null = m[3] ? range(m[3], m[1].length + m[2].length) : null;
  // "QUITO, March 3": a month in the region slot is the date's first word.
  if (region && !date && MONTH_START.test(region.text) && /\d/.test(text.slice(region.end - offset, region.end - offset + 4))) region = null;
  const outletAt = m[4] ? m.index + m[0].indexOf(m[4]) : -1;
  return {
    start: offset,
    end: offset + m[0].trimEnd().length,
    place: range(m[1], 0),
    region,
    date,
    outlet: m[4] ? range(m[4], outletAt) : null,
  };
}

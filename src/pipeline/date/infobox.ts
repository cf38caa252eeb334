import type { ClaimDate } from '../../schema.js';
import type { Doc } from '../types.js';
import { dateParser } from './chrono.js';

/** An infobox's date row: "Date 5 – 20 July 1943", "Date: 16 November 1632", "Date22 March – 7 April 1938", "- Date: 14–21 May 1941". */
const DATE_ROW = /^(?:[-•*]\s*)?Dates?\s*[:|]?\s*(?=\d|[A-Z])/;
/** How far into a document an infobox's rows stand. */
const INFOBOX_REACH = 40;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date an infobox gives its event: its day ("16 November 1632" → 1632-11-16, the event), or a range's end as of
 * which its losses are counted ("3–4 October 1993" → 1993-10-04, "28 June – 2 August 1916" → 1916-08-02); a range
 * across years ("July 1943 – August 1944") → null. Only the first date row, and only in a document that has one
 * near its top.
 */
export function infoboxDate(doc: Doc): ClaimDate | null {
  for (const s of doc.sentences.slice(0, INFOBOX_REACH)) {
    if (s.indexInParagraph !== 0 || !DATE_ROW.test(s.text)) continue;
    // "April 1–11, 2002 (troops withdrew April 18)": the range, not what a bracket adds.
    const text = s.text.replace(DATE_ROW, '').replace(/\([^)]*\)/g, ' ').replace(/\|/g, ' ');
    // "28 June – 2 August 1916" may come as two results, the first without its year.
    const rs = dateParser.parse(text, { instant: new Date(Date.UTC(2000, 6, 1)), timezone: 0 }).slice(0, 2);
    if (!rs.length) return null;
    const r = { start: rs[0].start, end: rs.length > 1 ? rs[1].end ?? rs[1].start : rs[0].end, text: rs.length > 1 ? text.slice(rs[0].index, rs[1].index + rs[1].text.length) : rs[0].text };
    const a = r.start;
    const b = r.end ?? r.start;
    if (!a.isCertain('year') && !(r.end && b.isCertain('year'))) return null;
    const [ay, am, ad] = [a.isCertain('year') ? a.get('year')! : b.get('year')!, a.get('month')!, a.get('day')!];
    const [by, bm, bd] = [b.get('year')!, b.get('month')!, b.get('day')!];
    if (ay !== by) return null;
    const monthKnown = a.isCertain('month') && (!r.end || b.isCertain('month'));
    const dayKnown = a.isCertain('day') && (!r.end || b.isCertain('day'));
    let value = String(ay);
    // "3 – 19 March 1821": the losses of a span are counted as of its end, at the precision it states (ANNOTATION.md
    // dates a period's figures as of its last day).
    if (r.end && (am !== bm || ad !== bd)) {
      const endDay = b.isCertain('day') && b.isCertain('month') ? `-${pad(bm)}-${pad(bd)}` : b.isCertain('month') ? `-${pad(bm)}` : '';
      return { value: `${by}${endDay}`, text: r.text, role: 'as_of' };
    }
    if (monthKnown && am === bm) value += `-${pad(am)}`;
    if (monthKnown && am === bm && dayKnown && ad === bd) value += `-${pad(ad)}`;
    return { value, text: r.text, role: 'event' };
  }
  return null;
}

/**
 * HTML as plain text for the pipeline, with a map back to the original offsets. Tags, comments and the contents of
 * script and style vanish; entities are decoded; block elements end a line (one paragraph a line, as the segmenter
 * reads plain text) and headings become Markdown headings, so section context still works. One pass, no
 * backtracking: a page full of stray '<' stays linear.
 */
import { decodeHTML } from 'entities';
import type { Claim } from './schema.js';

/** A run of the plain text: copied from the original one for one, or one decoded piece standing for a range. */
interface Piece {
  plain: number;
  start: number;
  end: number;
  copied: boolean;
}

export interface PlainPage {
  text: string;
  /** The original offset of a plain-text start offset. */
  startOf(plain: number): number;
  /** The original offset of a plain-text end offset (exclusive). */
  endOf(plain: number): number;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'title', 'tr', 'ul',
]);
/**
 * Lists, tables and definition lists keep their layout in the plain text, so the layout stage reads them as it reads
 * text: an item a line, indented by its list's depth, after a bullet ("  • Army – 194"); a table row a line with its
 * cells split by " | " ("Chile | 1,155 | 4,530"); a term and its definition as a label ("Killed: 1,200").
 */
function structure(name: string, closing: boolean, depth: number): string | null {
  if (name === 'li') return closing ? '\n' : `\n${'  '.repeat(Math.max(0, depth - 1))}• `;
  if (name === 'td' || name === 'th') return closing ? '' : ' | ';
  if (name === 'dt') return closing ? '' : '\n';
  if (name === 'dd') return closing ? '\n' : ': ';
  return null;
}
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'math']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})/y;
const ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});?/y;

export function htmlToText(html: string): PlainPage {
  const out: string[] = [];
  const pieces: Piece[] = [];
  let plain = 0;
  const emit = (s: string, start: number, end: number, copied: boolean) => {
    if (!s) return;
    const last = pieces[pieces.length - 1];
    if (copied && last?.copied && last.end === start) last.end = end;
    else pieces.push({ plain, start, end, copied });
    out.push(s);
    plain += s.length;
  };
  // Whitespace inside text collapses in HTML: source line breaks must not split a paragraph.
  const copy = (from: number, to: number) => emit(html.slice(from, to).replace(/[\n\r\t\f]/g, ' '), from, to, true);
  let depth = 0; // of nested lists, for the indentation of their items
  let cells = 0; // open table cells: a line break inside one keeps the row on its line
  let noCloseAfter = Infinity; // once a '>' is missing, every later '<' is text too: no rescans
  let i = 0;
  let textFrom = 0;
  const special = /[<&]/g;
  for (;;) {
    special.lastIndex = i;
    const m = special.exec(html);
    if (!m) break;
    const at = m.index;
    let end = -1;
    let replacement = '';
    if (html[at] === '&') {
      ENTITY.lastIndex = at;
      const e = ENTITY.exec(html);
      const decoded = e ? decodeHTML(e[0]) : '';
      if (e && decoded !== e[0]) {
        end = at + e[0].length;
        replacement = decoded.replace(/\u00a0/g, ' '); // a no-break space reads as a space
      }
    } else if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      end = close < 0 ? html.length : close + 3;
    } else if (at < noCloseAfter && /[!?/a-zA-Z]/.test(html[at + 1] ?? '')) {
      const close = html.indexOf('>', at + 1);
      if (close < 0) noCloseAfter = at;
      else {
        end = close + 1;
        TAG.lastIndex = at;
        const t = TAG.exec(html);
        const name = t?.[2].toLowerCase() ?? '';
        const closing = t?.[1] === '/';
        const heading = /^h([1-6])$/.exec(name);
        if (heading) replacement = closing ? '\n' : `\n${'#'.repeat(Number(heading[1]))} `;
        else if (name === 'ul' || name === 'ol') {
          depth = Math.max(0, depth + (closing ? -1 : 1));
          replacement = '\n';
        } else if (name === 'br' && cells > 0) replacement = '; ';
        else {
          if (name === 'td' || name === 'th') cells = Math.max(0, cells + (closing ? -1 : 1));
          if (name === 'tr' || name === 'table') cells = 0;
          replacement = structure(name, closing, depth) ?? (BLOCK.has(name) ? '\n' : '');
        }
        if (!closing && RAW_TEXT.has(name) && !html.startsWith('/>', close - 1)) {
          const rawEnd = new RegExp(`</${name}\\s*>`, 'ig');
          rawEnd.lastIndex = end;
          const r = rawEnd.exec(html);
          end = r ? r.index + r[0].length : html.length;
        }
      }
    }
    if (end < 0) {
      i = at + 1; // a literal '<' or '&'
      continue;
    }
    copy(textFrom, at);
    emit(replacement, at, end, false);
    i = textFrom = end;
  }
  copy(textFrom, html.length);
  const text = out.join('');

  const pieceAt = (p: number): Piece => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].plain <= p) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  };
  return {
    text,
    startOf: (p) => {
      if (!pieces.length) return 0;
      const piece = pieceAt(p);
      return piece.copied ? piece.start + (p - piece.plain) : piece.start;
    },
    endOf: (p) => {
      if (!pieces.length || p <= 0) return 0;
      const piece = pieceAt(p - 1);
      return piece.copied ? piece.start + (p - piece.plain) : piece.end;
    },
  };
}

/** Claims read from a page's plain text, with their spans moved back onto the original HTML. */
export function claimsOnPage(page: PlainPage, claims: Claim[]): Claim[] {
  return claims.map((c) => ({
    ...c,
    span: { start: page.startOf(c.span.start), end: page.endOf(c.span.end) },
    evidence: { ...c.evidence, start: page.startOf(c.evidence.start), end: page.endOf(c.evidence.end) },
  }));
}

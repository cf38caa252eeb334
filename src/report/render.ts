import { z } from 'zod';
import { ClaimsSchema } from '../schema.js';
import { figureChart } from './chart.js';
import { FIELD_LABELS, fieldRows, figureOf } from './fields.js';
import { blocks, highlight } from './highlight.js';
import { escapeHtml, jsonForScript } from './html.js';
import { SCRIPT, STYLE } from './page.js';

const LEGEND = '<div class="legend"><p><span class="demo">solid</span> asserted · <span class="demo dashed">dashed</span> hedged · '
  + '<s>struck</s> denied</p><p>Hover or focus a highlight for its fields; click to pin the card.</p></div>';

export const ReportDocumentSchema = z.object({
  id: z.string().meta({ description: 'The document\'s name in the report: a path or an id.' }),
  text: z.string().meta({ description: 'The text the claims were read from; every claim span indexes into it.' }),
  claims: ClaimsSchema,
  referenceDate: z.string().optional().meta({ description: 'The date the claims were read against, shown beside the name.' }),
});
export const ReportFailureSchema = z.object({
  id: z.string(),
  error: z.string().meta({ description: 'Why the document could not be read: shown in its place.' }),
});
const ReportInputsSchema = z.array(z.union([ReportDocumentSchema, ReportFailureSchema]));

/** A document for the review page: its text and the claims read from it. */
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
/** A document that could not be read, shown in the report by name with the reason. */
export type ReportFailure = z.infer<typeof ReportFailureSchema>;
export type ReportInput = ReportDocument | ReportFailure;

export interface ReportOptions {
  /** The page title (default "fact-claims report"). */
  title?: string;
}

/**
 * What the page's script knows of a claim, as a tuple of numbers (a 1 MB page holds ten thousand of them):
 * its document, its side and claimant filter indices (-1: none), then its card title and field values as indices
 * into the page's string table, where a claimant or date line said of many claims is stored once.
 */
type ClaimView = [doc: number, side: number, claimant: number, title: number, ...values: number[]];

/** Characters a block of text holds at least: small enough that a browser lays out only the blocks on screen. */
const BLOCK = 2000;

/** Strings stored once, referred to by index. */
class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) this.index.set(s, (i = this.strings.push(s) - 1));
    return i;
  }
}

/** Filter values by how many claims carry them, most first; null (no side, unattributed) last. */
function tally(values: Array<string | null>): Array<[string | null, number]> {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => (a[0] === null ? 1 : 0) - (b[0] === null ? 1 : 0) || b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

function filterSet(dim: string, title: string, rows: Array<{ value: string; label: string; count: number; swatch?: string }>): string {
  const labels = rows.map((r) =>
    `<label><input type="checkbox" value="${escapeHtml(r.value)}" checked>${r.swatch ? `<span class="sw cat-${r.swatch}"></span>` : ''}<span class="name" title="${escapeHtml(r.label)}">${escapeHtml(r.label)}</span><span class="n">${r.count}</span></label>`,
  );
  return `<fieldset data-dim="${dim}"><legend>${title}<button type="button" data-set="all">all</button><button type="button" data-set="none">none</button></legend>${labels.join('')}</fieldset>`;
}

function checkInputs(docs: unknown, options: unknown): asserts docs is ReportInput[] {
  if (!Array.isArray(docs)) throw new TypeError(`renderReport expects an array of documents, got ${docs === null ? 'null' : typeof docs}`);
  const parsed = ReportInputsSchema.safeParse(docs);
  if (!parsed.success) throw new TypeError(`renderReport: not a list of {id, text, claims} or {id, error} documents:\n${z.prettifyError(parsed.error)}`);
  if (typeof options !== 'object' || options === null) throw new TypeError('renderReport: options must be an object');
  const title = (options as ReportOptions).title;
  if (title !== undefined && typeof title !== 'string') throw new TypeError('renderReport: options.title must be a string');
  for (const d of docs as ReportInput[]) {
    if (!('text' in d)) continue;
    for (const c of d.claims) {
      if (c.span.start > c.span.end || c.span.end > d.text.length) {
        throw new RangeError(`renderReport: claim ${c.id} of "${d.id}" spans ${c.span.start}–${c.span.end}, outside its text of ${d.text.length} characters`);
      }
    }
  }
}

/** The document's text as HTML blocks, each claim a <mark> numbered from `first` in page order. */
function highlightedText(d: ReportDocument, first: number): string {
  const spans = d.claims.map((c) => c.span);
  return blocks(d.text, spans, BLOCK).map((b) => {
    const local = b.spans.map((i) => ({ start: spans[i].start - b.start, end: spans[i].end - b.start }));
    const html = highlight(d.text.slice(b.start, b.end), local, (j, isFirst) => {
      const c = d.claims[b.spans[j]];
      const attributes = isFirst ? ' tabindex="0"' : '';
      return `<mark class="fc cat-${c.category} m-${c.modality}${isFirst ? '' : ' cont'}" data-c="${first + b.spans[j]}"${attributes}>`;
    }, '</mark>');
    return `<div class="block">${html}</div>`;
  }).join('');
}

/**
 * A self-contained HTML review page (no network, no external files) for documents and their claims: each text
 * with every claim's span highlighted by category, a card with the claim's fields on hover, filters by category,
 * side and claimant, and a chart of each document's figures by side and category. A pure function: the same input
 * gives the same page, in a browser or in Node. Throws a TypeError for input that is not documents with claims,
 * a RangeError for a claim whose span lies outside its text.
 */
export function renderReport(docs: readonly ReportInput[], options: ReportOptions = {}): string {
  checkInputs(docs, options);
  const title = options.title ?? 'fact-claims report';
  const all = docs.flatMap((d, di) => ('text' in d ? d.claims.map((c) => ({ c, di })) : []));
  const sides = tally(all.map(({ c }) => c.side?.name ?? null));
  const claimants = tally(all.map(({ c }) => c.claimant?.name ?? null));
  const sideIndex = new Map(sides.map(([name], i) => [name, name === null ? -1 : i]));
  const claimantIndex = new Map(claimants.map(([name], i) => [name, name === null ? -1 : i]));

  const views: ClaimView[] = [];
  const strings = new StringTable();
  const articles: string[] = [];
  const links: string[] = [];
  docs.forEach((d, di) => {
    const head = `<h2>${escapeHtml(d.id)}</h2>`;
    if (!('text' in d)) {
      articles.push(`<article class="doc failed" id="doc-${di}">${head}<p class="error">Not read: ${escapeHtml(d.error)}</p></article>`);
      links.push(`<a href="#doc-${di}">⚠ ${escapeHtml(d.id)}</a>`);
      return;
    }
    const first = views.length;
    const byId = new Map<string, number[]>();
    for (const c of d.claims) {
      const mention = d.text.slice(c.span.start, c.span.end);
      byId.set(c.id, [...(byId.get(c.id) ?? []), views.length]);
      const cardTitle = strings.of(`${c.category.replace('_', ' ')} · ${figureOf(c.quantity)}`);
      const values = fieldRows(c, mention).map(([, value]) => strings.of(value));
      views.push([di, sideIndex.get(c.side?.name ?? null)!, claimantIndex.get(c.claimant?.name ?? null)!, cardTitle, ...values]);
    }
    const text = highlightedText(d, first);
    const chart = figureChart(d.claims, (id) => byId.get(id) ?? []);
    const meta = [`${d.claims.length} claim${d.claims.length === 1 ? '' : 's'}`, `${d.text.length.toLocaleString('en-US')} characters`];
    if (d.referenceDate) meta.push(`reference date ${escapeHtml(d.referenceDate)}`);
    articles.push(
      `<article class="doc" id="doc-${di}">${head}<p class="meta">${meta.join(' · ')}</p>` +
        (chart ? `<figure>${chart}<figcaption>Each dot a distinct figure (log scale; hollow: hedged or denied; a line: a stated range); the black tick is the best figure of its side and category (UCDP convention). Hover a dot for its claimant.</figcaption></figure>` : '') +
        `<div class="text">${text}</div></article>`,
    );
    links.push(`<a href="#doc-${di}">${escapeHtml(d.id)} (${d.claims.length})</a>`);
  });

  const categories = tally(all.map(({ c }) => c.category)).filter((e): e is [string, number] => e[0] !== null);
  const filters = [
    filterSet('c', 'Category', categories.map(([c, n]) => ({ value: c, label: c.replace('_', ' '), count: n, swatch: c }))),
    filterSet('s', 'Side', sides.map(([name, n]) => ({ value: String(sideIndex.get(name)), label: name ?? '(no side)', count: n }))),
    filterSet('k', 'Claimant', claimants.map(([name, n]) => ({ value: String(claimantIndex.get(name)), label: name ?? '(unattributed)', count: n }))),
  ];
  const failed = docs.length - docs.filter((d) => 'text' in d).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><aside><h1>${escapeHtml(title)}</h1>
<p class="stats"><span id="fc-shown">${all.length} of ${all.length} claims shown</span> in ${docs.length} document${docs.length === 1 ? '' : 's'}${failed ? ` (${failed} not read)` : ''}</p>
<form id="fc-filters">${all.length ? filters.join('') : ''}</form>${LEGEND}
${docs.length > 1 ? `<nav>${links.join('')}</nav>` : ''}</aside>
<main>${articles.join('\n') || '<p>No documents.</p>'}</main>
<div id="fc-tip" role="tooltip" hidden></div>
<script type="application/json" id="fc-data">${jsonForScript({ labels: FIELD_LABELS, strings: strings.strings, claims: views })}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}

import { summarize } from '../reconcile/summarize.js';
import type { Figure, SummaryGroup } from '../reconcile/schema.js';
import type { Claim } from '../schema.js';
import { escapeHtml } from './html.js';

const WIDTH = 700;
const LABEL = 190;
const PLOT = 330;
const ROW = 18;
const HEAD = 30;
const KINDS: Array<SummaryGroup['kind']> = ['people', 'equipment', 'money', 'other'];

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const short = (n: number) =>
  n >= 1e9 ? `${n / 1e9}B` : n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pointOf = (f: Figure) => f.value ?? (f.min !== null && f.max !== null ? (f.min + f.max) / 2 : f.min ?? f.max);

/**
 * The document's figures by side and category as an inline SVG: a row per `summarize` group (side × category ×
 * subject kind), a dot per distinct figure on a log scale (a 3 beside a 30,000 both stay visible), a line for a
 * stated range, a black tick at the group's best figure (UCDP). Hedged and denied figures are hollow. One panel per
 * subject kind, so money never shares an axis with head counts. `indexOf` maps a claim id to its indices in the
 * page, so the filters can dim a figure whose claims are all filtered out. Empty string when nothing has a number.
 */
export function figureChart(claims: Claim[], indexOf: (id: string) => number[]): string {
  const groups = summarize(claims).filter((g) => g.figures.some((f) => pointOf(f) !== null));
  if (!groups.length) return '';
  const parts: string[] = [];
  let y = 0;
  for (const kind of KINDS.filter((k) => groups.some((g) => g.kind === k))) {
    const rows = groups
      .filter((g) => g.kind === kind)
      .sort((a, b) => (a.side ?? '\uffff').localeCompare(b.side ?? '\uffff') || a.category.localeCompare(b.category) || (a.period ?? '').localeCompare(b.period ?? ''));
    const max = Math.max(...rows.flatMap((g) => g.figures.map((f) => f.max ?? pointOf(f) ?? 0)), 1);
    const decades = Math.max(1, Math.ceil(Math.log10(max) - 1e-9));
    const x = (v: number) => +(LABEL + (PLOT * Math.log10(Math.max(1, v))) / decades).toFixed(1);
    parts.push(`<text class="kind" x="0" y="${y + 12}">${kind}</text>`);
    for (let d = 0; d <= decades; d++) {
      parts.push(`<text class="axis" x="${x(10 ** d)}" y="${y + 24}" text-anchor="middle">${short(10 ** d)}</text>`);
      parts.push(`<path class="grid" d="M${x(10 ** d)} ${y + HEAD - 2}V${y + HEAD + rows.length * ROW}"/>`);
    }
    y += HEAD;
    for (const g of rows) {
      parts.push(chartRow(g, y, x, indexOf));
      y += ROW;
    }
    y += 8;
  }
  return `<svg class="chart" role="img" aria-label="Figures by side and category" viewBox="0 0 ${WIDTH} ${y}" width="${WIDTH}" height="${y}">${parts.join('')}</svg>`;
}

function chartRow(g: SummaryGroup, y: number, x: (v: number) => number, indexOf: (id: string) => number[]): string {
  const mid = y + ROW / 2;
  const side = g.side ?? '(no side)';
  const label = `${cut(side, 22)} · ${g.category.replace('_', ' ')}${g.period ? ` · ${g.period}` : ''}`;
  const out = [`<text class="label" x="${LABEL - 8}" y="${mid + 4}" text-anchor="end">${escapeHtml(label)}</text>`];
  out.push(`<path class="track" d="M${LABEL} ${mid}H${LABEL + PLOT}"/>`);
  for (const f of g.figures) {
    const at = pointOf(f);
    if (at === null) continue;
    const says = [f.claimant ?? 'unattributed', f.date, f.modality !== 'asserted' ? f.modality : null, f.superseded ? 'superseded' : null, f.parts.length ? `with ${f.parts.length} part${f.parts.length > 1 ? 's' : ''} shown under it` : null, f.summed ? 'sum of its parts' : null];
    const shown = f.value !== null ? fmt(f.value) : f.min !== null && f.max !== null ? `${fmt(f.min)}–${fmt(f.max)}` : fmt(at);
    out.push(`<g class="fig" data-claims="${f.claims.flatMap(indexOf).join(' ')}"><title>${escapeHtml(`${side} · ${g.category}: ${shown} (${says.filter(Boolean).join(', ')})`)}</title>`);
    if (f.value === null && f.min !== null && f.max !== null) out.push(`<path class="range cat-${g.category}" d="M${x(f.min)} ${mid}H${x(f.max)}"/>`);
    const hollow = f.modality !== 'asserted' ? ' hollow' : '';
    out.push(`<circle class="cat-${g.category}${hollow}" cx="${x(at)}" cy="${mid}" r="4.5"/></g>`);
  }
  if (g.best !== null) {
    out.push(`<path class="best" d="M${x(g.best)} ${mid - 7}V${mid + 7}"/>`);
    const count = g.figures.length;
    out.push(`<text class="value" x="${LABEL + PLOT + 10}" y="${mid + 4}">best ${fmt(g.best)}${count > 1 ? ` · ${count} figures` : ''}</text>`);
  }
  return out.join('');
}

import type { Category } from '../schema.js';

/** One colour a category, for its highlight, its filter swatch and its bars (the Tableau 10 palette). */
export const CATEGORY_COLOURS: Record<Category, string> = {
  killed: '#e15759',
  wounded: '#f28e2b',
  missing: '#b07aa1',
  captured: '#4e79a7',
  displaced: '#76b7b2',
  casualties: '#ff9da7',
  destroyed: '#59a14f',
  damaged: '#edc948',
  downed: '#9c755f',
  economic_loss: '#bab0ac',
};

const categoryRules = Object.entries(CATEGORY_COLOURS)
  .map(([c, hex]) => `.cat-${c}{--cat:${hex}}`)
  .join('');

export const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d232a;background:#f6f7f9;display:grid;grid-template-columns:280px minmax(0,1fr);min-height:100vh}
aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:hidden auto;padding:16px;border-right:1px solid #dde1e6;background:#fff;font-size:13px}
aside h1{font-size:17px;margin:0 0 4px}
.stats{margin:0 0 12px;color:#57606a}
fieldset{min-width:0;border:1px solid #dde1e6;border-radius:6px;margin:0 0 10px;padding:6px 8px;max-height:220px;overflow:auto}
legend{font-weight:600;padding:0 4px}
legend button{font:inherit;font-size:11px;margin-left:6px;padding:0 6px;border:1px solid #c9ced4;border-radius:4px;background:#f6f7f9;cursor:pointer}
fieldset label{display:flex;align-items:center;gap:6px;white-space:nowrap;cursor:pointer}
fieldset label .name{min-width:0;overflow:hidden;text-overflow:ellipsis}
fieldset label .n{margin-left:auto;color:#8a939c;padding-left:8px}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;flex:none;background:var(--cat)}
.legend p{margin:2px 0}
.legend .demo{padding:0 3px;border-bottom:2px solid #57606a;background:#57606a1f}
.legend .dashed{border-bottom-style:dashed}
nav a{display:block;color:#0b5cad;text-decoration:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
main{padding:16px 24px;min-width:0}
article.doc{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:14px 18px;margin:0 0 18px}
article.doc h2{font-size:16px;margin:0;overflow-wrap:anywhere}
.meta{margin:2px 0 10px;color:#57606a;font-size:13px}
.error{color:#b3261e;font-weight:600}
figure{margin:0 0 12px;overflow-x:auto}
figcaption{font-size:12px;color:#57606a}
svg.chart{font-size:11px;display:block}
svg.chart .kind{font-weight:600;fill:#1d232a}
svg.chart .axis,svg.chart .value{fill:#57606a}
svg.chart .label{fill:#1d232a}
svg.chart circle{fill:var(--cat);stroke:#fff;stroke-width:1}
svg.chart circle.hollow{fill:#fff;stroke:var(--cat);stroke-width:2}
svg.chart .range{stroke:var(--cat);stroke-width:3;stroke-linecap:round}
svg.chart .track{stroke:#e3e6ea}
svg.chart .grid{stroke:#eef0f3}
svg.chart .best{stroke:#1d232a;stroke-width:2}
g.fig.off{opacity:.12}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:90ch}
.block{content-visibility:auto;contain-intrinsic-size:auto 40em}
mark.fc{color:inherit;background:color-mix(in srgb,var(--cat) 24%,transparent);border-bottom:2px solid var(--cat);border-radius:2px;cursor:pointer}
mark.m-hedged{border-bottom-style:dashed}
mark.m-denied{text-decoration:line-through}
mark.fc.off{background:none;border-bottom-color:transparent;text-decoration:none;cursor:text}
mark.fc:focus-visible{outline:2px solid #0b5cad}
${categoryRules}
#fc-tip{position:absolute;z-index:10;max-width:440px;background:#fff;border:1px solid #c9ced4;border-radius:6px;box-shadow:0 4px 16px #0003;padding:8px 10px;font-size:13px}
#fc-tip.pinned{border-color:#0b5cad}
#fc-tip .card+.card{margin-top:8px;padding-top:8px;border-top:1px dashed #c9ced4}
#fc-tip .head{font-weight:600;padding-left:8px;border-left:4px solid var(--cat)}
#fc-tip dl{display:grid;grid-template-columns:auto 1fr;gap:1px 10px;margin:4px 0 0}
#fc-tip dt{color:#57606a}
#fc-tip dd{margin:0;overflow-wrap:anywhere}
@media print{aside{display:none}body{display:block}}
`;

/**
 * The page's behaviour, plain JavaScript run once at load: filters hide the highlight of claims (and dim chart figures
 * whose claims are all hidden), and a card shows a claim's fields on hover or keyboard focus, pinned by a click.
 * Every value reaches the page through textContent, never innerHTML, so a claim's words cannot become markup.
 */
export const SCRIPT = `(() => {
  // Each claim: [document, side, claimant, title, ...field values]; strings by index into data.strings.
  const data = JSON.parse(document.getElementById('fc-data').textContent);
  const claims = data.claims;
  const text = data.strings;
  const FIELDS = 4;
  const CATEGORY = FIELDS + data.labels.indexOf('category');
  const marks = Array.from(document.querySelectorAll('mark.fc'));
  const figures = Array.from(document.querySelectorAll('g.fig'));
  const form = document.getElementById('fc-filters');
  const tip = document.getElementById('fc-tip');
  const shownText = document.getElementById('fc-shown');
  let shown = claims.map(() => true);
  let pinned = null;

  function applyFilters() {
    const on = { c: new Set(), s: new Set(), k: new Set() };
    for (const box of form.querySelectorAll('input[type=checkbox]')) {
      if (box.checked) on[box.closest('fieldset').dataset.dim].add(box.value);
    }
    let n = 0;
    shown = claims.map((c) => {
      const visible = on.c.has(text[c[CATEGORY]]) && on.s.has(String(c[1])) && on.k.has(String(c[2]));
      if (visible) n++;
      return visible;
    });
    for (const m of marks) m.classList.toggle('off', !shown[m.dataset.c]);
    for (const b of figures) b.classList.toggle('off', !b.dataset.claims.split(' ').some((i) => shown[i]));
    shownText.textContent = n + ' of ' + claims.length + ' claims shown';
    if (pinned && !shown[pinned.dataset.c]) hide(true);
  }

  function card(i) {
    const c = claims[i];
    const box = document.createElement('div');
    box.className = 'card';
    const head = document.createElement('div');
    head.className = 'head cat-' + text[c[CATEGORY]];
    head.textContent = text[c[3]];
    const list = document.createElement('dl');
    data.labels.forEach((label, k) => {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = text[c[FIELDS + k]];
      list.append(dt, dd);
    });
    box.append(head, list);
    return box;
  }

  function show(mark) {
    // The claim under the pointer first, then any claims whose spans enclose it.
    const ids = [];
    for (let m = mark; m; m = m.parentElement && m.parentElement.closest('mark.fc:not(.off)')) ids.push(Number(m.dataset.c));
    tip.replaceChildren(...ids.map(card));
    tip.hidden = false;
    const r = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const left = Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + window.scrollX + 'px';
    tip.style.top = r.bottom + window.scrollY + 6 + 'px';
  }

  function hide(unpin) {
    if (pinned && !unpin) return;
    pinned = null;
    tip.classList.remove('pinned');
    tip.hidden = true;
  }

  const markAt = (target) => (target instanceof Element ? target.closest('mark.fc:not(.off)') : null);
  form.addEventListener('change', applyFilters);
  form.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-set]');
    if (!button) return;
    e.preventDefault();
    for (const box of button.closest('fieldset').querySelectorAll('input')) box.checked = button.dataset.set === 'all';
    applyFilters();
  });
  document.addEventListener('mouseover', (e) => {
    if (pinned || tip.contains(e.target)) return;
    const m = markAt(e.target);
    if (m) show(m);
    else hide(false);
  });
  document.addEventListener('focusin', (e) => {
    const m = markAt(e.target);
    if (m && !pinned) show(m);
  });
  document.addEventListener('click', (e) => {
    if (tip.contains(e.target)) return;
    const m = markAt(e.target);
    if (!m) return hide(true);
    pinned = null;
    show(m);
    pinned = m;
    tip.classList.add('pinned');
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide(true);
    if (e.key === 'Enter' && markAt(e.target)) e.target.click();
  });
  document.documentElement.dataset.ready = String(performance.now());
})();`;

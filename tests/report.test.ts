/** renderReport as a pure function: the page's markup, escaping, overlapping spans, fields, chart and bad input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../src/index.js';
import { fieldRows } from '../src/report/fields.js';
import { blocks, highlight } from '../src/report/highlight.js';
import { renderReport } from '../src/report/index.js';
import { claimOn, firstMarks, pageClaims } from './report-helpers.js';

/** Readable markers for highlight(): "[0" opens span 0, "[0+" reopens it after a split, "]" closes. */
const bracket = (text: string, spans: Array<{ start: number; end: number }>) =>
  highlight(text, spans, (i, first) => `[${i}${first ? '' : '+'}`, ']');

const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('highlight', () => {
  it('nests enclosed spans and splits crossing ones', () => {
    expect(bracket('abcdefghij', [{ start: 0, end: 6 }, { start: 3, end: 9 }])).toBe('[0abc[1def]][1+ghi]j');
    expect(bracket('abcdefghij', [{ start: 2, end: 4 }, { start: 0, end: 10 }])).toBe('[1ab[0cd]efghij]');
    expect(bracket('abcdefghij', [{ start: 0, end: 3 }, { start: 3, end: 6 }])).toBe('[0abc][1def]ghij');
    expect(bracket('abcdefghij', [{ start: 0, end: 10 }, { start: 5, end: 5 }])).toBe('[0abcde[1]fghij]');
    expect(bracket('a<b>&c', [{ start: 1, end: 4 }])).toBe('a[0&lt;b&gt;]&amp;c');
  });

  it('keeps every character, balances every element and opens each span once, whatever the spans', () => {
    const input = fc.string({ minLength: 1, maxLength: 40 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })), { maxLength: 8 })),
    );
    fc.assert(
      fc.property(input, ([text, spans]) => {
        const html = highlight(text, spans, (i, first) => `<m${first ? ' first' : ''} i="${i}">`, '</m>');
        expect(unescapeHtml(html.replace(/<\/?m[^>]*>/g, ''))).toBe(text);
        let depth = 0;
        for (const tag of html.match(/<\/?m[^>]*>/g) ?? []) {
          depth += tag.startsWith('</') ? -1 : 1;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        const firsts = [...html.matchAll(/<m first i="(\d+)">/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
        expect(firsts).toEqual(spans.map((_, i) => i));
      }),
    );
  });
});

describe('blocks', () => {
  it('cuts after line breaks that no span crosses, once a block is long enough', () => {
    const text = 'aa\nbb\ncc\ndd\nee';
    const spans = [{ start: 1, end: 4 }, { start: 9, end: 10 }, { start: 12, end: 14 }];
    expect(blocks(text, spans, 3)).toEqual([
      { start: 0, end: 6, spans: [0] },
      { start: 6, end: 9, spans: [] },
      { start: 9, end: 12, spans: [1] },
      { start: 12, end: 14, spans: [2] },
    ]);
    expect(blocks(text, [{ start: 0, end: 14 }], 3)).toEqual([{ start: 0, end: 14, spans: [0] }]);
    expect(blocks('one line', [], 3)).toEqual([{ start: 0, end: 8, spans: [] }]);
    expect(blocks('ab\n', [{ start: 3, end: 3 }], 1)).toEqual([{ start: 0, end: 3, spans: [0] }]);
  });

  it('gives every span to the one block that holds it, whatever the text', () => {
    const input = fc.tuple(fc.stringMatching(/^[ab\n]{1,60}$/), fc.array(fc.tuple(fc.nat(60), fc.nat(8)), { maxLength: 8 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(input, ([text, raw, size]) => {
        const spans = raw.map(([s, n]) => ({ start: Math.min(s, text.length), end: Math.min(s + n, text.length) }));
        const out = blocks(text, spans, size);
        expect(out[0].start).toBe(0);
        expect(out.at(-1)!.end).toBe(text.length);
        out.forEach((b, i) => {
          if (i) expect(b.start).toBe(out[i - 1].end);
          if (i < out.length - 1) expect(text[b.end - 1]).toBe('\n');
          for (const k of b.spans) expect(spans[k].start >= b.start && spans[k].end <= b.end).toBe(true);
        });
        expect(out.flatMap((b) => b.spans).sort((x, y) => x - y)).toEqual(spans.map((_, k) => k));
      }),
    );
  });
});

describe('renderReport', () => {
  const text = 'At least 40 Sudanese soldiers were killed and 120 wounded near Kassala, the army said on Monday.';

  it('highlights each claim once with its category and modality, and embeds its fields for the card', () => {
    const claims = extractClaims(text, { referenceDate: '2024-03-06' });
    expect(claims.map((c) => c.category)).toEqual(['killed', 'wounded']);
    const html = renderReport([{ id: 'sudan.txt', text, claims }]);
    expect(firstMarks(html)).toEqual(['<mark class="fc cat-killed m-asserted"', '<mark class="fc cat-wounded m-asserted"']);
    expect(html).toContain('<mark class="fc cat-killed m-asserted" data-c="0" tabindex="0">At least 40 Sudanese soldiers</mark>');
    const data = pageClaims(html);
    expect(data.map((c) => c.t)).toEqual(['killed · ≥40', 'wounded · 120']);
    expect(data[0].r[0]).toEqual(['quantity', '≥40 · at least · “At least 40”']);
    expect(html).toContain('<span id="fc-shown">2 of 2 claims shown</span> in 1 document');
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|src=|https?:\/\//);
  });

  it('shows markup in the text, the names and the claim fields as text', () => {
    const hostile = 'Officials said <script>alert(1)</script> 12 miners were missing & <b>3 rescuers</b> were hurt.';
    const claims = [
      claimOn(hostile, '12 miners', { category: 'missing', claimant: { name: '</script><script>alert(2)</script>', text: 'Officials', via: [] } }),
      claimOn(hostile, '3 rescuers</b>', { category: 'wounded', subject: { text: 'rescuers</b>', kind: 'people' } }),
    ];
    const html = renderReport([{ id: '<img src=x onerror=alert(3)>.txt', text: hostile, claims }], { title: '</title><script>alert(4)</script>' });
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<b>|alert\(\d\)<\/script>/);
    expect(html).toContain('Officials said &lt;script&gt;alert(1)&lt;/script&gt; <mark');
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;.txt');
    const data = pageClaims(html);
    expect(data[0].r.find(([label]) => label === 'claimant')).toEqual(['claimant', '</script><script>alert(2)</script>']);
    expect(data[1].r.find(([label]) => label === 'subject')).toEqual(['subject', 'rescuers</b> (people)']);
  });

  it('renders crossing and nested claims, each with one first piece', () => {
    const t = 'Rescuers found 14 fishermen and 6 divers alive off Mindanao.';
    const claims = [
      claimOn(t, '14 fishermen and 6 divers', { id: 'all', category: 'missing' }),
      claimOn(t, '6 divers alive off', { id: 'cross', category: 'captured' }),
      claimOn(t, '14 fishermen', { id: 'inner' }),
    ];
    const html = renderReport([{ id: 'sea', text: t, claims }]);
    expect(firstMarks(html)).toHaveLength(3);
    const body = html.match(/<div class="text"><div class="block">(.*?)<\/div><\/div>/s)![1];
    expect(unescapeHtml(body.replace(/<[^>]+>/g, ''))).toBe(t);
    expect(body).toBe(
      'Rescuers found <mark class="fc cat-missing m-asserted" data-c="0" tabindex="0"><mark class="fc cat-killed m-asserted" data-c="2" tabindex="0">14 fishermen</mark> and ' +
        '<mark class="fc cat-captured m-asserted" data-c="1" tabindex="0">6 divers</mark></mark><mark class="fc cat-captured m-asserted cont" data-c="1"> alive off</mark> Mindanao.',
    );
  });

  it('lists failed documents by name and counts only the read ones', () => {
    const html = renderReport([{ id: 'gone.txt', error: 'no such file' }, { id: 'quiet.txt', text: 'Nothing was lost.', claims: [] }]);
    expect(html).toContain('<h2>gone.txt</h2><p class="error">Not read: no such file</p>');
    expect(html).toContain('0 claims · 17 characters');
    expect(html).toContain('in 2 documents (1 not read)');
    expect(renderReport([])).toContain('<p>No documents.</p>');
  });

  it('draws a dot per distinct figure and a tick at the best one, hollow when hedged', () => {
    const t = 'Kenya said 30 rangers were killed; Somalia said 45 rangers were killed; a clinic counted 38 rangers; a monitor said perhaps 90 rangers were killed. Seven trucks were destroyed.';
    const kenya = { name: 'Kenya', text: 'Kenya' };
    const claims = [
      claimOn(t, '30 rangers', { side: kenya, claimant: { name: 'Kenya', text: 'Kenya', via: [] } }),
      claimOn(t, '45 rangers', { side: kenya, claimant: { name: 'Somalia', text: 'Somalia', via: [] } }),
      claimOn(t, '38 rangers', { side: kenya, claimant: { name: 'a clinic', text: 'a clinic', via: [] } }),
      claimOn(t, '90 rangers', { side: kenya, claimant: { name: 'a monitor', text: 'a monitor', via: [] }, modality: 'hedged' }),
      claimOn(t, 'Seven trucks', { category: 'destroyed', quantity: { value: 7, min: 7, max: 7, qualifier: 'exact', unit: null, text: 'Seven' }, subject: { text: 'trucks', kind: 'equipment' } }),
    ];
    const svg = renderReport([{ id: 'border', text: t, claims }]).match(/<svg class="chart".*?<\/svg>/s)![0];
    const texts = (cls: string) => [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]);
    expect(texts('kind')).toEqual(['people', 'equipment']);
    expect(texts('label')).toEqual(['Kenya · killed', '(no side) · destroyed']);
    expect(svg.match(/<circle class="cat-killed( hollow)?"/g)).toEqual(['<circle class="cat-killed"', '<circle class="cat-killed"', '<circle class="cat-killed"', '<circle class="cat-killed hollow"']);
    expect(svg).toContain('data-claims="3"><title>Kenya · killed: 90 (a monitor, hedged)</title>');
    // UCDP: best is the median of the asserted figures 30, 38 and 45; the hedged 90 only widens the range.
    expect(svg).toContain('best 38 · 4 figures');
    expect(svg).toContain('>best 7</text>');
  });

  it('runs the README example', () => {
    const text = 'Floods displaced about 2,000 families in Mozambique, the UN said on Tuesday.';
    const html = renderReport([{ id: 'story.txt', text, claims: extractClaims(text), referenceDate: '2023-09-28' }], { title: 'Desk review' });
    expect(html).toContain('<title>Desk review</title>');
    expect(firstMarks(html)).toEqual(['<mark class="fc cat-displaced m-asserted"']);
    expect(html).toContain('reference date 2023-09-28');
  });

  it('throws a TypeError for input that is not documents, a RangeError for a span outside its text', () => {
    expect(() => renderReport('text' as never)).toThrow(TypeError);
    expect(() => renderReport([{ id: 'a' }] as never)).toThrow(TypeError);
    expect(() => renderReport([{ id: 'a', text: 'x', claims: [{ id: 'c' }] }] as never)).toThrow(/claims/);
    expect(() => renderReport([], { title: 3 } as never)).toThrow(TypeError);
    const c = claimOn('12 killed', '12 killed');
    expect(() => renderReport([{ id: 'short', text: '12', claims: [c] }])).toThrow(RangeError);
  });
});

describe('fieldRows', () => {
  const text = 'The Chadian army said about 60 soldiers were killed on 4 May, citing regional governors.';
  const base = claimOn(text, 'about 60 soldiers', {
    quantity: { value: 60, min: null, max: null, qualifier: 'approximate', unit: null, text: 'about 60' },
    subject: { text: 'soldiers', kind: 'people' },
    side: { name: 'Chad', text: 'Chadian' },
    claimant: { name: 'Chadian army', text: 'The Chadian army', via: ['regional governors'], person: 'Col. Ali Mahamat' },
    date: { value: '2024-05-04', text: '4 May', role: 'event' },
    modality: 'hedged',
  });

  it('words every field: quantity with qualifier, side, claimant with via, date with role, modality', () => {
    expect(fieldRows(base, 'about 60 soldiers')).toEqual([
      ['quantity', '~60 · approximately · “about 60”'],
      ['category', 'killed'],
      ['subject', 'soldiers (people)'],
      ['side', 'Chad · from “Chadian”'],
      ['claimant', 'Chadian army · spokesperson Col. Ali Mahamat · via regional governors'],
      ['date', '2024-05-04 · event · “4 May”'],
      ['modality', 'hedged'],
      ['mention', '“about 60 soldiers”'],
      ['offsets', `${base.span.start}–${base.span.end}`],
    ]);
  });

  it('shows a side\'s basis and a claimant\'s kind when the claim carries them', () => {
    const richer = { ...base, side: { ...base.side, basis: 'stated' }, claimant: { ...base.claimant, kind: 'organisation' } } as Claim;
    const rows = Object.fromEntries(fieldRows(richer, 'about 60 soldiers'));
    expect(rows.side).toBe('Chad · from “Chadian” · basis: stated');
    expect(rows.claimant).toBe('Chadian army (organisation) · spokesperson Col. Ali Mahamat · via regional governors');
  });

  it('words ranges, money and missing fields', () => {
    const range = { ...base, quantity: { value: null, min: 300, max: 400, qualifier: 'range' as const, unit: null, text: '300 to 400' }, side: null, claimant: null, date: null };
    expect(Object.fromEntries(fieldRows(range, 'x'))).toMatchObject({ quantity: '300–400 · range · “300 to 400”', side: '—', claimant: 'unattributed', date: '—' });
    const money = { ...base, quantity: { value: 2.5e6, min: 2.5e6, max: 2.5e6, qualifier: 'exact' as const, unit: 'USD', text: '$2.5 million' } };
    expect(fieldRows(money, 'x')[0]).toEqual(['quantity', '2,500,000 USD · exact · “$2.5 million”']);
  });
});

import { describe, expect, it } from 'vitest';
import { segment } from '../src/pipeline/segment.js';
import { tokenize } from '../src/pipeline/tokenize.js';
import { extractClaims } from '../src/index.js';

describe('segment', () => {
  it('splits sentences with exact offsets and keeps abbreviations inside them', () => {
    const text = 'Troops fell back on Sept. 27. Maj. Gen. Ivanov said 12 were killed.  Later, more died!';
    const doc = segment(text);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Troops fell back on Sept. 27.',
      'Maj. Gen. Ivanov said 12 were killed.',
      'Later, more died!',
    ]);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads wiki and markdown headings as nested context, not sentences', () => {
    const text = '= Title =\n== Equipment losses ==\n=== Azerbaijani ===\nTwo tanks were destroyed.\n## Civilians\nOne died.';
    const doc = segment(text);
    expect(doc.sentences).toHaveLength(2);
    expect(doc.sentences[0].headings.map((h) => h.text)).toEqual(['Title', 'Equipment losses', 'Azerbaijani']);
    expect(doc.sentences[1].headings.map((h) => [h.level, h.text])).toEqual([[1, 'Title'], [2, 'Civilians']]);
  });

  it('numbers paragraphs by line and sentences within them', () => {
    const doc = segment('A first. A second.\n\nA third.');
    expect(doc.sentences.map((s) => [s.paragraph, s.indexInParagraph])).toEqual([[0, 0], [0, 1], [1, 0]]);
  });

  it('keeps a citation mark with the sentence it ends', () => {
    const doc = segment('In total, 1,700 cadets were killed.[2] The rest fled.');
    expect(doc.sentences[0].text).toBe('In total, 1,700 cadets were killed.[2]');
  });
});

describe('tokenize', () => {
  it('keeps designations, separators and possessives in one token', () => {
    expect(tokenize("T-72 tanks, 3,825 troops, 14.000 men and Baku's forces.").map((t) => t.text)).toEqual([
      'T-72', 'tanks', ',', '3,825', 'troops', ',', '14.000', 'men', 'and', "Baku's", 'forces', '.',
    ]);
  });

  it('splits an infobox label glued to its figure', () => {
    expect(tokenize('Deaths200+').map((t) => t.text)).toEqual(['Deaths', '200', '+']);
  });

  it('gives offsets into the original text', () => {
    const text = '  at least 12 killed';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('dateline', () => {
  const dl = (text: string) => segment(text).dateline;
  it('reads place, country and outlet', () => {
    const d = dl('NAIROBI, Kenya (AP) — Gunmen killed five villagers.')!;
    expect([d.place.text, d.region?.text, d.date, d.outlet?.text]).toEqual(['NAIROBI', 'Kenya', null, 'AP']);
  });
  it('reads a date in place of a country, and a dateline after a headline', () => {
    const d = dl('QUITO, March 3 (Reuters) - Floods killed 12 people.')!;
    expect([d.place.text, d.region, d.date?.text, d.outlet?.text]).toEqual(['QUITO', null, 'March 3', 'Reuters']);
    const t = 'Ferry sinks off coast\nDHAKA – A ferry sank on Sunday.';
    const e = dl(t)!;
    expect(t.slice(e.place.start, e.place.end)).toBe('DHAKA');
  });
  it('reads multi-word places and full dates', () => {
    const d = dl('SAN JOSE DEL GUAVIARE, Colombia, May 2, 2019 (AFP) — Three soldiers died.')!;
    expect([d.place.text, d.region?.text, d.date?.text, d.outlet?.text]).toEqual(['SAN JOSE DEL GUAVIARE', 'Colombia', 'May 2, 2019', 'AFP']);
  });
  it('is no dateline without capitals and a dash', () => {
    expect(dl('DARFUR: Leaders must agree.')).toBeNull();
    expect(dl('US troops — five died.')).toBeNull();
    expect(dl('Officials said 5 died.')).toBeNull();
  });
});

describe('prose hard-wrapped a line at a time', () => {
  it('goes on into the next line when a long line stops mid-sentence and the next opens in lower case', () => {
    const text = 'The death toll from the bridge collapse rose to 41, the regional\ngovernor said, citing hospital records.\nShort label\nkilled 4';
    const doc = segment(text);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'The death toll from the bridge collapse rose to 41, the regional\ngovernor said, citing hospital records.',
      'Short label',
      'killed 4',
    ]);
  });

  it('gives the figure the source named on the next line', () => {
    const text = 'At least 23 fishermen drowned when the storm hit the coast, the maritime\nagency reported on Monday.';
    expect(extractClaims(text).map((c) => c.claimant?.name ?? null)).toEqual(['maritime agency']);
  });
});

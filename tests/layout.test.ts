/**
 * Layout: rows of lists, label blocks, bracketed labels and infoboxes inherit side and claimant from the lines
 * that head them. Sentences and tables of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { segment } from '../src/pipeline/segment.js';

const rows = (text: string) =>
  extractClaims(text).map((c) => [c.quantity.value ?? `${c.quantity.min}-${c.quantity.max}`, c.category, c.side?.name ?? null, c.claimant?.name ?? null]);

describe('layout: what heads each row', () => {
  it('reads an intro, a label and a bracketed label as nested heads, and a bracket after the rows as their closer', () => {
    const doc = segment('The losses were as follows:\nCavalry:\n(Official figures):\n1,200 killed\n300 wounded\n(Southern sources)\n\nThe war went on.');
    const heads = doc.layout.map((l) => l?.heads.map((h) => h.text) ?? null);
    expect(heads[3]).toEqual(['The losses were as follows:', 'Cavalry:', '(Official figures):']);
    expect(doc.layout[4]?.closer?.text).toBe('(Southern sources)');
    expect(doc.layout[6]).toBeNull();
  });

  it('makes an indented bullet the child of the bullet above it', () => {
    const doc = segment('In all 90 died:\n  • Northland – 60\n    • Navy – 20\n  • Southland – 30');
    expect(doc.layout[2]?.heads.map((h) => h.text)).toEqual(['In all 90 died:', '• Northland – 60']);
    expect(doc.layout[3]?.heads.map((h) => h.text)).toEqual(['In all 90 died:']);
  });
});

describe('layout: side', () => {
  it('gives nested bullets the party of their parent row and the category of the intro', () => {
    const text = 'In total 512 soldiers were killed in the war:\n\n' +
      '  • Peru – 300\n    • Army – 210\n    • Navy – 90\n  • Ecuador – 212\n    • Air Force – 12';
    expect(rows(text)).toEqual([
      [512, 'killed', null, null], [300, 'killed', 'Peru', null], [210, 'killed', 'Peru', null], [90, 'killed', 'Peru', null],
      [212, 'killed', 'Ecuador', null], [12, 'killed', 'Ecuador', null],
    ]);
  });

  it('gives rows under a party label that party', () => {
    const text = 'Casualties and losses\nGreece:\n1,900 dead\n4,500 wounded\n620 MIA\nBulgaria:\n2,700 dead\n380 POW';
    expect(rows(text).map((r) => [r[0], r[1], r[2]])).toEqual([
      [1900, 'killed', 'Greece'], [4500, 'wounded', 'Greece'], [620, 'missing', 'Greece'],
      [2700, 'killed', 'Bulgaria'], [380, 'captured', 'Bulgaria'],
    ]);
  });

  it('reads an infobox column by column: the row sequence comes round again for the second party', () => {
    const text = 'Battle of the Two Rivers\nBelligerents\n Chile  Bolivia\nCommanders and leaders\nStrength\n9,000 men\n7,000 men\n' +
      'Casualties and losses\nFirst day:\n1,100 men\n14 guns\nFirst day:\n2,300 men\n31 guns\n\nThe battle was fought in 1879.';
    expect(rows(text).map((r) => [r[0], r[2]])).toEqual([[1100, 'Chile'], [14, 'Chile'], [2300, 'Bolivia'], [31, 'Bolivia']]);
  });

  it('takes the party a table intro names as the one that suffered, never the one whose sources it quotes', () => {
    const text = 'The losses of the Austrians were:\n1,210 | killed, |\n3,400 | wounded. |\n' +
      'According to Prussian sources:\n900 | killed, |';
    // The quoted party's sources report the other side's losses: never the quoted party's own.
    expect(rows(text).map((r) => [r[0], r[2]])).toEqual([[1210, 'Austria'], [3400, 'Austria'], [900, 'Austria']]);
  });
});

describe('layout and brackets: claimant', () => {
  it('gives each figure the bracketed source after it', () => {
    const text = 'Northern casualties: 200–300 killed (per the Red Cross) 400–500 killed (per the UN) 350 killed (60 officers), 900 wounded (per the Interior Ministry)';
    expect(extractClaims(text).filter((c) => c.subject.kind === 'people' || c.quantity.qualifier === 'range').map((c) => [text.slice(c.span.start, c.span.end), c.claimant?.name]))
      .toEqual([['200–300 killed', 'Red Cross'], ['400–500 killed', 'UN'], ['350 killed', 'Interior Ministry'], ['60 officers', 'Interior Ministry'], ['900 wounded', 'Interior Ministry']]);
  });

  it('reads a label ending in a source noun as the claimant of its rows', () => {
    expect(rows('Northern records: 4,000 killed, 2,000 wounded\nModern estimate:\n3,000 killed\n1,500 wounded\n(Southern records):\n900 killed'))
      .toEqual([
        [4000, 'killed', null, 'Northern records'], [2000, 'wounded', null, 'Northern records'],
        [3000, 'killed', null, 'Modern estimate'], [1500, 'wounded', null, 'Modern estimate'], [900, 'killed', null, 'Southern records'],
      ]);
  });

  it('gives the rows of a statement the source its introducing line names', () => {
    const text = 'The defence ministry said the enemy lost the following on Tuesday:\n- 14 tanks\n- 9 artillery pieces\n\nSeparately, rebels said 3 of their fighters died.';
    expect(extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name])).toEqual([[14, 'defence ministry'], [9, 'defence ministry'], [3, 'rebels']]);
  });

  it('names the author of a document after "according to", and the speaker of a paragraph that only attributes', () => {
    const a = extractClaims('The storm killed 112 people in the north, according to an updated tally of the Ministry of Health.');
    expect(a.map((c) => c.claimant?.name)).toEqual(['Ministry of Health']);
    const b = extractClaims('About 80 people have died and 300 are missing after the storm.\n\nThis is according to the National Emergency Agency’s latest report.');
    expect(b.map((c) => c.claimant?.name)).toEqual(['National Emergency Agency', 'National Emergency Agency']);
  });

  it('does not take an explanatory bracket for a source', () => {
    const text = 'Among the prisoners were 1 general (Ortega) and 40 officers (NCO).';
    expect(extractClaims(text).map((c) => c.claimant)).toEqual([null, null]);
  });
});

describe('speaker labels', () => {
  const by = (text: string) => extractClaims(text).map((c) => [c.quantity.value ?? c.quantity.min, c.claimant?.name ?? null]);

  it('gives each figure the name before the colon that precedes it', () => {
    expect(by('Estimates differ. Hughes: 12,000 dead Morel: 8,000–9,000 dead Okafor: 6,100 dead 14,000 wounded'))
      .toEqual([[12000, 'Hughes'], [8000, 'Morel'], [6100, 'Okafor'], [14000, 'Okafor']]);
    expect(by('Pierre de Vaux: "... on the western side three thousand men died and four hundred were taken prisoner."'))
      .toEqual([[3000, 'Pierre de Vaux'], [400, 'Pierre de Vaux']]);
    expect(by('"Annals of the Abbey": "... about six hundred were left dead in the field."')).toEqual([[600, 'Annals of the Abbey']]);
  });

  it('takes no party, unit, loss word or row word for a speaker', () => {
    expect(by('Norway: 1,200 dead\nTotal: 4,000 dead\nFatalities: 300\nNorth Task Force: 90 killed')).toEqual([[1200, null], [4000, null], [300, null], [90, null]]);
  });

  it('reads "Source: X" after the figures of its line, and the issuer of a document after "according to"', () => {
    expect(by('2,400 evacuated Source: Civil Defence Office')).toEqual([[2400, 'Civil Defence Office']]);
    expect(by('According to the available information from the Provincial Emergency Office, the storm left 7 dead.')).toEqual([[7, 'Provincial Emergency Office']]);
  });
});

describe('row labels and infobox columns', () => {
  const sides = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.side?.name ?? null]);

  it('gives a count the party standing right before it, and its list the same, until the next label', () => {
    expect(sides('Casualties: Canada 12 killed, 30 wounded Norway 4 killed, 9 wounded'))
      .toEqual([[12, 'Canada'], [30, 'Canada'], [4, 'Norway'], [9, 'Norway']]);
  });

  it('reads one line a party under an infobox table', () => {
    const text = 'Battle of the Cape\nBelligerents | |\nChile | Peru |\nCommanders and leaders | |\nCasualties and losses | |\n' +
      '1 ironclad sunk 120 killed |\n2 gunboats sunk 300 killed |\nThe battle was fought at sea.';
    expect(sides(text)).toEqual([[1, 'Chile'], [120, 'Chile'], [2, 'Peru'], [300, 'Peru']]);
  });

  it('gives the last column to the last party when allies share a column', () => {
    const text = 'War of the Lakes\nBelligerents\nBolivia\nPeru\nChile\nCommanders and leaders\nCasualties and losses\n' +
      'Killed:\n12,900\nWounded:\n7,800\nKilled:\n2,400\nWounded:\n6,200\n\nThe war lasted four years.';
    expect(sides(text)).toEqual([[12900, 'Bolivia'], [7800, 'Bolivia'], [2400, 'Chile'], [6200, 'Chile']]);
  });
});

describe('who reports, in clauses and brackets', () => {
  const by = (text: string) => extractClaims(text).map((c) => [c.quantity.value ?? c.quantity.min, c.claimant?.name ?? null]);

  it('gives each "with X saying / Y putting" clause its own figure', () => {
    expect(by('Accounts differ, with the interior ministry saying 212 people were killed in the riots, and rights groups putting the toll at closer to 400.'))
      .toEqual([[212, 'interior ministry'], [400, 'rights groups']]);
  });

  it('reads "(per X)" with a lower-case source, keeps "U.N." whole, and stops at a table cell', () => {
    expect(by('Losses: 120–200 killed (per the U.N.) 340 killed (per local observers)')).toEqual([[120, 'U.N.'], [340, 'local observers']]);
    expect(by('Casualties: 900 killed | 7,700 killed (per the governor)')).toEqual([[900, null], [7700, 'governor']]);
  });

  it('takes no adverb or note in brackets for a source', () => {
    expect(by('Losses:\n3,800 killed\n1,400 wounded\n(^ including wounded)')).toEqual([[3800, null], [1400, null]]);
    expect(by('Originally published\n- The death toll from the flooding has risen to 186.')).toEqual([[186, null]]);
    expect(by('It was the worst air show accident until a crash at the Dorne air show that killed 77.')).toEqual([[77, null]]);
  });
});

describe('headlines', () => {
  const by = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name ?? null]);
  it('reads a source after a headline\'s final colon, and a capitalised headline verb', () => {
    expect(by('Death toll in Borneo floods rises to 41: police')).toEqual([[41, 'police']]);
    expect(by('Ruritanian Army Says 40 Rebels Killed in Border Raid')).toEqual([[40, 'Ruritanian Army']]);
  });
  it('takes no capitalised word of an infobox for a verb', () => {
    expect(by('United States Navy Estimated\n225 tanks destroyed')).toEqual([[225, null]]);
  });
});

describe('sources named around their figures', () => {
  const by = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name ?? null]);
  it('reads "the official X figure is N", a label after a party label, and "So say X" after the figures', () => {
    expect(by('The official Ruritanian government figure is 241 dead and 7,000 wounded.')).toEqual([[241, 'Ruritanian government'], [7000, 'Ruritanian government']]);
    expect(by('• Northern Powers: Official Northern data: 1,726 KIA; 7,461 WIA')).toEqual([[1726, 'Official Northern data'], [7461, 'Official Northern data']]);
    expect(by('The Ashford lost 12 seamen killed and 30 wounded. So say the returns in the Naval Gazette.'))
      .toEqual([[12, 'returns in the Naval Gazette'], [30, 'returns in the Naval Gazette']]);
  });
  it('takes no adjective of a figure for its source', () => {
    expect(by('The first official figure was 60 dead.')).toEqual([[60, null]]);
  });
});

describe('layouts in HTML end in the same blocks as in text', () => {
  const html = (page: string) => extractClaims(page, { format: 'html' }).map((c) => [c.quantity.value, c.category, c.side?.name ?? null, page.slice(c.span.start, c.span.end)]);

  it('reads nested <ul> items with the parent item\'s party and the intro\'s loss', () => {
    expect(html('<p>In total 512 soldiers were killed in the war:</p><ul><li>Peru – 300<ul><li>Army – 210</li><li>Navy – 90</li></ul></li><li>Ecuador – 212</li></ul>'))
      .toEqual([[512, 'killed', null, '512 soldiers'], [300, 'killed', 'Peru', '300'], [210, 'killed', 'Peru', '210'], [90, 'killed', 'Peru', '90'], [212, 'killed', 'Ecuador', '212']]);
  });

  it('reads a <table> whose header names the losses of its columns and whose first cell names the party', () => {
    const page = '<table><tr><th></th><th>Killed</th><th>Wounded</th></tr><tr><td>Chile</td><td>1,155</td><td>4,530</td></tr><tr><td>Peru</td><td>900</td><td>2,800</td></tr></table>';
    expect(html(page)).toEqual([
      [1155, 'killed', 'Chile', '1,155'], [4530, 'wounded', 'Chile', '4,530'], [900, 'killed', 'Peru', '900'], [2800, 'wounded', 'Peru', '2,800'],
    ]);
  });

  it('reads a <dl> of terms and figures as label blocks', () => {
    expect(html('<dl><dt>Killed</dt><dd>1,200</dd><dt>Wounded</dt><dd>3,400</dd></dl>')).toEqual([[1200, 'killed', null, '1,200'], [3400, 'wounded', null, '3,400']]);
  });
});

describe('brackets that name sources and brackets that do not', () => {
  const by = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.claimant?.name ?? null]);
  it('takes an acronym in brackets after figures for their source, unless it spells the words before it', () => {
    expect(by('Casualties: 160+ killed (Red Cross), at least 100 killed and 700 wounded (MSF)')).toEqual([[160, 'Red Cross'], [100, 'MSF'], [700, 'MSF']]);
    expect(by('The battalion lost 35 non-commissioned officers (NCO) and 12 privates.')).toEqual([[35, null], [12, null]]);
  });
  it('takes no time in brackets for a source, and no "confirmed destroyed" for a verb', () => {
    expect(by('Losses (as of July 2016):\n37 civilians killed')).toEqual([[37, null]]);
    expect(by('* One home confirmed destroyed')).toEqual([[1, null]]);
  });
});

/**
 * summarize: one event's figures side by side. Each `describe` reproduces one way the old grouping (side ×
 * category × kind across every document) published a wrong number, with documents of our own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, summarize, SummarySchema, type SummaryDocument, type SummaryGroup } from '../src/index.js';

const doc = (id: string, text: string, event?: string): SummaryDocument => ({ doc: id, event, claims: extractClaims(text, { referenceDate: '2024-06-01' }) });
const bounds = (g: SummaryGroup | undefined) => (g ? [g.low, g.best, g.high] : null);
const find = (groups: SummaryGroup[], key: string) => groups.find((g) => g.key === key);

/** Every claim of the input sits in exactly one group, once, as a figure's claim or a part's. */
function expectEveryClaimOnce(input: SummaryDocument[], groups: SummaryGroup[]): void {
  const ids = groups.flatMap((g) => g.claims);
  expect([...ids].sort()).toEqual(input.flatMap((d) => d.claims.map((c) => c.id)).sort());
  for (const g of groups) {
    const inFigures = g.figures.flatMap((f) => [...f.claims, ...f.parts.flatMap((p) => p.claims)]);
    expect([...inFigures].sort()).toEqual([...g.claims].sort());
  }
  expect(SummarySchema.safeParse(groups).success).toBe(true);
}

const quake = doc('quake.txt', 'A magnitude 7.1 earthquake struck western Peru on Sunday. At least 1,240 people were killed, the civil defence agency said.');
const market = doc('market.txt', 'An air strike on a crowded market in Idlib killed 37 people on Friday, according to the Syrian Civil Defence.');
const border = doc('border.txt', 'Ecuador lost 96 people in the border clashes (58 soldiers, 9 policemen and 29 civilians), the government said.');
const exodus = doc('exodus.txt', 'The fighting has left 2.4 million Somalis internally displaced, while 310,000 refugees have crossed into Kenya, the UNHCR said.');
const air = doc('air.txt', 'Armenian air defences shot down two Azerbaijani jets and 14 Azerbaijani drones on Tuesday.');
const ministry = doc('ministry.txt', "On 3 March, Ethiopia's Defence Ministry said 100 Eritrean soldiers had been killed. On 5 March, the Ethiopian Defense Ministry said 120 Eritrean soldiers had been killed.");
const batch = [quake, market, border, exodus, air, ministry];

describe('unrelated documents do not compete', () => {
  const groups = summarize(batch);

  it('keeps an earthquake toll and a market strike toll apart (one scope a document)', () => {
    expect(bounds(find(groups, 'quake.txt|-|killed|people|-'))).toEqual([1240, 1240, 1240]);
    expect(bounds(find(groups, 'market.txt|Syria|killed|people|-'))).toEqual([37, 37, 37]);
    expect(groups.map((g) => g.scope)).toEqual(expect.arrayContaining(['quake.txt', 'market.txt']));
    expectEveryClaimOnce(batch, groups);
  });

  it('keeps unnamed documents apart too', () => {
    const groups = summarize([{ claims: quake.claims }, { claims: market.claims }]);
    expect(groups.map((g) => [g.scope, g.best])).toEqual([['#0', 1240], ['#1', 37]]);
  });

  it("with groupBy 'all' the caller asks for one comparison across documents", () => {
    const rescue = doc('rescue.txt', 'At least 1,300 people died in the Peru earthquake, the Red Cross said.');
    const all = summarize([quake, rescue], { groupBy: 'all' });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ scope: null, key: '-|-|killed|people|-' });
    expect(all[0].figures.map((f) => [f.value, f.docs])).toEqual([[1240, ['quake.txt']], [1300, ['rescue.txt']]]);
  });

  it('compares documents the caller marks as one event', () => {
    const a = doc('a.txt', 'Floods in northern Ghana killed 40 people, the disaster agency NADMO said.', 'ghana-floods');
    const b = doc('b.txt', 'The Red Cross said 52 people were killed in the Ghana floods.', 'ghana-floods');
    const c = doc('c.txt', 'A bus crash near Accra killed 12 people.');
    const groups = summarize([a, b, c]);
    expect(groups.map((g) => [g.scope, g.figures.map((f) => f.value)])).toEqual([['ghana-floods', [40, 52]], ['c.txt', [12]]]);
    expect(bounds(groups[0])).toEqual([40, 40, 52]);
  });

  it('reads the scope from claims that carry doc and event, as the command line writes them', () => {
    const records = [...quake.claims.map((c) => ({ ...c, doc: 'quake.txt' })), ...market.claims.map((c) => ({ ...c, doc: 'market.txt' }))];
    expect(summarize(records).map((g) => g.key)).toEqual(['quake.txt|-|killed|people|-', 'market.txt|Syria|killed|people|-']);
    const oneEvent = records.map((c) => ({ ...c, event: 'week 23' }));
    expect(summarize(oneEvent).map((g) => g.key).sort()).toEqual(['week 23|-|killed|people|-', 'week 23|Syria|killed|people|-']);
  });
});

describe('only figures for the same counted thing compete', () => {
  const groups = summarize(batch);

  it('keeps internally displaced people apart from refugees', () => {
    const counted = (what: string) => groups.find((g) => g.scope === 'exodus.txt' && g.category === 'displaced' && g.counted === what);
    expect(bounds(counted('internally displaced'))).toEqual([2_400_000, 2_400_000, 2_400_000]);
    expect(bounds(counted('refugees'))).toEqual([310_000, 310_000, 310_000]);
  });

  it('keeps jets apart from drones', () => {
    expect(bounds(find(groups, 'air.txt|Azerbaijan|downed|aircraft|-'))).toEqual([2, 2, 2]);
    expect(bounds(find(groups, 'air.txt|Azerbaijan|downed|drones|-'))).toEqual([14, 14, 14]);
  });

  it('keeps soldiers, police and civilians apart, and reads troops and servicemen as soldiers', () => {
    const text = 'The army said 30 servicemen were killed. Rebels said 55 troops were killed. Medics said 12 civilians and 4 policemen were killed.';
    const g = summarize([doc('d', text)]);
    expect(g.map((x) => [x.counted, x.figures.map((f) => f.value)])).toEqual([['civilians', [12]], ['police', [4]], ['soldiers', [30, 55]]]);
  });

  it('reads a bare count after another loss as the same thing ("40 soldiers were killed and 12 wounded")', () => {
    const g = summarize([doc('d', 'At least 40 Malian soldiers were killed and 12 wounded.')]);
    expect(g.map((x) => [x.category, x.counted])).toEqual([['killed', 'soldiers'], ['wounded', 'soldiers']]);
  });
});

describe('parts are shown under their total, never as its rivals', () => {
  it('a breakdown in parentheses', () => {
    const [g] = summarize([border]);
    expect(g.key).toBe('border.txt|Ecuador|killed|people|-');
    expect(g.figures).toHaveLength(1);
    expect(g.figures[0].parts.map((p) => [p.value, p.counted])).toEqual([[58, 'soldiers'], [9, 'police'], [29, 'civilians']]);
    expect(g.figures[0].partsSum).toBe(96);
    expect(bounds(g)).toEqual([96, 96, 96]);
  });

  it('"including" and "of whom"', () => {
    const groups = summarize([
      doc('ferry', 'The ferry disaster killed 64 people, including 21 children and 8 crew members, the coast guard said.'),
      doc('mine', 'The mine collapse killed 30 workers, of whom 12 were foreigners.'),
    ]);
    expect(groups.map((g) => [g.key, g.figures.map((f) => [f.value, f.parts.map((p) => p.value)]), bounds(g)])).toEqual([
      ['ferry|-|killed|people|-', [[64, [21, 8]]], [64, 64, 64]],
      ['mine|-|killed|workers|-', [[30, [12]]], [30, 30, 30]],
    ]);
  });

  it('a list of sub-groups that adds up to the figure before or after it', () => {
    const groups = summarize([
      doc('before', 'The ambush killed 41 people, 25 soldiers and 16 civilians, officials said.'),
      doc('after', 'Rebels killed 25 soldiers and 16 civilians, 41 people in all, officials said.'),
      doc('coincidence', 'The raid killed 10 soldiers, 5 civilians and 5 police officers.'),
    ]);
    const parts = (scope: string) => groups.filter((g) => g.scope === scope).map((g) => [g.counted, g.figures.map((f) => [f.value, f.parts.map((p) => p.value)])]);
    expect(parts('before')).toEqual([['people', [[41, [25, 16]]]]]);
    expect(parts('after')).toEqual([['people', [[41, [25, 16]]]]]);
    // 10 = 5 + 5, but soldiers are no total of civilians and police: three things, three groups.
    expect(parts('coincidence')).toEqual([['civilians', [[5, []]]], ['police', [[5, []]]], ['soldiers', [[10, []]]]]);
  });

  it('a breakdown in the next sentence ("Among the dead were ...")', () => {
    const [g] = summarize([doc('d', 'At least 90 people died in the floods in Malawi. Among the dead were 35 children.')]);
    expect(g.figures.map((f) => [f.value, f.parts.map((p) => [p.value, p.counted])])).toEqual([[90, [[35, 'children']]]]);
  });

  it("one claimant's list of the same thing is summed, not read as rival estimates", () => {
    const groups = summarize([doc('d', 'The army said 14 Malian soldiers, 6 gendarmes and 3 marines were killed in the attack.')]);
    const soldiers = groups.find((g) => g.counted === 'soldiers')!;
    expect(soldiers.figures).toHaveLength(1);
    expect(soldiers.figures[0]).toMatchObject({ value: 17, summed: true, claims: [], claimant: 'army' });
    expect(soldiers.figures[0].parts.map((p) => p.value)).toEqual([14, 3]);
    expect(groups.find((g) => g.counted === 'police')!.best).toBe(6);
  });
});

describe('claimants are entities: a later figure supersedes the earlier one however the claimant is spelled', () => {
  it("Ethiopia's Defence Ministry and the Ethiopian Defense Ministry are one claimant", () => {
    const [g] = summarize([ministry]);
    expect(g.figures.map((f) => [f.value, f.claimant, f.claimantKey, f.superseded])).toEqual([
      [100, "Ethiopia's Defence Ministry", 'defense ethiopia ministry', true],
      [120, 'Ethiopian Defense Ministry', 'defense ethiopia ministry', false],
    ]);
    expect(bounds(g)).toEqual([120, 120, 120]);
  });

  it('an acronym the text spells out is its expansion; case does not matter', () => {
    const text = 'The Kenya Red Cross Society (KRCS) reported 40 people were killed in the floods. A day later, KRCS said the death toll had risen to 52 people.';
    const [g] = summarize([doc('d', text)]);
    const keys = g.figures.map((f) => f.claimantKey);
    expect(keys.at(-1)).toBe('cross kenya red society');
    expect(g.figures.at(-1)).toMatchObject({ value: 52, claimant: 'KRCS', superseded: false });
    const lower = summarize([{ doc: 'e', claims: extractClaims('The KENYA RED CROSS SOCIETY said 12 people were killed.') }]);
    expect(lower[0].figures[0].claimantKey).toBe('cross kenya red society');
  });

  it('a later figure from the same claimant supersedes only when it is stated as an update or dated later', () => {
    const update = 'On 1 May, the ministry said 40 people were killed.\nOn 3 May, the ministry said the toll reached 91.';
    const [g] = summarize(extractClaims(update, { referenceDate: '2024-05-05' }));
    expect(g.figures.map((f) => [f.value, f.superseded])).toEqual([[40, true], [91, false]]);
    expect(bounds(g)).toEqual([91, 91, 91]);
    // Two undated reports of separate clashes from one source are both live.
    const separate = 'The ministry said 40 soldiers were killed in the north. The ministry said 12 soldiers were killed in the south.';
    expect(summarize(extractClaims(separate))[0].figures.map((f) => f.superseded)).toEqual([false, false]);
  });
});

describe('conventions and modality', () => {
  it('reads low/best/high by convention: UCDP median, ACLED most conservative, max', () => {
    const text = 'The UN said 100 civilians were killed. The ministry said 300 civilians were killed. Medics said 200 civilians were killed.';
    const found = extractClaims(text);
    expect(bounds(summarize(found)[0])).toEqual([100, 200, 300]);
    expect(summarize(found, { convention: 'acled' })[0].best).toBe(100);
    expect(summarize(found, { convention: 'max' })[0].best).toBe(300);
  });

  it('keeps hedged and denied figures, marked, without letting them set best', () => {
    const text = 'Officials said 12 soldiers were killed. Rebels claimed 300 soldiers were reportedly killed.\n' +
      'Activists said 50 soldiers were killed; the army denied these claims.';
    const [g] = summarize(extractClaims(text));
    expect(g.figures.map((f) => [f.value, f.modality])).toEqual([[12, 'asserted'], [300, 'hedged'], [50, 'denied']]);
    expect(bounds(g)).toEqual([12, 12, 300]);
  });

  it('splits by period on request', () => {
    const a = doc('a', 'In March 2024, the UN said 10 Sudanese civilians were killed.', 'darfur');
    const b = doc('b', 'In April 2024, MSF said 25 Sudanese civilians were killed.', 'darfur');
    expect(summarize([a, b]).map((g) => g.figures.map((f) => f.claimant))).toEqual([['UN', 'MSF']]);
    expect(summarize([a, b], { period: 'month' }).map((g) => g.period)).toEqual(['2024-03', '2024-04']);
  });
});

describe('bad input', () => {
  it('returns [] for no claims and throws clear errors for what is not claims or a bad option', () => {
    expect(summarize([])).toEqual([]);
    expect(summarize([{ doc: 'empty', claims: [] }])).toEqual([]);
    expect(() => summarize('text' as never)).toThrow(TypeError);
    expect(() => summarize([42] as never)).toThrow(/index 0/);
    expect(() => summarize([{ doc: 'a', claims: [{ id: 'x' }] }] as never)).toThrow(/claim 0 of the document at index 0/);
    expect(() => summarize([], { convention: 'median' as never })).toThrow(RangeError);
    expect(() => summarize([], { groupBy: 'event' as never })).toThrow(/groupBy/);
    expect(() => summarize([], { grouping: 'all' } as never)).toThrow(RangeError);
  });
});

describe('README', () => {
  it('two claimants on one clash: supersession, a part, and the low/best/high of each convention', () => {
    const wire = extractClaims("Fighting near Kassala killed 38 soldiers on 12 May, Sudan's Defence Ministry said.", { referenceDate: '2024-05-13' });
    const monitor = extractClaims(
      'According to the Sudan Conflict Monitor (SCM), 61 soldiers were killed near Kassala, including 9 officers. ' +
      'On 14 May the Sudanese Defense Ministry said the toll had reached 44 soldiers.',
      { referenceDate: '2024-05-15' },
    );
    const input = [{ doc: 'wire.txt', event: 'Kassala, May 2024', claims: wire }, { doc: 'monitor.txt', event: 'Kassala, May 2024', claims: monitor }];
    const groups = summarize(input);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group.key).toBe('Kassala, May 2024|Sudan|killed|soldiers|-');
    expect(group.figures.map((f) => [f.value, f.claimant, f.date, f.superseded, f.parts.map((p) => [p.value, p.counted]), f.partsSum])).toEqual([
      [38, "Sudan's Defence Ministry", '2024-05-12', true, [], null],
      [61, 'Sudan Conflict Monitor', '2024-05-15', false, [[9, 'soldiers']], 9],
      [44, 'Sudanese Defense Ministry', '2024-05-14', false, [], null],
    ]);
    expect(group.figures[0].claimantKey).toBe('defense ministry sudan');
    expect(bounds(group)).toEqual([44, 44, 61]);
    expect(summarize(input, { convention: 'acled' })[0].best).toBe(44);
    expect(summarize(input, { convention: 'max' })[0].best).toBe(61);
    expectEveryClaimOnce(input, groups);
  });

  it('the Wikipedia fixture: 2,906 beside 7,630 for Azerbaijani soldiers killed', () => {
    const text = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', '004_104ae95fd8efd749.txt'), 'utf8');
    const input = [{ doc: 'fixture', claims: extractClaims(text, { referenceDate: '2020-11-10' }) }];
    const groups = summarize(input);
    const g = find(groups, 'fixture|Azerbaijan|killed|soldiers|-')!;
    expect(g.figures.map((f) => [f.value, f.claimant])).toEqual([[2906, 'belligerents'], [2906, 'Azerbaijani Defense Ministry'], [7630, 'Armenian side']]);
    expect(bounds(g)).toEqual([2906, 2906, 7630]);
    expectEveryClaimOnce(input, groups);
  });
});

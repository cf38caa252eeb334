/** The word-level readings summarize rests on: what a figure counts, and who claims it. */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../src/lexicon/compile.js';
import { defaultLexicon, summarize, SummarySchema, type Claim } from '../src/index.js';
import { acronymsIn, claimantKey } from '../src/reconcile/claimant-key.js';
import { countedThing, lemma } from '../src/reconcile/counted.js';

const parties = compileLexicon(defaultLexicon).parties;
const key = (name: string, text = '') => {
  const acronyms = new Map<string, string>();
  acronymsIn(text, acronyms);
  return claimantKey(name, acronyms, parties);
};

describe('claimantKey', () => {
  it('reads spellings, word order, demonyms and possessives of one ministry alike', () => {
    const names = ["Ukraine's Ministry of Defence", 'the Ukrainian Defense Ministry', 'UKRAINIAN DEFENCE MINISTRY', 'ukrainian defence ministry', 'Ministry of Defense of Ukraine', 'Ukrainian MoD'];
    expect(new Set(names.map((n) => key(n)))).toEqual(new Set(['defense ministry ukraine']));
  });

  it('keeps different bodies of one country apart', () => {
    expect(key('the Ukrainian Interior Ministry')).not.toBe(key('the Ukrainian Defence Ministry'));
    expect(key('Nepal Army')).not.toBe(key('Nepal Police'));
    expect(key('al-Shabaab spokesman')).toBe('al-shabaab spokesman');
  });

  it('expands an acronym only where the text spells it out', () => {
    const text = 'The Bangladesh Meteorological Department (BMD) warned of floods. Later, BMD said 14 people drowned.';
    expect(key('BMD', text)).toBe(key('Bangladesh Meteorological Department'));
    expect(key('BMD')).toBe('bmd');
    const reversed = new Map<string, string>();
    acronymsIn('Officials of the NDMA (National Disaster Management Authority) said 30 people died.', reversed);
    expect(reversed.get('NDMA')).toBe('National Disaster Management Authority');
  });

  it('does not take letters that do not match for an expansion', () => {
    const acronyms = new Map<string, string>();
    acronymsIn('Medics from the Northern Hospital (WHO) arrived.', acronyms);
    expect(acronyms.has('WHO')).toBe(false);
  });
});

/** A claim with just the fields countedThing reads. */
function claimOf(text: string, mention: string, subject: string, kind: Claim['subject']['kind'], category: Claim['category'] = 'killed'): Claim {
  const at = text.indexOf(mention);
  return {
    id: 'c', category, subject: { text: subject, kind }, side: null, claimant: null, date: null, modality: 'asserted',
    quantity: { value: 1, min: 1, max: 1, qualifier: 'exact', unit: null, text: '1' },
    span: { start: at, end: at + mention.length }, evidence: { start: 0, end: text.length, text },
  };
}
const words = compileLexicon(defaultLexicon).counted;
const isParty = (w: string) => ['Bolivian', 'Bolivians', 'Somalis', 'Somali', 'Peruvian'].includes(w);
const counted = (subject: string, kind: Claim['subject']['kind'] = 'people') => countedThing(claimOf(`5 ${subject}`, `5 ${subject}`, subject, kind), null, isParty, new Map(), words);

describe('countedThing', () => {
  it('reads the head noun, not its modifiers or what follows it', () => {
    expect(counted('T-90 tanks', 'equipment')).toBe('tanks');
    expect(counted('unmanned aerial vehicles', 'equipment')).toBe('drones');
    expect(counted('fighter jets', 'equipment')).toBe('aircraft');
    expect(counted('Peruvian Su-30', 'equipment')).toBe('su-30');
    expect(counted('service members of the National Guard')).toBe('soldiers');
    expect(counted('police officers')).toBe('police');
    expect(counted('reporters covering the protests in Lima')).toBe('reporters');
    expect(counted('Bolivians')).toBe('people');
    expect(counted('howitzers', 'equipment')).toBe('artillery');
  });

  it('tells the internally displaced from refugees by the words around the count', () => {
    const text = 'The drought left 900,000 Somalis internally displaced and 120,000 refugees in camps abroad.';
    expect(countedThing(claimOf(text, '900,000 Somalis', 'Somalis', 'people', 'displaced'), null, isParty, new Map(), words)).toBe('internally displaced');
    expect(countedThing(claimOf(text, '120,000 refugees', 'refugees', 'people', 'displaced'), null, isParty, new Map(), words)).toBe('refugees');
    const bare = 'Another 40,000 have fled as refugees.';
    expect(countedThing(claimOf(bare, '40,000', '', 'people', 'displaced'), null, isParty, new Map(), words)).toBe('refugees');
  });

  it('lemmatises plurals, irregulars and acronyms', () => {
    expect(['casualties', 'policemen', 'IFVs', 'TOS', 'boxes', 'people'].map((w) => lemma(w, words.irregular))).toEqual(['casualty', 'policeman', 'ifv', 'tos', 'box', 'person']);
  });
});

describe('look-up tables are not read through the object prototype', () => {
  it('summarizes subjects and claimants named like prototype keys', () => {
    const text = 'The constructor said 5 constructor and 7 __proto__ were killed.';
    const claims = [claimOf(text, '5 constructor', 'constructor', 'people'), { ...claimOf(text, '7 __proto__', '__proto__', 'other'), id: 'd' }]
      .map((c) => ({ ...c, claimant: { name: 'constructor', text: 'constructor', via: [] } }));
    const groups = summarize([{ doc: 'toString', event: '__proto__', claims }]);
    expect(SummarySchema.safeParse(groups).success).toBe(true);
    expect(groups.map((g) => [g.scope, g.counted, g.figures.map((f) => f.claimantKey)])).toEqual([
      ['__proto__', 'protos', ['constructor']],
      ['__proto__', 'constructors', ['constructor']],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extendLexicon, extractClaims } from '../src/index.js';

/** Three made-up states, so that no real party's names stand in the tests' infoboxes. */
const parties = extendLexicon({ parties: [
  { name: 'Ruritania', names: ['Ruritania', 'Kingdom of Ruritania'], demonyms: ['Ruritanian'], capitals: [] },
  { name: 'Borduria', names: ['Borduria'], demonyms: ['Bordurian'], capitals: [] },
  { name: 'Syldavia', names: ['Syldavia', 'Syldavian Republic'], demonyms: ['Syldavian'], capitals: [] },
] });

const sides = (text: string) => extractClaims(text, { lexicon: parties }).map((c) => [text.slice(c.span.start, c.span.end), c.side?.name ?? null]);

describe('an infobox whose parties have lost their "Belligerents" label', () => {
  it('reads the lines of names between the result and "Commanders and leaders" as the parties', () => {
    const text = [
      'Battle of Zelk',
      'Date 4 June 1861',
      'Result Decisive Ruritanian victory',
      ' Ruritania  Borduria',
      'Commanders and leaders',
      'Otto Brenn',
      'Casualties and losses',
      '310 killed',
      '900 wounded',
      '2,400 killed',
      '1,100 captured',
    ].join('\n');
    expect(sides(text)).toEqual([
      ['310 killed', 'Ruritania'], ['900 wounded', 'Ruritania'], ['2,400 killed', 'Borduria'], ['1,100 captured', 'Borduria'],
    ]);
  });

  it('passes over a flag\'s file name and a bracket, and stops at a line of prose above them', () => {
    const text = [
      'Result Bordurian victory',
      'Capture of the fort by Bordurian troops after a long siege',
      'Flag of Borduria.svg Borduria (with volunteers) Flag of Syldavia.svg Syldavian Republic',
      'Commanders and leaders',
      'Casualties and losses',
      '75 killed',
      '20 wounded',
      '600 killed',
      '1,000 captured',
    ].join('\n');
    expect(sides(text)).toEqual([
      ['75 killed', 'Borduria'], ['20 wounded', 'Borduria'], ['600 killed', 'Syldavia'], ['1,000 captured', 'Syldavia'],
    ]);
  });

  it('gives the last column to the last party when allies stand between, every line set in', () => {
    const text = [
      'Result Syldavian victory',
      ' Syldavian Republic',
      'Armed and supported by:',
      ' Borduria',
      ' Kingdom of Ruritania',
      'Commanders and leaders',
      'Casualties and losses',
      '1,500 killed',
      '4,000 wounded',
      '2,200 killed',
      '700 wounded',
    ].join('\n');
    expect(sides(text)).toEqual([
      ['1,500 killed', 'Syldavia'], ['4,000 wounded', 'Syldavia'], ['2,200 killed', 'Ruritania'], ['700 wounded', 'Ruritania'],
    ]);
  });
});

describe('a bracketed note under infobox rows', () => {
  it('is no source when it opens on a plain word ("(buried as of 15 May)")', () => {
    const text = ['Belligerents', 'Ruritania', 'Borduria', 'Casualties and losses', '1,200 killed', '300 wounded', '4,000 dead', '(buried as of 15 May)', '900 captured'].join('\n');
    expect(extractClaims(text, { lexicon: parties }).map((c) => c.claimant?.name ?? null)).toEqual([null, null, null, null]);
  });

  it('still names the source when it opens on one ("(official figures)", "(Bordurian sources)")', () => {
    const text = ['Belligerents', 'Ruritania', 'Borduria', 'Casualties and losses', '1,200 killed', '300 wounded', '(Bordurian sources)'].join('\n');
    expect(extractClaims(text, { lexicon: parties }).map((c) => c.claimant?.name ?? null)).toEqual(['Bordurian sources', 'Bordurian sources']);
  });
});

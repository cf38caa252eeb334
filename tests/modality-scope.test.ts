import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** [value, modality] of each claim, in order. */
const how = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.modality]);

describe('modality by scope (pipeline/modality)', () => {
  it('hedges only the clause a hedge stands in', () => {
    expect(how('Divers said 12 bodies were recovered and the remaining 30 passengers were reportedly missing.')).toEqual([
      [12, 'asserted'],
      [30, 'hedged'],
    ]);
    expect(how('Four guards were killed while 20 prisoners were allegedly executed by the attackers.')).toEqual([
      [4, 'asserted'],
      [20, 'hedged'],
    ]);
  });

  it('a hedged state touches only its own category: "missing and feared dead"', () => {
    expect(how('After the storm 45 fishermen were missing and feared dead.')).toEqual([[45, 'asserted']]);
    expect(how('Some 45 fishermen are feared dead.')).toEqual([[45, 'hedged']]);
  });

  it('reads "believed", "presumably", "may have" and "undergoing verification" as hedges', () => {
    expect(how('Nine Others Believed Killed In Mine Collapse')).toEqual([[9, 'hedged']]);
    expect(how('The rebels presumably lost 300 fighters.')).toEqual([[300, 'hedged']]);
    expect(how('The blast may have killed 60 workers.')).toEqual([[60, 'hedged']]);
    expect(how('Five more deaths undergoing verification were reported on the coast.')).toEqual([[5, 'hedged']]);
  });

  it('"said to reporters" is no hedge, "said to have" is', () => {
    expect(how('The governor said to reporters that 23 people were killed.')).toEqual([[23, 'asserted']]);
    expect(how('Some 23 people are said to have been killed.')).toEqual([[23, 'hedged']]);
  });

  it('a reporter\'s "could not be independently verified" after the figures hedges them', () => {
    expect(how('The militia said it killed 70 soldiers, but the claim could not be independently verified.')).toEqual([[70, 'hedged']]);
  });

  it('a denial reaches the figures in its object', () => {
    expect(how('The army denied reports that 500 civilians died, putting the toll at 40.')).toEqual([
      [500, 'denied'],
      [40, 'asserted'],
    ]);
  });

  it('a denial of reports of higher figures leaves the speaker\'s own figures asserted', () => {
    expect(how('The mayor said 18 people died and dismissed reports of much higher casualties.')).toEqual([[18, 'asserted']]);
  });

  it('a denial of responsibility reaches every figure reported before it, not after', () => {
    const text = 'Monitors said the militia executed 85 villagers. Another 14 were wounded, they said.\n\nThe militia has denied responsibility.\n\nOn Friday, 3 more bodies were found.';
    expect(how(text)).toEqual([
      [85, 'denied'],
      [14, 'denied'],
      [3, 'asserted'],
    ]);
  });

  it('a denial pointing back ("refuted this") does not reach the figures after it', () => {
    expect(how('Ruritania said its troops never crossed the border; Freedonia refuted this.\nThe fighting killed 31 soldiers.')).toEqual([[31, 'asserted']]);
  });

  it('a sentence that only denies the figures reaches the next figures when it points forward', () => {
    expect(how('Independent checks were impossible, with the rebels denying the figures.\n\nThe coalition said it killed 90 rebels.')).toEqual([
      [90, 'denied'],
    ]);
  });

  it('a denial of losing "any" reaches the figures claimed before it', () => {
    expect(how('Ruritania said its air defences shot down 5 Freedonian jets. Freedonia denied losing any aircraft.')).toEqual([[5, 'denied']]);
  });

  it('"called the figures false" denies the figures it answers', () => {
    expect(how('The rebels said 40 soldiers were killed. The defence ministry called the figures false.')).toEqual([[40, 'denied']]);
  });
});

describe('denials by a negated truth, and suspicion', () => {
  const mod = (text: string) => extractClaims(text).map((c) => [c.quantity.value, c.modality]);
  it('denies the figures of reports that are said to hold no truth or to have no basis', () => {
    expect(mod('The navy said it had found no truth in reports by a district official who said 14 fishermen had been killed.')).toEqual([[14, 'denied']]);
    expect(mod('The figure of 60 dead has no basis in any count, the governor said.')).toEqual([[60, 'denied']]);
    expect(mod('The ministry dismissed as false the claim that 25 students died.')).toEqual([[25, 'denied']]);
  });
  it('hedges what an inquiry only suspects', () => {
    expect(mod('A study by the monitor suspected that about 90 civilians were killed.')).toEqual([[90, 'hedged']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text, { referenceDate: '2021-06-15' }).map((c) => [c.category, c.quantity.value]);

describe('shares of a loss given place by place', () => {
  it('reads "N from X" and "N in X" after a total or a part with its own loss word', () => {
    expect(read('Of the 30 dead, 18 were from Sindh, 7 from Punjab and 5 from Balochistan.')).toEqual([
      ['killed', 30], ['killed', 18], ['killed', 7], ['killed', 5],
    ]);
    expect(read('Officials said 25 people were missing: 20 from Tacloban and 5 from Ormoc.')).toEqual([
      ['missing', 25], ['missing', 20], ['missing', 5],
    ]);
    expect(read('Twelve of the injured were from Nakuru, eight from Naivasha.')).toEqual([['wounded', 12], ['wounded', 8]]);
  });

  it('reads "X (N)" after a loss word that counts nothing itself', () => {
    expect(read('Deaths were reported in Oaxaca (14), Guerrero (9) and Chiapas (3).')).toEqual([
      ['killed', 14], ['killed', 9], ['killed', 3],
    ]);
  });

  it('reads "X, N;" items only as a list, never one comma alone', () => {
    expect(read('The storm left 19 dead. The victims were from Leyte, 11, and Samar, 8.')).toEqual([
      ['killed', 19], ['killed', 11], ['killed', 8],
    ]);
    expect(read('In Lagos, 12 people were wounded.')).toEqual([['wounded', 12]]);
  });

  it('reads a sentence that opens with shares after the sentence that named the loss', () => {
    expect(read('At least 40 people died in the floods, the state said. Kano (17), Jigawa (12) and Kaduna (11) were worst hit.')).toEqual([
      ['killed', 40], ['killed', 17], ['killed', 12], ['killed', 11],
    ]);
  });

  it('takes a loss word between the counts before and the shares over the earlier count', () => {
    expect(read('Two people died in Tete. As for injuries, there were 58 in Tete, 14 in Sofala and 3 in Manica.')).toEqual([
      ['killed', 2], ['wounded', 58], ['wounded', 14], ['wounded', 3],
    ]);
  });

  it('gives each share the day that follows it', () => {
    const claims = extractClaims('The ministry listed the dead by day: 20 on 3 May, 25 on 4 May and 16 on 5 May.', { referenceDate: '2021-06-15' });
    expect(claims.map((c) => [c.quantity.value, c.date?.value])).toEqual([[20, '2021-05-03'], [25, '2021-05-04'], [16, '2021-05-05']]);
  });
});

describe('what is no share', () => {
  it('leaves the number of a place name alone: "18 in Region 10"', () => {
    expect(read('Another 24 deaths are being verified: 18 in Region 10, 6 in Region 5.')).toEqual([
      ['killed', 24], ['killed', 18], ['killed', 6],
    ]);
  });

  it('reads no shares of what is no loss', () => {
    expect(read('The hurricane destroyed 3,000 houses. The most affected province is Camaguey (1,200), followed by Holguin (900).')).toEqual([
      ['destroyed', 3000],
    ]);
  });

  it('reads no share after "out of": a whole of something else', () => {
    expect(read('Of 41 deaths in the outbreak, 17 were recorded out of 24 cases in Kasese.')).toEqual([['killed', 41], ['killed', 17]]);
  });

  it('keeps "On Tuesday 25 people were killed" a count, not a place number', () => {
    expect(read('"On Tuesday 25 people were killed in air strikes on the town," the monitor said.')).toEqual([['killed', 25]]);
  });

  it('does not take a unit that people "came from" as the source of their count', () => {
    const claims = extractClaims('Forty of the dead came from the 2nd Rifles, 12 from the Royal Engineers.');
    expect(claims.map((c) => [c.quantity.value, c.claimant?.name ?? null])).toEqual([[40, null], [12, null]]);
    const [fig] = extractClaims('The figures came from the Health Ministry: 45 people were killed.');
    expect(fig.claimant?.name).toBe('Health Ministry');
  });
});

describe('"victims" as a loss word', () => {
  it('counts victims as killed, unless a word of their own says otherwise', () => {
    expect(read('Police said the 13 victims were buried on Sunday.')).toEqual([['killed', 13]]);
    expect(read('Some sources report up to 1,800 victims; others estimate 950 people killed.')).toEqual([['killed', 1800], ['killed', 950]]);
    expect(read('Doctors treated 45 injured victims.')).toEqual([['wounded', 45]]);
  });
});

describe('headlines in the present tense', () => {
  it('reads "die" and "drown" as killed', () => {
    expect(read('At Least 40 Villagers Die in Landslide')).toEqual([['killed', 40]]);
    expect(read('Ferry capsizes: at least 83 people drown off Zanzibar')).toEqual([['killed', 83]]);
    expect(read('Two soldiers die as 12 are hurt in ambush')).toEqual([['killed', 2], ['wounded', 12]]);
  });
});

describe('names with ages', () => {
  it('reads no shares in a list of people identified with their ages', () => {
    expect(read('Police said 3 people died. The dead were identified as Ana Ruiz (34), Luis Soto (52) and Marta Gil (19).')).toEqual([['killed', 3]]);
  });
});

describe('a sentence opening with the loss its counts are parts of', () => {
  it('takes the category from the opener', () => {
    expect(read('Of the fatalities so far, 31 have occurred in Lamu County.')).toEqual([['killed', 31]]);
    expect(read('Of the total of 150 deaths, 90 were Dutch citizens and 20 Belgian citizens.')).toEqual([['killed', 150], ['killed', 90], ['killed', 20]]);
    expect(read('Among the injured were 12 children.')).toEqual([['wounded', 12]]);
  });

  it('reads the parts after "consisted of"', () => {
    expect(read('The seven deceased consisted of four women and three men.')).toEqual([['killed', 7], ['killed', 4], ['killed', 3]]);
  });
});

describe('a headline toll that "hits" a figure', () => {
  it('reads it as a running total', () => {
    expect(read('Flood toll hits 41 as rain eases')).toEqual([['killed', 41]]);
  });
});

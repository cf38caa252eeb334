import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const claimants = (text: string) =>
  extractClaims(text).map((c) => [c.quantity.value, c.claimant ? { name: c.claimant.name, via: c.claimant.via } : null]);
const names = (text: string) => extractClaims(text).map((c) => c.claimant?.name ?? null);

describe('claimant frames (pipeline/sources, pipeline/claimant)', () => {
  it('reads "X said/reported/claimed"', () => {
    expect(names('The Interior Ministry said 14 police officers were killed.')).toEqual(['Interior Ministry']);
    expect(names('Local officials reported that 30 houses were destroyed.')).toEqual(['Local officials']);
    expect(names('The rebels claimed the downing of two helicopters.')).toEqual(['rebels']);
  });

  it('reads "according to X" before or after the figure', () => {
    expect(names('According to the UN refugee agency, 1.2 million people have fled.')).toEqual(['UN refugee agency']);
    expect(names('At least 40 people were killed, according to Doctors Without Borders.')).toEqual(['Doctors Without Borders']);
  });

  it('reads the reporting clause after the figure, and the source it cites', () => {
    expect(claimants('Nine soldiers were killed, the state news agency reported, citing the Defence Ministry.')).toEqual([
      [9, { name: 'state news agency', via: ['Defence Ministry'] }],
    ]);
  });

  it('reads a cited source behind a possessive: "citing the nation\'s Interior Ministry"', () => {
    expect(claimants("75 sailors were killed, the state-run News Agency reported on May 3, citing the nation's Interior Ministry.")).toEqual([
      [75, { name: 'News Agency', via: ['Interior Ministry'] }],
    ]);
  });

  it('reads a speaker named after a quote', () => {
    expect(names('"Twelve civilians were killed," said the Observatory.')).toEqual(['Observatory']);
  });

  it('reads a passive agent: "claimed by X", "reported by X"', () => {
    expect(names('The number of dead given by the provincial authorities is 413 civilians.')).toEqual(['provincial authorities']);
  });

  it('reads "estimate from X" and "X\'s" sources', () => {
    expect(names('The gravest was an estimate from Kherson\'s mayor, who feared that up to 9,000 people could be dead.')).toEqual([
      "Kherson's mayor",
    ]);
  });

  it('names the organisation and keeps its spokesperson', () => {
    const [c] = extractClaims('Maj. Gen. Igor Konashenkov, the Russian Defense Ministry spokesman, said 35 Ukrainian soldiers were killed.');
    expect(c.claimant).toMatchObject({ name: 'Russian Defense Ministry', person: 'Maj. Gen. Igor Konashenkov' });
    expect(c.claimant!.text).toContain('Konashenkov');
  });

  it('gives each figure the source nearest to it', () => {
    const text = 'Marie Dupont told reporters that 4,000 villagers remained missing, lower than the 7,000 a Red Cross spokesperson gave on Thursday.';
    expect(names(text)).toEqual(['Marie Dupont', 'Red Cross spokesperson']);
  });

  it('keeps the claimant apart from the side', () => {
    const [c] = extractClaims('The Azerbaijani Defense Ministry said 12 Armenian tanks were destroyed.');
    expect([c.claimant?.name, c.side?.name]).toEqual(['Azerbaijani Defense Ministry', 'Armenia']);
  });

  it('leaves the claimant null where no source is named, or it is only "reported"', () => {
    expect(names('At least 12 people were killed in the flood.')).toEqual([null]);
    expect(names('It was reported that three drones were destroyed.')).toEqual([null]);
  });
});

describe('carry-over and back-references (pipeline/claimant)', () => {
  it('resolves "the news agency" to the agency named before', () => {
    const text = 'Ten soldiers were killed, the Anadolu Agency reported. Some 20 were wounded, the news agency added.';
    expect(names(text)).toEqual(['Anadolu Agency', 'Anadolu Agency']);
  });

  it('resolves "the list" to the source that released it', () => {
    const text = 'The ministry of health published a complete list of victims. By May, the list was revised and now counts 1,906 dead.';
    expect(names(text)).toEqual(['ministry of health']);
  });

  it('carries the source into the sentences that continue the report', () => {
    const text = 'The regional authorities said 200 people were killed.\nThis number allegedly includes 10 children.';
    expect(names(text)).toEqual(['regional authorities', 'regional authorities']);
    expect(names('The army said 30 fighters were killed. The dead included two commanders.')).toEqual(['army', 'army']);
  });

  it('ends the carry-over at a new source, a new date or a sourceless report', () => {
    expect(names('The army said 30 fighters were killed. On 5 May, 12 civilians died.')).toEqual(['army', null]);
    expect(names('The army said 30 fighters were killed. Footage was released showing five destroyed tanks.')).toEqual(['army', null]);
    expect(names('The army said 30 fighters were killed. Medics said 12 civilians died.')).toEqual(['army', 'Medics']);
  });

  it('does not carry a source into a new paragraph that does not point back', () => {
    expect(names('The army said 30 fighters were killed.\nAt least 185 civilians died in the war.')).toEqual(['army', null]);
  });
});

describe('what is not a source', () => {
  it('reads "an estimated 3,000" as a qualifier, not a claimant', () => {
    expect(names('An estimated 3,000 homes were destroyed.')).toEqual([null]);
  });

  it('does not join counts of two clauses into one list', () => {
    expect(extractClaims('Authorities said 15 people were rescued and 23 others remain unaccounted for.').map((c) => [c.quantity.value, c.category])).toEqual([[23, 'missing']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).map((c) => c.side?.name ?? null);

describe('industrial accidents have no side', () => {
  it('reads gas in the sewers, a fertiliser store or a refinery as an accident', () => {
    expect(sides('A series of gas explosions in the sewers of Monterrey, Mexico, killed at least 40 people, officials said.')).toEqual([null]);
    expect(sides('Fire at a fertiliser depot near Rouen, France, left 12 workers dead and 60 injured.')).toEqual([null, null]);
    expect(sides('A blaze at a refinery in Texas killed 15 workers on Tuesday; soldiers helped search the site.')).toEqual([null]);
  });

  it('still gives the victims of a bombing the country where it happened', () => {
    expect(sides('A car bomb in Kirkuk, Iraq, killed 14 people on Sunday.')).toEqual(['Iraq']);
  });
});

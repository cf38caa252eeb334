import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const rows = (text: string) =>
  extractClaims(text).map((c) => [c.quantity.value ?? `${c.quantity.min}-${c.quantity.max}`, c.category, c.claimant?.name ?? null, c.date?.value ?? null]);

describe('a list of one toll by source, a line each', () => {
  const list = [
    '1911 — Mar 4, Harbour warehouse fire and collapse, Port Ellis, ME',
    '',
    '— 92  Harbour Board. Report on the Warehouse Fire. 1911, p. 12.',
    '',
    '–90-95  Doyle, Martin. Fires of the Coast. 1988, p. 41.',
    '',
    '— ~100  Port Ellis Gazette. "The Night of the Fire." 3-6-1911.',
    '',
    'Note: the official count of deaths was 92.',
  ].join('\n');

  it('reads each line\'s figure as the loss the document names, said by the name after it, on the entry\'s day', () => {
    expect(rows(list)).toEqual([
      [92, 'killed', 'Harbour Board', '1911-03-04'],
      ['90-95', 'killed', 'Doyle, Martin', '1911-03-04'],
      [100, 'killed', 'Port Ellis Gazette', '1911-03-04'],
      [92, 'killed', null, '1911-03-04'],
    ]);
  });

  it('reads no page of a book as a count', () => {
    expect(rows(list).map((r) => r[0])).not.toContain(12);
    expect(rows(list).map((r) => r[0])).not.toContain(41);
  });

  it('counts lives when the only loss the document names is a toll ("Storm Toll May Be 400")', () => {
    const text = ['Storm Toll May Be 400', '', '— 400  Coast Herald. 6-28-1957.', '', '— 390  Weather Bureau. Annual report.', '', '— 380  Lee, Ann. Great Storms.'].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([[400, 'killed'], [400, 'killed'], [390, 'killed'], [380, 'killed']]);
  });

  it('counts lives when the list names no loss but stands under an entry of a year and a day ("1918 — Oct 25, Liner strands")', () => {
    const text = ['1907 — Jan 9, Steamer Aldora strands on the Hook ~Port Ellis –212-240', '', '— 240  Port Ellis Gazette. "Wreck of the Aldora." 1-10-1907.', '', '— 225  Doyle, Martin. Ships of the Coast. 1988, p. 12.', '', '— 212  Harbour Board. Report. 1907.'].join('\n');
    expect(rows(text).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['212-240', 'killed', null], [240, 'killed', 'Port Ellis Gazette'], [225, 'killed', 'Doyle, Martin'], [212, 'killed', 'Harbour Board'],
    ]);
  });

  it('counts lives under a title that says the list is of deadly events', () => {
    const text = ['Deadliest Harbour Fires of the Century', '', '— 92  Harbour Board. Report. 1911.', '', '— 90  Doyle, Martin. Fires. 1988.', '', '— 100  Port Ellis Gazette. 3-6-1911.'].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([[92, 'killed'], [90, 'killed'], [100, 'killed']]);
  });

  it('needs three such lines and a loss or an entry named somewhere: one dashed line is no list', () => {
    expect(rows('— 92  Harbour Board. Report on the Warehouse Fire.\n\nThe official count of deaths was 92.')).toEqual([[92, 'killed', null, null]]);
    expect(rows('— 92  Harbour Board.\n\n— 90  Doyle.\n\n— 100  Gazette.')).toEqual([]);
  });
});

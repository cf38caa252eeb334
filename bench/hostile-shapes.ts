/**
 * The hostile input shapes of the robustness work: each builds a text of about `bytes` characters that once
 * drove a stage super-linear. Shared by bench/hostile.ts (timings) and tests/slow/scaling.test.ts (ratios).
 */
const fill = (unit: string, bytes: number, head = '', tail = '') => head + unit.repeat(Math.max(1, Math.ceil((bytes - head.length - tail.length) / unit.length))) + tail;

export const hostileShapes: Record<string, (bytes: number) => string> = {
  'markdown heading of spaces': (n) => fill(' ', n, '# a', 'b'),
  'wiki heading of equals': (n) => fill('= a ', n, '== ', 'b'),
  'list of counts': (n) => fill('1, ', n, 'The attacks killed ', '2.'),
  'run of month words': (n) => fill('March-', n, '5 soldiers were killed on '),
  'repeated bare years': (n) => fill('in 2001 ', n, '5 soldiers were killed '),
  'runs of may': (n) => fill('may ', n, '5 soldiers were killed '),
  'many sources': (n) => fill('John Smith said 5 soldiers were killed. Later the news agency said 6 soldiers were killed. ', n),
  'one long list sentence': (n) => fill('5 killed, ', n, 'Reports: '),
  'many reporting verbs': (n) => fill('officials said ', n, '7 soldiers were killed, '),
  'according to runs': (n) => fill('according to the ministry ', n, '4 soldiers were killed '),
  'capitalised words': (n) => fill('Alpha ', n, '9 soldiers were killed, ', 'said.'),
  'numbers and dashes': (n) => fill('12-', n, 'At least ', ' people died.'),
  'parentheses': (n) => fill('(', n, '5 killed ', ')'),
  'one paragraph of sentences': (n) => fill('In Peru, 3 people were killed on Monday, police said. ', n),
  // A date, then a list of counts in the same sentence: each count once tested the whole sentence for a running toll.
  'a date before a long list': (n) => fill('5 killed, ', n, 'On 3 May 2020, '),
};

/**
 * Word lists belong in src/lexicon, where extendLexicon reaches them. This test reads the rule stages' source and
 * fails on any list of six or more plain words held there: a regex alternation (in a regex literal or a string or
 * template that becomes one) or an array / Set literal of word strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const STAGES = ['src/pipeline', 'src/frames', 'src/refine', 'src/reconcile'];
const LIMIT = 6;

/** Lists that stay in code, each with why. Keyed by file and a fragment of the list's text. */
const ALLOWED: Array<{ file: string; has: string; why: string }> = [
  // Month and weekday names: the words chrono's English parser reads; a name added to a lexicon would never be parsed.
  { file: 'src/pipeline/date/mentions.ts', has: 'january|february', why: 'month names chrono parses' },
  { file: 'src/pipeline/date/mentions.ts', has: '(?:mon|tues|wednes', why: 'weekday and day words that open chrono\'s windows' },
  { file: 'src/pipeline/date/parsers/last-month-name.ts', has: "'january', 'february'", why: 'month names of a chrono parser' },
  { file: 'src/pipeline/dateline.ts', has: 'jan|feb|mar', why: 'month abbreviations of a dateline' },
  { file: 'src/pipeline/source-phrase.ts', has: 'monday|tuesday', why: 'weekday names' },
  { file: 'src/frames/subject.ts', has: 'january|february', why: 'month and weekday names' },
  // The schema's category names, not words of the text.
  { file: 'src/frames/subject.ts', has: "'displaced', 'casualties', 'captured'", why: 'categories whose subject is people by default' },
  // The number reader (readCore, shared by parseQuantity) reads the tables of src/lexicon/numbers.ts, which no Lexicon
  // section holds; a per-lexicon number reader is a change of its own, so its few grammar lists stay by it.
  { file: 'src/pipeline/numbers.ts', has: 'bn|mn|mln', why: 'case-sensitive digit suffixes of the number reader ("5bn", "3M")' },
  { file: 'src/pipeline/quantities.ts', has: "'a', 'an', 'another', 'half'", why: 'tokens the number reader is tried at, each with its own code ("a"/"an"/"another" below, scale words in readCore): an added word would reach no reader' },
  // chrono parsers are built once, with their patterns; one per lexicon would cost a chrono instance per lexicon.
  { file: 'src/pipeline/date/parsers/recent-period.ts', has: 'one|two|three', why: 'number words of a chrono parser\'s pattern ("the past three weeks")' },
  { file: 'src/pipeline/date/parsers/week-span.ts', has: 'earlier this|this|last', why: 'a chrono parser whose extract() gives each word its own branch: an added word would have no meaning' },
  // compromise's part-of-speech tags, not words of the text.
  { file: 'src/pipeline/pos.ts', has: 'PastTense', why: 'compromise tag names' },
];

/**
 * Lists not yet moved (issue 26), by file and their first three words. The test fails on any list not here, and
 * on an entry here whose list is gone, so this only shrinks. Empty: every list is in the lexicon or allowed above.
 */
const PENDING: string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Where a regex source's groups start and end, and the alternatives of each (the top level counts as a group). */
function alternations(source: string): string[][] {
  const groups: string[][] = [];
  const stack: Array<{ alts: string[]; cur: string }> = [{ alts: [], cur: '' }];
  const add = (s: string) => { for (const f of stack) f.cur += s; };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') { add(source.slice(i, i + 2)); i++; continue; }
    if (ch === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      add(source.slice(i, j + 1));
      i = j;
      continue;
    }
    if (ch === '(') {
      const prefix = /^\(\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(source.slice(i))?.[0] ?? '(';
      add(prefix);
      stack.push({ alts: [], cur: '' });
      i += prefix.length - 1;
      continue;
    }
    if (ch === ')' && stack.length > 1) {
      const f = stack.pop()!;
      groups.push([...f.alts, f.cur]);
      add(')');
      continue;
    }
    if (ch === '|') {
      const f = stack[stack.length - 1]!;
      f.alts.push(f.cur);
      f.cur = '';
      for (const g of stack.slice(0, -1)) g.cur += '|';
      continue;
    }
    add(ch);
  }
  groups.push([...stack[0]!.alts, stack[0]!.cur]);
  return groups;
}

/** A word or phrase as a regex writes it: letters, with optional endings, nested word groups and spaces between. */
function isWordPattern(alt: string): boolean {
  const bare = alt
    .replace(/\\s[+*?]?|\\b|\\[.'’-]/g, ' ')
    .replace(/\(\?:|[()|?]/g, '')
    .replace(/[ '’.-]/g, '');
  return /^\p{L}+$/u.test(bare);
}

/** A word or phrase as a string of an array: letters with spaces, hyphens or apostrophes. */
const isWord = (s: string) => /^\p{L}[\p{L} '’.-]*$/u.test(s);

interface Finding { file: string; line: number; words: string[]; text: string }

function scan(file: string): Finding[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Finding[] = [];
  const rel = relative(root, file);
  const report = (node: ts.Node, words: string[]) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push({ file: rel, line, words, text: node.getText(sf) });
  };
  const regexSource = (source: string, node: ts.Node) => {
    for (const alts of alternations(source)) {
      const words = alts.filter(isWordPattern);
      if (words.length >= LIMIT) report(node, words);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      regexSource(node.text.slice(1, node.text.lastIndexOf('/')), node);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (node.text.includes('|')) regexSource(node.text, node);
    } else if (ts.isTemplateExpression(node)) {
      // A substitution stands for something read elsewhere: never a word of this list.
      const source = node.head.text + node.templateSpans.map((s) => `\u0000${s.literal.text}`).join('');
      if (source.includes('|')) regexSource(source, node);
      for (const s of node.templateSpans) visit(s.expression);
      return;
    } else if (ts.isArrayLiteralExpression(node)) {
      const words = node.elements.filter((e) => ts.isStringLiteralLike(e) && isWord(e.text)).map((e) => (e as ts.StringLiteral).text);
      if (words.length >= LIMIT) report(node, words);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const keyOf = (f: Finding) => `${f.file} ${f.words.slice(0, 3).join('|')}`;

function wordListsInStages(): Finding[] {
  return STAGES.flatMap((d) => files(join(root, d))).flatMap(scan)
    .filter((f) => !ALLOWED.some((a) => a.file === f.file && f.text.includes(a.has)));
}

describe('word lists live in the lexicon', () => {
  it('finds a list in a regex, a nested group and an array', () => {
    expect(alternations('^(?:kill(?:ed|ing)|shot|dead|hurt|maimed|slain)\\b').some((g) => g.filter(isWordPattern).length === 6)).toBe(true);
    expect(alternations('(?:according\\s+to|per|citing|as per|quoting|via)').some((g) => g.filter(isWordPattern).length === 6)).toBe(true);
    expect(alternations('(?:\\d+|[a-z]+|one|two)').some((g) => g.filter(isWordPattern).length > 2)).toBe(false);
  });

  it('no stage file holds a list of six or more words, beyond those pending', () => {
    const all = wordListsInStages();
    const found = all.filter((f) => !PENDING.includes(keyOf(f)));
    const lines = found.map((f) => `${f.file}:${f.line} (${f.words.length}) ${f.words.slice(0, 6).join('|')}${f.words.length > 6 ? '|…' : ''}`);
    if (lines.length) console.log(`word lists in stage files (${lines.length}):\n${lines.join('\n')}`);
    expect(lines).toEqual([]);
  });

  it('each pending list is still there (remove it here once moved)', () => {
    const keys = new Set(wordListsInStages().map(keyOf));
    expect(PENDING.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('each allowed list still exists', () => {
    const all = STAGES.flatMap((d) => files(join(root, d))).flatMap(scan);
    for (const a of ALLOWED) expect(all.some((f) => f.file === a.file && f.text.includes(a.has)), `${a.file}: ${a.has}`).toBe(true);
  });
});

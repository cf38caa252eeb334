/**
 * The queue's jobs without Redis: a document's job id (one id, one job id, one that bullmq takes) and a document as
 * a job's data. The queue itself, on a real Redis, is tested in tests/slow/queue-*.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobId, toJobData } from '../src/queue/jobs.js';

describe('jobId', () => {
  it('is "doc-" and the id, with % and : escaped', () => {
    expect(['a.txt', 'fixtures/b.md', '42', 'wire:42', '100%', 'meta'].map(jobId)).toEqual([
      'doc-a.txt', 'doc-fixtures/b.md', 'doc-42', 'doc-wire%3A42', 'doc-100%25', 'doc-meta',
    ]);
  });

  it('gives distinct ids distinct job ids, never a whole number nor one with ":" (bullmq refuses both)', () => {
    const ids = fc.string({ unit: fc.constantFrom('a', '%', ':', '3', 'A', '2', '5') });
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        expect(jobId(a) === jobId(b)).toBe(a === b);
        for (const id of [jobId(a), jobId(b)]) {
          expect(id).not.toContain(':');
          expect(`${parseInt(id, 10)}`).not.toBe(id);
        }
      }),
    );
  });
});

describe('toJobData', () => {
  it('keeps the id, text, format and date; a Date is its calendar day; the document wins over the shared options', () => {
    expect(toJobData({ id: 7, text: 'x' }, 0, { referenceDate: '2024-05', format: 'html' })).toEqual({ id: '7', text: 'x', date: '2024-05', format: 'html' });
    expect(toJobData({ id: 'a', text: 'x', referenceDate: new Date(2024, 4, 30, 23, 59), format: 'text' }, 0, { format: 'html' })).toEqual({
      id: 'a', text: 'x', date: '2024-05-30', format: 'text',
    });
  });

  it('makes a bad document a job that carries why, named by its id or its place', () => {
    expect(toJobData({ id: 'a', text: 'x', referenceDate: 'March 3' }, 0, {}).error).toMatch(/^not a document .*referenceDate/);
    expect(toJobData({ id: 'b', text: 'x', format: 'pdf' }, 1, {})).toEqual({ id: 'b', error: expect.stringContaining('format') });
    expect(toJobData(null, 2, {})).toEqual({ id: '#2', error: 'not a document ({ id, text, referenceDate?, format? }): not an object' });
  });
});

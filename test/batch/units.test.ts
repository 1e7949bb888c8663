import { describe, expect, it } from 'vitest';
import { emptyTally, progressLine, summaryLine } from '../../src/batch/progress.js';
import { inShard, parseShard } from '../../src/batch/shard.js';

describe('parseShard', () => {
  it('reads i/n and auto/n, and explains what is wrong otherwise', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('auto/4', { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, count: 4 });
    expect(parseShard('auto/4', {})).toMatch(/JOB_COMPLETION_INDEX/);
    expect(parseShard('0/4')).toMatch(/between 1 and n/);
    expect(parseShard('5/4')).toMatch(/between 1 and n/);
    expect(parseShard('two')).toMatch(/i\/n/);
  });
});

describe('inShard', () => {
  it('puts every path in exactly one shard, the same one whatever the spelling of the path', () => {
    const paths = Array.from({ length: 200 }, (_, i) => `reports/${i}.pdf`);
    const counts = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(200);
    expect(Math.min(...counts)).toBeGreaterThan(40);
    expect(inShard('./reports/1.pdf', { index: 2, count: 3 })).toBe(inShard('reports/1.pdf', { index: 2, count: 3 }));
  });
});

describe('progress and summary lines', () => {
  it('shows files done, pages/s, ETA and failures; then the closing summary', () => {
    const t = { ...emptyTally(10), done: 4, pages: 80, figures: 300, failures: 1 };
    expect(progressLine(t, 8)).toBe('4/10 files (40%), 10.0 pages/s, ETA 12s, 1 failed');
    expect(progressLine({ ...t, done: 0 }, 0)).toBe('0/10 files (0%), 0.0 pages/s, ETA --, 1 failed');
    expect(summaryLine(t, 8.04)).toBe('4 files, 80 pages, 300 figures, 1 failed, 8.0 s');
    expect(summaryLine({ ...emptyTally(1), done: 1, pages: 1, figures: 1 }, 0.5)).toBe('1 file, 1 page, 1 figure, 0 failed, 0.5 s');
  });
});

/** Byte budgets are deterministic, so they are tests; speed is measured by `npm run bench` instead. */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRICULUM } from '../../scripts/content/config';
import { loadContent } from '../../scripts/content/load';
import { initialAssets, kib, requireBuild, totalGzip } from '../../scripts/buildStats';

/** What index.html may load before any lesson (JS + CSS, gzip). The ceiling; we aim lower. */
const INITIAL_BUDGET = 150 * 1024;

describe('the first load', () => {
  beforeAll(requireBuild);

  it(`stays within ${kib(INITIAL_BUDGET)} of gzipped JS and CSS`, () => {
    const assets = initialAssets();
    expect(assets.some((file) => file.endsWith('.js'))).toBe(true);
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
    const size = totalGzip(assets);
    expect(size, `initial JS+CSS is ${kib(size)}`).toBeLessThanOrEqual(INITIAL_BUDGET);
  });

  it('does not carry lesson bodies: those load on demand', () => {
    const initial = initialAssets().map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    const { lessons } = loadContent(CURRICULUM);
    const explanations = lessons.flatMap(({ lesson }) => lesson.quiz.map((q) => q.explanation));
    expect(explanations.length).toBeGreaterThan(0);
    expect(explanations.filter((text) => initial.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
  });
});

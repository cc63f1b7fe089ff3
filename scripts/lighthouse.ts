/**
 * Lighthouse (mobile defaults: slow 4G, 4× CPU slow-down) against the built app served locally, with
 * Debian's Chromium. Part of `npm run bench`; scores vary a little from run to run, so never a test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../tests/e2e/staticServer.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export interface LighthouseScores {
  categories: Record<string, number>;
  metrics: Record<string, string>;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export async function runLighthouse(dist: string): Promise<LighthouseScores | undefined> {
  const chromePath = findChromium();
  if (!chromePath) return undefined;
  const server = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(`${server.url}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) return undefined;
    const { categories, audits } = result.lhr;
    return {
      categories: Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)])),
      metrics: Object.fromEntries(METRICS.map((id) => [id, audits[id]?.displayValue ?? '?'])),
    };
  } finally {
    chrome.kill();
    await server.close();
  }
}

/**
 * The main thread's long tasks while a prerendered page starts, with the CPU 4× slower (Chromium's own
 * throttling over the DevTools protocol, as Lighthouse's mobile CPU): each task over 50 ms from the
 * navigation until the app has hydrated and the network is quiet, and their blocking time (the part of
 * each over 50 ms, as Total Blocking Time counts it). Part of `npm run bench` (issue 21): where a
 * Lighthouse TBT comes from, measured rather than simulated.
 */
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../tests/e2e/staticServer.ts';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';

export interface LongTasks {
  /** ms, each long task's duration, in order. */
  tasks: number[];
  /** ms: the sum of (duration − 50) over the long tasks. */
  blocking: number;
  /** ms from navigation to the hydrated header. */
  hydratedAt: number;
}

/** Per page, the run with the median blocking time. Undefined when Chromium is not installed. */
export async function measureLongTasks(dist: string, pages: { name: string; path: string }[], runs: number): Promise<Record<string, LongTasks & { runs: LongTasks[] }> | undefined> {
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const result: Record<string, LongTasks & { runs: LongTasks[] }> = {};
    for (const page of pages) {
      const all: LongTasks[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await tab.addInitScript(() => {
          const seen: number[] = [];
          (window as unknown as { longTasks: number[] }).longTasks = seen;
          new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask', buffered: true });
        });
        await tab.goto(`${server.url}${page.path}`, { waitUntil: 'load' });
        await tab.waitForFunction(() => document.documentElement.hasAttribute('data-header-hydrated'), undefined, { timeout: 60_000 });
        const hydratedAt = await tab.evaluate(() => performance.now());
        // The hydration's last work (effects, idle tasks) is over once the network is quiet again.
        await tab.waitForLoadState('networkidle');
        const tasks = await tab.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.map(Math.round));
        all.push({ tasks, blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0), hydratedAt: Math.round(hydratedAt) });
        await context.close();
      }
      const middle = [...all].sort((a, b) => a.blocking - b.blocking)[Math.floor(all.length / 2)]!;
      result[page.name] = { ...middle, runs: all };
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

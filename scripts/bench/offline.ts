/**
 * The service worker on a first visit, and the app with no network: in a fresh Chromium profile, the
 * time from the first navigation to the worker's `activated` (it precaches every lesson first), then,
 * with the server stopped and the browser offline, the time from a reload of a lesson page to the
 * lesson's text on screen (this machine as it is), and from opening lessons never opened before — a
 * bookmark, a link from a classmate — to their text, with the CPU throttled 4× as on an old school PC
 * (issue 20: the worker serves each lesson's own prerendered page, so its text shows before any script).
 */
import { startStaticServer } from '../../tests/e2e/staticServer.ts';
import { openBrowser, shownAt, watchForText } from './browser.ts';
import type { LessonFile } from './lessonFile.ts';
import { median } from './measure.ts';

export interface OfflineResult {
  /** ms from navigation start to `activated`. */
  swActivationMs: number;
  /** Median over the reloads, ms from navigation start to the lesson text. */
  offlineReloadMs: number;
  offlineSamples: number[];
  /** Median over the unvisited lessons, ms from navigation start to the lesson text, CPU 4× slower. */
  unvisitedMs: number;
  unvisitedSamples: number[];
}

/** The CPU slowdown of the unvisited-lesson measure (Chrome DevTools' "4× slowdown", Lighthouse's mobile). */
const CPU_SLOWDOWN = 4;

/**
 * Page script (plain JavaScript: tsx would wrap a named arrow function in a helper the page does not
 * have). `ready` can resolve while the worker is still `activating`; the state is then followed by its
 * statechange event and, in case that is missed, by a 5 ms poll.
 */
const NOTE_ACTIVATION = `
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.ready.then(function (registration) {
      var worker = registration.active;
      if (!worker) return;
      var poll = setInterval(check, 5);
      function check() {
        if (worker.state !== 'activated' || window.__benchActivatedAt !== undefined) return;
        window.__benchActivatedAt = performance.now();
        clearInterval(poll);
      }
      worker.addEventListener('statechange', check);
      check();
    });
  }`;

/** `lesson` is opened online once, then reloaded offline `reloads` times; `unvisited` are opened offline only. */
export async function measureOffline(outDir: string, lesson: LessonFile, unvisited: LessonFile[], reloads: number): Promise<OfflineResult> {
  const server = await startStaticServer(outDir);
  const browser = await openBrowser();
  let serverOpen = true;
  try {
    const { page } = browser;
    await page.addInitScript({ content: NOTE_ACTIVATION });
    await page.goto(`${server.url}/`);
    const activated = await page.waitForFunction(() => (window as unknown as { __benchActivatedAt?: number }).__benchActivatedAt, undefined, {
      timeout: 300_000,
    });
    const swActivationMs = (await activated.jsonValue()) as number;

    const pathOf = (l: LessonFile) => `/lesson/${l.id}`;
    await watchForText(page, Object.fromEntries([lesson, ...unvisited].map((l) => [pathOf(l), l.bodyText])));
    await page.goto(`${server.url}/lesson/${lesson.id}`);
    await shownAt(page);
    await server.close();
    serverOpen = false;
    await browser.context.setOffline(true);
    const offlineSamples: number[] = [];
    for (let i = 0; i < reloads; i++) {
      await page.reload();
      offlineSamples.push(await shownAt(page));
    }

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const unvisitedSamples: number[] = [];
    for (const other of unvisited) {
      await page.goto(`${server.url}${pathOf(other)}`);
      unvisitedSamples.push(await shownAt(page));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { swActivationMs, offlineReloadMs: median(offlineSamples), offlineSamples, unvisitedMs: median(unvisitedSamples), unvisitedSamples };
  } finally {
    await browser.close();
    if (serverOpen) await server.close();
  }
}

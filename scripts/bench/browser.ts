/**
 * Debian's Chromium through playwright-core, as the e2e tests drive it, with a profile on disk: an
 * in-memory (incognito) profile would keep IndexedDB and the service worker's caches in RAM and flatter
 * every storage number.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

export interface Session {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

export async function openBrowser(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Session> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Installs, before any page script runs, a watcher that notes (performance.now(), i.e. ms since the
 * navigation started) the first animation frame in which the page's text contains the text given for
 * its path (`texts`: pathname → text) and the page is not hidden (index.html's inline script hides a page the app
 * must render first). Read it with `shownAt(page)`.
 */
export async function watchForText(page: Page, texts: Record<string, string>): Promise<void> {
  // Plain JavaScript: tsx would wrap a named arrow function in a helper the page does not have.
  await page.addInitScript({
    content: `(function () {
      var marker = ${JSON.stringify(texts)}[location.pathname];
      if (marker === undefined) return;
      function check() {
        var shown = document.body && document.documentElement.style.visibility !== 'hidden';
        if (shown && document.body.textContent.indexOf(marker) !== -1) window.__benchShownAt = performance.now();
        else requestAnimationFrame(check);
      }
      requestAnimationFrame(check);
    })();`,
  });
}

/** Waits for the watcher of `watchForText` and returns its time (ms since navigation start). */
export async function shownAt(page: Page, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __benchShownAt?: number }).__benchShownAt, undefined, { timeout: timeoutMs });
  return (await handle.jsonValue()) as number;
}

/** A port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

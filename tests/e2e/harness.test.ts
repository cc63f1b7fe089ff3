/** The e2e error log must be able to fail: it records a missing chunk, a missing picture and an uncaught error, live, in every tab. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BrowserErrors, DIST, newProfileDir, openBrowser, requireBuild } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

describe('the e2e error log', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const errors = new BrowserErrors();

  beforeAll(async () => {
    requireBuild();
    server = await startStaticServer(DIST);
    ({ context, page } = await openBrowser(newProfileDir(), errors));
    await page.goto(`${server.url}/help`);
    await page.locator('main h1').waitFor();
    errors.take();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('records a chunk or picture that fails to load, and an uncaught error, in a tab opened later too', async () => {
    const second = await context.newPage();
    await second.goto(`${server.url}/help`);
    await second.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/assets/no-such-picture.svg';
      document.body.append(img);
      setTimeout(() => {
        throw new Error('boom');
      });
    });
    await page.evaluate("import('/assets/no-such-chunk.js').catch(() => undefined)");
    const seen: string[] = [];
    await expect.poll(() => (seen.push(...errors.take()), seen.join('\n')), { timeout: 5_000 }).toMatch(/HTTP 404: \S+\/assets\/no-such-chunk\.js/);
    await expect.poll(() => (seen.push(...errors.take()), seen.join('\n')), { timeout: 5_000 }).toMatch(/HTTP 404: \S+\/assets\/no-such-picture\.svg/);
    await expect.poll(() => (seen.push(...errors.take()), seen.join('\n')), { timeout: 5_000 }).toMatch(/pageerror: boom/);
    await second.close();
  });

  it('lets through only what a test names as expected', async () => {
    errors.expect(/no-such-chunk/);
    await page.evaluate("import('/assets/no-such-chunk.js').catch(() => undefined)");
    await page.evaluate("fetch('/assets/other-missing.js').catch(() => undefined)");
    const seen: string[] = [];
    await expect.poll(() => (seen.push(...errors.take()), seen.join('\n')), { timeout: 5_000 }).toMatch(/other-missing\.js/);
    expect(seen.join('\n')).not.toMatch(/no-such-chunk/);
  });
});

/**
 * The first paint of a prerendered page holds on any server and any harness (issue 21): its text is
 * painted before any of the app's scripts is requested, nothing in the <head> has to arrive first (the
 * remembered language and text size come from the inline snippet the Content-Security-Policy allows by
 * hash; public/boot.js is deferred), nothing moves once it is painted, and hydration leaves the lesson body as the
 * browser drew it — a mismatch would have React redraw it, a visible change after the first paint.
 * Scripts are held back with page.route, as on a slow link, so each "before" is a fact, not a race.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonBody } from '../../src/content/types';
import { useBuildInBrowser } from './appInBrowser';
import { builtLessons } from './harness';

/** Requests held back until released (as on a slow link), and the paths asked for, in order. */
class HeldScripts {
  readonly requested: string[] = [];
  private waiting: (() => void)[] = [];
  private released = false;

  async hold(page: Page, pattern: RegExp, onRequest?: () => Promise<void>): Promise<void> {
    await page.route(pattern, async (route: Route) => {
      this.requested.push(new URL(route.request().url()).pathname);
      await onRequest?.();
      if (!this.released) await new Promise<void>((resolve) => this.waiting.push(resolve));
      await route.continue();
    });
  }

  release(): void {
    this.released = true;
    this.waiting.splice(0).forEach((resolve) => resolve());
  }
}

const isAppScript = /\/assets\/[^/]+\.js$/;
const firstContentfulPaint = () => performance.getEntriesByName('first-contentful-paint').length > 0;

describe('the first paint of a prerendered page', () => {
  const shared = useBuildInBrowser();
  const { errors } = shared;
  let lesson: LessonBody;

  beforeAll(() => {
    // One whose body has a link the app must follow (its help card's, to the help page).
    lesson = builtLessons().find((l) => l.locale === 'vi' && l.sections.some((s) => s.blocks.some((b) => b.type === 'callout' && b.kind === 'help')))!;
  });

  /**
   * A phone-sized window on a fresh profile with `storage` remembered; unless `serviceWorkers` says
   * 'allow', the service worker kept out, so every page comes from the server.
   */
  async function open(storage: Record<string, string> = {}, serviceWorkers: 'allow' | 'block' = 'block'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await shared.browser.newContext({ serviceWorkers, locale: 'vi-VN', viewport: { width: 360, height: 640 } });
    const remember = (entries: Record<string, string>) => {
      if (location.protocol.startsWith('http')) for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    };
    await context.addInitScript(remember, storage);
    errors.watchContext(context);
    return { context, page: await context.newPage() };
  }

  it("paints the lesson's text while boot.js and the app's scripts are held back, and asks for the scripts only once it is painted", async () => {
    const { context, page } = await open();
    const held = new HeldScripts();
    await held.hold(page, /\/boot\.js$/);
    const painted: boolean[] = [];
    await held.hold(page, isAppScript, async () => {
      painted.push(await page.evaluate(firstContentfulPaint));
    });
    await page.goto(`${shared.server.url}/lesson/${lesson.id}`, { waitUntil: 'commit' });
    // Nothing the page waits for is a script: its text is painted with every script still held.
    await page.waitForFunction(firstContentfulPaint, undefined, { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(lesson.title);
    expect(held.requested).toEqual(['/boot.js']);
    // boot.js, once here, starts the app's scripts, the paint being already recorded.
    held.release();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-header-hydrated'));
    expect(held.requested.filter((p) => isAppScript.test(p)).length).toBeGreaterThan(1);
    expect(painted.length).toBeGreaterThan(1);
    expect(painted.every(Boolean), 'the paint was recorded before each script was asked for').toBe(true);
    await context.close();
  });

  it('applies the remembered large text and language before the first paint, with no script file in the way', async () => {
    const { context, page } = await open({ 'mang-an-toan:large-text': 'on' });
    const held = new HeldScripts();
    await held.hold(page, /\.js$/);
    await page.goto(`${shared.server.url}/band/${lesson.band}`, { waitUntil: 'commit' });
    await page.waitForFunction(firstContentfulPaint, undefined, { timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    // In the <head>, no script that must arrive before the page can be drawn.
    const blocking = await page.evaluate(() => [...document.head.querySelectorAll('script[src]')].filter((s) => !(s as HTMLScriptElement).defer && !(s as HTMLScriptElement).async && (s as HTMLScriptElement).type !== 'module').length);
    expect(blocking).toBe(0);
    await context.close();

    // A reader who chose English: the page is marked English and kept hidden (the app draws it in
    // English) before any script file has arrived.
    const english = await open({ 'mang-an-toan:language': 'en' });
    const heldToo = new HeldScripts();
    await heldToo.hold(english.page, /\.js$/);
    await english.page.goto(`${shared.server.url}/band/${lesson.band}`, { waitUntil: 'commit' });
    await english.page.waitForFunction(() => document.getElementById('root')?.firstChild !== null && document.documentElement.lang === 'en');
    expect(await english.page.evaluate(() => document.documentElement.style.visibility)).toBe('hidden');
    heldToo.release();
    // Then the app draws it in English and shows it.
    await english.page.waitForFunction(() => document.documentElement.style.visibility === '');
    await expect(english.page.getByRole('button', { name: 'English', includeHidden: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await english.context.close();
  });

  it('moves nothing between the first paint and the hydrated page (CLS at most 0.01): home, band and lesson, normal and large text', async () => {
    for (const storage of [{}, { 'mang-an-toan:large-text': 'on' }] as Record<string, string>[]) {
      // As a reader's browser, the service worker allowed: blocked, the app rightly shows a notice above
      // the page that it cannot work offline here, which moves it.
      const { context, page } = await open(storage, 'allow');
      // Every layout shift of the document, from before its first paint.
      await context.addInitScript(() => {
        const shifts: { value: number; hadRecentInput: boolean; sources: string[] }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
            const sources = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : String(source.node?.nodeName)));
            shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const path of ['/', `/band/${lesson.band}`, `/lesson/${lesson.id}`]) {
        await page.goto(`${shared.server.url}${path}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-header-hydrated'));
        // Then until the browser is idle (the app's work after hydration, the database opened and
        // stored progress shown, is done) and two more frames are drawn.
        await page.evaluate(
          () =>
            new Promise<void>((resolve) =>
              requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { timeout: 10_000 }),
            ),
        );
        const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; hadRecentInput: boolean; sources: string[] }[] }).shifts);
        const score = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
        expect(score, `${path} ${JSON.stringify(storage)}: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.01);
      }
      await context.close();
    }
  });

  it("hydrates the lesson without touching its body: the same nodes, no mutation, its links then followed by the app", async () => {
    const { context, page } = await open();
    const held = new HeldScripts();
    await held.hold(page, isAppScript);
    await page.goto(`${shared.server.url}/lesson/${lesson.id}`, { waitUntil: 'commit' });
    await page.waitForFunction(firstContentfulPaint);
    // Mark the body's nodes and watch them while the scripts are still held.
    await page.evaluate(() => {
      const body = document.querySelector('.lesson-body')!;
      const watched = window as unknown as { bodyNodes: Node[]; bodyMutations: number; marker: string };
      watched.bodyNodes = [body, ...body.querySelectorAll('*')];
      watched.bodyMutations = 0;
      watched.marker = 'same document';
      new MutationObserver((records) => (watched.bodyMutations += records.length)).observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    held.release();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-header-hydrated'));
    // The app answers (React has done its work after hydration): the header's menu, by the app now.
    const menu = page.getByRole('banner').getByRole('button', { name: 'Danh mục' });
    await menu.click();
    await page.getByRole('banner').getByRole('link', { name: 'Tiến độ' }).waitFor();
    await menu.click();
    const body = await page.evaluate(() => {
      const watched = window as unknown as { bodyNodes: Node[]; bodyMutations: number };
      const now = document.querySelector('.lesson-body')!;
      const nodes = [now, ...now.querySelectorAll('*')];
      return {
        same: nodes.length === watched.bodyNodes.length && nodes.every((node, i) => node === watched.bodyNodes[i]),
        mutations: watched.bodyMutations,
        count: nodes.length,
      };
    });
    expect(body.count).toBeGreaterThan(20);
    expect(body).toMatchObject({ same: true, mutations: 0 });
    // A link inside the body (the help card's, at least) is still routed by the app, with no page load.
    const link = page.locator('.lesson-body a[href^="/"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    await expect(page.evaluate(() => (window as unknown as { marker?: string }).marker)).resolves.toBe('same document');
    await context.close();
  });
});

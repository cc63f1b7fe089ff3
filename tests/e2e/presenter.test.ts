/**
 * Presenter mode in Debian's Chromium: the projector window and the speaker window (two pages of one
 * browser profile, as on the teacher's computer) stay on the same slide whichever one is driven, the
 * slides fit a 1280×720 and a 1024×768 projector with large type, and axe finds nothing serious.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPresentation } from '../../src/features/presenter/slides';
import { FLOOR_PX } from '../../src/features/presenter/useFitContent';
import { calloutsOf, leavesOf } from '../../src/content/lessonContent';
import { BrowserErrors, builtLessons, DIST, newProfileDir, openBrowser, requireBuild, seriousViolations } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

const PROJECTOR_SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
/** Body text on a projector, in CSS pixels at these sizes: about 5% of the screen height or more. */
const MIN_FONT_PX = 24;

describe('presenter mode', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let projector: Page;
  let speaker: Page;
  const errors = new BrowserErrors();
  const vietnamese = builtLessons().filter((lesson) => lesson.locale === 'vi');
  // A lesson with every kind of slide when the curriculum has one; any lesson otherwise.
  const lesson = vietnamese.find((l) => calloutsOf(l, 'activity').length > 0 && calloutsOf(l, 'help').length > 0) ?? vietnamese[0]!;
  const slides = buildPresentation(lesson).slides;
  const total = slides.length;
  const counterOf = (page: Page) => page.locator('.presenter__counter > [aria-hidden="true"], .speaker__counter > [aria-hidden="true"]');
  const expectSlide = (page: Page, number: number) => expect.poll(() => counterOf(page).textContent(), { timeout: 5_000 }).toBe(`${number} / ${total}`);

  beforeAll(async () => {
    requireBuild();
    server = await startStaticServer(DIST);
    // Every window of this browser is watched, the speaker window opened later too.
    ({ context, page: projector } = await openBrowser(newProfileDir(), errors));
    // The teacher's set-up: the lesson on the projector, the speaker view in a second window.
    await projector.goto(`${server.url}/lesson/${lesson.id}/present`);
    await counterOf(projector).filter({ hasText: `1 / ${total}` }).waitFor();
    [speaker] = await Promise.all([context.waitForEvent('page'), projector.getByRole('button', { name: 'Mở màn hình người trình bày' }).click()]);
    await counterOf(speaker).filter({ hasText: `1 / ${total}` }).waitFor({ state: 'attached' });
  });

  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });

  /** Both windows on one slide, whatever the test before left. */
  async function startAt(number: number) {
    await projector.goto(`${server.url}/lesson/${lesson.id}/present?slide=${number}`);
    await expectSlide(projector, number);
    await expectSlide(speaker, number);
  }

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('opens a lesson as slides, full window, with a slide counter', async () => {
    await startAt(1);
    await projector.getByRole('heading', { level: 1, name: `Trình chiếu: ${lesson.title}` }).waitFor({ state: 'attached' });
    await projector.getByRole('heading', { level: 2, name: lesson.title }).waitFor();
    await expectSlide(projector, 1);
    expect(total).toBeGreaterThan(5);
    await expect(projector.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(projector.getByRole('button', { name: 'Toàn màn hình' }).isVisible()).resolves.toBe(true);
  });

  it('opens the speaker view in a second window that follows the projector', async () => {
    await startAt(1);
    await speaker.getByRole('heading', { level: 1, name: `Màn hình người trình bày: ${lesson.title}` }).waitFor();
    expect(new URL(speaker.url()).pathname).toBe(`/lesson/${lesson.id}/speaker`);
    await expectSlide(speaker, 1);

    await projector.keyboard.press('ArrowRight');
    await projector.keyboard.press('ArrowDown');
    await projector.keyboard.press('PageDown');
    await expectSlide(projector, 4);
    await expectSlide(speaker, 4);
    await projector.keyboard.press('Backspace');
    await expectSlide(speaker, 3);
    await projector.keyboard.press('End');
    await expectSlide(speaker, total);
    await speaker.getByText('Đây là trang cuối.').waitFor();
  });

  it('lets the speaker view lead: the projector follows its keys and buttons', async () => {
    await startAt(4);
    await speaker.keyboard.press('Home');
    await expectSlide(speaker, 1);
    await expectSlide(projector, 1);
    await speaker.getByRole('button', { name: /Trang sau/ }).click();
    await expectSlide(projector, 2);
    await speaker.keyboard.press('PageDown');
    await speaker.keyboard.press('Space');
    await expectSlide(projector, 4);
    await speaker.keyboard.press('ArrowLeft');
    await expectSlide(projector, 3);
  });

  it('moves slides with Space after a toolbar button was clicked, in both windows, not pressing the button again', async () => {
    await startAt(3);
    // The projector: ◀ clicked with the mouse keeps focus; Space then goes on, it does not go back again.
    await projector.getByRole('button', { name: 'Trang trước' }).click();
    await expectSlide(projector, 2);
    await projector.keyboard.press('Space');
    await expectSlide(projector, 3);
    await projector.keyboard.press('Space');
    await expectSlide(projector, 4);
    await projector.keyboard.press('Shift+Space');
    await expectSlide(projector, 3);
    await projector.keyboard.press('PageDown');
    await expectSlide(projector, 4);
    // Clicking "open the speaker view" again focuses the open window; Space must not do it a third time.
    const pages = context.pages().length;
    await projector.getByRole('button', { name: 'Mở màn hình người trình bày' }).click();
    await projector.bringToFront();
    await projector.keyboard.press('Space');
    await expectSlide(projector, 5);
    await expectSlide(speaker, 5);
    expect(context.pages().length).toBe(pages);

    // The speaker view: the same after its ◀ button.
    await speaker.getByRole('button', { name: /Trang trước/ }).click();
    await expectSlide(speaker, 4);
    await speaker.keyboard.press('Space');
    await expectSlide(speaker, 5);
    await speaker.keyboard.press('ArrowLeft');
    await expectSlide(projector, 4);
  });

  it('lets a keyboard user tab to a toolbar button and press it with Enter, in both windows', async () => {
    await startAt(3);
    const previous = projector.getByRole('button', { name: 'Trang trước' });
    for (let i = 0; i < 20 && !(await previous.evaluate((button) => button === document.activeElement)); i += 1) await projector.keyboard.press('Tab');
    await expect.poll(() => previous.evaluate((button) => button === document.activeElement)).toBe(true);
    await projector.keyboard.press('Enter');
    await expectSlide(projector, 2);
    await projector.keyboard.press('Enter');
    await expectSlide(projector, 1);
    await expectSlide(speaker, 1);

    const next = speaker.getByRole('button', { name: /Trang sau/ });
    for (let i = 0; i < 20 && !(await next.evaluate((button) => button === document.activeElement)); i += 1) await speaker.keyboard.press('Tab');
    await expect.poll(() => next.evaluate((button) => button === document.activeElement)).toBe(true);
    await speaker.keyboard.press('Enter');
    await expectSlide(speaker, 2);
    await expectSlide(projector, 2);
  });

  it('keeps the speaker view in step after the projector reloads', async () => {
    await startAt(3);
    await projector.reload();
    await expectSlide(projector, 3);
    await projector.keyboard.press('ArrowRight');
    await expectSlide(speaker, 4);
  });

  it('shows teacher notes and an activity timer in the speaker view', async () => {
    await startAt(4);
    await speaker.getByRole('heading', { name: 'Ghi chú cho giáo viên' }).waitFor();
    await speaker.getByRole('button', { name: 'Bắt đầu' }).click();
    await speaker.getByRole('button', { name: 'Tạm dừng' }).waitFor();
    await expect.poll(() => speaker.getByText(/^Đã qua: 00:0[1-9]$/).count(), { timeout: 5_000 }).toBe(1);
    await speaker.getByRole('button', { name: 'Tạm dừng' }).click();
  });

  it('keeps full screen when Enter and Space move the slides after "Toàn màn hình" was clicked', async () => {
    await startAt(2);
    const fullscreen = () => projector.evaluate(() => document.fullscreenElement !== null);
    await projector.getByRole('button', { name: 'Toàn màn hình', exact: true }).click();
    await projector.getByRole('button', { name: 'Thoát toàn màn hình' }).waitFor({ timeout: 5_000 });
    expect(await fullscreen()).toBe(true);
    await projector.keyboard.press('Enter');
    await expectSlide(projector, 3);
    await projector.keyboard.press('Space');
    await expectSlide(projector, 4);
    expect(await fullscreen()).toBe(true);
    await projector.getByRole('button', { name: 'Thoát toàn màn hình' }).click();
    await projector.getByRole('button', { name: 'Toàn màn hình', exact: true }).waitFor();
    await projector.keyboard.press('Enter');
    await expectSlide(projector, 5);
    expect(await fullscreen()).toBe(false);
  });

  for (const size of PROJECTOR_SIZES) {
    it(`fits every slide on a ${size.width}×${size.height} projector with large type, the title and a text slide at full size`, async () => {
      await projector.setViewportSize(size);
      const textSlide = slides.findIndex((slide) => slide.type === 'content' && !slide.flow.some((f) => f.type === 'table') && leavesOf(slide.flow).every((leaf) => !leaf.pictures));
      for (let index = 0; index < total; index += 1) {
        await projector.goto(`${server.url}/lesson/${lesson.id}/present?slide=${index + 1}`);
        await expectSlide(projector, index + 1);
        await projector.waitForFunction(() => [...document.images].every((image) => image.complete));
        const layout = await projector.evaluate(() => {
          const body = document.querySelector<HTMLElement>('.presenter .slide__body')!;
          return {
            pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
            overflow: body.scrollHeight - body.clientHeight,
            fontPx: parseFloat(getComputedStyle(body).fontSize),
            fit: Number(body.style.getPropertyValue('--fit') || 1),
          };
        });
        const where = { slide: index + 1, ...layout };
        expect(where).toMatchObject({ pageScrolls: false });
        expect(layout.overflow, JSON.stringify(where)).toBeLessThanOrEqual(1);
        // A slide may shrink a little to fit; it stays readable from the back of the room.
        expect(layout.fontPx, JSON.stringify(where)).toBeGreaterThanOrEqual(MIN_FONT_PX * 0.85);
        if (index === 0 || index === textSlide) {
          expect(layout.fit, JSON.stringify(where)).toBeGreaterThanOrEqual(0.9);
          expect(layout.fontPx, JSON.stringify(where)).toBeGreaterThanOrEqual(MIN_FONT_PX);
        }
      }
    });
  }

  it('keeps slide text at its floor or larger at 200% browser zoom, and lets what does not fit scroll, not vanish', async () => {
    // Another lesson, so its window does not lead this file's two through their shared channel.
    const other = vietnamese.find((l) => l.id !== lesson.id) ?? lesson;
    const otherSlides = buildPresentation(other).slides;
    const textSlide = otherSlides.findIndex((slide) => slide.type === 'content' && leavesOf(slide.flow).every((leaf) => !leaf.pictures));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    /** 200% zoom on a 1024×768 projector is a window of 512×384 CSS pixels, two screen pixels each. */
    const zoom = (percent: number) =>
      cdp.send('Emulation.setDeviceMetricsOverride', { width: (1024 * 100) / percent, height: (768 * 100) / percent, deviceScaleFactor: percent / 100, mobile: false });
    const measure = async (index: number) => {
      await page.goto(`${server.url}/lesson/${other.id}/present?slide=${index + 1}`);
      await expect.poll(() => counterOf(page).textContent(), { timeout: 5_000 }).toBe(`${index + 1} / ${otherSlides.length}`);
      await page.waitForFunction(() => [...document.images].every((image) => image.complete));
      return page.evaluate((slide) => {
        const body = document.querySelector<HTMLElement>('.presenter .slide__body')!;
        const fontPx = parseFloat(getComputedStyle(body).fontSize);
        const cut = body.scrollHeight > body.clientHeight + 1 && !['auto', 'scroll'].includes(getComputedStyle(body).overflowY);
        return { slide, fontPx, screenPx: fontPx * window.devicePixelRatio, cut };
      }, index + 1);
    };
    try {
      await zoom(100);
      const atFull = [await measure(0), await measure(textSlide)];
      await zoom(200);
      // The title, a text slide and the fullest slide (the one the fit shrinks most), kept few for time.
      const fullest = otherSlides.reduce((best, slide, index) => (JSON.stringify(slide).length > JSON.stringify(otherSlides[best]).length ? index : best), 0);
      const zoomed = [await measure(0), await measure(textSlide), await measure(fullest)];
      // Never below the floor (in CSS pixels, so twice that on screen), and nothing cut off.
      expect(zoomed.filter((m) => m.fontPx < FLOOR_PX - 0.5 || m.cut)).toEqual([]);
      // Zooming in never makes the title or a text slide smaller on screen.
      for (const i of [0, 1]) expect(zoomed[i]!.screenPx, `slide ${zoomed[i]!.slide}`).toBeGreaterThanOrEqual(atFull[i]!.screenPx);
    } finally {
      await page.close();
    }
  });

  it('has no serious or critical accessibility violation on either window, on every kind of slide', async () => {
    await projector.setViewportSize({ width: 1280, height: 720 });
    const kinds = [...new Set(slides.map((slide) => (slide.type === 'callout' ? `callout:${slide.kind}` : slide.type)))];
    for (const kind of kinds) {
      const index = slides.findIndex((slide) => (slide.type === 'callout' ? `callout:${slide.kind}` : slide.type) === kind);
      await projector.goto(`${server.url}/lesson/${lesson.id}/present?slide=${index + 1}`);
      await expectSlide(projector, index + 1);
      await expectSlide(speaker, index + 1);
      expect({ kind, projector: await seriousViolations(projector) }).toEqual({ kind, projector: [] });
      expect({ kind, speaker: await seriousViolations(speaker) }).toEqual({ kind, speaker: [] });
    }
  });

});

/**
 * Focus kept in view and never lost, by keyboard, in Debian's Chromium against the built app (issue 19,
 * second round: 1024×768 at 200% zoom — a 512×384 window — and 360 px):
 * - the "ready offline" notice is an early Tab stop, never covers what has focus (a page, the presenter's
 *   bar) and closes with Escape;
 * - the help path's 111 bar stays on top without hiding what has focus; its quick exit is reached early,
 *   leaves with Esc twice for a blank page that Back does not turn into the path again, offline;
 * - a screen loaded on demand focuses its heading; a confirmation focuses Cancel and gives focus back;
 *   a focused button that becomes disabled hands focus on; the header's focus rings are not cut;
 * - in forced colours the chosen language and the help entries keep a shape.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtLessons, waitForActivatedServiceWorker, waitForApp } from './harness';
import { useAppInBrowser } from './appInBrowser';

/** 1024×768 at 200% zoom: what the page sees is a 512×384 window. */
const ZOOMED = { width: 512, height: 384 };
const PHONE = { width: 360, height: 640 };

/**
 * Why the focused element cannot be seen, or null when it can: out of the window, or covered (the
 * point at the middle of its visible part belongs to something else, such as a notice or a sticky bar).
 */
function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'focus on the page itself';
    const name = `${focused.tagName.toLowerCase()} “${(focused.textContent ?? '').trim().slice(0, 40) || focused.getAttribute('aria-label') || ''}”`;
    const rect = focused.getBoundingClientRect();
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, window.innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, window.innerHeight);
    if (right <= left || bottom <= top) return `${name} is out of the window`;
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    if (!hit || hit === focused || focused.contains(hit) || hit.contains(focused)) return null;
    return `${name} is under ${hit.tagName.toLowerCase()}.${hit.className}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) up to `times` times, until focus leaves the page's last stop for the
 * browser's own; after each press, what went wrong with the focus, if anything.
 */
async function tabThrough(page: Page, times: number, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    if (i > 0 && (await page.evaluate(() => document.activeElement === document.body))) break;
    const problem = await focusProblem(page);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The accessible-ish name of the focused element (its text or aria-label). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    return (focused?.getAttribute('aria-label') ?? focused?.textContent ?? '').trim();
  });
}

/**
 * Client-side navigation (what a link does), so what lives only in memory — the notice — stays. Only
 * once the app has hydrated: before that, a link is the browser's own navigation to a new document.
 */
async function goInApp(page: Page, path: string): Promise<void> {
  await waitForApp(page);
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new Event('app:navigate'));
  }, path);
}

describe('focus in view, at 200% zoom and on a phone', () => {
  const app = useAppInBrowser({ serviceWorker: true });
  const lesson = builtLessons().find((l) => l.locale === 'vi')!;

  beforeAll(async () => {
    await app.page.setViewportSize(ZOOMED);
  });

  it('keeps the “ready offline” notice early in the Tab order, off the focused element and closable with Escape, on a page and on the presenter', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/`);
    const toast = page.locator('.toast');
    await toast.getByText('Ứng dụng đã sẵn sàng dùng cả khi không có mạng.').waitFor();
    // The message is said through the live region that was there before it.
    await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').first().textContent()).toContain('Ứng dụng đã sẵn sàng');

    // The skip link, then the notice's button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Đóng');
    // Every Tab stop of the home page after it stays in view above the notice.
    expect(await tabThrough(page, 30)).toEqual([]);

    // The presenter on a 1024×768 projector: its control bar ends above the notice.
    await page.setViewportSize({ width: 1024, height: 768 });
    await goInApp(page, `/lesson/${lesson.id}/present`);
    await page.getByRole('button', { name: 'Trang sau' }).waitFor();
    // The navigation's own focus (the page's heading) first.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    for (const button of await page.locator('.presenter__bar .presenter__button:not(:disabled)').all()) {
      await button.focus();
      expect(await focusProblem(page)).toBeNull();
    }
    // Escape closes the notice first (the presenter stays: that Escape was the notice's).
    await page.keyboard.press('Escape');
    await toast.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(`/lesson/${lesson.id}/present`);
    await page.setViewportSize(ZOOMED);
  });

  it('moves focus on when a focused button becomes disabled: the last slide’s “Trang sau”', async () => {
    const { page } = app;
    const total = (await import('../../src/features/presenter/slides')).buildPresentation(lesson).slides.length;
    await page.goto(`${app.origin}/lesson/${lesson.id}/present?slide=${total - 1}`);
    const next = page.getByRole('button', { name: 'Trang sau' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => next.isDisabled()).toBe(true);
    expect(await focusedName(page)).toBe('Trang trước');
  });

  it('focuses the heading of a screen loaded on demand, not an unnamed main', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await goInApp(page, '/settings');
    await page.getByRole('heading', { level: 1, name: 'Cài đặt của máy này' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await focusedName(page)).toBe('Cài đặt của máy này');
  });

  it('focuses Cancel when a confirmation opens and gives focus back to its button when cancelled', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/settings`);
    const reset = page.getByRole('button', { name: 'Xoá toàn bộ dữ liệu…' });
    await reset.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Huỷ');
    expect(await focusProblem(page)).toBeNull();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await expect.poll(() => focusedName(page)).toBe('Xoá toàn bộ dữ liệu…');
  });

  it('keeps focus on the picture password when “Chọn lại từ đầu” has nothing left to undo', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/learners/new`);
    await page.getByRole('radio', { name: /hình/i }).check();
    await page.getByRole('button', { name: 'Mặt trời' }).click();
    const restart = page.getByRole('button', { name: 'Chọn lại từ đầu' });
    await restart.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => restart.isDisabled()).toBe(true);
    expect(await focusedName(page)).toBe('Mặt trời');
  });

  it('draws the header’s focus rings whole: the language buttons and the search button', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.origin}/`);
    for (const name of ['Tiếng Việt', 'English', 'Tìm kiếm']) {
      const control = page.getByRole('banner').getByRole('button', { name, exact: true });
      await control.focus();
      // The ring (outline beyond the border box) must lie inside every ancestor that clips.
      const clipped = await control.evaluate((element) => {
        const style = getComputedStyle(element);
        const ring = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
        const rect = element.getBoundingClientRect();
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const overflow = getComputedStyle(parent);
          if (overflow.overflowX === 'visible' && overflow.overflowY === 'visible') continue;
          const box = parent.getBoundingClientRect();
          if (rect.left - ring < box.left || rect.right + ring > box.right || rect.top - ring < box.top || rect.bottom + ring > box.bottom) return parent.className;
        }
        return null;
      });
      expect(clipped, name).toBeNull();
    }
    await page.setViewportSize(ZOOMED);
  });

  it('keeps the chosen language and the help entries’ shape in forced colours', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      await page.goto(`${app.origin}/`);
      const header = page.getByRole('banner');
      const look = (name: string) =>
        header.getByRole(name === 'Tiếng Việt' || name === 'English' ? 'button' : 'link', { name, exact: true }).evaluate((element) => {
          const style = getComputedStyle(element);
          return { border: style.borderTopStyle === 'none' ? 0 : Number.parseFloat(style.borderTopWidth), background: style.backgroundColor };
        });
      const chosen = await look('Tiếng Việt');
      const other = await look('English');
      expect(chosen.background === other.background && chosen.border === other.border, 'the chosen language looks different').toBe(false);
      expect((await look('Cần giúp đỡ? Gọi 111')).border).toBeGreaterThan(0);
      expect((await look('Em cần giúp?')).border).toBeGreaterThan(0);
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
      await page.setViewportSize(ZOOMED);
    }
  });
});

describe('the help path by keyboard, offline, and its quick exit', () => {
  const app = useAppInBrowser({ serviceWorker: true });

  beforeAll(async () => {
    await app.page.goto(`${app.origin}/`);
    await waitForActivatedServiceWorker(app.page);
    // The notice of the first visit is another test's subject.
    await app.page.getByRole('button', { name: 'Đóng' }).click();
    await app.context.setOffline(true);
  });

  it.each([
    ['1024×768 at 200%', ZOOMED],
    ['a 360 px phone', PHONE],
  ])('keeps every Tab stop of the path in view under its 111 bar, at %s', async (_name, size) => {
    const { page } = app;
    await page.setViewportSize(size);
    await page.goto(`${app.origin}/help/path?band=lop-4-5`);
    await page.getByRole('heading', { level: 1, name: 'Em cần giúp?' }).waitFor();
    // A title that says nothing about help, for the browser's history and tab strip.
    expect(await page.title()).toBe('Mạng An Toàn');
    // Early: the skip link, 111, then the quick exit.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Gọi 111');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Thoát nhanh');

    const choice = page.getByRole('button', { name: 'Có người đe dọa em hoặc đòi em gửi tiền, thẻ cào.' });
    await choice.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Việc em có thể làm ngay' }).waitFor();
    expect(await tabThrough(page, 12)).toEqual([]);
    // Back up the page: each control scrolls in from the top, where the bar is.
    expect(await tabThrough(page, 12, 'Shift+Tab')).toEqual([]);
  });

  it('leaves with Esc twice for a blank page; Back does not return to the path', async () => {
    const { page } = app;
    await page.setViewportSize(ZOOMED);
    await page.goto(`${app.origin}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Cài đặt của máy này' }).waitFor();
    await goInApp(page, '/help/path');
    await page.getByRole('heading', { level: 2, name: 'Em học lớp mấy?' }).waitFor();
    await page.getByText('Hoặc bấm phím Esc hai lần.').waitFor();
    await page.keyboard.press('Escape');
    // One Esc is not enough (it closes menus and notices).
    await page.getByRole('heading', { level: 2, name: 'Em học lớp mấy?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/help/path');
    await Promise.all([page.waitForURL('about:blank'), page.keyboard.press('Escape')]);
    expect(await page.evaluate(() => document.body?.textContent ?? '')).toBe('');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Cài đặt của máy này' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
  });
});

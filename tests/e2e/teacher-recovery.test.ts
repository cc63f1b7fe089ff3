/**
 * A forgotten teacher PIN in Debian's Chromium (issue 17, section 3): the first teacher PIN comes with a
 * recovery code shown once; opening a locked profile with the teacher PIN shows on the learner's card;
 * "Đặt lại các khoá…" refuses without the code or with a wrong one, resets with it, and Cài đặt keeps
 * the dated note. axe checks the new dialog and the reset form.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from './appInBrowser';
import { longDate } from '../../src/i18n/dates';
import { seriousViolations } from './harness';

const TEACHER_PIN = '20112026';

/** Every row of the app's `meta` table, read straight from IndexedDB. */
function storedMeta(page: Page): Promise<{ key: string; value: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ key: string; value: string }[]>((resolve, reject) => {
        const request = indexedDB.open('mang-an-toan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('meta').objectStore('meta').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve(all.result as { key: string; value: string }[]);
            request.result.close();
          };
        };
      }),
  );
}

describe('a forgotten teacher PIN', () => {
  const app = useAppInBrowser();

  it('is reset only with the recovery code shown once when it was set, and what was done with it stays visible', async () => {
    const { page, origin } = app;
    await page.goto(`${origin}/learners/new`);
    await page.getByLabel('Tên gọi').fill('Minh');
    await page.getByRole('radio', { name: 'Mã PIN 4 số' }).check();
    await page.getByLabel('Mã PIN (4 chữ số)').fill('2468');
    await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await page.getByRole('link', { name: /Người đang học: Minh/ }).waitFor();

    // The first teacher PIN: its recovery code, once.
    await page.goto(`${origin}/settings`);
    await page.getByLabel('Mã PIN mới (6 đến 12 chữ số)').fill(TEACHER_PIN);
    await page.getByLabel('Nhập lại mã PIN mới').fill(TEACHER_PIN);
    await page.getByRole('button', { name: 'Đặt mã PIN' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mã khôi phục của mã PIN thầy cô' });
    await dialog.waitFor();
    await expect(dialog.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const code = (await dialog.getByTestId('recovery-code').textContent()) ?? '';
    expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(JSON.stringify(await storedMeta(page))).not.toContain(code.replace(/-/g, ''));
    await dialog.getByRole('button', { name: 'Tôi đã ghi lại mã' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByRole('heading', { name: 'Mã PIN của thầy cô', exact: true }).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.reload();
    await page.getByText('Đã đặt mã PIN của thầy cô.').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(code);

    // Minh's profile opened with the teacher PIN: Minh's card says so, with the date.
    const today = longDate(await page.evaluate(() => Date.now()), 'vi');
    await page.goto(`${origin}/learners`);
    await page.getByRole('button', { name: 'Học thử không lưu (khách)' }).click();
    await page.getByRole('link', { name: /Khách – không lưu kết quả/ }).waitFor();
    await page.goto(`${origin}/learners`);
    await page.getByRole('button', { name: /^Học với hồ sơ Minh/ }).click();
    await page.getByRole('button', { name: 'Thầy cô mở giúp' }).click();
    await page.getByLabel('Mã PIN của thầy cô (mở hồ sơ của Minh)').fill(TEACHER_PIN);
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('link', { name: /Người đang học: Minh/ }).waitFor();
    await page.goto(`${origin}/learners`);
    const card = page.getByRole('button', { name: 'Học với hồ sơ Minh Có mã PIN' });
    await page.getByText(`Hồ sơ của em đã được mở bằng mã PIN của thầy cô ${today}.`).waitFor();
    expect(await card.getAttribute('aria-describedby')).toBeTruthy();
    expect(await seriousViolations(page)).toEqual([]);

    // "Đặt lại các khoá…": refused without the code and with a wrong one.
    await page.goto(`${origin}/settings`);
    await page.getByRole('button', { name: 'Đặt lại các khoá…' }).click();
    const reset = page.getByRole('alertdialog', { name: 'Bỏ mã PIN của thầy cô và khoá của 1 học sinh?' });
    await reset.getByRole('checkbox').check();
    await reset.getByRole('button', { name: 'Đặt lại các khoá' }).click();
    await reset.getByRole('alert').getByText('Mã khôi phục gồm 16 chữ và số', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const wrong = (code.startsWith('A') ? 'B' : 'A') + code.slice(1);
    await reset.getByLabel('Mã khôi phục (16 chữ và số)').fill(wrong);
    await reset.getByRole('button', { name: 'Đặt lại các khoá' }).click();
    await reset.getByRole('alert').getByText('Mã khôi phục chưa đúng.').waitFor();
    expect((await storedMeta(page)).map((row) => row.key)).toContain('teacherPinHash');

    // With the code (as written: small letters, spaces): every lock goes, the note stays.
    await reset.getByLabel('Mã khôi phục (16 chữ và số)').fill(code.toLowerCase().replace(/-/g, ' '));
    await reset.getByRole('button', { name: 'Đặt lại các khoá' }).click();
    // The page's own words (the shell's live region says them too).
    await page.getByRole('main').getByText('Đã đặt lại các khoá. Hãy đặt ngay mã PIN mới cho thầy cô.').waitFor();
    const trail = page.getByRole('group', { name: 'Ghi chú về mã PIN của thầy cô' });
    await trail.getByText(`Các khoá đã được đặt lại ${today}`, { exact: false }).waitFor();
    await trail.getByText(`Hồ sơ của Minh được mở bằng mã PIN của thầy cô ${today}.`).waitFor();
    await expect(page.getByLabel('Mã PIN mới (6 đến 12 chữ số)').evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    expect((await storedMeta(page)).map((row) => row.key)).not.toContain('teacherPinHash');
    await page.goto(`${origin}/learners`);
    await page.getByRole('button', { name: 'Học với hồ sơ Minh' }).waitFor();
  });
});

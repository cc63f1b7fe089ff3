/**
 * Issue 17, the locks of a progress file in Debian's Chromium: a locked learner's file is exported only
 * with her PIN; a file edited to rename her stops at a prompt for her PIN (cancelled: nothing changes;
 * with the PIN: imported); the whole-computer backup asks for the teacher PIN. Driven by keyboard where a
 * child or teacher would type, checked with axe while a prompt is open.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from './appInBrowser';
import { seriousViolations, storedNicknames } from './harness';

const TEACHER_PIN = '20112026';
const LAN_PIN = '1357';

async function saved(download: Download): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mat-locks-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Whether the element with this accessible name (a button) has the focus. */
function focused(page: Page, name: string): Promise<boolean> {
  return page.getByRole('button', { name, exact: true }).evaluate((element) => element === document.activeElement);
}

describe('the locks of a progress file', () => {
  const app = useAppInBrowser();

  it('asks for the locked learner’s PIN before a file renames her, and the teacher PIN before a backup', async () => {
    const { page, origin } = app;
    await page.goto(`${origin}/learners/new`);
    await page.getByLabel('Tên gọi').fill('Lan');
    await page.getByRole('radio', { name: 'Mã PIN 4 số' }).check();
    await page.getByLabel('Mã PIN (4 chữ số)').fill(LAN_PIN);
    await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await page.getByRole('link', { name: /Người đang học: Lan/ }).waitFor();

    await page.goto(`${origin}/settings`);
    await page.getByLabel('Mã PIN mới (6 đến 12 chữ số)').fill(TEACHER_PIN);
    await page.getByLabel('Nhập lại mã PIN mới').fill(TEACHER_PIN);
    await page.getByRole('button', { name: 'Đặt mã PIN' }).click();
    const recovery = page.getByRole('dialog', { name: 'Mã khôi phục của mã PIN thầy cô' });
    await recovery.getByRole('button', { name: 'Tôi đã ghi lại mã' }).click();
    await recovery.waitFor({ state: 'detached' });

    // Lan's own file: her PIN, typed, then Enter.
    await page.getByLabel('Xuất tiến độ của').selectOption({ label: 'Lan' });
    await page.getByRole('button', { name: 'Tải tệp xuống' }).click();
    const exportPin = page.getByLabel('Nhập mã PIN của Lan để xuất kết quả của hồ sơ này');
    await exportPin.waitFor();
    await expect(exportPin.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await exportPin.fill(LAN_PIN);
    const [download] = await Promise.all([page.waitForEvent('download'), exportPin.press('Enter')]);
    const file = await saved(download);
    await page.getByRole('status').getByText(/Đã tạo tệp mang-an-toan-lan-/).waitFor();
    await expect.poll(() => focused(page, 'Tải tệp xuống')).toBe(true);

    // The file edited by hand: Lan renamed, the change newer than her profile here.
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    Object.assign(data.learners[0], { nickname: 'Lan bị đổi tên', updatedAt: Date.now() + 60_000 });
    fs.writeFileSync(file, JSON.stringify(data));

    await page.locator('#import-file').setInputFiles(file);
    await page.getByRole('checkbox', { name: /Đồng ý thay đổi hồ sơ này/ }).check();
    const apply = page.getByRole('button', { name: 'Nhập vào máy này' });
    await apply.click();
    const importPin = page.getByLabel('Nhập mã PIN của Lan để nhập kết quả vào hồ sơ này');
    await importPin.waitFor();
    await page.getByText('Tệp này sẽ ghi vào hồ sơ có khoá của: Lan.', { exact: false }).waitFor();
    await page.getByRole('status').getByText('Cần mở khoá trước khi tiếp tục.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Cancelled: nothing changed, and the focus is back on the button that asked.
    await page.locator('.transfer-unlock').getByRole('button', { name: 'Huỷ' }).click();
    await page.getByRole('status').getByText('Đã huỷ. Dữ liệu trên máy không thay đổi.').waitFor();
    await expect.poll(() => focused(page, 'Nhập vào máy này')).toBe(true);
    expect(await storedNicknames(page)).toContain('Lan');
    expect(await storedNicknames(page)).not.toContain('Lan bị đổi tên');

    // With her PIN (keyboard only: Enter on the focused button, the PIN, Enter): imported.
    await page.keyboard.press('Enter');
    await importPin.waitFor();
    await page.keyboard.type(LAN_PIN);
    await page.keyboard.press('Enter');
    await page.getByText(/Đã nhập xong: 1 hồ sơ/).waitFor();
    expect(await storedNicknames(page)).toContain('Lan bị đổi tên');
    expect(await storedNicknames(page)).not.toContain('Lan');

    // The whole-computer backup: the teacher PIN.
    await page.getByRole('button', { name: 'Tải tệp sao lưu' }).click();
    await page.getByText('Tệp sao lưu chứa kết quả của mọi học sinh và mã PIN của các em (đã mã hoá), nên cần mã PIN của thầy cô.').waitFor();
    const teacherPin = page.getByLabel('Nhập mã PIN của thầy cô', { exact: true });
    await teacherPin.fill(TEACHER_PIN);
    const [backup] = await Promise.all([page.waitForEvent('download'), teacherPin.press('Enter')]);
    expect(backup.suggestedFilename()).toMatch(/^mang-an-toan-sao-luu-/);
    const learners: { nickname: string; pinHash?: string }[] = JSON.parse(fs.readFileSync(await saved(backup), 'utf8')).learners;
    expect(learners.find((learner) => learner.nickname === 'Lan bị đổi tên')?.pinHash).toMatch(/^v2\$/);
  });
});

/**
 * Several children on one browser keep separate progress, and progress survives "export → clear all
 * site data → import" unchanged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuiz, builtLessons, createLearnerViaUi } from './harness';
import { useAppInBrowser } from './appInBrowser';

describe('learners on a shared computer', () => {
  const app = useAppInBrowser();
  const lesson = builtLessons().find((l) => l.locale === 'vi' && l.band.startsWith('lop-'))!;

  const createLearner = (nickname: string, classLabel: string) => createLearnerViaUi(app.page, app.origin, nickname, classLabel);

  beforeAll(async () => {
    // Two children on this computer: Lan answers everything right, then Minh gets the first answer wrong.
    await createLearner('Lan', '5A');
    await takeQuiz('correct');
    await createLearner('Minh', '5B');
    await takeQuiz('first-wrong');
  });

  async function switchTo(nickname: string) {
    await app.page.goto(`${app.origin}/learners`);
    await app.page.getByRole('button', { name: `Học với hồ sơ ${nickname}` }).click();
    await app.page.getByRole('link', { name: new RegExp(`Người đang học: ${nickname}`) }).waitFor();
  }

  /** The band page's badge for the lesson comes to say `expected` (it says "not started" until the stored progress arrives). */
  async function expectBadge(expected: string): Promise<void> {
    await app.page.goto(`${app.origin}/band/${lesson.band}`);
    const item = app.page.locator('.lesson-list__item', { has: app.page.getByRole('link', { name: lesson.title, exact: true }) });
    await expect.poll(() => item.locator('.badge').textContent()).toContain(expected);
  }

  async function takeQuiz(choose: 'correct' | 'first-wrong') {
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
    await answerQuiz(app.page, lesson, choose);
    await app.page.getByText('Kết quả đã được lưu trên máy này.').waitFor();
  }

  it('keeps two learners’ results apart', async () => {
    await switchTo('Minh');
    await expectBadge('Điểm cao nhất: 0%');
    await switchTo('Lan');
    await expectBadge('Đã thành thạo – 100%');
  });

  it('exports, survives clearing all site data, and imports back identical progress', async () => {
    await app.page.goto(`${app.origin}/settings`);
    await app.page.getByLabel('Xuất tiến độ của').selectOption({ label: 'Tất cả học sinh trên máy này' });
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Tải tệp xuống' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.json$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mat-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported.learners.map((l: { nickname: string }) => l.nickname).sort()).toEqual(expect.arrayContaining(['Lan', 'Minh']));

    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('Storage.clearDataForOrigin', { origin: app.origin, storageTypes: 'all' });
    await app.page.goto(`${app.origin}/learners`);
    await app.page.getByRole('button', { name: 'Học với hồ sơ Học sinh' }).waitFor();
    expect(await app.page.getByRole('button', { name: /Học với hồ sơ (Lan|Minh)/ }).count()).toBe(0);

    await app.page.goto(`${app.origin}/settings`);
    await app.page.locator('#import-file').setInputFiles(file);
    // The untouched default profile is not in an 'everyone' file, so nothing needs asking here.
    await app.page.getByRole('button', { name: 'Nhập vào máy này' }).click();
    await app.page.getByText(/Đã nhập xong: \d+ hồ sơ/).waitFor();

    await switchTo('Lan');
    await expectBadge('Đã thành thạo – 100%');
    await switchTo('Minh');
    await expectBadge('Điểm cao nhất: 0%');
  });

  it('rejects a damaged file and changes nothing', async () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mat-broken-')), 'hong.json');
    fs.writeFileSync(broken, '{"format":"mang-an-toan/progress","formatVersion":1,"learners":[{"id":');
    await switchTo('Minh');
    await app.page.goto(`${app.origin}/settings`);
    await app.page.locator('#import-file').setInputFiles(broken);
    await app.page.getByRole('alert').getByText('Tệp bị hỏng hoặc không đầy đủ').waitFor();
    await expectBadge('Điểm cao nhất: 0%');
  });

});

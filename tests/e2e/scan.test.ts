/**
 * Results by QR code, for real (issue 24): three pupils on one school PC show "Gửi kết quả cho thầy cô";
 * their codes, read from the page, become a video Chromium's fake camera plays to the teacher's report
 * (another browser, another profile), which scans them — jsQR reading camera frames, as on a phone
 * without a barcode reader — and must show exactly the report built from the same pupils' exported file.
 * A second video holds a code cut short, another app's code and a hand-made code with a wrong score:
 * each is refused with its message, and nothing joins the report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import qrcode from 'qrcode-generator';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../src/content/vocabulary';
import { encodeResults, resultsOf } from '../../src/domain/resultCodes';
import { reportVi } from '../../src/features/report/strings';
import type { TransferFileData } from '../../src/domain/progressFile';
import { useAppInBrowser } from './appInBrowser';
import { BrowserErrors, builtLessons, newProfileDir, openBrowser, seriousViolations, turnOnTeacherMode, type BrowserSession } from './harness';
import { progressFile, type LearnerSpec } from './progressFiles';
import { qrPicture, writeY4m, type GreyPicture } from './y4m';

/** The fake camera's picture: a phone's usual 4:3 frame. */
const WIDTH = 640;
const HEIGHT = 480;
/** Each code stays in view for this many frames (1.2 s at 10 frames a second): several looks of the scanner. */
const FRAMES_EACH = 12;
const FPS = 10;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-scan-'));

/** The shown QR code (an SVG) drawn on a white camera frame in the page, read back as grey levels. */
async function shownCode(page: Page): Promise<GreyPicture> {
  const code = page.locator('svg.send-results__code');
  await code.waitFor();
  const base64 = await code.evaluate(
    async (svg, [width, height]) => {
      const modules = (svg as SVGSVGElement).viewBox.baseVal.width;
      // Whole pixels a module, the code filling most of the frame's height.
      const scale = Math.floor((Math.min(width, height) * 0.9) / modules);
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      context.imageSmoothingEnabled = false;
      const size = modules * scale;
      context.drawImage(image, Math.floor((width - size) / 2), Math.floor((height - size) / 2), size, size);
      const rgba = context.getImageData(0, 0, width, height).data;
      let bytes = '';
      for (let i = 0; i < rgba.length; i += 4) bytes += String.fromCharCode(Math.round(0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!));
      return btoa(bytes);
    },
    [WIDTH, HEIGHT] as const,
  );
  return { width: WIDTH, height: HEIGHT, luma: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** Every code "Gửi kết quả cho thầy cô" shows on this page, going through the sequence with "Mã tiếp theo". */
async function allShownCodes(page: Page, open: string, checkAccessibility = false): Promise<GreyPicture[]> {
  await page.getByRole('button', { name: open }).click();
  const counter = page.locator('.send-results__counter');
  await page.locator('svg.send-results__code').waitFor();
  if (checkAccessibility) expect(await seriousViolations(page)).toEqual([]);
  const total = Number(/\/(\d+)/.exec((await counter.textContent()) ?? '')?.[1] ?? '1');
  const pictures: GreyPicture[] = [];
  for (let index = 1; index <= total; index++) {
    if (index > 1) {
      await page.getByRole('button', { name: 'Mã tiếp theo' }).click();
      await counter.getByText(`Mã ${index}/${total}`).waitFor();
    }
    pictures.push(await shownCode(page));
  }
  await page.getByRole('button', { name: 'Đóng mã QR' }).click();
  return pictures;
}

/** A browser for the teacher's phone whose camera films `video`; camera use allowed as a tap on "Allow" would. */
async function teacherPhone(video: string, errors: BrowserErrors): Promise<BrowserSession> {
  return openBrowser(newProfileDir(), errors, { args: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`, '--use-fake-ui-for-media-stream'] });
}

/** Keeps every text the scan's status line shows, however briefly (the camera reads faster than a test polls). */
async function recordScanMessages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { scanMessages: string[] }).scanMessages = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.report-scan__message')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const scanMessages = (page: Page) => page.evaluate(() => (window as unknown as { scanMessages: string[] }).scanMessages);

/** The report's table and most-missed questions, as the teacher reads them. */
async function reportText(page: Page): Promise<string[]> {
  await page.getByRole('table').waitFor();
  // The most-missed questions' words load after the table: read them once they are there.
  await page.getByText(reportVi.difficulty.loading).first().waitFor({ state: 'detached' });
  return Promise.all(['report-table-title', 'report-difficulty-title'].map((id) => page.locator(`section[aria-labelledby="${id}"]`).first().innerText()));
}

describe('results by QR code, from the pupils’ PC to the teacher’s phone', () => {
  const pc = useAppInBrowser();
  const teacherErrors = new BrowserErrors();
  let phone: BrowserSession | undefined;

  const band = builtLessons()
    .filter((l) => l.locale === 'vi' && l.band === 'lop-6-9')
    .sort((a, b) => TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic) || a.order - b.order);
  const [first, second] = band;
  if (!first || !second) throw new Error('the curriculum needs two Vietnamese lessons for grades 6–9');
  const pupils: LearnerSpec[] = [
    { id: 'ngoc-6a', nickname: 'Bảo Ngọc', classLabel: '6A', avatar: 'owl', attempts: [{ lesson: first, id: 'ngoc-1', right: () => true }, { lesson: second, id: 'ngoc-2', right: () => true, finished: false }] },
    { id: 'minh-6a', nickname: 'Minh Đức', classLabel: '6A', avatar: 'fox', attempts: [{ lesson: first, id: 'minh-1', right: (i) => i !== 1 }] },
    // Every lesson of the band, so her results take a sequence of several codes.
    { id: 'lan-6b', nickname: 'Lan', classLabel: '6B', avatar: 'cat', attempts: band.map((lesson, n) => ({ lesson, id: `lan-${n}`, right: (i: number) => i % 3 !== n % 3 })) },
  ];
  const files = { imported: path.join(dir, 'ca-lop.json'), video: path.join(dir, 'codes.y4m'), refusals: path.join(dir, 'refusals.y4m') };
  let exported = '';
  let codesPerPupil: number[] = [];

  beforeAll(async () => {
    // The three pupils' profiles and results on one PC (brought in from a file: quicker than 20 quizzes).
    fs.writeFileSync(files.imported, progressFile(pupils));
    const page = pc.page;
    await page.goto(`${pc.origin}/settings`);
    await page.locator('#import-file').setInputFiles(files.imported);
    await page.getByRole('button', { name: 'Nhập vào máy này' }).click();
    await page.getByText(/Đã nhập xong: \d+ hồ sơ/).waitFor();

    // The file route: everyone's progress file, as a USB stick would carry it.
    await page.getByLabel('Xuất tiến độ của').selectOption({ label: 'Tất cả học sinh trên máy này' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp xuống' }).click()]);
    exported = path.join(dir, download.suggestedFilename());
    await download.saveAs(exported);

    // The QR route: each pupil, on their own skills map, shows their codes.
    const pictures: GreyPicture[][] = [];
    for (const pupil of pupils) {
      await page.goto(`${pc.origin}/learners`);
      await page.getByRole('button', { name: `Học với hồ sơ ${pupil.nickname}` }).click();
      await page.getByRole('link', { name: new RegExp(`Người đang học: ${pupil.nickname}`) }).waitFor();
      await page.goto(`${pc.origin}/progress`);
      pictures.push(await allShownCodes(page, 'Gửi kết quả cho thầy cô', pictures.length === 0));
    }
    codesPerPupil = pictures.map((p) => p.length);
    console.info(`codes per pupil: ${codesPerPupil.join(", ")}`);
    // Sequences in any order: the codes of each pupil backwards, the pupils interleaved.
    const order = pictures.map((p) => [...p].reverse());
    const longest = Math.max(...order.map((p) => p.length));
    const frames = Array.from({ length: longest }, (_, i) => order.flatMap((p) => (p[i] ? [p[i]] : []))).flat();
    writeY4m(files.video, frames, FRAMES_EACH, FPS);
  });

  afterAll(async () => {
    await phone?.context.close();
  });

  it('scans three pupils’ codes, a sequence in any order with its count (“1/4”) along the way, into the very report their file gives', async () => {
    expect(codesPerPupil.length).toBe(3);
    expect(Math.max(...codesPerPupil)).toBeGreaterThanOrEqual(2);
    phone = await teacherPhone(files.video, teacherErrors);
    const page = phone.page;
    await turnOnTeacherMode(page, pc.origin);
    await page.goto(`${pc.origin}/teacher/report`);
    await page.getByRole('heading', { level: 1, name: 'Báo cáo lớp' }).waitFor();
    // Listening before the press: a fast camera may read the first code before a later listener exists.
    await recordScanMessages(page);
    await page.getByRole('button', { name: 'Quét mã QR' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Dừng quét');
    // Three pupils in; the video loops, so every code comes round again (a second scan counts once).
    await page.getByText(/^Đã đọc: 3 tệp, 3 học sinh, \d+ lần làm bài\.$/).waitFor({ timeout: 45_000 });
    const messages = await scanMessages(page);
    const longest = Math.max(...codesPerPupil);
    expect(messages).toContain(`Đã đọc 1/${longest} mã của một học sinh. Quét tiếp các mã còn lại.`);
    expect(messages.filter((m) => m.startsWith('Đã thêm kết quả của'))).toHaveLength(3);
    expect(await seriousViolations(page)).toEqual([]);
    // On a 360 px phone the camera picture and the buttons fit: the page does not pan sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await page.locator('video').evaluate((video) => video.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    const scanned = await reportText(page);
    await page.getByRole('button', { name: 'Dừng quét' }).click();
    expect(await page.locator('video').count()).toBe(0);
    // Kept on the phone: still there after a reload.
    await page.reload();
    await page.getByText(/^Đã đọc: 3 tệp, 3 học sinh, \d+ lần làm bài\.$/).waitFor();
    expect(await reportText(page)).toEqual(scanned);

    // The file route on the same phone, once the scans are cleared (after a confirmation).
    await page.getByRole('button', { name: 'Xoá các kết quả đã quét' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xoá', exact: true }).click();
    await page.getByText('Đã xoá các kết quả đã quét.').waitFor();
    await page.getByRole('table').waitFor({ state: 'detached' });
    await page.locator('#report-files').setInputFiles(exported);
    await page.getByText(/^Đã đọc: 1 tệp, 3 học sinh, \d+ lần làm bài\.$/).waitFor();
    expect(await reportText(page)).toEqual(scanned);
    expect(teacherErrors.take()).toEqual([]);
    await phone.context.close();
    phone = undefined;
  }, 120_000);

  it('refuses a code cut short, another app’s code and a hand-made score, each with its message, adding nobody', async () => {
    // Made in Node from the exported file: the encoding is the app's (src/domain/resultCodes.ts).
    const file = JSON.parse(fs.readFileSync(exported, 'utf8')) as TransferFileData;
    const minh = file.learners.filter((l) => l.nickname === 'Minh Đức').map((l) => resultsOf(l, Date.now()));
    const [good] = encodeResults(minh, Date.now(), file.appVersion);
    const forged = encodeResults(
      minh.map((l) => ({ ...l, attempts: l.attempts.map((a) => (a.finishedAt === undefined ? a : { ...a, correctCount: a.questionCount, scorePercent: 100 })) })),
      Date.now(),
      file.appVersion,
    );
    expect(forged).toHaveLength(1);
    const picture = (text: string, mode: 'Alphanumeric' | 'Byte') => {
      const code = qrcode(0, 'M');
      code.addData(text, mode);
      code.make();
      const count = code.getModuleCount();
      const quiet = 4;
      const modules = Array.from({ length: count + 2 * quiet }, (_, y) => Array.from({ length: count + 2 * quiet }, (_, x) => y >= quiet && x >= quiet && y < count + quiet && x < count + quiet && code.isDark(y - quiet, x - quiet)));
      return qrPicture(modules, WIDTH, HEIGHT, Math.floor((HEIGHT * 0.9) / modules.length));
    };
    writeY4m(files.refusals, [picture(good!.slice(0, -3), 'Alphanumeric'), picture('https://example.com/', 'Byte'), picture(forged[0]!, 'Alphanumeric')], FRAMES_EACH, FPS);

    phone = await teacherPhone(files.refusals, teacherErrors);
    const page = phone.page;
    await turnOnTeacherMode(page, pc.origin);
    await page.goto(`${pc.origin}/teacher/report`);
    await recordScanMessages(page);
    await page.getByRole('button', { name: 'Quét mã QR' }).click();
    const refusals = [
      'Mã bị hỏng hoặc không đầy đủ (có thể đã bị sửa). Hãy quét lại. Không có gì thay đổi.',
      'Đây không phải mã kết quả của Mạng An Toàn. Không có gì thay đổi.',
      'Điểm trong mã không khớp với các câu trả lời (mã có thể đã bị sửa), nên mã không được tính. Không có gì thay đổi.',
    ];
    await expect
      .poll(
        async () => {
          const seen = await scanMessages(page);
          return refusals.filter((text) => !seen.includes(text));
        },
        { timeout: 45_000, interval: 500 },
      )
      .toEqual([]);
    expect(await page.locator('.report-scan__message--error').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await scanMessages(page)).filter((m) => !refusals.includes(m) && !m.startsWith('Đang mở camera') && !m.startsWith('Hướng camera'))).toEqual([]);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByText(/^Đã đọc: /).count()).toBe(0);
    expect(teacherErrors.take()).toEqual([]);
  }, 120_000);
});

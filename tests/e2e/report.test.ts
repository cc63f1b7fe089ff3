/**
 * The class report in Debian's Chromium: a teacher uploads several learners' progress files at once
 * (one of them cut off), reads the learner × lesson table and the most-missed questions, downloads the
 * CSV for Excel and prints on A4 landscape — all offline, in the browser, with no server behind the app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonBody } from '../../src/content/types';
import { TOPIC_IDS } from '../../src/content/vocabulary';
import { builtLessons, seriousViolations, turnOnTeacherMode, waitForActivatedServiceWorker } from './harness';
import { useAppInBrowser } from './appInBrowser';
import { pdfPages } from './pdfText';
import { progressFile, type LearnerSpec } from './progressFiles';
import { withoutBoldMarks } from '../../src/ui/boldMarks';

describe('class report from export files', () => {
  const app = useAppInBrowser({ serviceWorker: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-report-'));
  // The report's columns: every lesson of the band, in teaching order.
  const band = builtLessons()
    .filter((l) => l.locale === 'vi' && l.band === 'lop-6-9')
    .sort((a, b) => TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic) || a.order - b.order);
  const [first, second] = band;
  if (!first || !second) throw new Error('the curriculum needs two Vietnamese lessons for grades 6–9');
  /** The question Minh and Lan both miss (Bảo Ngọc gets everything right). */
  const missed = 1;

  const ngoc: LearnerSpec = {
    id: 'ngoc-6a',
    nickname: 'Bảo Ngọc',
    classLabel: '6A',
    avatar: 'owl',
    attempts: [
      { lesson: first, id: 'ngoc-1', right: () => true },
      { lesson: second, id: 'ngoc-2', right: () => true, finished: false },
    ],
  };
  const minh: LearnerSpec = { id: 'minh-6a', nickname: 'Minh Đức', classLabel: '6A', avatar: 'fox', attempts: [{ lesson: first, id: 'minh-1', right: (i) => i !== missed }] };
  const lan: LearnerSpec = { id: 'lan-6b', nickname: 'Lan', classLabel: '6B', avatar: 'cat', attempts: [{ lesson: first, id: 'lan-1', right: (i) => i !== missed && i !== 0 }] };

  // The widest table a class can make: the band with the most lessons (then the longest titles), one
  // learner who finished every lesson of it, so every column holds a score.
  const bands = new Map<string, LessonBody[]>();
  for (const lesson of builtLessons().filter((l) => l.locale === 'vi')) bands.set(lesson.band, [...(bands.get(lesson.band) ?? []), lesson]);
  const titleLength = (lessons: LessonBody[]) => lessons.reduce((sum, l) => sum + l.title.length, 0);
  const widest = [...bands.values()]
    .sort((a, b) => b.length - a.length || titleLength(b) - titleLength(a))[0]!
    .sort((a, b) => TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic) || a.order - b.order);
  const allRight: LearnerSpec = {
    id: 'widest-learner',
    nickname: 'Nguyễn Hoàng Bảo Khánh',
    classLabel: '10A1',
    avatar: 'owl',
    attempts: widest.map((lesson, n) => ({ lesson, id: `widest-${n}`, right: () => true })),
  };

  const files = {
    ngoc: path.join(dir, 'mang-an-toan-bao-ngoc-6a-2026-11-23.json'),
    wholeClass: path.join(dir, 'mang-an-toan-sao-luu-2026-11-23.json'),
    lan: path.join(dir, 'mang-an-toan-lan-6b-2026-11-23.json'),
    broken: path.join(dir, 'mang-an-toan-hong.json'),
    widest: path.join(dir, 'mang-an-toan-bao-khanh-10a1-2026-11-23.json'),
  };

  beforeAll(async () => {
    fs.writeFileSync(files.ngoc, progressFile([ngoc]));
    // Bảo Ngọc again (same learner id, same attempt ids): counted once.
    fs.writeFileSync(files.wholeClass, progressFile([ngoc, minh]));
    fs.writeFileSync(files.lan, progressFile([lan]));
    // An interrupted copy: the end of a valid file is missing.
    const whole = progressFile([lan]);
    fs.writeFileSync(files.broken, whole.slice(0, Math.floor(whole.length / 2)));
    fs.writeFileSync(files.widest, progressFile([allRight]));

    // Visited once, then offline: nothing in the report needs a server. It opens only in teacher mode.
    await turnOnTeacherMode(app.page, app.origin);
    await app.page.goto(`${app.origin}/teacher/report`);
    await app.page.getByRole('heading', { level: 1, name: 'Báo cáo lớp' }).waitFor();
    await waitForActivatedServiceWorker(app.page);
    await app.context.setOffline(true);
  });

  /** The report page opened afresh (offline), with the four files chosen at once. */
  async function openWithFiles() {
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Báo cáo lớp' }).waitFor();
    await app.page.locator('#report-files').setInputFiles([files.ngoc, files.wholeClass, files.broken, files.lan]);
    await app.page.getByText('Đã đọc: 3 tệp, 3 học sinh, 4 lần làm bài.').waitFor();
  }

  it('opens offline and loads several files at once, listing the broken one with its reason', async () => {
    await openWithFiles();
    await app.page.getByRole('status').getByText('Đã thêm 3 tệp, 1 tệp không đọc được.').waitFor();
    const rejected = app.page.getByRole('list', { name: /Tệp không đọc được/ }).getByRole('listitem');
    expect(await rejected.count()).toBe(1);
    // the place is said in Vietnamese, not as the browser's English JSON message
    expect(await rejected.textContent()).toMatch(/^mang-an-toan-hong\.json: tệp bị hỏng hoặc không đầy đủ \(có thể do chép chưa xong\)\.Chỗ hỏng: dòng 1, ký tự thứ \d+\.$/);
  });

  it('shows the learner × lesson table with best scores, completion and a summary per lesson', async () => {
    await openWithFiles();
    const table = app.page.getByRole('table', { name: /Điểm cao nhất và mức hoàn thành của từng học sinh – tất cả các lớp/ });
    await table.waitFor();
    for (const lesson of band) await table.getByRole('columnheader', { name: lesson.title, exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);

    const row = (name: string) => table.getByRole('row').filter({ has: app.page.getByRole('rowheader', { name, exact: true }) });
    const cells = (name: string) => row(name).locator('td').allTextContents();
    const firstColumn = 1; // after the class column
    const secondColumn = 2;
    const minhPercent = Math.round(((first.quiz.length - 1) / first.quiz.length) * 100);
    const lanPercent = Math.round(((first.quiz.length - 2) / first.quiz.length) * 100);

    const ngocCells = await cells('Bảo Ngọc');
    expect(ngocCells[0]).toBe('6A');
    expect(ngocCells[firstColumn]).toContain('100%, thành thạo');
    expect(ngocCells[secondColumn]).toContain('đang làm dở');
    expect((await cells('Minh Đức'))[firstColumn]).toContain(`${minhPercent}%`);
    expect((await cells('Lan'))[secondColumn]).toContain('–');

    const completed = await row('Số bạn đã hoàn thành').locator('td').allTextContents();
    expect(completed[firstColumn - 1]).toBe('3/3');
    expect(completed[secondColumn - 1]).toBe('0/3');
    const average = await row('Điểm cao nhất trung bình').locator('td').allTextContents();
    expect(average[firstColumn - 1]).toBe(`${Math.round((100 + minhPercent + lanPercent) / 3)}%`);
  });

  it('filters by class', async () => {
    await openWithFiles();
    await app.page.getByLabel('Xem lớp').selectOption({ label: '6B (1 học sinh)' });
    const table = app.page.getByRole('table', { name: /lớp 6B/ });
    await table.waitFor();
    expect(await table.locator('tbody th').allTextContents()).toEqual(['Lan']);
    await app.page.getByLabel('Xem lớp').selectOption({ label: 'Tất cả các lớp (3 học sinh)' });
    await app.page.getByRole('table', { name: /tất cả các lớp/ }).waitFor();
  });

  it('lists the question the class missed most first, with its words from the lesson', async () => {
    await openWithFiles();
    const section = app.page.getByRole('region', { name: 'Câu hỏi nhiều bạn trả lời sai' });
    await section.getByText('Đang tính theo lần làm bài đã hoàn thành gần nhất của mỗi học sinh.').waitFor();
    const lesson = section.getByRole('region', { name: first.title, exact: true });
    const worst = lesson.getByRole('listitem').first();
    await worst.getByText(withoutBoldMarks(first.quiz[missed]!.question), { exact: false }).waitFor();
    const text = await worst.textContent();
    expect(text).toContain('67% sai');
    expect(text).toContain('2/3 học sinh trả lời sai');
    expect(text).toContain(`Câu ${missed + 1}.`);
    const second = await lesson.getByRole('listitem').nth(1).textContent();
    expect(second).toContain('33% sai');
    expect(second).toContain('Câu 1.');
  });

  it('downloads a CSV that Excel opens with Vietnamese diacritics', async () => {
    await openWithFiles();
    await app.page.getByLabel('Xem lớp').selectOption({ label: '6A (2 học sinh)' });
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Tải bảng điểm (CSV, mở bằng Excel)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-lop-6a-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops the BOM
    const lines = text.split('\r\n');
    const quoted = (title: string) => (/[",]/.test(title) ? `"${title.replace(/"/g, '""')}"` : title);
    const empty = band.slice(1).map(() => '');
    expect(lines[0]).toBe(['Tên gọi', 'Lớp', ...band.map((l) => quoted(l.title))].join(','));
    expect(lines[1]).toBe(['Bảo Ngọc', '6A', '100', ...empty].join(','));
    expect(lines[2]).toBe(['Minh Đức', '6A', String(Math.round(((first.quiz.length - 1) / first.quiz.length) * 100)), ...empty].join(','));
    expect(lines).toHaveLength(4); // header, two learners of 6A, and the empty string after the last CRLF
    expect(text).not.toContain('Lan');
  });

  it('prints the table on A4 landscape, without the upload controls', async () => {
    await openWithFiles();
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('.report-drop').isVisible()).toBe(false);
    expect(await app.page.getByRole('button', { name: 'In báo cáo (khổ A4 ngang)' }).isVisible()).toBe(false);
    expect(await app.page.getByRole('table').isVisible()).toBe(true);

    const pdf = (await app.page.pdf({ preferCSSPageSize: true })).toString('latin1');
    await app.page.emulateMedia({ media: null });
    const sizes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}×${Math.round(Number(m[2]))}`);
    // Every page A4 landscape: 297 × 210 mm = 842 × 595 points.
    expect(sizes.length).toBeGreaterThan(0);
    expect(new Set(sizes)).toEqual(new Set(['842×595']));
  });

  /** The report opened afresh with the widest band's file: one learner, 100% in every lesson. */
  async function openWidest() {
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Báo cáo lớp' }).waitFor();
    await app.page.locator('#report-files').setInputFiles([files.widest]);
    const table = app.page.getByRole('table', { name: /Điểm cao nhất và mức hoàn thành/ });
    for (const lesson of widest) await table.getByRole('columnheader', { name: lesson.title, exact: true }).waitFor();
  }

  it(`prints every lesson column of the widest band (${widest.length} lessons) inside an A4 landscape page`, async () => {
    await openWidest();
    await app.page.emulateMedia({ media: 'print' });
    const pages = pdfPages(await app.page.pdf({ preferCSSPageSize: true }));
    await app.page.emulateMedia({ media: null });
    // The first page is the report's, landscape (not a blank portrait page before it).
    const first = pages[0]!;
    expect(`${Math.round(first.width)}×${Math.round(first.height)}`).toBe('842×595');
    // 100% in each lesson's cell and again as the lesson's average: a column cut off the paper loses both.
    expect(first.words.filter((word) => word.text === '100%')).toHaveLength(2 * widest.length);
    const past = first.words.filter((word) => word.xMax > first.width);
    expect(past.map((word) => word.text)).toEqual([]);
  });

  it('shows the widest band in a 1024 px window without scrolling sideways, the page or the table', async () => {
    await app.page.setViewportSize({ width: 1024, height: 768 });
    try {
      await openWidest();
      const widths = await app.page.evaluate(() => {
        const box = document.querySelector('.report-table-wrap')!;
        return { page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth, table: box.scrollWidth, box: box.clientWidth };
      });
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      expect(widths.table).toBeLessThanOrEqual(widths.box);
    } finally {
      await app.page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('accepts files dropped on the box, still counting each learner and attempt once', async () => {
    await openWithFiles();
    const content = fs.readFileSync(files.lan, 'utf8');
    await app.page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'lan-lan-nua.json', { type: 'application/json' }));
      const zone = document.querySelector('.report-drop')!;
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, content);
    await app.page.getByText('Đã đọc: 4 tệp, 3 học sinh, 4 lần làm bài.').waitFor();
  });

  it('does not pan sideways on a 360 px phone once files are loaded: only the table scrolls, inside its box', async () => {
    await app.page.setViewportSize({ width: 360, height: 740 });
    try {
      await openWithFiles();
      const widths = await app.page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
    } finally {
      await app.page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('finds no serious accessibility problem on the filled-in report', async () => {
    await openWithFiles();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});

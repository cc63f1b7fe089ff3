/**
 * The progression map and the statement on a lesson's plan, in Debian's Chromium against the build: 12
 * topics × 4 bands, each cell its statement and its lesson; the competence filter keeps only the lessons
 * that practise it and says how many; a cell's link opens its lesson; axe finds nothing serious; the map
 * prints on exactly one A4 landscape page with every topic and band on it, in Vietnamese and in English;
 * on a 360 px phone and at 200% zoom only the table scrolls, inside its labelled region, from the
 * keyboard; and a lesson's plan says which statement it serves. One browser, a few pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRICULUM } from '../../scripts/content/config';
import { loadProgression } from '../../scripts/content/progression';
import { teacherAreaEn, teacherAreaVi } from '../../src/features/teacher/strings';
import { SCHOOL_BANDS, PUPIL_TOPIC_IDS } from '../../src/content/vocabulary';
import { builtLessons, seriousViolations, turnOnTeacherMode } from './harness';
import { useAppInBrowser } from './appInBrowser';
import { pdfPages } from './pdfText';

const { statements } = loadProgression(CURRICULUM.root, { curriculum: true });
const lessons = builtLessons().filter((lesson) => lesson.locale === 'vi' && SCHOOL_BANDS.some((band) => band.id === lesson.band));
const statementOf = (band: string, topic: string) => (statements as Record<string, Record<string, { vi: string }>>)[band]![topic]!.vi;

/** A competence some pupil lessons practise and others do not: the filter must narrow to them. */
const CODE = '4.2';
const tagged = lessons.filter((lesson) => (lesson.competences as readonly string[]).includes(CODE));

describe('the teachers’ progression map in the browser', () => {
  const app = useAppInBrowser();

  describe('the progression map', () => {
    beforeAll(async () => {
      await app.page.goto(`${app.origin}/teacher`);
      await app.page.getByRole('link', { name: 'Bản đồ tiến trình theo lứa tuổi' }).click();
      await app.page.getByRole('heading', { level: 1, name: teacherAreaVi.map.title }).waitFor();
    });

    it('shows every topic down and every band across, each cell its statement and its lessons', async () => {
      const table = app.page.getByRole('table', { name: teacherAreaVi.map.caption });
      const headers = await table.getByRole('columnheader').allInnerTexts();
      expect(headers).toEqual(['Chủ đề', 'Cuối lớp 1–3, em có thể…', 'Cuối lớp 4–5, em có thể…', 'Cuối lớp 6–9, em có thể…', 'Cuối lớp 10–12, bạn có thể…']);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(PUPIL_TOPIC_IDS.length);
      // Every band × topic: its statement, and a link to each of its lessons, in the order of the grid.
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => ({ statement: td.querySelector('p')?.textContent ?? '', links: [...td.querySelectorAll('a')].map((a) => a.getAttribute('href')) }))));
      const expected = PUPIL_TOPIC_IDS.map((topic) =>
        SCHOOL_BANDS.map((band) => ({ statement: statementOf(band.id, topic), links: lessons.filter((l) => l.band === band.id && l.topic === topic).map((l) => `/lesson/${l.id}`) })),
      );
      expect(cells).toEqual(expected);
      expect(await table.getByRole('rowheader').first().innerText()).toBe('Internet và mạng xã hội');
      expect(await seriousViolations(app.page)).toEqual([]);
    });

    it('narrows to the lessons of one competence and says how many', async () => {
      expect(tagged.length).toBeGreaterThan(0);
      expect(tagged.length).toBeLessThan(lessons.length);
      await app.page.getByLabel(teacherAreaVi.map.filter.label).selectOption(CODE);
      const said = `${tagged.length} bài rèn năng lực ${CODE}.`;
      // Said through the app's live region (src/ui/announce.ts) and shown beside the filter.
      await expect.poll(() => app.page.locator('[role="status"][aria-live="polite"]').first().textContent()).toBe(said);
      expect(await app.page.locator('.progression-map__count').innerText()).toBe(said);
      const links = await app.page.locator('.progression-table a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(tagged.map((lesson) => `/lesson/${lesson.id}`).sort());
      // A topic none of whose lessons practises it is left out.
      const topics = new Set(tagged.map((lesson) => lesson.topic));
      expect(await app.page.locator('.progression-table tbody tr').count()).toBe(topics.size);
      // The cells of a kept topic whose band has no such lesson say so, in colours axe accepts.
      expect(await app.page.locator('.progression-table__cell--none').count()).toBe(topics.size * SCHOOL_BANDS.length - new Set(tagged.map((l) => `${l.band} ${l.topic}`)).size);
      expect(await seriousViolations(app.page)).toEqual([]);
    });

    it('prints on exactly one A4 landscape page, every topic and band on it', async () => {
      await app.page.getByLabel(teacherAreaVi.map.filter.label).selectOption('');
      await app.page.locator('.progression-table tbody tr').nth(PUPIL_TOPIC_IDS.length - 1).waitFor();
      await app.page.emulateMedia({ media: 'print' });
      const pages = pdfPages(await app.page.pdf({ preferCSSPageSize: true }));
      await app.page.emulateMedia({ media: null });
      expect(pages.map((page) => `${Math.round(page.width)}×${Math.round(page.height)}`)).toEqual(['842×595']);
      const [page] = pages;
      // The last words of the last row's last statement, and every band's lead-in: nothing was cut off.
      const lastWords = statementOf('lop-10-12', 'hotline-111').split(' ').slice(-3).join(' ');
      expect(page!.text).toContain(lastWords);
      for (const grades of ['1–3', '4–5', '6–9', '10–12']) expect(page!.text).toContain(`Cuối lớp ${grades},`);
      expect(page!.words.filter((word) => word.xMax > page!.width || word.yMax > page!.height)).toEqual([]);
    });

    it.each([
      ['a 360 px phone', { width: 360, height: 640 }],
      ['1024×768 at 200% zoom', { width: 512, height: 384 }],
    ])('on %s, scrolls the table in its own labelled region, reached by Tab', async (_name, size) => {
      const { page } = app;
      await page.setViewportSize(size);
      try {
        const region = page.getByRole('region', { name: teacherAreaVi.map.caption });
        // The page itself does not scroll sideways; the table does, inside its region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
        expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
        // From the print button, the next Tab stop is the region, so a keyboard can scroll it.
        await page.getByRole('button', { name: teacherAreaVi.map.print }).focus();
        await page.keyboard.press('Tab');
        expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });

    it('speaks English when the app does, and still prints on one page', async () => {
      const { page } = app;
      await page.getByRole('button', { name: 'English' }).click();
      try {
        await page.getByRole('heading', { level: 1, name: teacherAreaEn.map.title }).waitFor();
        const table = page.getByRole('table', { name: teacherAreaEn.map.caption });
        expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Topic', ...SCHOOL_BANDS.map((band) => `By the end of grades ${band.grades}, I can…`)]);
        const english = (statements as Record<string, Record<string, { en: string }>>)['lop-1-3']!['internet-basics']!.en;
        expect(await table.locator('tbody tr').first().locator('td p').first().innerText()).toBe(english);
        await page.emulateMedia({ media: 'print' });
        const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
        await page.emulateMedia({ media: null });
        expect(pages).toHaveLength(1);
        expect(pages[0]!.text).toContain('By the end of grades 10–12, I can');
      } finally {
        await page.getByRole('button', { name: 'Tiếng Việt' }).click();
        await page.getByRole('heading', { level: 1, name: teacherAreaVi.map.title }).waitFor();
      }
    });

    it('opens a cell’s lesson from its link', async () => {
      const lesson = lessons.find((l) => l.band === 'lop-6-9' && l.topic === 'personal-data')!;
      await app.page.locator('.progression-table').getByRole('link', { name: lesson.title, exact: true }).click();
      await app.page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
      expect(new URL(app.page.url()).pathname).toBe(`/lesson/${lesson.id}`);
    });
  });

  describe('a lesson’s plan', () => {
    it('says which statement the lesson serves', async () => {
      const lesson = lessons.find((l) => l.band === 'lop-4-5' && l.topic === 'scams-and-money')!;
      await turnOnTeacherMode(app.page, app.origin);
      await app.page.goto(`${app.origin}/lesson/${lesson.id}/plan`);
      const line = app.page.locator('.plan__serves');
      await line.waitFor();
      expect(await line.innerText()).toBe(`Bài này hướng tới: Cuối lớp 4–5, em có thể ${statementOf('lop-4-5', 'scams-and-money')}.`);
    });
  });
});

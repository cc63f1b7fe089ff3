/**
 * Picture answers in Debian's Chromium (issue 23 §2), on the built app: the lớp 1–3 lesson whose quiz
 * has a picture question is answered with the keyboard alone — number keys and Enter up to it, then Tab
 * into its cards, arrow keys and Enter, as a child who does not read would with the pictures — on a
 * 1024×768 screen, where every picture is at least 96 px wide and the card with focus shows the focus
 * ring; axe finds nothing serious there; and the worksheet prints the pictures.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LessonBody, Question } from '../../src/content/types';
import { withoutBoldMarks } from '../../src/ui/boldMarks';
import { useAppInBrowser } from './appInBrowser';
import { builtLessons, seriousViolations, turnOnTeacherMode } from './harness';
import { pdfPages } from './pdfText';

/** The picture (CSS px) a child must be able to see and hit on a 1024×768 screen (issue 23). */
const MIN_PICTURE_PX = 96;

/** The number keys that choose a question's right answer where the screen shows it. */
async function correctKeys(page: Page, question: Question): Promise<string[]> {
  const shown = await page.locator('.option input').evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
  return question.options.flatMap((option, i) => (option.correct ? [String(shown.indexOf(i) + 1)] : []));
}

describe('picture answers', () => {
  const app = useAppInBrowser();
  const lesson: LessonBody = builtLessons().find((l) => l.locale === 'vi' && l.band === 'lop-1-3' && l.quiz.some((q) => q.options.some((o) => o.picture)))!;
  const pictured = lesson.quiz.findIndex((q) => q.options.some((o) => o.picture));
  const question = lesson.quiz[pictured]!;
  const heading = (q: Question) => app.page.getByRole('heading', { level: 2, name: withoutBoldMarks(q.question), exact: true });

  it('is answered with the keyboard alone at 1024×768, on cards whose pictures are at least 96 px, and axe finds nothing serious', async () => {
    expect(lesson, 'a lớp 1–3 lesson with a picture question').toBeDefined();
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
    // Up to the picture question: number keys and Enter, wherever focus is.
    for (const q of lesson.quiz.slice(0, pictured)) {
      await heading(q).waitFor();
      for (const key of await correctKeys(app.page, q)) await app.page.keyboard.press(key);
      await app.page.keyboard.press('Enter');
      await app.page.getByRole('button', { name: 'Câu tiếp theo' }).waitFor();
      await app.page.keyboard.press('Enter');
    }
    await heading(question).waitFor();

    const cards = app.page.locator('.options--pictures .option label');
    await expect.poll(() => cards.count()).toBe(question.options.length);
    await app.page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.options--pictures img')].every((img) => img.complete && img.naturalWidth > 0));
    for (const option of question.options) {
      const picture = app.page.getByRole('img', { name: option.picture!.alt, exact: true });
      const box = (await picture.boundingBox())!;
      expect(box.width, option.picture!.alt).toBeGreaterThanOrEqual(MIN_PICTURE_PX);
      expect(box.height, option.picture!.alt).toBeGreaterThanOrEqual(MIN_PICTURE_PX * 0.75);
      // The picture is inside its option's label: the card is one target.
      expect(await picture.evaluate((img) => img.closest('label')?.querySelector('input') !== null)).toBe(true);
    }
    // Every card fits the screen's width: no scrolling sideways to see an answer.
    for (const box of await cards.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(1024);
    expect(await seriousViolations(app.page)).toEqual([]);

    // Into the cards with Tab, then the arrows choose, as in any group of radio buttons.
    for (let presses = 0; presses < 10; presses++) {
      await app.page.keyboard.press('Tab');
      if (await app.page.evaluate(() => document.activeElement?.closest('.options--pictures') !== null && document.activeElement?.tagName === 'INPUT')) break;
    }
    const focusedCard = () => app.page.evaluate(() => document.activeElement?.closest('.options--pictures label') ?? null);
    expect(await focusedCard()).not.toBeNull();
    // The card with focus shows the focus ring.
    expect(await app.page.evaluate(() => getComputedStyle(document.activeElement!.closest('label')!).outlineStyle)).toBe('solid');
    const right = question.options.findIndex((o) => o.correct);
    const checkedValue = () => app.page.evaluate(() => (document.querySelector('.options--pictures input:checked') as HTMLInputElement | null)?.value ?? null);
    await app.page.keyboard.press('Space');
    for (let presses = 0; presses < question.options.length && (await checkedValue()) !== String(right); presses++) await app.page.keyboard.press('ArrowDown');
    expect(await checkedValue()).toBe(String(right));
    // Chosen shows without colour: the card's border grows.
    expect(await app.page.locator('.options--pictures .option--chosen label').evaluate((label) => getComputedStyle(label).borderTopWidth)).toBe('6px');
    await app.page.keyboard.press('Enter');
    await app.page.getByText('Chính xác!', { exact: true }).waitFor();
  });

  it('prints the pictures on the worksheet', async () => {
    await turnOnTeacherMode(app.page, app.origin);
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/print/worksheet`);
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    await app.page.emulateMedia({ media: 'print' });
    const pictures = app.page.locator('.worksheet__options--pictures img');
    await expect.poll(() => pictures.count()).toBe(question.options.length);
    await app.page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.worksheet__options--pictures img')].every((img) => img.complete && img.naturalWidth > 0));
    const printed = await pictures.evaluateAll((images) => images.map((img) => ({ alt: img.getAttribute('alt'), width: img.getBoundingClientRect().width, shown: getComputedStyle(img).display !== 'none' && getComputedStyle(img).visibility !== 'hidden' })));
    expect(printed.map((p) => p.alt).sort()).toEqual(question.options.map((o) => o.picture!.alt).sort());
    for (const picture of printed) {
      expect(picture.shown).toBe(true);
      expect(picture.width).toBeGreaterThan(MIN_PICTURE_PX);
    }
    // The labels are printed with them ("A. …").
    const text = pdfPages(await app.page.pdf({ preferCSSPageSize: true }))
      .map((page) => page.text)
      .join(' ');
    for (const option of question.options) expect(text).toContain(withoutBoldMarks(option.text).split(' ').slice(0, 3).join(' '));
    await app.page.emulateMedia({ media: 'screen' });
  });
});

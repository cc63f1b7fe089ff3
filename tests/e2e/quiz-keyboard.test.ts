/**
 * The quiz answered from the keyboard alone in Debian's Chromium, as the hint under each question
 * promises ("bấm phím số 1, 2, 3… để chọn đáp án, Enter để kiểm tra"): right after opening the quiz —
 * by its address or from the lesson — with no Tab pressed first, and on every later question while
 * focus sits on the question heading. The keys follow the options as shown, shuffled for each attempt;
 * after a reload the resumed attempt shows them in the same order.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/types';
import { withoutBoldMarks } from '../../src/ui/boldMarks';
import { builtLessons, storedRows } from './harness';
import { useAppInBrowser } from './appInBrowser';
import { SCHOOL_BANDS } from '../../src/content/vocabulary';

/** The number keys that choose a question's correct answer where the screen shows it (1 is the top option). */
async function correctKeys(page: Page, question: Question): Promise<string[]> {
  // Each input's value is the option's written index.
  const shown = await page.locator('.option input').evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
  return question.options.flatMap((option, i) => (option.correct ? [String(shown.indexOf(i) + 1)] : []));
}

/** The options of the question on screen, top to bottom. */
function shownOptions(page: Page): Promise<string[]> {
  return page.locator('.option .option__text').allInnerTexts();
}

describe('the quiz from the keyboard', () => {
  const app = useAppInBrowser();
  // A school band's lesson: the preschool band's sessions (first in teaching order) answer together, without verdicts.
  const lesson = builtLessons().find((l) => l.locale === 'vi' && l.quiz.length >= 3 && SCHOOL_BANDS.some((band) => band.id === l.band))!;

  const questionHeading = (index: number, of = lesson) => app.page.getByRole('heading', { level: 2, name: withoutBoldMarks(of.quiz[index]!.question), exact: true });
  const focusedText = () => app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  /** Chooses the right answer with number keys and checks it with Enter, wherever focus is. */
  async function answerWithKeys(index: number, of = lesson) {
    for (const key of await correctKeys(app.page, of.quiz[index]!)) await app.page.keyboard.press(key);
    await app.page.keyboard.press('Enter');
    await app.page.getByText('Chính xác!', { exact: true }).waitFor();
  }

  // First, as it saves nothing: choosing is not answering.
  it('takes a number key as the first key pressed after opening the quiz from the lesson', async () => {
    await app.page.goto(`${app.origin}/lesson/${lesson.id}`);
    await app.page.getByRole('link', { name: `Làm bài kiểm tra (${lesson.quiz.length} câu)` }).click();
    await questionHeading(0).waitFor();
    const [first] = await correctKeys(app.page, lesson.quiz[0]!);
    await app.page.keyboard.press(first!);
    await expect.poll(() => app.page.locator('.option input').nth(Number(first) - 1).isChecked()).toBe(true);
  });

  it('answers with number keys and Enter right after opening the quiz by its address, and on every question after', async () => {
    await app.page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
    await questionHeading(0).waitFor();
    expect(await app.page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await answerWithKeys(0);
    expect(await app.page.getByRole('button', { name: 'Câu tiếp theo' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    for (const index of [1, 2]) {
      await questionHeading(index).waitFor();
      // Focus moves to the new question, with its position, so a screen reader reads it…
      expect(await focusedText()).toBe(withoutBoldMarks(lesson.quiz[index]!.question));
      expect(await questionHeading(index).getAttribute('aria-describedby')).toMatch(/position$/);
      // …and the keys still work from there.
      await questionHeading(index).focus();
      await answerWithKeys(index);
      await questionHeading(index).focus(); // Enter goes on from the heading too, not only from the button
      await app.page.keyboard.press('Enter');
    }
    await app.page.getByText(`Câu 4 / ${lesson.quiz.length}`).or(app.page.getByRole('heading', { name: 'Kết quả' })).waitFor();
  });

  it("shows the options in the attempt's own order, and the same order after a reload", async () => {
    // Another lesson, so this attempt is new: its second question has options to shuffle.
    const other = builtLessons().find((l) => l.locale === 'vi' && l.id !== lesson.id && l.quiz.length >= 3 && l.quiz[1]!.type !== 'true-false' && SCHOOL_BANDS.some((band) => band.id === l.band))!;
    const second = other.quiz[1]!;
    await app.page.goto(`${app.origin}/lesson/${other.id}/quiz`);
    await questionHeading(0, other).waitFor();
    const answersBefore = (await storedRows(app.page, 'answers')).length;
    await answerWithKeys(0, other);
    await app.page.keyboard.press('Enter');
    await questionHeading(1, other).waitFor();
    // Any order may come up, the written one too (unit tests show a seeded attempt's own order); here, the
    // point is that the attempt keeps its order across a reload.
    const before = await shownOptions(app.page);
    expect([...before].sort()).toEqual(second.options.map((option) => withoutBoldMarks(option.text)).sort());

    // Reloaded once the checked answer is stored (it is written as it is checked, in the background).
    await expect.poll(async () => (await storedRows(app.page, 'answers')).length).toBe(answersBefore + 1);
    await app.page.reload();
    await app.page.getByText(/tiếp tục từ câu 2\.$/).waitFor();
    await questionHeading(1, other).waitFor();
    expect(await shownOptions(app.page)).toEqual(before);
    // The keys still follow the screen on the resumed attempt.
    await answerWithKeys(1, other);
  });

  it('shows the keyboard hint with a mouse and keyboard, not on a phone held in the hand (touch only)', async () => {
    const hint = (page: Page) => page.getByText(/bấm phím số 1, 2, 3/);
    // A lesson the other tests leave alone, so its quiz opens at the first question.
    const fresh = builtLessons().filter((l) => l.locale === 'vi' && l.quiz.length > 0).at(-1)!;
    await app.page.goto(`${app.origin}/lesson/${fresh.id}/quiz`);
    await questionHeading(0, fresh).waitFor();
    expect(await hint(app.page).isVisible()).toBe(true);

    const phone = await app.context.newPage();
    try {
      // A touch screen as the only pointer: (hover: none) and (pointer: coarse), as on a phone.
      const cdp = await app.context.newCDPSession(phone);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 3, mobile: true });
      await phone.goto(`${app.origin}/lesson/${fresh.id}/quiz`);
      await phone.getByRole('heading', { level: 2, name: withoutBoldMarks(fresh.quiz[0]!.question), exact: true }).waitFor();
      expect(await phone.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches), 'the phone is emulated').toBe(true);
      expect(await hint(phone).count()).toBe(1);
      expect(await hint(phone).isVisible()).toBe(false);
    } finally {
      await phone.close();
    }
  });
});

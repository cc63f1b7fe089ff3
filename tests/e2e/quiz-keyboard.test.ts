/**
 * The quiz answered from the keyboard alone in Debian's Chromium, as the hint under each question
 * promises ("bấm phím số 1, 2, 3… để chọn đáp án, Enter để kiểm tra"): right after opening the quiz —
 * by its address or from the lesson — with no Tab pressed first, and on every later question while
 * focus sits on the question heading.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/types';
import { builtLessons } from './harness';
import { useAppInBrowser } from './appInBrowser';

/** The number keys that choose a question's correct answer (1 is the first option). */
function correctKeys(question: Question): string[] {
  return question.options.flatMap((option, i) => (option.correct ? [String(i + 1)] : []));
}

describe('the quiz from the keyboard', () => {
  const app = useAppInBrowser();
  const lesson = builtLessons().find((l) => l.locale === 'vi' && l.quiz.length >= 3)!;

  const questionHeading = (index: number) => app.page.getByRole('heading', { level: 2, name: lesson.quiz[index]!.question, exact: true });
  const focusedText = () => app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  /** Chooses the right answer with number keys and checks it with Enter, wherever focus is. */
  async function answerWithKeys(index: number) {
    for (const key of correctKeys(lesson.quiz[index]!)) await app.page.keyboard.press(key);
    await app.page.keyboard.press('Enter');
    await app.page.getByText('Chính xác!').waitFor();
  }

  // First, as it saves nothing: choosing is not answering.
  it('takes a number key as the first key pressed after opening the quiz from the lesson', async () => {
    await app.page.goto(`${app.origin}/lesson/${lesson.id}`);
    await app.page.getByRole('link', { name: `Làm bài kiểm tra (${lesson.quiz.length} câu)` }).click();
    await questionHeading(0).waitFor();
    const [first] = correctKeys(lesson.quiz[0]!);
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
      expect(await focusedText()).toBe(lesson.quiz[index]!.question);
      expect(await questionHeading(index).getAttribute('aria-describedby')).toMatch(/position$/);
      // …and the keys still work from there.
      await questionHeading(index).focus();
      await answerWithKeys(index);
      await questionHeading(index).focus(); // Enter goes on from the heading too, not only from the button
      await app.page.keyboard.press('Enter');
    }
    await app.page.getByText(`Câu 4 / ${lesson.quiz.length}`).or(app.page.getByRole('heading', { name: 'Kết quả' })).waitFor();
  });
});

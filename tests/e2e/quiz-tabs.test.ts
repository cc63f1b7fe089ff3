/**
 * The same learner's same quiz open in two tabs of one browser (Debian's Chromium): both tabs' answers go
 * into one attempt, the tab that finishes it shows the result, the other notices and shows that result
 * too, and no attempt is left "đang làm dở" behind.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createLearnerViaUi, builtLessons } from './harness';
import { useAppInBrowser } from './appInBrowser';

describe('one quiz in two tabs', () => {
  const app = useAppInBrowser();
  const lesson = builtLessons().find((l) => l.locale === 'vi' && l.band.startsWith('lop-') && l.quiz.length >= 3)!;

  /** Answers question `index` correctly and goes on (options are shuffled: each input's value is its written index). */
  async function answer(page: Page, index: number) {
    // The tab in front, as a child clicking in it has it: a background tab's frames are throttled.
    await page.bringToFront();
    await page.getByText(`Câu ${index + 1} / ${lesson.quiz.length}`, { exact: true }).waitFor();
    const question = lesson.quiz[index]!;
    for (const [i, option] of question.options.entries()) if (option.correct) await page.locator(`.option input[value="${i}"]`).check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: /^(Câu tiếp theo|Xem kết quả)$/ }).click();
  }

  it('ends in one finished attempt that holds both tabs’ answers; the other tab shows that result', async () => {
    await createLearnerViaUi(app.page, app.origin, 'Lan');
    const first = app.page;
    const second = await app.context.newPage();
    try {
      // Both tabs open the quiz before either has answered: each chose its own attempt id.
      for (const page of [first, second]) {
        await page.goto(`${app.origin}/lesson/${lesson.id}/quiz`);
        await page.getByText(`Câu 1 / ${lesson.quiz.length}`, { exact: true }).waitFor();
      }
      await answer(first, 0);
      await answer(second, 0);
      await answer(second, 1);
      for (let i = 1; i < lesson.quiz.length; i++) await answer(first, i);
      await first.getByRole('heading', { name: 'Kết quả' }).waitFor();

      // The second tab, still on question 3, is told and shows the result.
      await second.bringToFront();
      await second.getByText(/^Bài này vừa được nộp ở một thẻ khác của trình duyệt\./).waitFor();
      await second.getByRole('heading', { name: 'Kết quả' }).waitFor();

      // One attempt, finished: nothing "đang làm dở" in the review of attempts.
      await first.bringToFront();
      await first.goto(`${app.origin}/lesson/${lesson.id}/review`);
      const attempts = first.getByRole('heading', { name: 'Các lần làm bài' }).locator('xpath=following-sibling::*[1]').getByRole('listitem');
      await expect.poll(() => attempts.count()).toBe(1);
      expect(await attempts.first().textContent()).toContain(`${lesson.quiz.length} / ${lesson.quiz.length} câu đúng`);
      expect(await first.locator('main').textContent()).not.toContain('đang làm dở');
    } finally {
      await second.close();
    }
  });
});
